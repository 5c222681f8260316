"""A signed JSON file carried by hand between offices (a centre's council report, a council's surge notice).

The file is ``{"format", "payload", "signer": {box_public_key, sign_public_key}, "signature"}``.
The Ed25519 signature covers a domain string and the payload's canonical JSON (keys sorted, no
spaces, UTF-8), so a signature made for one kind of file (or an offer, a reply) never passes for
another, and re-encoding the file (pretty-printing, another key order) does not break it while
changing any value does. The signer's keys travel in the file only so the reader can compare them
with the fingerprint it pinned: reading here decides nothing about trust.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey

from wellcare.exchange._codec import dumps_canonical
from wellcare.exchange.errors import KeyFormatError
from wellcare.exchange.keys import CoordinatorPublicKeys


@dataclass(frozen=True)
class SignedFileKind:
    """What one kind of signed file is called and bound to."""

    file_format: str  # the file's "format"
    domain: bytes  # prefixed to the canonical payload before signing
    max_bytes: int
    what: str  # for messages: "a council report"


def sign_file(kind: SignedFileKind, payload: dict[str, Any], signing: SigningKey,
              public: CoordinatorPublicKeys) -> bytes:
    """The file's bytes (pretty JSON; only the payload's canonical form is signed)."""
    doc = {
        "format": kind.file_format,
        "payload": payload,
        "signer": {k: v for k, v in public.to_policy().items() if k != "fingerprint"},
        "signature": base64.b64encode(signing.sign(kind.domain + dumps_canonical(payload)).signature).decode("ascii"),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SignedFile:
    """A parsed file: its claimed signer and payload, not yet verified."""

    kind: SignedFileKind
    payload: dict[str, Any]
    signer: CoordinatorPublicKeys
    signature: bytes

    def verifies(self) -> bool:
        try:
            self.signer.verify_key.verify(self.kind.domain + dumps_canonical(self.payload), self.signature)
        except (BadSignatureError, ValueError):
            return False
        return True


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


def read_signed_file(kind: SignedFileKind, data: bytes, error: type[ValueError]) -> SignedFile:
    """Parse a file's bytes; ``error`` (the caller's own type) says what is malformed."""
    if len(data) > kind.max_bytes:
        raise error(f"larger than {_size(kind.max_bytes)}; is it {kind.what}?")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise error(f"not JSON in UTF-8; is it {kind.what}?") from None
    if not isinstance(doc, dict) or doc.get("format") != kind.file_format:
        raise error(f"not {kind.what} (format is not {kind.file_format!r})")
    payload, signer, signature = doc.get("payload"), doc.get("signer"), doc.get("signature")
    if not isinstance(payload, dict) or not isinstance(signer, dict) or not isinstance(signature, str):
        raise error("payload, signer or signature is missing")
    try:
        keys = CoordinatorPublicKeys.from_policy(signer)
        raw = base64.b64decode(signature, validate=True)
    except (KeyFormatError, binascii.Error, ValueError):
        raise error("the signer's keys or the signature are not well-formed") from None
    try:
        dumps_canonical(payload)
    except ValueError:
        raise error("the payload holds numbers JSON cannot carry (NaN or infinity)") from None
    return SignedFile(kind, payload, keys, raw)
