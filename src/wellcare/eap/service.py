"""The counselor's side of confidential EAP requests: send, cancel, and pick up replies.

A request is sealed on this computer to the pinned coordinator's box key, together with a fresh
one-time reply key, the id of the reply slot the coordinator will answer in, and the hash of a
cancel secret. Nothing but the sealed file reaches the share: its name is a random id and its
clear header says only "eap_request" and the hour.

Statuses, honestly: *sent* means the file is in the exchange's inbox; *received* means the
coordinator's app opened it and stored it in its vault, and answered with a signed, automatic
receipt (not that a person has read it yet); *scheduled*, *done* and *cancelled* come from signed
replies, or *cancelled* from this counselor. Replies are fetched from the request's own slot,
checked against the coordinator key the request was sealed to, and applied only when their
sequence number is higher than the last one seen.
"""

from __future__ import annotations

import base64
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from nacl.exceptions import CryptoError
from nacl.exceptions import RuntimeError as NaclRuntimeError
from nacl.public import PublicKey
from nacl.signing import VerifyKey

from wellcare.eap.office import UrgentOutcome, UrgentResult, valid_phone
from wellcare.eap.protocol import (
    CancelPayload,
    ContactMethod,
    ReplyPayload,
    ReplyStatus,
    RequestContent,
    RequestPayload,
    RequestType,
    TimeWindow,
    Urgency,
    cancel_hash,
    check_content,
    new_cancel_secret,
    parse_reply,
)
from wellcare.eap.store import CANCEL_SECRET, REPLY_KEY_SECRET, EapStore, EventKind, MyRequest, Status
from wellcare.eap.today import mark_replies_seen, new_replies, replies_seen_at
from wellcare.exchange import (
    EnvelopeError,
    Folder,
    FolderTransport,
    Kind,
    Reason,
    ReplyKeypair,
    Transport,
    TransportError,
    fetch,
    new_id,
    open_reply,
    post,
    seal,
)
from wellcare.exchange.share_rights import ShareProblem, startup_share_check
from wellcare.inbox.pinning import Coordinator, KeyPinning
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.today import EapReplies
from wellcare.vault import Vault
from wellcare.vault.columns import json_text

log = logging.getLogger(__name__)

# The reminders an appointment gets, before its start. A lead already past when the appointment
# arrives is skipped (the arrival itself was the notice).
REMINDER_LEADS = (timedelta(days=1), timedelta(hours=1))

_REPLY_STATUS = {
    ReplyStatus.RECEIVED: Status.RECEIVED,
    ReplyStatus.SCHEDULED: Status.SCHEDULED,
    ReplyStatus.REVIEWED: Status.REVIEWED,
    ReplyStatus.ACTION_TAKEN: Status.ACTION_TAKEN,
    ReplyStatus.DONE: Status.DONE,
    ReplyStatus.CANCELLED: Status.CANCELLED,
}
CONTACT_SETTING = "eap.contact"  # the last contact method and detail used, to fill the next form

# transport refusals that mean "the share is not there right now", not "this file is bad"
_OFFLINE = frozenset({Reason.MISSING_FOLDER, Reason.IO_ERROR})


