"""The surge notice's format: a surge (start, end, a short reason in ko/en) or the cancel of one.

Payloads (the signed envelope's ``payload``; the envelope signs its canonical inner bytes, sorted
keys and no spaces, with the coordinator's Ed25519 key exactly as offers are signed)::

    {"format": 1, "action": "surge", "notice_id": "surge-2026-12-05-3f9a1c2b",
     "issued": "2026-12-05T09:00:00+09:00", "start": "2026-12-05T09:00:00+09:00",
     "end": "2026-12-05T18:00:00+09:00", "reason": {"en": "...", "ko": "..."}}
    {"format": 1, "action": "cancel", "notice_id": "<the surge's id>",
     "issued": "...", "end": "<the cancelled surge's end>"}

:meth:`SurgeNotice.from_payload` checks the format strictly (unknown keys, types, lengths, times
with an offset, start before end). A notice the centre forwards from its council (docs/SURGE.md,
"From the council") also carries ``"council": "<the council's name>"``, so counselors' apps can say
who announced it; the coordinator's signature is still the only one a counselor's app checks.
Whether a verified notice counts *now* (not expired, not from the future, not longer than the
policy allows) is :func:`refusal`, decided with the reader's clock.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange import Envelope, EnvelopeError, Kind, Reason, open_public, sign_public

NOTICE_FORMAT = 1
NOTICE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # fullmatch
LANGUAGES = ("en", "ko")
MAX_REASON = 300  # characters per language: a short reason, shown in a banner
CLOCK_SKEW = timedelta(minutes=10)  # an issue time this far ahead of the reader's clock is still believed
MAX_ADVANCE = timedelta(days=7)  # a surge may be announced this long before it starts
MAX_COUNCIL_NAME = 100
OPTIONAL_KEYS = ("council",)  # the council's name, on a notice forwarded from the centre's council


class SurgeAction(StrEnum):
    SURGE = "surge"
    CANCEL = "cancel"


class SurgeNoticeError(ValueError):
    """A notice that does not follow the format: ``key`` and ``problem``."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}" if key else problem)


class Refusal(StrEnum):
    """Why a verified notice does nothing now (the reader's clock decides)."""

    EXPIRED = "expired"  # its end has passed
    FUTURE = "future"  # issued later than the reader's clock allows (beyond the skew)
    TOO_LONG = "too_long"  # longer than the policy's max_duration_hours
    TOO_EARLY = "too_early"  # starts more than MAX_ADVANCE after it was issued


