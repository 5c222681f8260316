"""A centre report's signed file: canonical bytes, an Ed25519 signature, and reading it back strictly.

The file is ``{"format", "payload", "signer": {box_public_key, sign_public_key}, "signature"}``.
The signature covers a domain string and the payload's canonical JSON (keys sorted, no spaces,
UTF-8), so a signature made for an offer or a reply can never pass for a report, and re-encoding
the file (pretty-printing, another key order) does not break it while changing any value does.
The signer's keys travel in the file only so the council can compare them with the fingerprint
it pinned; a key that is not pinned is refused before the signature is even looked at.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey

from wellcare.exchange import CoordinatorPublicKeys, KeyFormatError

FORMAT = "wellcare.council_report_file/1"
DOMAIN = b"wellcare.council_report/1\x00"
MAX_REPORT_BYTES = 8 * 1024 * 1024


class ReportFileError(ValueError):
    """A file that is not a well-formed signed report (before any trust decision)."""


def canonical(payload: Any) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def sign_report(payload: dict[str, Any], signing: SigningKey, public: CoordinatorPublicKeys) -> bytes:
    """The report file's bytes (pretty JSON; only the payload's canonical form is signed)."""
    signature = signing.sign(DOMAIN + canonical(payload)).signature
    doc = {
        "format": FORMAT,
        "payload": payload,
        "signer": {k: v for k, v in public.to_policy().items() if k != "fingerprint"},
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SignedReport:
    """A parsed file: its claimed signer and payload, not yet verified."""

    payload: dict[str, Any]
    signer: CoordinatorPublicKeys
    signature: bytes

    def verifies(self) -> bool:
        try:
            self.signer.verify_key.verify(DOMAIN + canonical(self.payload), self.signature)
        except (BadSignatureError, ValueError):
            return False
        return True


def read_report_file(data: bytes) -> SignedReport:
    """Parse a report file's bytes; ReportFileError says what is malformed."""
    if len(data) > MAX_REPORT_BYTES:
        raise ReportFileError(f"larger than {MAX_REPORT_BYTES // (1024 * 1024)} MiB; is it a council report?")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReportFileError("not JSON in UTF-8; is it a council report?") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ReportFileError(f"not a council report file (format is not {FORMAT!r})")
    payload, signer, signature = doc.get("payload"), doc.get("signer"), doc.get("signature")
    if not isinstance(payload, dict) or not isinstance(signer, dict) or not isinstance(signature, str):
        raise ReportFileError("payload, signer or signature is missing")
    try:
        keys = CoordinatorPublicKeys.from_policy(signer)
        raw = base64.b64decode(signature, validate=True)
    except (KeyFormatError, binascii.Error, ValueError):
        raise ReportFileError("the signer's keys or the signature are not well-formed") from None
    try:
        canonical(payload)
    except ValueError:
        raise ReportFileError("the payload holds numbers JSON cannot carry (NaN or infinity)") from None
    return SignedReport(payload, keys, raw)
