"""The office's side of hand-over notices: imported from the inbox as their own kind, with their own status.

A notice carries the kind of incident, its time and an optional call reference, nothing else, and
no reply key: the office acts (takes over the caller, routes calls) and marks it here. Statuses:
*new* (imported), *taken over* (the dedicated team has it), *closed*. Closed notices lose their call
reference and exact time after the EAP retention period (:meth:`NoticeBook.purge`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from wellcare.exchange import Envelope, Kind
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, InboxHandler, Stored
from wellcare.incidents.notice import NoticePayload, parse_notice
from wellcare.vault import Vault
from wellcare.vault.columns import read_time
from wellcare.vault.migrations import Migration

COMPONENT = "handover_inbox"
MIGRATIONS = (
    Migration(
        1,
        "hand-over notices received by the office",
        """
        CREATE TABLE handover_inbox (
            envelope_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            call_ref TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'new',
            status_at TEXT
        )
        """,
    ),
)


class NoticeStatus(StrEnum):
    NEW = "new"
    TAKEN_OVER = "taken_over"
    CLOSED = "closed"


@dataclass(frozen=True)
class ReceivedNotice:
    envelope_id: str
    received_at: datetime
    kind: str
    at: str  # as the counselor's app wrote it (local time with offset); "" once purged
    call_ref: str
    status: NoticeStatus


class NoticeBook:
    """The office's received notices (Qt-free)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)

    def notices(self) -> list[ReceivedNotice]:
        """New ones first, then taken over, then closed; newest first within each."""
        rows = self.vault.query("SELECT envelope_id, received_at, kind, at, call_ref, status FROM handover_inbox")
        items = [
            ReceivedNotice(str(e), read_time(r), str(k), str(a), str(c), NoticeStatus(str(s)))
            for e, r, k, a, c, s in rows
        ]
        order = list(NoticeStatus)
        return sorted(items, key=lambda n: (order.index(n.status), -n.received_at.timestamp()))

    def counts(self) -> dict[NoticeStatus, int]:
        rows = self.vault.query("SELECT status, count(*) FROM handover_inbox GROUP BY status")
        return {NoticeStatus(str(s)): int(n) for s, n in rows}

    def set_status(self, envelope_id: str, status: NoticeStatus, now: datetime) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE handover_inbox SET status = ?, status_at = ? WHERE envelope_id = ?",
                (status.value, now.isoformat(), envelope_id),
            )
            if cur.rowcount != 1:
                raise KeyError(envelope_id)

    def purge(self, now: datetime, days: int) -> int:
        """Closed notices older than ``days`` keep only their kind and status (the call reference and time go)."""
        cutoff = now - timedelta(days=days)
        closed = self.vault.query(
            "SELECT envelope_id, status_at FROM handover_inbox WHERE status = ? AND at != ''",
            (NoticeStatus.CLOSED.value,),
        )
        gone = [e for e, at in closed if at is not None and read_time(at) <= cutoff]
        with self.vault.transaction() as cur:
            for envelope_id in gone:
                cur.execute("UPDATE handover_inbox SET at = '', call_ref = '' WHERE envelope_id = ?", (envelope_id,))
        return len(gone)


class NoticeHandler(InboxHandler):
    kind = Kind.HANDOVER_NOTICE

    def __init__(self, book: NoticeBook) -> None:
        self.book = book

    def check(self, envelope: Envelope) -> NoticePayload:
        return parse_notice(envelope.payload)

    def store(self, cur: Any, item: NoticePayload, envelope: Envelope, received_at: datetime) -> Stored | None:
        cur.execute(
            "INSERT INTO handover_inbox(envelope_id, received_at, kind, at, call_ref) VALUES(?, ?, ?, ?, ?)",
            (envelope.id, received_at.isoformat(), item.kind, item.at, item.call_ref),
        )
        return None


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    """Called by :func:`wellcare.coordinator.handlers.build_registry`."""
    registry.register(NoticeHandler(NoticeBook(setup.vault)))
