"""Strict JSON and base64 helpers shared by keys and envelopes.

Strict because every byte of an envelope must matter: a second spelling of the same value
(non-canonical base64, a duplicate key, NaN) would let an altered file pass as the original.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from wellcare import datafile


class CodecError(ValueError):
    """Malformed JSON or base64; callers turn it into their own error with a reason."""


def loads_strict(data: bytes | str) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity and absurd nesting."""
    try:
        return datafile.loads_strict(data)
    except (datafile.DuplicateKeyError, datafile.JsonConstantError) as exc:
        raise CodecError(str(exc)) from None
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
