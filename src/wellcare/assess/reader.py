"""Typed access to a parsed JSON document, failing with the file and key path.

Kept apart from the instrument rules in validate.py so those read as a list of checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from typing import Any, NoReturn

from wellcare.assess.errors import InstrumentFormatError
from wellcare.assess.model import Text

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")


class Reader:
    """Typed accessors over parsed JSON that fail with the file and the key path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.languages: tuple[str, ...] = ()

    def fail(self, key: str, problem: str) -> NoReturn:
        raise InstrumentFormatError(self.source, key, problem)

    def obj(self, value: object, key: str, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, f"must be an object, not {_kind(value)}")
        required, optional = tuple(required), tuple(optional)
        for name in required:
            if name not in value:
                self.fail(_join(key, name), "is missing")
        for name in value:
            if name not in required and name not in optional:
                self.fail(_join(key, name), "is not a known key")
        return value

    def array(self, value: object, key: str, *, allow_empty: bool = False) -> list[Any]:
        if not isinstance(value, list):
            self.fail(key, f"must be a list, not {_kind(value)}")
        if not value and not allow_empty:
            self.fail(key, "must not be empty")
        return value

    def string(self, value: object, key: str) -> str:
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {_kind(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def ident(self, value: object, key: str, pattern: re.Pattern[str] = _ID) -> str:
        text = self.string(value, key)
        if not pattern.match(text):
            self.fail(key, f"{text!r} is not a valid id (letters, digits and _, starting with a letter)")
        return text

    def integer(self, value: object, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be an integer, not {_kind(value)}")
        return value

    def number(self, value: object, key: str) -> Fraction:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, not {_kind(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            self.fail(key, "must be a finite number")
        return Fraction(str(value)) if isinstance(value, float) else Fraction(value)

    def boolean(self, value: object, key: str) -> bool:
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, not {_kind(value)}")
        return value

    def text(self, value: object, key: str) -> Text:
        """A user-facing text: one non-empty string per declared language, no others."""
        if not isinstance(value, dict):
            self.fail(key, f"must be an object with one text per language ({', '.join(self.languages)})")
        for lang in self.languages:
            if lang not in value:
                self.fail(_join(key, lang), "is missing")
            self.string(value[lang], _join(key, lang))
        for lang in value:
            if lang not in self.languages:
                self.fail(_join(key, lang), "is not a declared language")
        return Text({lang: value[lang] for lang in self.languages})

    def unique(self, values: list[str], key: str, what: str) -> None:
        seen: set[str] = set()
        for v in values:
            if v in seen:
                self.fail(key, f"duplicate {what} {v!r}")
            seen.add(v)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _kind(value: object) -> str:
    if value is None:
        return "null"
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), type(value).__name__)
