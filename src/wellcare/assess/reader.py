"""Typed access to a parsed JSON document, failing with the file and key path.

Kept apart from the instrument rules in validate.py so those read as a list of checks.
"""

from __future__ import annotations

import re
from fractions import Fraction

from wellcare.assess.errors import InstrumentFormatError
from wellcare.assess.model import Text
from wellcare.datafile import ShapeReader, join_key, kind_of

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,39}")  # always fullmatch


class Reader(ShapeReader):
    """Typed accessors over parsed JSON that fail with the file and the key path."""

    error = InstrumentFormatError

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.languages: tuple[str, ...] = ()

    def string(self, value: object, key: str) -> str:
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {kind_of(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def ident(self, value: object, key: str, pattern: re.Pattern[str] = _ID) -> str:
        text = self.string(value, key)
        if not pattern.fullmatch(text):
            self.fail(key, f"{text!r} is not a valid id (letters, digits and _, starting with a letter)")
        return text

    def integer(self, value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be an integer, not {kind_of(value)}")
        return value

    def number(self, value: object, key: str) -> Fraction:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, not {kind_of(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            self.fail(key, "must be a finite number")
        return Fraction(str(value)) if isinstance(value, float) else Fraction(value)

    def text(self, value: object, key: str) -> Text:
        """A user-facing text: one non-empty string per declared language, no others."""
        if not isinstance(value, dict):
            self.fail(key, f"must be an object with one text per language ({', '.join(self.languages)})")
        for lang in self.languages:
            if lang not in value:
                self.fail(join_key(key, lang), "is missing")
            self.string(value[lang], join_key(key, lang))
        for lang in value:
            if lang not in self.languages:
                self.fail(join_key(key, lang), "is not a declared language")
        return Text({lang: value[lang] for lang in self.languages})

    def unique(self, values: list[str], key: str, what: str) -> None:
        seen: set[str] = set()
        for v in values:
            if v in seen:
                self.fail(key, f"duplicate {what} {v!r}")
            seen.add(v)
