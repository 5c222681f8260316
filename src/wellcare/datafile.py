"""Reading the JSON data files WellCare ships (instruments, exercises, programs) strictly.

Plain json keeps the last of two equal keys and accepts any encoding mistake silently; in a data
file both hide an author's error. Every problem becomes the caller's own error type, built as
``error(source, key, problem)`` so the message names the file and the key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ErrorFactory = Callable[[str, str, str], Exception]


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


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
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise error(source, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except _DuplicateKey as exc:
        raise error(source, exc.key, "appears twice in the same object") from None
