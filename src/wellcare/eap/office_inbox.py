"""The coordinator's EAP requests: imported from the inbox, triaged, answered with signed replies.

Two inbox handlers live here, ``eap_request`` and ``eap_cancel`` (see :mod:`wellcare.inbox.dispatcher` for the
pipeline). A new request is stored in the coordinator's vault with the reply key and reply slot
it named, and answered at once with an automatic, signed *received* reply: that is all
"received" means on the counselor's side (the coordinator's app has it; no person has read it
yet). Later replies (an appointment, a change, done, declined) replace the slot's content with a
higher sequence number.

Replies wait in ``eap_reply_outbox`` until the share took them, so a reply written while the
share is offline goes out on the next run. A slot whose request is closed is removed from the
share after ``KEEP_CLOSED_SLOTS`` (the counselor's app has had time to read the last word), or
at once when the counselor cancelled.

A cancellation must reveal the secret whose hash the request carried. A cancellation with a
wrong secret for a known request is quarantined; one for a request not seen yet (files are
processed in random-name order) waits in ``eap_pending_cancels`` until its request arrives.
Every waiting cancellation is kept, not only the latest: anyone can seal a cancellation naming
a request id, and a bogus one must not erase a genuine one that came first. When the request
arrives, it is cancelled if any waiting secret hashes to its cancel hash.

A closed request's content is deleted once the retention period is over (see
:mod:`.retention`): :meth:`EapInbox.purge_content` keeps only a tombstone (the random
envelope id, the kind, urgency and status, the week it arrived, the reply slot's id and the
cancel hash), which is what the dashboard's counts and the duplicate checks need.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from nacl.exceptions import CryptoError
from nacl.exceptions import RuntimeError as NaclRuntimeError

from wellcare.eap.office_records import (
    CLOSED_TRIAGE,
    COLUMNS,
    COMPONENT,
    KEEP_CLOSED_SLOTS,
    KEEP_PENDING_CANCELS,
    MIGRATIONS,
    URGENCY_ORDER,
    CoordinatorEapError,
    InboxEntry,
    InboxEvent,
    InboxRequest,
    Triage,
    monday_of,
    request_from_row,
)
from wellcare.eap.protocol import (
    Appointment,
    CancelPayload,
    ReplyPayload,
    ReplyStatus,
    RequestPayload,
    RequestType,
    parse_cancel,
    parse_content,
    parse_request,
    proof_matches,
)
from wellcare.exchange import (
    CoordinatorKeys,
    Envelope,
    EnvelopeError,
    Folder,
    FolderTransport,
    Kind,
    Reason,
    Transport,
    TransportError,
    name_for,
    post,
    reply_public_key_from_b64,
    seal_reply,
)
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, InboxHandler, Stored, blur_seen
from wellcare.inbox.keys_store import load_setup
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import json_text, read_time

log = logging.getLogger(__name__)

__all__ = [  # the records are read through this module too (the inbox page, the dashboard, the tests)
    "CLOSED_TRIAGE", "COMPONENT", "KEEP_CLOSED_SLOTS", "KEEP_PENDING_CANCELS", "MIGRATIONS",
    "CoordinatorEapError", "EapInbox", "InboxEntry", "InboxEvent", "InboxRequest", "Triage",
    "monday_of", "register",
]

class EapInbox:
    """The coordinator's EAP service (Qt-free): the stored requests and the replies to them."""

    def __init__(
        self,
        vault: Vault,
        keys: CoordinatorKeys,
        clock: Clock,
        transport_factory: Callable[[str], Transport] = FolderTransport,
    ) -> None:
        self.vault = vault
        self.keys = keys
        self.clock = clock
        self._transport_factory = transport_factory
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- reading --------------------------------------------------------------------------------
    def requests(self) -> list[InboxRequest]:
        """Open requests first (urgent first, new before picked up, then oldest first), then closed ones, newest
        first."""
        rows = self.vault.query(f"SELECT {COLUMNS} FROM eap_inbox")
        events = self._events()
        items = [request_from_row(r, tuple(events.get(r[0], ()))) for r in rows]
        open_items = sorted(
            (i for i in items if i.triage.is_open),
            key=lambda i: (URGENCY_ORDER[i.urgency], i.triage is not Triage.NEW, i.received_at),
        )
        closed = sorted((i for i in items if not i.triage.is_open), key=lambda i: i.received_at, reverse=True)
        return open_items + closed

    def get(self, envelope_id: str) -> InboxRequest:
        row = self.vault.query_one(f"SELECT {COLUMNS} FROM eap_inbox WHERE envelope_id = ?", (envelope_id,))
        if row is None:
            raise CoordinatorEapError("not_found")
        return request_from_row(row, tuple(self._events(envelope_id).get(envelope_id, ())))

    def counts(self) -> dict[Triage, int]:
        rows = self.vault.query("SELECT triage, count(*) FROM eap_inbox GROUP BY triage")
        return {Triage(t): int(n) for t, n in rows}

    def _events(self, envelope_id: str | None = None) -> dict[str, list[InboxEntry]]:
        sql = "SELECT envelope_id, at, what, detail FROM eap_inbox_events"
        params: tuple[str, ...] = ()
        if envelope_id is not None:
            sql, params = sql + " WHERE envelope_id = ?", (envelope_id,)
        out: dict[str, list[InboxEntry]] = {}
        for eid, at, what, detail in self.vault.query(sql + " ORDER BY id", params):
            out.setdefault(eid, []).append(InboxEntry(read_time(at), InboxEvent(what), json.loads(detail)))
        return out

    # -- the coordinator's actions --------------------------------------------------------------
    def set_triage(self, envelope_id: str, triage: Triage) -> InboxRequest:
        """Local working state only (new / in progress); replies change it through reply()."""
        request = self.get(envelope_id)
        if not request.triage.is_open:
            raise CoordinatorEapError("closed")
        if triage not in (Triage.NEW, Triage.IN_PROGRESS) or triage is request.triage:
            return request
        with self.vault.transaction() as cur:
            cur.execute("UPDATE eap_inbox SET triage = ? WHERE envelope_id = ?", (triage.value, envelope_id))
            self._event(cur, envelope_id, InboxEvent.TRIAGE, triage=triage.value)
        return self.get(envelope_id)

    def schedule(self, envelope_id: str, appointment: Appointment, message: str = "") -> InboxRequest:
        """Reply with an appointment (a new one, or a change): signed, sealed to the request's key."""
        return self._reply(envelope_id, ReplyStatus.SCHEDULED, Triage.SCHEDULED, appointment, message)

    def legal_step(self, envelope_id: str, step: ReplyStatus, message: str = "") -> InboxRequest:
        """A legal-support case moves on: reviewed by counsel, or action taken (signed, like every reply).

        Only for legal-support requests; closing the case is :meth:`close` (done).
        """
        if step not in (ReplyStatus.REVIEWED, ReplyStatus.ACTION_TAKEN):
            raise CoordinatorEapError("invalid")
        if self.get(envelope_id).kind is not RequestType.LEGAL_SUPPORT:
            raise CoordinatorEapError("not_legal")
        return self._reply(envelope_id, step, Triage(step.value), None, message)

    def close(self, envelope_id: str, *, done: bool, message: str = "") -> InboxRequest:
        """Close the request: done (after the sessions) or declined, with an optional message."""
        if done:
            return self._reply(envelope_id, ReplyStatus.DONE, Triage.DONE, None, message)
        return self._reply(envelope_id, ReplyStatus.CANCELLED, Triage.DECLINED, None, message)

    def _reply(
        self, envelope_id: str, status: ReplyStatus, triage: Triage, appointment: Appointment | None, message: str
    ) -> InboxRequest:
        request = self.get(envelope_id)
        if not request.triage.is_open:
            raise CoordinatorEapError("closed")
        row = self.vault.query_one("SELECT reply_id, reply_key FROM eap_inbox WHERE envelope_id = ?", (envelope_id,))
        assert row is not None
        seq = request.reply_seq + 1
        payload = ReplyPayload(envelope_id, seq, status, appointment, message)
        try:
            data = self._seal(payload, row[0], row[1])
        except EnvelopeError as exc:
            raise CoordinatorEapError("too_large" if exc.reason is Reason.TOO_LARGE else "invalid") from None
        now = self.clock.now()
        closed = not triage.is_open
        kept = appointment if appointment is not None else (None if closed else request.appointment)
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE eap_inbox SET triage = ?, reply_seq = ?, appointment = ?, closed_at = ? WHERE envelope_id = ?",
                (
                    triage.value,
                    seq,
                    None if kept is None else json_text(kept.to_json()),
                    now.isoformat() if closed else None,
                    envelope_id,
                ),
            )
            self._queue(cur, row[0], seq, data)
            detail: dict[str, Any] = {"status": status.value, "seq": seq}
            if appointment is not None:
                detail["appointment"] = appointment.to_json()
            if message:
                detail["message"] = message
            self._event(cur, envelope_id, InboxEvent.REPLIED, **detail)
        self.flush()
        return self.get(envelope_id)

    def _seal(self, payload: ReplyPayload, reply_id: str, reply_key: str) -> bytes:
        return seal_reply(
            payload.to_json(),
            reply_public_key_from_b64(reply_key),
            self.keys.signing,
            envelope_id=reply_id,
            now=self.clock.now(),
        )

    # -- the share ------------------------------------------------------------------------------
    def pending_replies(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM eap_reply_outbox")
        return int(row[0]) if row else 0

    def flush(self, transport: Transport | None = None) -> int:
        """Write waiting replies to their slots (or remove closed slots); returns how many are left."""
        rows = self.vault.query("SELECT reply_id, seq, data FROM eap_reply_outbox ORDER BY rowid")
        if not rows:
            return 0
        transport = transport or self._transport()
        if transport is None:
            return len(rows)
        written: list[tuple[str, int, bool]] = []
        try:
            for reply_id, seq, data in rows:
                try:
                    if data is None:
                        transport.remove(Folder.REPLIES, name_for(reply_id))
                    else:
                        post(transport, data.encode("ascii"))
                except (TransportError, OSError) as exc:
                    log.info("EAP reply not written yet (%s)", getattr(exc, "reason", "os"))
                    break
                written.append((reply_id, int(seq), data is None))
        finally:
            # one transaction for the lot: a crash before it only means writing the same replies again
            if written:
                self._forget_written(written)
        return len(rows) - len(written)

    def _forget_written(self, written: list[tuple[str, int, bool]]) -> None:
        if written:
            with self.vault.transaction() as cur:
                for reply_id, seq, removed in written:  # only if no newer reply was queued meanwhile
                    cur.execute("DELETE FROM eap_reply_outbox WHERE reply_id = ? AND seq = ?", (reply_id, seq))
                    if removed:
                        cur.execute("UPDATE eap_inbox SET slot_removed = 1 WHERE reply_id = ?", (reply_id,))

    def tidy(self) -> None:
        """Queue removal of reply slots closed long enough ago; forget stale pending cancellations."""
        now = self.clock.now()
        rows = self.vault.query(
            "SELECT reply_id, reply_seq, closed_at FROM eap_inbox WHERE closed_at IS NOT NULL AND slot_removed = 0"
        )
        stale = [(r[0], int(r[1])) for r in rows if read_time(r[2]) + KEEP_CLOSED_SLOTS <= now]
        cutoff = now - KEEP_PENDING_CANCELS
        cancels = [
            (r[0], r[1]) for r in self.vault.query("SELECT request_id, proof, received_at FROM eap_pending_cancels")
            if read_time(r[2]) <= cutoff
        ]  # fmt: skip
        if not stale and not cancels:
            return
        with self.vault.transaction() as cur:
            for reply_id, seq in stale:
                self._queue(cur, reply_id, seq + 1, None)
            for request_id, proof in cancels:
                cur.execute("DELETE FROM eap_pending_cancels WHERE request_id = ? AND proof = ?", (request_id, proof))

    # -- retention (the rule and its schedule: :mod:`.retention`) ---------------------------
    def closed_with_content(self) -> list[tuple[str, datetime]]:
        """(envelope id, closed at) of every closed request whose content is still kept, oldest first."""
        marks = ", ".join("?" for _ in CLOSED_TRIAGE)
        rows = self.vault.query(
            "SELECT envelope_id, closed_at FROM eap_inbox "
            f"WHERE purged_on IS NULL AND closed_at IS NOT NULL AND triage IN ({marks})",
            tuple(t.value for t in CLOSED_TRIAGE),
        )
        return sorted(((r[0], read_time(r[1])) for r in rows), key=lambda r: r[1])

    def purge_content(self, envelope_ids: Sequence[str], after_days: int) -> list[str]:
        """Delete closed requests' content for good; returns the ids whose content was deleted now.

        Gone: the note, contact, preferred times, attachments and language (``content``), the
        appointment, the history with the reply messages, the reply key and the envelope's
        creation hour. Kept (the tombstone): the random envelope id (so a re-delivered envelope
        stays a duplicate), kind, urgency and status (the dashboard's counts), the arrival and
        closing times coarsened to their week's Monday (the dashboard counts by arrival week),
        the reply slot's id (a new request may not take it over) and the cancel hash (a late
        cancellation is recognised and ignored, not quarantined). A reply slot still on the
        share is queued for removal. The vault runs with ``secure_delete``, so the old text is
        overwritten in the file; the checkpoint afterwards moves it out of the write-ahead log.
        Open requests are never touched.
        """
        today = self.clock.now().date().isoformat()
        marks = ", ".join("?" for _ in CLOSED_TRIAGE)
        done: list[str] = []
        with self.vault.transaction() as cur:
            for envelope_id in envelope_ids:
                row = cur.execute(
                    "SELECT received_at, closed_at, content, reply_id, reply_seq, slot_removed FROM eap_inbox "
                    f"WHERE envelope_id = ? AND purged_on IS NULL AND closed_at IS NOT NULL AND triage IN ({marks})",
                    (envelope_id, *(t.value for t in CLOSED_TRIAGE)),
                ).fetchone()
                if row is None:
                    continue
                kind = parse_content(json.loads(row[2])).type.value
                received_week = monday_of(read_time(row[0])).isoformat()
                cur.execute(
                    "UPDATE eap_inbox SET content = '', kind = ?, received_at = ?, created_hour = '', reply_key = '', "
                    "appointment = NULL, closed_at = ?, purged_on = ?, purged_after_days = ? WHERE envelope_id = ?",
                    (
                        kind,
                        received_week,
                        monday_of(read_time(row[1])).isoformat(),
                        today,
                        int(after_days),
                        envelope_id,
                    ),
                )
                cur.execute("DELETE FROM eap_inbox_events WHERE envelope_id = ?", (envelope_id,))
                cur.execute("DELETE FROM eap_pending_cancels WHERE request_id = ?", (envelope_id,))
                blur_seen(cur, envelope_id, received_week)
                if not row[5]:  # normally long gone (KEEP_CLOSED_SLOTS); if not, it goes now
                    self._queue(cur, row[3], int(row[4]) + 1, None)
                done.append(envelope_id)
        if done:
            self.vault.checkpoint()
        return done

    def _transport(self) -> Transport | None:
        setup = load_setup(self.vault)
        if setup is None:
            return None
        try:
            return self._transport_factory(setup.exchange)
        except (TransportError, OSError):
            return None

    @staticmethod
    def _queue(cur: Any, reply_id: str, seq: int, data: bytes | None) -> None:
        """Keep only the newest thing to do with a slot (a removal counts as newest)."""
        cur.execute(
            "INSERT INTO eap_reply_outbox(reply_id, seq, data) VALUES(?, ?, ?) "
            "ON CONFLICT(reply_id) DO UPDATE SET seq = excluded.seq, data = excluded.data "
            "WHERE excluded.seq >= eap_reply_outbox.seq",
            (reply_id, seq, None if data is None else data.decode("ascii")),
        )

    def _event(self, cur: Any, envelope_id: str, what: InboxEvent, **detail: Any) -> None:
        cur.execute(
            "INSERT INTO eap_inbox_events(envelope_id, at, what, detail) VALUES(?, ?, ?, ?)",
            (envelope_id, self.clock.now().isoformat(), what.value, json_text(detail)),
        )

    # -- the inbox handlers' work ---------------------------------------------------------------
    def known_cancel_hash(self, envelope_id: str) -> str | None:
        row = self.vault.query_one("SELECT cancel_hash FROM eap_inbox WHERE envelope_id = ?", (envelope_id,))
        return None if row is None else str(row[0])

    def check_request(self, envelope: Envelope) -> tuple[RequestPayload, bytes]:
        """The strict payload check, plus what needs the vault or crypto: done before any write.

        A reply slot already used by another request is refused (slot names are visible on the
        share; reusing one would overwrite another counselor's replies). The automatic receipt is
        sealed here, so a reply key that parses but cannot be used (a low-order point) quarantines
        the file instead of failing inside the transaction on every run.
        """
        request = parse_request(envelope.payload)
        taken = self.vault.query_one(
            "SELECT 1 FROM eap_inbox WHERE reply_id = ? AND envelope_id != ?", (request.reply_id, envelope.id)
        )
        if taken is not None:
            raise EnvelopeError(Reason.BAD_PAYLOAD, "the reply slot is already used by another request")
        receipt = ReplyPayload(envelope.id, 1, ReplyStatus.RECEIVED)
        try:
            sealed = self._seal(receipt, request.reply_id, request.reply_key)
        except (CryptoError, NaclRuntimeError, ValueError, TypeError):
            raise EnvelopeError(Reason.BAD_PAYLOAD, "the reply key cannot be used") from None
        return request, sealed

    def store_request(
        self, cur: Any, request: RequestPayload, envelope: Envelope, received_at: datetime, receipt: bytes
    ) -> None:
        waiting = cur.execute("SELECT proof FROM eap_pending_cancels WHERE request_id = ?", (envelope.id,))
        proofs = [row[0] for row in waiting.fetchall()]
        cancelled = any(proof_matches(proof, request.cancel_hash) for proof in proofs)
        cur.execute(
            "INSERT INTO eap_inbox(envelope_id, received_at, created_hour, urgency, kind, content, reply_id, "
            "reply_key, cancel_hash, triage, reply_seq, closed_at, slot_removed) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                envelope.id,
                received_at.isoformat(),
                envelope.created,
                request.content.urgency.value,
                request.content.type.value,
                json_text(request.content.to_json()),
                request.reply_id,
                request.reply_key,
                request.cancel_hash,
                (Triage.CANCELLED if cancelled else Triage.NEW).value,
                0 if cancelled else 1,
                received_at.isoformat() if cancelled else None,
                1 if cancelled else 0,
            ),
        )
        self._event(cur, envelope.id, InboxEvent.RECEIVED)
        if proofs:
            cur.execute("DELETE FROM eap_pending_cancels WHERE request_id = ?", (envelope.id,))
            self._event(cur, envelope.id, InboxEvent.CANCELLED if cancelled else InboxEvent.BAD_CANCEL)
        if not cancelled:  # the automatic receipt: "received" on the counselor's timeline
            self._queue(cur, request.reply_id, 1, receipt)

    def store_cancel(self, cur: Any, cancel: CancelPayload, received_at: datetime) -> Stored | None:
        row = cur.execute(
            "SELECT triage, reply_id, reply_seq, cancel_hash, purged_on FROM eap_inbox WHERE envelope_id = ?",
            (cancel.request,),
        ).fetchone()
        if row is None:
            cur.execute(
                "INSERT OR IGNORE INTO eap_pending_cancels(request_id, proof, received_at) VALUES(?, ?, ?)",
                (cancel.request, cancel.proof, received_at.isoformat()),
            )
            return Stored.WAITING  # anyone can seal this; it counts only once its request proves it
        triage, reply_id, seq, expected = Triage(row[0]), row[1], int(row[2]), row[3]
        if not proof_matches(cancel.proof, expected):  # check() already refused this; stay safe
            return None
        if not triage.is_open or row[4] is not None:
            # Already done, declined or cancelled (the counselor cancelled before their app had
            # fetched the closing reply), or a tombstone: its status stays as it was counted.
            return None
        cur.execute(
            "UPDATE eap_inbox SET triage = ?, closed_at = ? WHERE envelope_id = ?",
            (Triage.CANCELLED.value, received_at.isoformat(), cancel.request),
        )
        self._event(cur, cancel.request, InboxEvent.CANCELLED, was=triage.value)
        self._queue(cur, reply_id, seq + 1, None)  # the counselor stopped reading this slot
        return None


