"""Errors of the exchange layer, each carrying a short machine-readable reason.

The reason is what a quarantine sidecar records and what a coordinator sees in a summary, so it
must be stable and must never contain payload text: details say *what* was wrong, never *what
the file said*.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why a file or key was refused; values are stable strings written to sidecars."""

    # envelope structure
    NOT_JSON = "not_json"
    BAD_HEADER = "bad_header"
    WRONG_SCHEMA = "wrong_schema"
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_KIND = "unknown_kind"
    WRONG_KIND = "wrong_kind"
    BAD_ID = "bad_id"
    BAD_CREATED = "bad_created"
    TOO_LARGE = "too_large"
    BAD_BASE64 = "bad_base64"
    DECRYPTION_FAILED = "decryption_failed"
    BAD_SIGNATURE = "bad_signature"
    MISMATCH = "header_payload_mismatch"
    BAD_PAYLOAD = "bad_payload"
    UNKNOWN_UNIT = "unknown_unit"  # a contribution's unit the coordinator has no list (or no entry) for
    PERIOD_NOT_STARTED = "period_not_started"
    NAME_MISMATCH = "name_mismatch"
    # transport
    BAD_NAME = "bad_name"
    SYMLINK = "symlink"
    NOT_REGULAR = "not_regular_file"
    GONE = "gone"
    MISSING_FOLDER = "missing_folder"
    IO_ERROR = "io_error"
    UNREADABLE = "unreadable"  # this one file's permissions refuse us (the folder itself is fine)
    # keys
    BAD_KEY = "bad_key"
    FINGERPRINT_MISMATCH = "fingerprint_mismatch"
    # a bug met a file; the file is quarantined so it cannot block every later import
    INTERNAL_ERROR = "internal_error"


class ExchangeError(Exception):
    """Base class: a refused file, name or key, with a stable reason and a human detail."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


class EnvelopeError(ExchangeError):
    """An envelope failed strict parsing, decryption or verification."""


class TransportError(ExchangeError):
    """A transport refused a name or a file (symlink, oversized, missing folder ...)."""


class KeyFormatError(ExchangeError, ValueError):
    """A public or private key string/bytes is malformed or does not match its fingerprint."""
