"""What an EAP request, a cancellation and a coordinator's reply say: one strict schema per kind.

Both sides use this module: the counselor's app builds requests and cancellations and reads
replies; the coordinator's app reads requests and cancellations and builds replies. Every
payload is checked key by key (no unknown or missing keys, bounded text, known codes only), so
a reader refuses anything this module would not have written. The exchange layer already seals,
signs and binds the header; this module only judges the payload inside.

Wire forms (version 1)::

    eap_request  {"v":1, "type", "urgency", "times":[...], "times_note", "contact":{"method","value"},
                  "note", "attachments":[{"type","title","text"}], "lang",
                  "reply_key", "reply_id", "cancel_hash"}
    eap_cancel   {"v":1, "request": <request envelope id>, "proof": <hex secret>}
    eap_reply    {"v":1, "request": <request envelope id>, "seq": n, "status",
                  "appointment": null | {"start","minutes","where","note"}, "message"}

A reply lives in one slot: the file ``replies/<reply_id>.json`` that the request named. Each new
reply replaces it with a higher ``seq``; the counselor applies only a ``seq`` above the last one
it saw, so an older genuine reply copied back onto the share changes nothing.

Cancelling needs proof of origin: the request carries ``cancel_hash`` = SHA-256 of a random
secret that only the counselor's vault holds, and the cancellation reveals the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wellcare.exchange import EnvelopeError, Reason, reply_public_key_from_b64
from wellcare.exchange.errors import KeyFormatError

VERSION = 1

# Text limits: a sealed request must fit the exchange's 32 KiB file limit with room to spare
# (Korean text is 3 bytes a character in UTF-8, and base64 adds a third).
MAX_NOTE = 2000
MAX_TIMES_NOTE = 200
MAX_CONTACT = 120
MAX_ATTACHMENTS = 8
MAX_ATTACHMENT_TITLE = 120
MAX_ATTACHMENT_TEXT = 2000
MAX_WHERE = 300
MAX_REPLY_NOTE = 1000
MAX_MESSAGE = 1000
MAX_MINUTES = 8 * 60

_ID_RE = re.compile(r"[0-9a-f]{32}")
_HEX64_RE = re.compile(r"[0-9a-f]{64}")
_ATTACHMENT_TYPE_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_LANG_RE = re.compile(r"[a-z]{2}")
# control characters other than tab and newline (and the bidi overrides that can disguise text)
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


class RequestType(StrEnum):
    COUNSELING = "counseling"  # psychological counseling
    STRESS_HEALTH = "stress_health"  # stress / health management
    LEGAL_SUPPORT = "legal_support"  # legal support after an abusive call
    OTHER = "other"


class Urgency(StrEnum):
    ROUTINE = "routine"  # within about two weeks
    SOON = "soon"  # this week
    URGENT = "urgent"  # as soon as possible (the EAP is still not an emergency service)


class TimeWindow(StrEnum):
    WEEKDAY_MORNING = "weekday_morning"
    LUNCH = "lunch"
    WEEKDAY_AFTERNOON = "weekday_afternoon"
    AFTER_SHIFT = "after_shift"
    SATURDAY = "saturday"
    ANY = "any"


class ContactMethod(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    MESSENGER = "messenger"  # the company messenger


class ReplyStatus(StrEnum):
    """What a coordinator's reply says about the request."""

    RECEIVED = "received"  # automatic receipt: the coordinator's app opened and stored the request
    SCHEDULED = "scheduled"  # an appointment (new or changed)
    REVIEWED = "reviewed"  # legal support: counsel has reviewed the case
    ACTION_TAKEN = "action_taken"  # legal support: the organisation acted (a complaint, a warning, a claim)
    DONE = "done"  # closed after the session(s)
    CANCELLED = "cancelled"  # closed by the coordinator (with a message)


def _fail(detail: str) -> EnvelopeError:
    return EnvelopeError(Reason.BAD_PAYLOAD, detail)


def _exact(where: str, obj: Any, keys: set[str]) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise _fail(f"{where} is not an object")
    if set(obj) != keys:
        missing, extra = sorted(keys - set(obj)), sorted(set(obj) - keys)
        raise _fail(f"{where}: missing {missing}, unexpected {[str(k)[:30] for k in extra][:5]}")
    return obj


