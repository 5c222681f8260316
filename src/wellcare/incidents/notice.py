"""The hand-over notice: "tell the dedicated team", sealed, with exactly what the counselor saw.

A notice says three things and nothing else: the kind of incident (a code), when it happened (to
the minute, with its UTC offset) and, only if the counselor adds it, the call reference. It is
sealed on this computer to the EAP office's box key (or the policy's
``hard_call.notice_box_public_key``) and put in the exchange's inbox; while the share cannot be
reached it waits here, sealed, and is sent by the next :meth:`NoticeService.flush`.

The preview is the payload itself: :func:`preview_text` is the canonical JSON the office's app
will open, byte for byte, and :meth:`NoticeService.send` seals exactly the preview it is given.

Wire form (version 1)::

    handover_notice  {"v":1, "kind": <incident kind code>, "at": "2026-03-02T10:12+09:00", "call_ref": ""}
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from nacl.exceptions import CryptoError
from nacl.public import PublicKey

from wellcare.datafile import loads_strict
from wellcare.exchange import (
    EnvelopeError,
    FolderTransport,
    Kind,
    Reason,
    Transport,
    TransportError,
    new_id,
    post,
    seal,
)
from wellcare.exchange._codec import dumps_canonical
from wellcare.inbox.pinning import KeyPinning
from wellcare.incidents.kinds import CALL_REF_MAX, KINDS, clean_call_ref
from wellcare.incidents.store import Incident
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import read_time
from wellcare.vault.migrations import Migration

log = logging.getLogger(__name__)

VERSION = 1
COMPONENT = "handover_notices"
MIGRATIONS = (
    Migration(
        1,
        "hand-over notices the counselor sent or is waiting to send",
        """
        CREATE TABLE handover_notices (
            id INTEGER PRIMARY KEY,
            envelope_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            payload TEXT NOT NULL,
            sealed BLOB,
            sent_at TEXT
        )
        """,
    ),
)
_AT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}")
_BAD_CHARS = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class NoticeError(Exception):
    """A notice that cannot be made; ``code`` is what the UI translates (no_recipient, invalid)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class NoticeState(StrEnum):
    WAITING = "waiting"  # sealed and kept here: the share could not be reached
    SENT = "sent"  # in the exchange's inbox


@dataclass(frozen=True)
class NoticePayload:
    kind: str
    at: str  # local time to the minute, with its offset
    call_ref: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "kind": self.kind, "at": self.at, "call_ref": self.call_ref}


def _fail(detail: str) -> EnvelopeError:
    return EnvelopeError(Reason.BAD_PAYLOAD, detail)


def parse_notice(payload: Mapping[str, Any]) -> NoticePayload:
    """The office's side: a strictly checked notice (EnvelopeError otherwise)."""
    if not isinstance(payload, Mapping) or set(payload) != {"v", "kind", "at", "call_ref"}:
        raise _fail("a notice has exactly v, kind, at and call_ref")
    if type(payload["v"]) is not int or payload["v"] != VERSION:
        raise EnvelopeError(Reason.UNSUPPORTED_VERSION, "notice payload version")
    kind, at, ref = payload["kind"], payload["at"], payload["call_ref"]
    if kind not in KINDS:
        raise _fail("kind is not a known incident kind")
    if not isinstance(at, str) or not _AT.fullmatch(at):
        raise _fail("at is not a local time with its offset")
    try:
        datetime.fromisoformat(at)
    except ValueError:
        raise _fail("at is not a time") from None
    if not isinstance(ref, str) or len(ref) > CALL_REF_MAX or _BAD_CHARS.search(ref) or ref != ref.strip():
        raise _fail("call_ref is not a one-line reference")
    return NoticePayload(kind, at, ref)


def notice_for(incident: Incident, include_call_ref: bool, call_ref: str = "") -> NoticePayload:
    """What a notice about ``incident`` says; the call reference only when the counselor adds it."""
    ref = clean_call_ref(call_ref if call_ref else incident.call_ref) if include_call_ref else ""
    return NoticePayload(incident.kind, incident.at.isoformat(timespec="minutes"), ref)


def preview_text(notice: NoticePayload) -> str:
    """The exact bytes the office's app will read (canonical JSON), as text."""
    return dumps_canonical(notice.to_json()).decode("utf-8")