class EapRequestHandler(InboxHandler):
    kind = Kind.EAP_REQUEST

    def __init__(self, inbox: EapInbox) -> None:
        self.inbox = inbox

    def check(self, envelope: Envelope) -> tuple[RequestPayload, bytes]:
        return self.inbox.check_request(envelope)

    def store(self, cur: Any, item: tuple[RequestPayload, bytes], envelope: Envelope, received_at: datetime) -> None:
        request, receipt = item
        self.inbox.store_request(cur, request, envelope, received_at, receipt)

    def after_run(self, transport: Transport) -> None:
        self.inbox.tidy()
        self.inbox.flush(transport)


class EapCancelHandler(InboxHandler):
    kind = Kind.EAP_CANCEL

    def __init__(self, inbox: EapInbox) -> None:
        self.inbox = inbox

    def check(self, envelope: Envelope) -> CancelPayload:
        cancel = parse_cancel(envelope.payload)
        expected = self.inbox.known_cancel_hash(cancel.request)
        if expected is not None and not proof_matches(cancel.proof, expected):
            raise EnvelopeError(Reason.BAD_PAYLOAD, "the cancellation's proof does not match its request")
        return cancel

    def store(self, cur: Any, item: CancelPayload, envelope: Envelope, received_at: datetime) -> Stored | None:
        return self.inbox.store_cancel(cur, item, received_at)


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    """Called by :func:`wellcare.coordinator.handlers.build_registry`."""
    inbox = EapInbox(setup.vault, setup.keys, setup.clock)
    registry.register(EapRequestHandler(inbox))
    registry.register(EapCancelHandler(inbox))

