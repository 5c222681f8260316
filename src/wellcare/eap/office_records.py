"""The EAP office's records of requests: its tables, a request's triage and history, and how a row reads.

Split from :mod:`.office_inbox` (which acts on them) so the data and its migrations read on one page.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from wellcare.eap.protocol import Appointment, RequestContent, RequestType, Urgency, parse_content
from wellcare.vault.columns import read_optional_time, read_time
from wellcare.vault.migrations import Migration

COMPONENT = "coordinator_eap"
MIGRATIONS = (
    Migration(
        1,
        "EAP requests received, their timeline, pending cancellations and the reply outbox",
        """
        CREATE TABLE eap_inbox (
            envelope_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL,
            created_hour TEXT NOT NULL,
            urgency TEXT NOT NULL,
            content TEXT NOT NULL,
            reply_id TEXT NOT NULL,
            reply_key TEXT NOT NULL,
            cancel_hash TEXT NOT NULL,
            triage TEXT NOT NULL,
            reply_seq INTEGER NOT NULL DEFAULT 0,
            appointment TEXT,
            closed_at TEXT,
            slot_removed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX eap_inbox_reply ON eap_inbox(reply_id);
        CREATE TABLE eap_inbox_events (
            id INTEGER PRIMARY KEY,
            envelope_id TEXT NOT NULL REFERENCES eap_inbox(envelope_id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX eap_inbox_events_request ON eap_inbox_events(envelope_id);
        CREATE TABLE eap_pending_cancels (
            request_id TEXT PRIMARY KEY,
            proof TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE TABLE eap_reply_outbox (
            reply_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            data TEXT
        )
        """,
    ),
    Migration(
        2,
        "retention: a request's kind beside its content, and when and after how long its content was deleted",
        """
        ALTER TABLE eap_inbox ADD COLUMN kind TEXT;
        ALTER TABLE eap_inbox ADD COLUMN purged_on TEXT;
        ALTER TABLE eap_inbox ADD COLUMN purged_after_days INTEGER;
        UPDATE eap_inbox SET kind = json_extract(content, '$.type')
        """,
    ),
    Migration(
        3,
        "every cancellation waiting for its request is kept (a bogus one must not replace a genuine one)",
        """
        CREATE TABLE eap_pending_cancels_v3 (
            request_id TEXT NOT NULL,
            proof TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (request_id, proof)
        );
        INSERT INTO eap_pending_cancels_v3(request_id, proof, received_at)
            SELECT request_id, proof, received_at FROM eap_pending_cancels;
        DROP TABLE eap_pending_cancels;
        ALTER TABLE eap_pending_cancels_v3 RENAME TO eap_pending_cancels
        """,
    ),
)

KEEP_CLOSED_SLOTS = timedelta(days=30)
KEEP_PENDING_CANCELS = timedelta(days=30)


class Triage(StrEnum):
    """Where the coordinator has a request: their own working state."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    SCHEDULED = "scheduled"
    REVIEWED = "reviewed"  # legal support: reviewed by counsel
    ACTION_TAKEN = "action_taken"  # legal support: action taken
    DONE = "done"
    DECLINED = "declined"  # closed by the coordinator without (further) sessions
    CANCELLED = "cancelled"  # withdrawn by the counselor

    @property
    def is_open(self) -> bool:
        return self in (Triage.NEW, Triage.IN_PROGRESS, Triage.SCHEDULED, Triage.REVIEWED, Triage.ACTION_TAKEN)


CLOSED_TRIAGE = tuple(t for t in Triage if not t.is_open)  # done, declined, cancelled


class InboxEvent(StrEnum):
    RECEIVED = "received"
    TRIAGE = "triage"  # detail: {"triage": ...}
    REPLIED = "replied"  # detail: {"status", "seq", "appointment"?, "message"?}
    CANCELLED = "cancelled"  # by the counselor, proof checked
    BAD_CANCEL = "bad_cancel"  # a cancellation whose proof did not match arrived before its request


URGENCY_ORDER = {Urgency.URGENT: 0, Urgency.SOON: 1, Urgency.ROUTINE: 2}


@dataclass(frozen=True)
class InboxEntry:
    at: datetime
    what: InboxEvent
    detail: dict[str, Any]


@dataclass(frozen=True)
class InboxRequest:
    """One decrypted request as the inbox page shows it, or the tombstone left after its content was deleted.

    A tombstone has ``content`` None, no appointment and no events; ``received_at`` and
    ``closed_at`` are only the Monday (00:00) of their week, and ``purged_on`` says when.
    """

    envelope_id: str
    received_at: datetime
    created_hour: str
    content: RequestContent | None
    kind: RequestType
    urgency: Urgency
    triage: Triage
    reply_seq: int
    appointment: Appointment | None
    closed_at: datetime | None
    events: tuple[InboxEntry, ...] = ()
    purged_on: date | None = None
    purged_after_days: int | None = None

    @property
    def purged(self) -> bool:
        return self.purged_on is not None

    @property
    def short_id(self) -> str:
        """Enough of the random id to tell requests apart on the phone ("request 3F9A")."""
        return self.envelope_id[:4].upper()


COLUMNS = (
    "envelope_id, received_at, created_hour, content, triage, reply_seq, appointment, closed_at, "
    "kind, urgency, purged_on, purged_after_days"
)


def request_from_row(row: Sequence[Any], events: tuple[InboxEntry, ...]) -> InboxRequest:
    purged_on = None if row[10] is None else date.fromisoformat(row[10])
    content = None if purged_on is not None else parse_content(json.loads(row[3]))
    return InboxRequest(
        envelope_id=row[0],
        received_at=read_time(row[1]),
        created_hour=row[2],
        content=content,
        kind=content.type if content is not None else RequestType(row[8]),
        urgency=content.urgency if content is not None else Urgency(row[9]),
        triage=Triage(row[4]),
        reply_seq=int(row[5]),
        appointment=None if row[6] is None else Appointment.from_json(json.loads(row[6])),
        closed_at=read_optional_time(row[7]),
        events=() if purged_on is not None else events,
        purged_on=purged_on,
        purged_after_days=None if row[11] is None else int(row[11]),
    )


def monday_of(when: datetime) -> datetime:
    """00:00 on the Monday of ``when``'s week, in its own time zone (so its ISO week stays the same)."""
    return (when - timedelta(days=when.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)


class CoordinatorEapError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