@dataclass(frozen=True)
class SentNotice:
    id: int
    envelope_id: str
    created_at: datetime
    payload: NoticePayload
    state: NoticeState


class NoticeService:
    """The counselor's hand-over notices on one open vault (Qt-free)."""

    def __init__(
        self,
        vault: Vault,
        policy: Policy,
        clock: Clock,
        transport_factory: Callable[[str], Transport] = FolderTransport,
    ) -> None:
        self.vault = vault
        self.policy = policy
        self.clock = clock
        self._transport_factory = transport_factory
        vault.migrate_component(COMPONENT, MIGRATIONS)

    def recipient(self) -> tuple[PublicKey, str] | None:
        """The box key a notice is sealed to and the exchange folder, or None when there is nowhere to send."""
        own = str(self.policy.get("hard_call", "notice_box_public_key"))
        coordinator = KeyPinning(self.vault, self.policy).check(self.clock.now())
        if not coordinator.exchange:
            return None
        if own:
            return PublicKey(base64.b64decode(own)), coordinator.exchange
        if not coordinator.can_send or coordinator.keys is None:
            return None
        return coordinator.keys.box_key, coordinator.exchange

    def can_send(self) -> bool:
        return self.recipient() is not None

    def send(self, notice: NoticePayload) -> SentNotice:
        """Seal exactly ``notice`` (the previewed payload), keep it, and try to put it on the share."""
        target = self.recipient()
        if target is None:
            raise NoticeError("no_recipient")
        try:
            parse_notice(notice.to_json())
        except EnvelopeError as exc:
            raise NoticeError("invalid", exc.detail) from None
        now = self.clock.now()
        envelope_id = new_id()
        try:
            data = seal(Kind.HANDOVER_NOTICE, notice.to_json(), target[0], envelope_id=envelope_id, now=now)
        except (EnvelopeError, CryptoError) as exc:
            raise NoticeError("invalid", type(exc).__name__) from None
        self.vault.execute(
            "INSERT INTO handover_notices(envelope_id, created_at, payload, sealed) VALUES(?, ?, ?, ?)",
            (envelope_id, now.isoformat(), preview_text(notice), data),
        )
        log.info("hand-over notice sealed")
        self.flush()
        return self.get(envelope_id)

    def flush(self) -> tuple[int, int]:
        """Put waiting notices on the share; (sent, still waiting). Stops at the first sign it is offline."""
        waiting = self.vault.query("SELECT envelope_id, sealed FROM handover_notices WHERE sent_at IS NULL ORDER BY id")
        if not waiting:
            return 0, 0
        target = self.recipient()
        transport = self._transport(target[1]) if target is not None else None
        if transport is None:
            return 0, len(waiting)
        sent = 0
        for envelope_id, data in waiting:
            try:
                post(transport, bytes(data))
            except (TransportError, OSError) as exc:
                log.info("hand-over notice waits: the exchange did not take it (%s)", getattr(exc, "reason", "os"))
                break
            self.vault.execute(
                "UPDATE handover_notices SET sent_at = ?, sealed = NULL WHERE envelope_id = ?",
                (self.clock.now().isoformat(), envelope_id),
            )
            sent += 1
        return sent, len(waiting) - sent

    def _transport(self, path: str) -> Transport | None:
        try:
            return self._transport_factory(path)
        except (TransportError, OSError):
            return None

    def get(self, envelope_id: str) -> SentNotice:
        row = self.vault.query_one(
            "SELECT id, envelope_id, created_at, payload, sent_at FROM handover_notices WHERE envelope_id = ?",
            (envelope_id,),
        )
        if row is None:
            raise NoticeError("not_found")
        return _notice(row)

    def notices(self) -> list[SentNotice]:
        rows = self.vault.query(
            "SELECT id, envelope_id, created_at, payload, sent_at FROM handover_notices ORDER BY id"
        )
        return [_notice(r) for r in rows]


def _notice(row: tuple[object, ...]) -> SentNotice:
    id_, envelope_id, created, payload, sent_at = row
    return SentNotice(
        id=int(str(id_)),
        envelope_id=str(envelope_id),
        created_at=read_time(created),
        payload=parse_notice(loads_strict(str(payload))),
        state=NoticeState.SENT if sent_at else NoticeState.WAITING,
    )
