"""Preferences needed before the vault is unlocked (language, theme), kept in prefs.json.

Nothing here is sensitive: the unlock screen must speak the user's language before any key is
known. Everything personal lives in the vault.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from wellcare.vault.fileio import atomic_write_bytes

PREFS_FILE = "prefs.json"
LANGUAGES = ("en", "ko")


@dataclass(frozen=True)
class Preferences:
    language: str = ""  # "" follows the system locale
    high_contrast: bool = False

    def with_changes(self, **changes: object) -> Preferences:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_preferences(profile_dir: Path) -> Preferences:
    try:
        data = json.loads((profile_dir / PREFS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    language = data.get("language", "")
    return Preferences(
        language=language if language in LANGUAGES else "",
        high_contrast=bool(data.get("high_contrast", False)),
    )


def save_preferences(profile_dir: Path, prefs: Preferences) -> None:
    atomic_write_bytes(profile_dir / PREFS_FILE, json.dumps(asdict(prefs), indent=1).encode("utf-8"))
