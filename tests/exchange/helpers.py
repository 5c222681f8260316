"""Shared helpers for exchange tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from wellcare.exchange import Envelope, ReplyKeypair

NOW = datetime(2024, 5, 1, 13, 47, 12, tzinfo=UTC)
MARKER = "MARKER-7f3a-민원-상담"  # must never appear in a file on the share


def request_payload(reply: ReplyKeypair | None = None, note: str = MARKER) -> dict[str, Any]:
    """A realistic EAP request body."""
    return {
        "type": "individual_counseling",
        "urgency": "this_week",
        "times": ["2024-05-02T10:00+09:00", "2024-05-03T15:00+09:00"],
        "contact": {"method": "phone", "value": "010-1234-5678"},
        "note": note,
        "reply_key": (reply or ReplyKeypair.generate()).public_b64(),
    }


class Sink:
    """The caller's side of an import: a set of seen ids and the accepted envelopes."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.accepted: list[Envelope] = []

    def is_seen(self, envelope_id: str) -> bool:
        return envelope_id in self.seen

    def on_accept(self, envelope: Envelope) -> None:
        self.seen.add(envelope.id)
        self.accepted.append(envelope)


def one_byte_variants(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Every variant of ``data`` with exactly one byte altered (one bit flipped)."""
    for i in range(len(data)):
        yield i, data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]
