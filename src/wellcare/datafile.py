"""Strict JSON, the one reader for every JSON WellCare takes in: data files, envelopes, contributions.

Plain json keeps the last of two equal keys and reads NaN and Infinity; in a data file both hide an
author's error, in an envelope or a contribution they let two spellings pass for one value.
:func:`loads_strict` refuses both (its callers turn that into their own error type);
:func:`read_json_file` reads the data files WellCare ships (instruments, exercises, programs),
every problem built as ``error(source, key, problem)`` so the message names the file and the key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

ErrorFactory = Callable[[str, str, str], Exception]


class DuplicateKeyError(ValueError):
    """The same key twice in one object."""

    def __init__(self, key: str) -> None:
        super().__init__(f"duplicate key {key!r}")
        self.key = key


class JsonConstantError(ValueError):
    """NaN, Infinity or -Infinity: not JSON, though Python's json reads them."""

    def __init__(self, name: str) -> None:
        super().__init__(f"non-standard JSON constant {name}")
        self.name = name


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; a key given twice shows as fewer keys than pairs
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise JsonConstantError(name)


def loads_strict(data: str | bytes) -> Any:
    """``json.loads`` that raises :class:`DuplicateKeyError` and :class:`JsonConstantError`.

    Anything else wrong is json's own error (``JSONDecodeError``, ``UnicodeDecodeError`` for bytes,
    ``RecursionError`` for absurd nesting), left to the caller to word.
    """
    return json.loads(data, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)


def read_json_file(path: Path, error: ErrorFactory) -> Any:
    """Parse one UTF-8 JSON file with no duplicate keys; any problem raises ``error(source, key, problem)``."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error(source, "", "is not UTF-8 text") from None
    except OSError as exc:
        raise error(source, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        return loads_strict(text)
    except json.JSONDecodeError as exc:
        raise error(source, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except DuplicateKeyError as exc:
        raise error(source, exc.key, "appears twice in the same object") from None
    except JsonConstantError as exc:
        raise error(source, "", f"holds {exc.name}, which is not a JSON number") from None
    except RecursionError:
        raise error(source, "", "is nested too deeply") from None


def join_key(key: str, name: str | int) -> str:
    """The key path shown in errors: ``items[3].text.ko``."""
    if isinstance(name, int):
        return f"{key}[{name}]"
    return f"{key}.{name}" if key else name


def kind_of(value: object) -> str:
    if value is None:
        return "null"
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer"}
    return names.get(type(value), type(value).__name__)


class ShapeReader:
    """Typed access to parsed JSON that fails with ``error(source, key path, problem)``.

    The checks every data format shares; each format's reader adds its own (ids, texts, ranges).
    """

    error: ErrorFactory = ValueError

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> NoReturn:
        raise type(self).error(self.source, key, problem)

    def obj(self, value: object, key: str, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, f"must be an object, not {kind_of(value)}")
        required, optional = tuple(required), tuple(optional)
        for name in required:
            if name not in value:
                self.fail(join_key(key, name), "is missing")
        for name in value:
            if name not in required and name not in optional:
                self.fail(join_key(key, name), "is not a known key")
        return value

    def array(self, value: object, key: str, *, allow_empty: bool = False, most: int | None = None) -> list[Any]:
        if not isinstance(value, list):
            self.fail(key, f"must be a list, not {kind_of(value)}")
        if not value and not allow_empty:
            self.fail(key, "must not be empty")
        if most is not None and len(value) > most:
            self.fail(key, f"has {len(value)} entries, at most {most} allowed")
        return value

    def boolean(self, value: object, key: str) -> bool:
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, not {kind_of(value)}")
        return value