def _moment(value: object, key: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise SurgeNoticeError(key, "must be a date and time like 2026-12-05T09:00+09:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise SurgeNoticeError(key, "must be a date and time like 2026-12-05T09:00+09:00") from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise SurgeNoticeError(key, "needs a time zone offset, e.g. +09:00")
    return when


def _reason(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping) or not value:
        raise SurgeNoticeError("reason", "must be an object with a text per language (en, ko)")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise SurgeNoticeError("reason", f"{str(lang)[:10]!r} is not one of {', '.join(LANGUAGES)}")
        if not isinstance(text, str) or not text.strip():
            raise SurgeNoticeError(f"reason.{lang}", "must be a text that is not empty")
        clean = " ".join(text.split())
        if len(clean) > MAX_REASON:
            raise SurgeNoticeError(f"reason.{lang}", f"is {len(clean)} characters long, at most {MAX_REASON}")
        if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029\u202e\u202d" for c in clean):
            raise SurgeNoticeError(f"reason.{lang}", "must not hold control characters")
        out[lang] = clean
    return out


def _council(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_COUNCIL_NAME:
        raise SurgeNoticeError("council", f"must be the council's name (1 to {MAX_COUNCIL_NAME} characters)")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029\u202e\u202d" for c in value):
        raise SurgeNoticeError("council", "must not hold control characters")
    return " ".join(value.split())


_KEYS = {
    SurgeAction.SURGE: ("format", "action", "notice_id", "issued", "start", "end", "reason"),
    SurgeAction.CANCEL: ("format", "action", "notice_id", "issued", "end"),
}


@dataclass(frozen=True)
class SurgeNotice:
    """One verified notice. For a cancel, ``notice_id`` names the surge it ends and ``start`` is None."""

    action: SurgeAction
    notice_id: str
    issued: datetime
    end: datetime
    start: datetime | None = None
    reason: Mapping[str, str] = field(default_factory=dict)
    envelope_id: str = field(default="", compare=False)
    council: str = ""  # the council's name when the centre forwarded the council's notice

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> SurgeNotice:
        """Strictly validate a payload; raises SurgeNoticeError naming the key."""
        if not isinstance(payload, Mapping):
            raise SurgeNoticeError("", "a surge notice is a JSON object")
        try:
            action = SurgeAction(str(payload.get("action")))
        except ValueError:
            raise SurgeNoticeError("action", "must be surge or cancel") from None
        keys = _KEYS[action]
        for key in keys:
            if key not in payload:
                raise SurgeNoticeError(key, "is missing")
        unknown = sorted(str(k)[:40] for k in set(payload) - set(keys) - set(OPTIONAL_KEYS))
        if unknown:
            raise SurgeNoticeError(unknown[0], "is not a known key")
        if payload["format"] != NOTICE_FORMAT or isinstance(payload["format"], bool):
            raise SurgeNoticeError("format", f"this WellCare reads surge notice format {NOTICE_FORMAT}")
        notice_id = payload["notice_id"]
        if not isinstance(notice_id, str) or not NOTICE_ID.fullmatch(notice_id):
            raise SurgeNoticeError("notice_id", "must be lower-case letters, digits, - and _ (up to 64)")
        issued = _moment(payload["issued"], "issued")
        end = _moment(payload["end"], "end")
        council = _council(payload["council"]) if "council" in payload else ""
        if action is SurgeAction.CANCEL:
            return cls(action, notice_id, issued, end, council=council)
        start = _moment(payload["start"], "start")
        if end <= start:
            raise SurgeNoticeError("end", "must be after start")
        return cls(action, notice_id, issued, end, start, _reason(payload["reason"]), council=council)

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "format": NOTICE_FORMAT,
            "action": self.action.value,
            "notice_id": self.notice_id,
            "issued": self.issued.isoformat(),
            "end": self.end.isoformat(),
        }
        if self.action is SurgeAction.SURGE:
            assert self.start is not None
            payload |= {"start": self.start.isoformat(), "reason": dict(self.reason)}
        if self.council:
            payload["council"] = self.council
        return payload

    @property
    def is_cancel(self) -> bool:
        return self.action is SurgeAction.CANCEL

    def duration(self) -> timedelta:
        return self.end - self.start if self.start is not None else timedelta(0)

    def text(self, language: str) -> str:
        """The reason in ``language``, else in the other language the notice has."""
        return self.reason.get(language) or next(iter(self.reason.values()), "")


def refusal(notice: SurgeNotice, now: datetime, max_duration: timedelta) -> Refusal | None:
    """Why ``notice`` does nothing at ``now`` (None: it counts). A cancel is only checked for time."""
    if notice.issued > now + CLOCK_SKEW:
        return Refusal.FUTURE
    if notice.end <= now:
        return Refusal.EXPIRED
    if notice.is_cancel:
        return None
    if notice.duration() > max_duration:
        return Refusal.TOO_LONG
    assert notice.start is not None
    if notice.start - notice.issued > MAX_ADVANCE:
        return Refusal.TOO_EARLY
    return None


def new_notice_id(now: datetime, prefix: str = "surge") -> str:
    """A readable, unique id: 'surge-2026-12-05-3f9a1c2b' (the council's: 'council-surge-...')."""
    return f"{prefix}-{now.date().isoformat()}-{secrets.token_hex(4)}"


def sign_notice(notice: SurgeNotice, signing_key: SigningKey, *, now: datetime | None = None) -> bytes:
    """The signed envelope; the payload is validated first, as readers will."""
    payload = notice.to_payload()
    SurgeNotice.from_payload(payload)
    return sign_public(Kind.SURGE_NOTICE, payload, signing_key, now=now)


def open_verified_notice(data: bytes, verify_key: VerifyKey) -> tuple[Envelope, SurgeNotice]:
    """Verify the signature (pinned coordinator key) and header binding, then the content; raises EnvelopeError."""
    envelope = open_public(data, verify_key, Kind.SURGE_NOTICE)
    try:
        notice = SurgeNotice.from_payload(envelope.payload)
    except SurgeNoticeError as exc:
        raise EnvelopeError(Reason.BAD_PAYLOAD, f"surge notice {exc.key}: {exc.problem}"[:200]) from None
    return envelope, replace(notice, envelope_id=envelope.id)
