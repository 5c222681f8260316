"""What a hard call was and how it affected the counselor: fixed codes, cleaned free text.

Only codes live here; the UI maps them to translated words. The note and the call reference are
the only free text, and they never leave the vault except in an evidence report the counselor
asks for and saves where they choose.
"""

from __future__ import annotations

import unicodedata

# Ordered as the dialog shows them. Stored ids never change; new kinds go before "other".
KINDS: tuple[str, ...] = (
    "verbal_abuse",
    "sexual_harassment",
    "threat",
    "unreasonable_demands",
    "caller_crisis",  # a suicidal or isolated caller: no abuse, but it can stay with you (secondary trauma)
    "chat",  # abuse by chat or message rather than by voice
    "other",
)
# The exercise offered in the protected break after each kind (decompression unless named here).
DEFAULT_EXERCISE = "decompression"
EXERCISE_AFTER: dict[str, str] = {"caller_crisis": "crisis_debrief"}
# Kinds after which a debrief with the team leader or the EAP office is suggested.
DEBRIEF_KINDS: frozenset[str] = frozenset({"caller_crisis"})
EFFECTS: tuple[str, ...] = ("shaken", "angry", "afraid", "drained", "okay", "unsaid")

NOTE_MAX = 4000
CALL_REF_MAX = 120


class IncidentError(ValueError):
    """An incident that cannot be stored (an unknown kind or effect, a missing id)."""


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise IncidentError(f"unknown incident kind {kind!r}")
    return kind


def check_effect(effect: str) -> str:
    if effect not in EFFECTS:
        raise IncidentError(f"unknown effect {effect!r}")
    return effect


def exercise_after(kind: str, surge_decompression: bool = False) -> str:
    """The exercise id the recovery step offers after a hard call of this kind.

    ``surge_decompression``: a surge notice is in force and the policy's ``[surge]`` asks for the
    decompression exercise after every hard call, whatever its kind (the debrief note after a caller
    in crisis stays, and the crisis debrief is still among the exercises offered after it)."""
    return DEFAULT_EXERCISE if surge_decompression else EXERCISE_AFTER.get(kind, DEFAULT_EXERCISE)


def _printable(text: str, keep: str) -> str:
    """Drop control and format characters (except those in ``keep``), normalise to NFC."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if c in keep or unicodedata.category(c)[0] != "C")


def clean_note(note: str) -> str:
    """Multi-line text: newlines kept (CRLF folded), other control characters dropped, clipped."""
    text = note.replace("\r\n", "\n").replace("\r", "\n")
    return _printable(text, "\n\t").strip()[:NOTE_MAX]


def clean_call_ref(ref: str) -> str:
    """One line: whitespace runs folded to single spaces, control characters dropped, clipped."""
    return _printable(" ".join(ref.split()), "").strip()[:CALL_REF_MAX].rstrip()
