"""Where the demo organisation lives and whether it is built: apart from wellcare.demo, which builds it.

The tray app started with ``--demo`` reads only this before its icon is shown (issue #16); the
builder, which imports every service, is imported only when the demo must be (re)built.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PASSPHRASE_FILE = "demo-passphrase.txt"
LANGUAGES = ("en", "ko")


def demo_language(requested: str | None = None) -> str:
    """The language the app will run in: --lang if given, else the system's (LC_ALL, LC_MESSAGES, LANG)."""
    import os

    for value in (requested, os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"), os.environ.get("LANG")):
        if value:
            return value[:2] if value[:2] in LANGUAGES else "en"
    return "en"


@dataclass(frozen=True)
class DemoLayout:
    root: Path

    @property
    def counselor(self) -> Path:
        return self.root / "counselor"

    @property
    def coordinator(self) -> Path:
        return self.root / "coordinator"

    @property
    def exchange(self) -> Path:
        return self.root / "exchange"

    @property
    def policy(self) -> Path:
        return self.root / "policy.toml"

    @property
    def passphrase_file(self) -> Path:
        return self.root / PASSPHRASE_FILE

    def is_complete(self, language: str | None = None) -> bool:
        """Built to the end (and, if `language` is given, in that language)."""
        marker = self.root / ".complete"
        if not (self.policy.exists() and marker.exists()):
            return False
        return language is None or marker.read_text(encoding="utf-8").strip() == language