def _text(where: str, value: Any, limit: int, *, required: bool = False, multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise _fail(f"{where} is not text")
    if len(value) > limit:
        raise _fail(f"{where} is longer than {limit} characters")
    if _BAD_CHARS.search(value) or (not multiline and ("\n" in value or "\t" in value)):
        raise _fail(f"{where} contains control characters")
    if required and not value.strip():
        raise _fail(f"{where} is empty")
    return value


def _code(where: str, value: Any, enum: type[StrEnum]) -> Any:
    try:
        return enum(value)
    except (ValueError, TypeError):
        raise _fail(f"{where} is not a known code") from None


def _id(where: str, value: Any) -> str:
    if not isinstance(value, str) or not _ID_RE.fullmatch(value):
        raise _fail(f"{where} is not an envelope id")
    return value


def _int(where: str, value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _fail(f"{where} is not a whole number from {low} to {high}")
    return value


def clean_text(text: str, *, multiline: bool = False) -> str:
    """What a form field becomes before it is sent: trimmed, newlines unified, controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    return _BAD_CHARS.sub("", text).strip()


# ---------------------------------------------------------------- requests


@dataclass(frozen=True)
class Attachment:
    """One piece the counselor chose to send along, exactly as it is sent."""

    type: str  # "assessment_summary", "incident", ...
    title: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"type": self.type, "title": self.title, "text": self.text}


@dataclass(frozen=True)
class RequestContent:
    """The part of a request the counselor wrote or chose (no keys, no ids)."""

    type: RequestType
    urgency: Urgency
    times: tuple[TimeWindow, ...]
    contact_method: ContactMethod
    contact: str
    times_note: str = ""
    note: str = ""
    attachments: tuple[Attachment, ...] = ()
    lang: str = "ko"

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "urgency": self.urgency.value,
            "times": [t.value for t in self.times],
            "times_note": self.times_note,
            "contact": {"method": self.contact_method.value, "value": self.contact},
            "note": self.note,
            "attachments": [a.to_json() for a in self.attachments],
            "lang": self.lang,
        }


@dataclass(frozen=True)
class RequestPayload:
    """A whole request as it travels: content plus the reply key, reply slot and cancel hash."""

    content: RequestContent
    reply_key: str  # base64 X25519 public key
    reply_id: str
    cancel_hash: str

    def to_json(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            **self.content.to_json(),
            "reply_key": self.reply_key,
            "reply_id": self.reply_id,
            "cancel_hash": self.cancel_hash,
        }


_REQUEST_KEYS = {
    "v", "type", "urgency", "times", "times_note", "contact", "note", "attachments", "lang",
    "reply_key", "reply_id", "cancel_hash",
}  # fmt: skip


def check_content(content: RequestContent) -> RequestContent:
    """Raise EnvelopeError(BAD_PAYLOAD) if the content breaks a rule (the form checks first)."""
    parse_content(content.to_json())
    return content


def parse_content(obj: Mapping[str, Any]) -> RequestContent:
    times = obj.get("times")
    if (
        not isinstance(times, list)
        or not times
        or len(times) > len(TimeWindow)
        or not all(isinstance(t, str) for t in times)  # before set(): a nested list is unhashable
        or len(set(times)) != len(times)
    ):
        raise _fail("times must be a non-empty list of distinct windows")
    contact = _exact("contact", obj.get("contact"), {"method", "value"})
    attachments = obj.get("attachments")
    if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
        raise _fail(f"attachments must be a list of at most {MAX_ATTACHMENTS}")
    parsed_attachments = []
    for i, item in enumerate(attachments):
        item = _exact(f"attachment {i}", item, {"type", "title", "text"})
        kind = item["type"]
        if not isinstance(kind, str) or not _ATTACHMENT_TYPE_RE.fullmatch(kind):
            raise _fail(f"attachment {i} type is not a code")
        parsed_attachments.append(
            Attachment(
                type=kind,
                title=_text(f"attachment {i} title", item["title"], MAX_ATTACHMENT_TITLE, required=True),
                text=_text(f"attachment {i} text", item["text"], MAX_ATTACHMENT_TEXT, required=True, multiline=True),
            )
        )
    lang = obj.get("lang")
    if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
        raise _fail("lang is not a language code")
    return RequestContent(
        type=_code("type", obj.get("type"), RequestType),
        urgency=_code("urgency", obj.get("urgency"), Urgency),
        times=tuple(_code("times", t, TimeWindow) for t in times),
        times_note=_text("times_note", obj.get("times_note"), MAX_TIMES_NOTE),
        contact_method=_code("contact method", contact["method"], ContactMethod),
        contact=_text("contact", contact["value"], MAX_CONTACT, required=True),
        note=_text("note", obj.get("note"), MAX_NOTE, multiline=True),
        attachments=tuple(parsed_attachments),
        lang=lang,
    )


def parse_request(payload: Mapping[str, Any]) -> RequestPayload:
    """Coordinator side: a strictly checked request payload (EnvelopeError BAD_PAYLOAD otherwise)."""
    obj = _exact("request", payload, _REQUEST_KEYS)
    if obj["v"] != VERSION or type(obj["v"]) is not int:
        raise EnvelopeError(Reason.UNSUPPORTED_VERSION, f"request payload version {obj['v']!r:.20}")
    try:
        reply_public_key_from_b64(obj["reply_key"])
    except KeyFormatError:
        raise _fail("reply_key is not a public key") from None
    cancel_hash = obj["cancel_hash"]
    if not isinstance(cancel_hash, str) or not _HEX64_RE.fullmatch(cancel_hash):
        raise _fail("cancel_hash is not 64 hex digits")
    return RequestPayload(
        content=parse_content(obj),
        reply_key=obj["reply_key"],
        reply_id=_id("reply_id", obj["reply_id"]),
        cancel_hash=cancel_hash,
    )


# ---------------------------------------------------------------- cancellation


def new_cancel_secret() -> str:
    """32 random bytes as hex; stays in the counselor's vault until the cancellation reveals it."""
    return secrets.token_hex(32)


def cancel_hash(secret: str) -> str:
    return hashlib.sha256(bytes.fromhex(secret)).hexdigest()


def proof_matches(proof: str, expected_hash: str) -> bool:
    return hmac.compare_digest(cancel_hash(proof), expected_hash)


@dataclass(frozen=True)
class CancelPayload:
    request: str  # the request's envelope id
    proof: str

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "request": self.request, "proof": self.proof}


def parse_cancel(payload: Mapping[str, Any]) -> CancelPayload:
    obj = _exact("cancellation", payload, {"v", "request", "proof"})
    if obj["v"] != VERSION or type(obj["v"]) is not int:
        raise EnvelopeError(Reason.UNSUPPORTED_VERSION, f"cancellation payload version {obj['v']!r:.20}")
    proof = obj["proof"]
    if not isinstance(proof, str) or not _HEX64_RE.fullmatch(proof):
        raise _fail("proof is not 64 hex digits")
    return CancelPayload(request=_id("request", obj["request"]), proof=proof)


# ---------------------------------------------------------------- replies


@dataclass(frozen=True)
class Appointment:
    start: datetime  # aware
    minutes: int
    where: str  # a room, an address or a video link
    note: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError("an appointment needs an aware start time")

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(timespec="minutes"),
            "minutes": self.minutes,
            "where": self.where,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, obj: Any) -> Appointment:
        obj = _exact("appointment", obj, {"start", "minutes", "where", "note"})
        start_text = obj["start"]
        if not isinstance(start_text, str) or len(start_text) > 40:
            raise _fail("appointment start is not a time")
        try:
            start = datetime.fromisoformat(start_text)
        except ValueError:
            raise _fail("appointment start is not a time") from None
        if start.tzinfo is None or start.utcoffset() is None:
            raise _fail("appointment start has no UTC offset")
        return cls(
            start=start,
            minutes=_int("appointment minutes", obj["minutes"], 5, MAX_MINUTES),
            where=_text("appointment place", obj["where"], MAX_WHERE, required=True),
            note=_text("appointment note", obj["note"], MAX_REPLY_NOTE, multiline=True),
        )


