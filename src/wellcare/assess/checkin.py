"""The daily check-in: a mood from 1 to 5, optional tags, an optional note (kept in the vault).

Only ids live here; the UI maps them to translated words. Tags are a fixed list so a check-in
can never smuggle free text anywhere but the note, which never leaves the vault.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

MOODS: tuple[int, ...] = (1, 2, 3, 4, 5)  # 1 very low ... 5 very good
TAGS: tuple[str, ...] = ("hard_call", "tired", "stressed", "calm", "good_day", "supported")
NOTE_MAX = 2000


class CheckInError(ValueError):
    """A check-in that cannot be stored (an unknown mood or tag)."""


@dataclass(frozen=True)
class CheckIn:
    id: int
    at: datetime
    mood: int
    tags: tuple[str, ...]
    note: str


def check_mood(mood: int) -> int:
    if isinstance(mood, bool) or mood not in MOODS:
        raise CheckInError(f"mood must be 1-5, not {mood!r}")
    return mood


def check_tags(tags: Iterable[str]) -> tuple[str, ...]:
    chosen = set(tags)
    unknown = chosen - set(TAGS)
    if unknown:
        raise CheckInError(f"unknown check-in tag(s): {', '.join(sorted(unknown))}")
    return tuple(t for t in TAGS if t in chosen)  # a stable order


def clean_note(note: str) -> str:
    return note.strip()[:NOTE_MAX]
