"""Strict JSON and base64 helpers shared by keys and envelopes.

Strict because every byte of an envelope must matter: a second spelling of the same value
(non-canonical base64, a duplicate key, NaN) would let an altered file pass as the original.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class CodecError(ValueError):
    """Malformed JSON or base64; callers turn it into their own error with a reason."""


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise CodecError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _reject_constant(name: str) -> Any:
    raise CodecError(f"non-standard JSON constant {name}")


def loads_strict(data: bytes | str) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity and absurd nesting."""
    try:
        return json.loads(data, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except CodecError:
        raise
    except RecursionError:
        raise CodecError("JSON nested too deeply") from None
    except (ValueError, TypeError) as exc:  # JSONDecodeError, UnicodeDecodeError
        # the message carries a position, never the document
        raise CodecError(str(exc).split("\n", 1)[0][:200]) from None


def dumps_canonical(obj: Any) -> bytes:
    """One byte sequence per value: sorted keys, no spaces, UTF-8 (used inside seals/signatures)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def b64decode_strict(text: object) -> bytes:
    """Decode standard padded base64, refusing anything that does not re-encode identically."""
    if not isinstance(text, str):
        raise CodecError("base64 value is not a string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise CodecError("invalid base64") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise CodecError("non-canonical base64")
    return raw