@dataclass(frozen=True)
class ReplyPayload:
    request: str  # the request's envelope id
    seq: int
    status: ReplyStatus
    appointment: Appointment | None = None
    message: str = ""

    def __post_init__(self) -> None:
        if (self.status is ReplyStatus.SCHEDULED) != (self.appointment is not None):
            raise ValueError("a scheduled reply, and only that, carries an appointment")

    def to_json(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            "request": self.request,
            "seq": self.seq,
            "status": self.status.value,
            "appointment": None if self.appointment is None else self.appointment.to_json(),
            "message": self.message,
        }


def parse_reply(payload: Mapping[str, Any]) -> ReplyPayload:
    """Counselor side, after the exchange verified the coordinator's signature."""
    obj = _exact("reply", payload, {"v", "request", "seq", "status", "appointment", "message"})
    if obj["v"] != VERSION or type(obj["v"]) is not int:
        raise EnvelopeError(Reason.UNSUPPORTED_VERSION, f"reply payload version {obj['v']!r:.20}")
    status = _code("status", obj["status"], ReplyStatus)
    appointment = None if obj["appointment"] is None else Appointment.from_json(obj["appointment"])
    if (status is ReplyStatus.SCHEDULED) != (appointment is not None):
        raise _fail("a scheduled reply, and only that, carries an appointment")
    return ReplyPayload(
        request=_id("request", obj["request"]),
        seq=_int("seq", obj["seq"], 1, 1_000_000),
        status=status,
        appointment=appointment,
        message=_text("message", obj["message"], MAX_MESSAGE, multiline=True),
    )