class EapError(Exception):
    """A request could not be made or changed; ``code`` is what the UI translates."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ReplyUpdate:
    """A reply that changed a request (for a notification)."""

    request: MyRequest
    status: ReplyStatus


@dataclass(frozen=True)
class SyncResult:
    """One pass of sending what waits and fetching replies."""

    reachable: bool
    sent: int = 0
    waiting: int = 0
    updates: tuple[ReplyUpdate, ...] = ()
    refused: int = 0


TransportFactory = Callable[[str], Transport]


class EapService:
    """Plain Python; the Qt feature and the CLI call it. Takes its collaborators explicitly."""

    def __init__(
        self,
        vault: Vault,
        policy: Policy,
        clock: Clock,
        transport_factory: TransportFactory = FolderTransport,
        share_check: Callable[[str], list[ShareProblem]] = startup_share_check,
    ) -> None:
        self.vault = vault
        self.clock = clock
        self._share_check = share_check
        self.store = EapStore(vault)
        self.pinning = KeyPinning(vault, policy)
        self._transport_factory = transport_factory

    # -- the coordinator ------------------------------------------------------------------------
    def coordinator(self) -> Coordinator:
        """Who requests go to; pins the policy's keys the first time (see pinning.py)."""
        return self.pinning.check(self.clock.now())

    def accept_new_keys(self, fingerprint: str) -> Coordinator:
        return self.pinning.accept_new_keys(fingerprint, self.clock.now())

    def requests(self) -> list[MyRequest]:
        return self.store.requests()

    def new_replies(self) -> EapReplies:
        """The Today card: replies not seen yet (see eap/today.py)."""
        return new_replies(self.store.requests(), replies_seen_at(self.vault))

    def mark_replies_seen(self) -> None:
        """The counselor opened the EAP page: the replies so far are no longer new."""
        mark_replies_seen(self.vault, self.clock.now())

    def share_problems(self) -> list[ShareProblem]:
        """What the exchange share lets counselors do that DEPLOYMENT.md says it must not (start-up check)."""
        return self._share_check(self.coordinator().exchange)

    def last_contact(self) -> tuple[ContactMethod, str] | None:
        """The contact used in the last request (kept in the vault), or None."""
        saved = self.vault.get_setting(CONTACT_SETTING)
        try:
            return ContactMethod(saved["method"]), str(saved["value"])
        except (TypeError, KeyError, ValueError):
            return None

    def get(self, request_id: int) -> MyRequest:
        request = self.store.get(request_id)
        if request is None:
            raise EapError("not_found")
        return request

    # -- sending --------------------------------------------------------------------------------
    def submit(self, content: RequestContent) -> MyRequest:
        """Seal and save the request, then try to put it on the share (it waits if offline)."""
        coordinator = self.coordinator()
        if not coordinator.can_send or coordinator.keys is None:
            raise EapError(f"coordinator_{coordinator.state.value}")
        try:
            check_content(content)
        except EnvelopeError as exc:
            raise EapError("invalid", exc.detail) from None
        now = self.clock.now()
        reply = ReplyKeypair.generate()
        secret = new_cancel_secret()
        envelope_id, reply_id = new_id(), new_id()
        payload = RequestPayload(content, reply.public_b64(), reply_id, cancel_hash(secret))
        try:
            data = seal(Kind.EAP_REQUEST, payload.to_json(), coordinator.keys.box_key, envelope_id=envelope_id, now=now)
        except EnvelopeError as exc:
            raise EapError("too_large" if exc.reason is Reason.TOO_LARGE else "invalid", exc.detail) from None
        except (CryptoError, NaclRuntimeError):  # a policy key that parses but cannot be sealed to
            raise EapError("coordinator_broken", "the coordinator's box key is unusable") from None
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO eap_requests(envelope_id, reply_id, created_at, content, coordinator_name, fingerprint, "
                "verify_key, box_key, status) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    envelope_id,
                    reply_id,
                    now.isoformat(),
                    json_text(content.to_json()),
                    coordinator.name,
                    coordinator.fingerprint,
                    base64.b64encode(coordinator.keys.verify).decode("ascii"),
                    base64.b64encode(coordinator.keys.box).decode("ascii"),
                    Status.QUEUED.value,
                ),
            )
            request_id = int(cur.lastrowid or 0)
            self.store.set_secret(cur, REPLY_KEY_SECRET, envelope_id, base64.b64encode(reply.to_bytes()).decode())
            self.store.set_secret(cur, CANCEL_SECRET, envelope_id, secret)
            self.store.queue(cur, envelope_id, request_id, "request", data, now)
            self.store.add_event(cur, request_id, now, EventKind.QUEUED)
            cur.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (CONTACT_SETTING, json_text({"method": content.contact_method.value, "value": content.contact})),
            )
        log.info("EAP request queued")
        self.flush_outbox()
        return self.get(request_id)

    def request_urgent_call_back(self, phone: str, lang: str) -> UrgentResult:
        """The safety panel's one step: an urgent counseling call-back to ``phone``, no note, no answers.

        Says exactly what happened: sent (in the inbox), waiting (saved, the share cannot be
        reached; the outbox sends it later) or failed (not made: bad phone or no usable coordinator).
        """
        if not valid_phone(phone):
            return UrgentResult(UrgentOutcome.FAILED, code="invalid_phone")
        content = RequestContent(
            type=RequestType.COUNSELING,
            urgency=Urgency.URGENT,
            times=(TimeWindow.ANY,),
            contact_method=ContactMethod.PHONE,
            contact=" ".join(phone.split()),
            lang=lang,
        )
        try:
            request = self.submit(content)
        except EapError as exc:
            log.warning("urgent call-back request not made (%s)", exc.code)
            return UrgentResult(UrgentOutcome.FAILED, code=exc.code)
        waiting = request.status is Status.QUEUED
        return UrgentResult(UrgentOutcome.WAITING if waiting else UrgentOutcome.SENT, request.id)

    def cancel(self, request_id: int) -> MyRequest:
        """Close the request here and tell the coordinator, with proof that it is this request's owner.

        A request still waiting in the outbox is taken out of it; a cancellation is queued anyway,
        because the request may have reached the share just before a crash that kept this app from
        recording it (the coordinator drops a cancellation that matches nothing).
        """
        request = self.get(request_id)
        if not request.status.is_open:
            raise EapError("closed")
        secret = self.store.secret(CANCEL_SECRET, request.envelope_id)
        now = self.clock.now()
        data = b""
        cancel_id = new_id()
        if secret is not None:  # sealed to the key the request went to, even if the policy changed since
            box = PublicKey(base64.b64decode(request.box_key))
            payload = CancelPayload(request.envelope_id, secret).to_json()
            data = seal(Kind.EAP_CANCEL, payload, box, envelope_id=cancel_id, now=now)
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM eap_outbox WHERE request_id = ? AND what = 'request'", (request_id,))
            if data:
                self.store.queue(cur, cancel_id, request_id, "cancel", data, now)
            cur.execute(
                "UPDATE eap_requests SET status = ?, closed_at = ?, closed_by = 'me' WHERE id = ?",
                (Status.CANCELLED.value, now.isoformat(), request_id),
            )
            self.store.add_event(cur, request_id, now, EventKind.CANCELLED, by="me", told=bool(data))
            self.store.drop_secrets(cur, request.envelope_id)
        self.flush_outbox()
        return self.get(request_id)

    def flush_outbox(self) -> SyncResult:
        """Put waiting envelopes on the share, oldest first; stop at the first sign it is offline."""
        waiting = self.store.outbox()
        if not waiting:
            return SyncResult(reachable=True)
        transport = self._transport()
        if transport is None:
            return SyncResult(reachable=False, waiting=len(waiting))
        sent = 0
        for envelope_id, request_id, what, data in waiting:
            try:
                post(transport, data)
            except (TransportError, OSError) as exc:
                log.info("EAP outbox: the exchange did not take an envelope (%s)", getattr(exc, "reason", "os"))
                return SyncResult(reachable=False, sent=sent, waiting=len(waiting) - sent)
            now = self.clock.now()
            with self.vault.transaction() as cur:
                cur.execute("DELETE FROM eap_outbox WHERE envelope_id = ?", (envelope_id,))
                if what == "request":
                    cur.execute(
                        "UPDATE eap_requests SET status = ? WHERE id = ? AND status = ?",
                        (Status.SENT.value, request_id, Status.QUEUED.value),
                    )
                    self.store.add_event(cur, request_id, now, EventKind.SENT)
                else:
                    self.store.add_event(cur, request_id, now, EventKind.CANCEL_SENT)
            sent += 1
        return SyncResult(reachable=True, sent=sent)

    # -- replies --------------------------------------------------------------------------------
    def check_replies(self) -> SyncResult:
        """Fetch every open request's reply slot once; apply what is new and genuine."""
        pending = [r for r in self.store.open_requests() if r.status is not Status.QUEUED]
        if not pending:
            return SyncResult(reachable=True)
        transport = self._transport()
        if transport is None:
            return SyncResult(reachable=False)
        updates: list[ReplyUpdate] = []
        refused = 0
        for request in pending:
            key_text = self.store.secret(REPLY_KEY_SECRET, request.envelope_id)
            if key_text is None:
                continue
            opener = functools.partial(
                open_reply,
                reply_key=ReplyKeypair.from_bytes(base64.b64decode(key_text)).private,
                verify=VerifyKey(base64.b64decode(request.verify_key)),
            )
            try:
                envelope = fetch(transport, Folder.REPLIES, request.reply_id, opener)
                if envelope is None:
                    continue
                reply = parse_reply(envelope.payload)
                if reply.request != request.envelope_id:
                    raise EnvelopeError(Reason.MISMATCH, "the reply names another request")
            except TransportError as exc:
                if exc.reason in _OFFLINE:
                    return SyncResult(reachable=False, updates=tuple(updates), refused=refused)
                refused += self._refuse(request, exc.reason.value)
                continue
            except EnvelopeError as exc:
                refused += self._refuse(request, exc.reason.value)
                continue
            if reply.seq <= request.last_seq:
                continue
            updates.append(ReplyUpdate(self._apply(request, reply), reply.status))
        return SyncResult(reachable=True, updates=tuple(updates), refused=refused)

    def sync(self) -> SyncResult:
        """What the periodic scan and the file watcher run: send what waits, then fetch replies."""
        flushed = self.flush_outbox()
        checked = self.check_replies()
        return SyncResult(
            reachable=flushed.reachable and checked.reachable,
            sent=flushed.sent,
            waiting=flushed.waiting,
            updates=checked.updates,
            refused=checked.refused,
        )

    def _refuse(self, request: MyRequest, reason: str) -> int:
        """Record a reply that failed verification, once per reason in a row (scans repeat)."""
        log.warning("EAP reply refused: %s", reason)
        last = request.events[-1] if request.events else None
        if last is not None and last.kind is EventKind.REPLY_REFUSED and last.detail.get("reason") == reason:
            return 0
        with self.vault.transaction() as cur:
            self.store.add_event(cur, request.id, self.clock.now(), EventKind.REPLY_REFUSED, reason=reason)
        return 1

    def _apply(self, request: MyRequest, reply: ReplyPayload) -> MyRequest:
        now = self.clock.now()
        status = _REPLY_STATUS[reply.status]
        closed = not status.is_open
        appointment = reply.appointment if reply.appointment is not None else request.appointment
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE eap_requests SET status = ?, last_seq = ?, appointment = ?, message = ?, "
                "closed_at = ?, closed_by = ? WHERE id = ?",
                (
                    status.value,
                    reply.seq,
                    None if appointment is None else json_text(appointment.to_json()),
                    reply.message,
                    now.isoformat() if closed else None,
                    "coordinator" if closed else None,
                    request.id,
                ),
            )
            detail: dict[str, object] = {"seq": reply.seq}
            if reply.message:
                detail["message"] = reply.message
            if reply.appointment is not None:
                detail["appointment"] = reply.appointment.to_json()
                for lead in REMINDER_LEADS:  # leads already past are covered by this very news
                    if reply.appointment.start - lead <= now:
                        self.store.record_reminder(
                            cur, request.id, reply.appointment.start, _minutes(lead), now, shown=False
                        )
            if closed:
                detail["by"] = "coordinator"
                self.store.drop_secrets(cur, request.envelope_id)
            self.store.add_event(cur, request.id, now, EventKind(status.value), **detail)
        return self.get(request.id)

    def _transport(self) -> Transport | None:
        path = self.coordinator().exchange
        if not path:
            return None
        try:
            return self._transport_factory(path)
        except (TransportError, OSError):
            return None

    # -- reminders ------------------------------------------------------------------------------
    def due_reminder(self, request: MyRequest, now: datetime) -> list[timedelta]:
        """The leads whose time has come and that were neither shown nor skipped."""
        if request.status is not Status.SCHEDULED or request.appointment is None:
            return []
        start = request.appointment.start
        if start <= now:
            return []
        done = self.store.reminders_done(request.id, start)
        return [lead for lead in REMINDER_LEADS if _minutes(lead) not in done and start - lead <= now]

    def next_reminder(self, request: MyRequest, now: datetime) -> datetime | None:
        """When the next reminder of this request is due (now or later), or None."""
        if request.status is not Status.SCHEDULED or request.appointment is None:
            return None
        start = request.appointment.start
        if start <= now:
            return None
        done = self.store.reminders_done(request.id, start)
        times = [start - lead for lead in REMINDER_LEADS if _minutes(lead) not in done]
        return min(times) if times else None

    def record_reminder(self, request: MyRequest, leads: list[timedelta]) -> None:
        """Mark the due leads shown (together: a missed day-before reminder is not shown late)."""
        assert request.appointment is not None
        now = self.clock.now()
        with self.vault.transaction() as cur:
            for lead in leads:
                self.store.record_reminder(cur, request.id, request.appointment.start, _minutes(lead), now, shown=True)
            self.store.add_event(cur, request.id, now, EventKind.REMINDED, start=request.appointment.to_json()["start"])


def _minutes(lead: timedelta) -> int:
    return int(lead.total_seconds() // 60)
