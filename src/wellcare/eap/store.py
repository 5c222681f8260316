"""The counselor's EAP record in the vault: requests, their timeline, the outbox and reminders.

The vault is the truth. A request's one-time reply key and its cancel secret are secrets (the
core ``secrets`` table, which ``wellcare export`` leaves out), written in the same transaction
as the request, and deleted when the request closes. Sealed envelopes wait in ``eap_outbox``
until the exchange folder took them, so a request made while the share is offline is not lost.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wellcare.eap.protocol import Appointment, RequestContent, parse_content
from wellcare.vault import Vault
from wellcare.vault.columns import json_text, read_optional_time, read_time
from wellcare.vault.migrations import Migration

COMPONENT = "eap"
MIGRATIONS = (
    Migration(
        1,
        "EAP requests, timeline, outbox and reminders",
        """
        CREATE TABLE eap_requests (
            id INTEGER PRIMARY KEY,
            envelope_id TEXT NOT NULL UNIQUE,
            reply_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            coordinator_name TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            verify_key TEXT NOT NULL,
            box_key TEXT NOT NULL,
            status TEXT NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            appointment TEXT,
            message TEXT NOT NULL DEFAULT '',
            closed_at TEXT,
            closed_by TEXT
        );
        CREATE TABLE eap_events (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES eap_requests(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX eap_events_request ON eap_events(request_id);
        CREATE TABLE eap_outbox (
            envelope_id TEXT PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES eap_requests(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE eap_reminders (
            request_id INTEGER NOT NULL REFERENCES eap_requests(id) ON DELETE CASCADE,
            start TEXT NOT NULL,
            lead_minutes INTEGER NOT NULL,
            at TEXT NOT NULL,
            shown INTEGER NOT NULL,
            PRIMARY KEY (request_id, start, lead_minutes)
        )
        """,
    ),
)

REPLY_KEY_SECRET = "eap.reply_key."
CANCEL_SECRET = "eap.cancel."


class Status(StrEnum):
    """Where a request stands, as this counselor's app knows it."""

    QUEUED = "queued"  # sealed and saved; the exchange folder has not taken it yet
    SENT = "sent"  # in the exchange's inbox
    RECEIVED = "received"  # the coordinator's app confirmed receipt (a signed reply)
    SCHEDULED = "scheduled"  # an appointment arrived
    REVIEWED = "reviewed"  # legal support: reviewed by counsel (a signed reply)
    ACTION_TAKEN = "action_taken"  # legal support: action taken (a signed reply)
    DONE = "done"  # the coordinator closed it
    CANCELLED = "cancelled"  # closed by the counselor or by the coordinator

    @property
    def is_open(self) -> bool:
        return self not in (Status.DONE, Status.CANCELLED)


class EventKind(StrEnum):
    """Entries of a request's timeline."""

    QUEUED = "queued"
    SENT = "sent"
    RECEIVED = "received"
    SCHEDULED = "scheduled"
    REVIEWED = "reviewed"
    ACTION_TAKEN = "action_taken"
    DONE = "done"
    CANCELLED = "cancelled"  # detail: {"by": "me" | "coordinator", "message": ...}
    CANCEL_SENT = "cancel_sent"
    REPLY_REFUSED = "reply_refused"  # detail: {"reason": ...}: a reply that did not verify
    REMINDED = "reminded"


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: EventKind
    detail: dict[str, Any]


@dataclass(frozen=True)
class MyRequest:
    """One request as the EAP page shows it."""

    id: int
    envelope_id: str
    reply_id: str
    created_at: datetime
    content: RequestContent
    coordinator_name: str
    fingerprint: str
    verify_key: str
    status: Status
    last_seq: int
    appointment: Appointment | None
    message: str
    closed_at: datetime | None
    closed_by: str | None
    box_key: str = ""  # base64: the coordinator key this request was sealed to (its cancellation goes there too)
    events: tuple[Event, ...] = ()

    def first(self, kind: EventKind) -> Event | None:
        return next((e for e in self.events if e.kind is kind), None)

    def last(self, kind: EventKind) -> Event | None:
        return next((e for e in reversed(self.events) if e.kind is kind), None)


_COLUMNS = (
    "id, envelope_id, reply_id, created_at, content, coordinator_name, fingerprint, verify_key, status, "
    "last_seq, appointment, message, closed_at, closed_by, box_key"
)


def _request(row: Sequence[Any], events: tuple[Event, ...]) -> MyRequest:
    appointment = None if row[10] is None else Appointment.from_json(json.loads(row[10]))
    created = read_optional_time(row[3])
    assert created is not None
    return MyRequest(
        id=int(row[0]),
        envelope_id=row[1],
        reply_id=row[2],
        created_at=created,
        content=parse_content(json.loads(row[4])),
        coordinator_name=row[5],
        fingerprint=row[6],
        verify_key=row[7],
        status=Status(row[8]),
        last_seq=int(row[9]),
        appointment=appointment,
        message=row[11],
        closed_at=read_optional_time(row[12]),
        closed_by=row[13],
        box_key=row[14],
        events=events,
    )


class EapStore:
    """Reads and writes the tables above; callers group writes with ``vault.transaction()``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- reading --------------------------------------------------------------------------------
    def requests(self) -> list[MyRequest]:
        """Newest first, each with its timeline."""
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM eap_requests ORDER BY id DESC")
        events = self._events()
        return [_request(row, tuple(events.get(int(row[0]), ()))) for row in rows]

    def get(self, request_id: int) -> MyRequest | None:
        row = self.vault.query_one(f"SELECT {_COLUMNS} FROM eap_requests WHERE id = ?", (request_id,))
        if row is None:
            return None
        return _request(row, tuple(self._events(request_id).get(request_id, ())))

    def open_requests(self) -> list[MyRequest]:
        return [r for r in self.requests() if r.status.is_open]

    def _events(self, request_id: int | None = None) -> dict[int, list[Event]]:
        sql = "SELECT request_id, at, what, detail FROM eap_events"
        params: tuple[Any, ...] = ()
        if request_id is not None:
            sql += " WHERE request_id = ?"
            params = (request_id,)
        out: dict[int, list[Event]] = {}
        for rid, at, what, detail in self.vault.query(sql + " ORDER BY id", params):
            out.setdefault(int(rid), []).append(Event(read_time(at), EventKind(what), json.loads(detail)))
        return out

    def outbox(self) -> list[tuple[str, int, str, bytes]]:
        """(envelope id, request id, what, data), oldest first."""
        rows = self.vault.query("SELECT envelope_id, request_id, what, data FROM eap_outbox ORDER BY created_at, rowid")
        return [(r[0], int(r[1]), r[2], r[3].encode("ascii")) for r in rows]

    def secret(self, prefix: str, envelope_id: str) -> str | None:
        return self.vault.get_secret(prefix + envelope_id)

    def reminders_done(self, request_id: int, start: datetime) -> set[int]:
        rows = self.vault.query(
            "SELECT lead_minutes FROM eap_reminders WHERE request_id = ? AND start = ?",
            (request_id, start.isoformat()),
        )
        return {int(r[0]) for r in rows}

    # -- writing (inside a transaction) -----------------------------------------------------------
    @staticmethod
    def add_event(cur: Any, request_id: int, at: datetime, kind: EventKind, **detail: Any) -> None:
        cur.execute(
            "INSERT INTO eap_events(request_id, at, what, detail) VALUES(?, ?, ?, ?)",
            (request_id, at.isoformat(), kind.value, json_text(detail)),
        )

    @staticmethod
    def set_secret(cur: Any, prefix: str, envelope_id: str, value: str) -> None:
        cur.execute(
            "INSERT INTO secrets(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (prefix + envelope_id, value),
        )

    @staticmethod
    def drop_secrets(cur: Any, envelope_id: str) -> None:
        keys = (REPLY_KEY_SECRET + envelope_id, CANCEL_SECRET + envelope_id)
        cur.execute("DELETE FROM secrets WHERE key IN (?, ?)", keys)

    @staticmethod
    def queue(cur: Any, envelope_id: str, request_id: int, what: str, data: bytes, at: datetime) -> None:
        cur.execute(
            "INSERT INTO eap_outbox(envelope_id, request_id, what, data, created_at) VALUES(?, ?, ?, ?, ?)",
            (envelope_id, request_id, what, data.decode("ascii"), at.isoformat()),
        )

    @staticmethod
    def record_reminder(
        cur: Any, request_id: int, start: datetime, lead_minutes: int, at: datetime, shown: bool
    ) -> None:
        cur.execute(
            "INSERT OR IGNORE INTO eap_reminders(request_id, start, lead_minutes, at, shown) VALUES(?, ?, ?, ?, ?)",
            (request_id, start.isoformat(), lead_minutes, at.isoformat(), int(shown)),
        )
