"""The organisation's own offers (a healing-forest day, a workshop) and enrolling in them.

Direction and trust (DESIGN.md, "Between machines"):

- The coordinator publishes an offer as a *signed* envelope in the exchange's offers/ folder
  (:func:`publish_offer`). Everyone can read it; only the coordinator's signing key can make one.
- A counselor's app reads offers/ without ever moving or deleting anything (``Disposal.LEAVE``),
  verifies each file against the pinned coordinator key and validates its content strictly
  (:func:`read_offers`). A forged, altered or malformed file is rejected and never shown.
- Enrolling is a *sealed* envelope of kind ``enrollment`` to the coordinator's box key in inbox/
  (:func:`send_enrollment`), carrying the offer id and only what the counselor chose to share.
  The coordinator opens it with ``open_sealed`` and reads it with :func:`parse_enrollment`.

An offer is updated by publishing it again with the same ``offer_id`` and a higher ``revision``
(new seat count, a correction, ``withdrawn: true``); readers keep the highest revision. Offers
whose last date has passed are hidden.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange import (
    Envelope,
    EnvelopeError,
    Reason,
    Rejection,
    Transport,
    open_offer,
    post,
    sign_offer,
)
from wellcare.programs.model import Text
from wellcare.programs.offer_scan import FailedFiles, scan_offers

OFFER_FORMAT = 1
ENROLLMENT_FORMAT = 1
OFFER_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # fullmatch
OFFER_KINDS = ("outing", "program", "workshop", "other")
UNDETERMINED = "und"  # the language key of a text given as one plain string
_LANG = re.compile(r"[a-z]{2,3}")
_LINK = re.compile(r"https?://[^\s<>\"']{1,490}")
MAX_DATES = 52

LIMITS = {"title": 120, "description": 4000, "place": 200, "name": 80, "contact": 200, "note": 1000}
SHARE_KEYS = ("name", "contact", "note")


class OfferError(ValueError):
    """An offer or enrollment does not follow the format: ``key`` and ``problem``."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}" if key else problem)


# ---------------------------------------------------------------------------- reading values


def _text(value: object, key: str, limit: int) -> Text:
    if isinstance(value, str):
        return {UNDETERMINED: _plain(value, key, limit)}
    if not isinstance(value, dict) or not value:
        raise OfferError(key, "must be a text, or an object with one text per language")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANG.fullmatch(lang):
            raise OfferError(key, f"{str(lang)[:10]!r} is not a language code like en or ko")
        out[lang] = _plain(text, f"{key}.{lang}", limit)
    return out


