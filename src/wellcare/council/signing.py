"""A centre report's signed file (:mod:`wellcare.exchange.signed_file`, with the report's own domain).

The signature covers ``wellcare.council_report/1`` and the payload's canonical JSON, so a signature
made for an offer, a reply or a council's surge notice can never pass for a report. A key that is not
pinned is refused before the signature is even looked at (:mod:`.store`).
"""

from __future__ import annotations

from typing import Any

from nacl.signing import SigningKey

from wellcare.exchange import CoordinatorPublicKeys
from wellcare.exchange.signed_file import SignedFile, SignedFileKind, read_signed_file, sign_file

REPORT_FILE = SignedFileKind(
    file_format="wellcare.council_report_file/1",
    domain=b"wellcare.council_report/1\x00",
    max_bytes=8 * 1024 * 1024,
    what="a council report",
)


class ReportFileError(ValueError):
    """A file that is not a well-formed signed report (before any trust decision)."""


def sign_report(payload: dict[str, Any], signing: SigningKey, public: CoordinatorPublicKeys) -> bytes:
    """The report file's bytes (pretty JSON; only the payload's canonical form is signed)."""
    return sign_file(REPORT_FILE, payload, signing, public)


def read_report_file(data: bytes) -> SignedFile:
    """Parse a report file's bytes; ReportFileError says what is malformed."""
    return read_signed_file(REPORT_FILE, data, ReportFileError)