def _plain(value: object, key: str, limit: int, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise OfferError(key, "must be a text")
    text = value.strip()
    if not text and not allow_empty:
        raise OfferError(key, "must not be empty")
    if len(text) > limit:
        raise OfferError(key, f"is {len(text)} characters long, at most {limit}")
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise OfferError(key, "contains control characters")
    return text


def _moment(value: object, key: str) -> datetime:
    if not isinstance(value, str):
        raise OfferError(key, "must be a date and time like 2025-05-10T10:00+09:00")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise OfferError(key, "must be a date and time like 2025-05-10T10:00+09:00") from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise OfferError(key, "needs a time zone offset, e.g. +09:00")
    return when


def _count(value: object, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100_000:
        raise OfferError(key, "must be a whole number from 0 to 100000")
    return value


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="minutes")


# ---------------------------------------------------------------------------- offers


@dataclass(frozen=True)
class OfferDate:
    start: datetime
    end: datetime | None = None

    @property
    def last_moment(self) -> datetime:
        return self.end or self.start


_OFFER_REQUIRED = ("format", "offer_id", "revision", "kind", "title", "description", "dates")
_OFFER_OPTIONAL = ("place", "link", "seats", "seats_left", "enroll_by", "withdrawn", "confirmed")


@dataclass(frozen=True)
class Offer:
    """One revision of an offer, validated. ``envelope_id``/``created`` come from the file."""

    offer_id: str
    revision: int
    kind: str
    title: Text
    description: Text
    dates: tuple[OfferDate, ...]
    place: str = ""
    link: str = ""
    seats: int | None = None
    seats_left: int | None = None
    enroll_by: datetime | None = None
    withdrawn: bool = False
    confirmed: tuple[str, ...] = ()  # seat tokens (see confirmation_token): the enrollments that have a place
    envelope_id: str = field(default="", compare=False)
    created: str = field(default="", compare=False)

    # -- format -----------------------------------------------------------------------------------

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Offer:
        """Strictly validate a payload (unknown keys, types, lengths, dates); raises OfferError."""
        if not isinstance(payload, Mapping):
            raise OfferError("", "an offer is a JSON object")
        for key in _OFFER_REQUIRED:
            if key not in payload:
                raise OfferError(key, "is missing")
        unknown = sorted(set(payload) - set(_OFFER_REQUIRED) - set(_OFFER_OPTIONAL))
        if unknown:
            raise OfferError(str(unknown[0])[:40], "is not a known key")
        if payload["format"] != OFFER_FORMAT or isinstance(payload["format"], bool):
            raise OfferError("format", f"this WellCare reads offer format {OFFER_FORMAT}")
        offer_id = payload["offer_id"]
        if not isinstance(offer_id, str) or not OFFER_ID.fullmatch(offer_id):
            raise OfferError("offer_id", "must be lower-case letters, digits, - and _ (up to 64)")
        revision = payload["revision"]
        if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision <= 1_000_000:
            raise OfferError("revision", "must be a whole number from 1")
        kind = payload["kind"]
        if kind not in OFFER_KINDS:
            raise OfferError("kind", f"must be one of {', '.join(OFFER_KINDS)}")
        raw_dates = payload["dates"]
        if not isinstance(raw_dates, list) or not 1 <= len(raw_dates) <= MAX_DATES:
            raise OfferError("dates", f"must be a list of 1 to {MAX_DATES} dates")
        dates: list[OfferDate] = []
        for i, entry in enumerate(raw_dates):
            key = f"dates[{i}]"
            if not isinstance(entry, Mapping) or "start" not in entry:
                raise OfferError(key, "must be an object with start and (optionally) end")
            extra = sorted(str(k) for k in set(entry) - {"start", "end"})
            if extra:
                raise OfferError(f"{key}.{extra[0][:40]}", "is not a known key (a date has start and end)")
            start = _moment(entry["start"], f"{key}.start")
            end = _moment(entry["end"], f"{key}.end") if entry.get("end") is not None else None
            if end is not None and end <= start:
                raise OfferError(f"{key}.end", "must be after start")
            dates.append(OfferDate(start, end))
        dates.sort(key=lambda d: d.start)
        link = _plain(payload.get("link", ""), "link", 500, allow_empty=True)
        if link and not _LINK.fullmatch(link):
            raise OfferError("link", "must be a web address starting with https:// or http://")
        seats = _count(payload.get("seats"), "seats")
        seats_left = _count(payload.get("seats_left"), "seats_left")
        if seats is not None and seats_left is not None and seats_left > seats:
            raise OfferError("seats_left", "cannot be more than seats")
        enroll_by = payload.get("enroll_by")
        withdrawn = payload.get("withdrawn", False)
        if not isinstance(withdrawn, bool):
            raise OfferError("withdrawn", "must be true or false")
        return cls(
            offer_id=offer_id,
            revision=revision,
            kind=kind,
            title=_text(payload["title"], "title", LIMITS["title"]),
            description=_text(payload["description"], "description", LIMITS["description"]),
            dates=tuple(dates),
            place=_plain(payload.get("place", ""), "place", LIMITS["place"], allow_empty=True),
            link=link,
            seats=seats,
            seats_left=seats_left,
            enroll_by=None if enroll_by is None else _moment(enroll_by, "enroll_by"),
            withdrawn=withdrawn,
            confirmed=_seat_tokens(payload.get("confirmed", []), seats),
        )

    def to_payload(self) -> dict[str, Any]:
        """The signed payload: only the keys that carry something, dates as ISO text."""
        payload: dict[str, Any] = {
            "format": OFFER_FORMAT,
            "offer_id": self.offer_id,
            "revision": self.revision,
            "kind": self.kind,
            "title": _text_out(self.title),
            "description": _text_out(self.description),
            "dates": [
                {"start": _iso(d.start)} | ({"end": _iso(d.end)} if d.end is not None else {}) for d in self.dates
            ],
        }
        optional: dict[str, Any] = {
            "place": self.place or None,
            "link": self.link or None,
            "seats": self.seats,
            "seats_left": self.seats_left,
            "enroll_by": None if self.enroll_by is None else _iso(self.enroll_by),
            "withdrawn": True if self.withdrawn else None,
            "confirmed": list(self.confirmed) or None,
        }
        payload.update({k: v for k, v in optional.items() if v is not None})
        return payload

    # -- meaning ----------------------------------------------------------------------------------

    @property
    def first_start(self) -> datetime:
        return self.dates[0].start

    @property
    def last_moment(self) -> datetime:
        return max(d.last_moment for d in self.dates)

    def is_past(self, now: datetime) -> bool:
        return self.last_moment < now

    def is_full(self) -> bool:
        return self.seats_left == 0

    def enrollment_closed(self, now: datetime) -> bool:
        return self.enroll_by is not None and self.enroll_by < now

    def can_enroll(self, now: datetime) -> bool:
        return not (self.withdrawn or self.is_past(now) or self.is_full() or self.enrollment_closed(now))

    def confirms(self, withdraw_hash_hex: str) -> bool:
        """Does this (signed) revision give a place to the enrollment that carried ``withdraw_hash_hex``?"""
        return confirmation_token(withdraw_hash_hex) in self.confirmed


# ---------------------------------------------------------------------------- seat confirmations

MAX_CONFIRMED = 2000  # tokens one offer may list (19 bytes each in the signed payload)
_SEAT_TOKEN = re.compile(r"[0-9a-f]{16}")  # fullmatch


def confirmation_token(withdraw_hash_hex: str) -> str:
    """The seat token the coordinator publishes for an enrollment that has a place.

    Derived from the enrollment's ``withdraw_hash``, which only the sealed envelope (the
    coordinator) and the counselor's vault know: a counselor's app finds its own place in the
    signed offer, everyone else sees only a count of random-looking tokens.
    """
    return hashlib.sha256(b"wellcare-seat\0" + withdraw_hash_hex.encode("ascii")).hexdigest()[:16]


def _seat_tokens(value: object, seats: int | None) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_CONFIRMED:
        raise OfferError("confirmed", f"must be a list of at most {MAX_CONFIRMED} seat tokens")
    if not all(isinstance(t, str) and _SEAT_TOKEN.fullmatch(t) for t in value) or len(set(value)) != len(value):
        raise OfferError("confirmed", "must hold distinct seat tokens of 16 lower-case hex digits")
    if seats is not None and len(value) > seats:
        raise OfferError("confirmed", "cannot confirm more places than seats")
    return tuple(value)


def _text_out(text: Text) -> str | dict[str, str]:
    if set(text) == {UNDETERMINED}:
        return text[UNDETERMINED]
    return dict(text)


def new_offer_id(when: date | None = None) -> str:
    """A readable, unique offer id: 'offer-2025-05-3f9a1c2b'."""
    stamp = f"{when.isoformat()}-" if when is not None else ""
    return f"offer-{stamp}{secrets.token_hex(4)}"


def load_offer_toml(text: str) -> Offer:
    """An offer as a coordinator writes it in TOML (see resources/programs/offer.example.toml).

    ``offer_id`` may be left out (a new one is made; keep it to publish an update), ``revision``
    defaults to 1, ``format`` to 1; TOML dates with an offset become ISO text.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OfferError("", f"not valid TOML ({exc})") from None
    data = _iso_dates(data)
    data.setdefault("format", OFFER_FORMAT)
    data.setdefault("revision", 1)
    if "offer_id" not in data:
        dates = data.get("dates")
        first = dates[0].get("start") if isinstance(dates, list) and dates and isinstance(dates[0], dict) else None
        data["offer_id"] = new_offer_id(_day_of(first))
    return Offer.from_payload(data)


def _day_of(value: object) -> date | None:
    """The day a start names, for a new offer's id; None when it is no date (refused later, by key)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _iso_dates(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat()  # refused later with a clear message (no offset)
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    return value


# ---------------------------------------------------------------------------- coordinator side


def publish_offer(transport: Transport, signing_key: SigningKey, offer: Offer, *, now: datetime | None = None) -> str:
    """Sign ``offer`` with the coordinator's key and write it to offers/; returns the file name.

    The payload is validated first, so nothing a counselor's app would reject is ever published.
    An update is the same ``offer_id`` with a higher ``revision``; older files may stay (readers
    keep the highest revision) or be removed by the coordinator.
    """
    payload = offer.to_payload()
    Offer.from_payload(payload)
    return post(transport, sign_offer(payload, signing_key, now=now))


def withdraw_offer(transport: Transport, signing_key: SigningKey, offer: Offer, *, now: datetime | None = None) -> str:
    """Publish the next revision of ``offer`` marked withdrawn: counselors stop seeing it."""
    return publish_offer(transport, signing_key, replace(offer, revision=offer.revision + 1, withdrawn=True), now=now)


# ---------------------------------------------------------------------------- counselor side


@dataclass(frozen=True)
class OfferListing:
    """What a refresh found: the offers to show, soonest first, and the files refused."""

    offers: tuple[Offer, ...]
    rejected: tuple[Rejection, ...] = ()
    hidden: int = 0  # verified but past or withdrawn
    unread: int = 0  # not opened this time: a flood spent the refresh's budget (see offer_scan)


def open_verified_offer(data: bytes, verify_key: VerifyKey) -> tuple[Envelope, Offer]:
    """Verify the signature and header binding, then the content; raises EnvelopeError."""
    envelope = open_offer(data, verify_key)
    try:
        offer = Offer.from_payload(envelope.payload)
    except OfferError as exc:
        raise EnvelopeError(Reason.BAD_PAYLOAD, f"offer {exc.key}: {exc.problem}"[:200]) from None
    return envelope, replace(offer, envelope_id=envelope.id, created=envelope.created)


def read_offers(
    transport: Transport, verify_key: VerifyKey, now: datetime, *, memo: FailedFiles | None = None
) -> OfferListing:
    """Every offer in offers/ that verifies, latest revision per offer, past and withdrawn hidden.

    Never moves or deletes a file (the folder is the coordinator's). The work is bounded, and
    junk cannot choose what is read (:mod:`.offer_scan`). Raises TransportError when the folder
    cannot be listed at all (share offline).
    """
    found: dict[str, Offer] = {}

    def opener(data: bytes) -> Envelope:
        return open_verified_offer(data, verify_key)[0]

    def accept(envelope: Envelope) -> None:
        offer = replace(Offer.from_payload(envelope.payload), envelope_id=envelope.id, created=envelope.created)
        current = found.get(offer.offer_id)
        if current is None or _newer(offer, current):
            found[offer.offer_id] = offer

    scan = scan_offers(transport, opener, accept, memo=memo)
    shown = sorted(
        (o for o in found.values() if not o.withdrawn and not o.is_past(now)),
        key=lambda o: (o.first_start, o.offer_id),
    )
    return OfferListing(offers=tuple(shown), rejected=scan.rejected, hidden=len(found) - len(shown), unread=scan.unread)


def _newer(a: Offer, b: Offer) -> bool:
    return (a.revision, a.created, a.envelope_id) > (b.revision, b.created, b.envelope_id)




def __getattr__(name: str) -> Any:
    """The enrollment side moved to wellcare.programs.enrollment; older imports from here still work.

    (demo.py and a few tests import it from here; lazy, so neither module imports the other at load.)
    """
    from wellcare.programs import enrollment

    if not name.startswith("__") and hasattr(enrollment, name):
        return getattr(enrollment, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
