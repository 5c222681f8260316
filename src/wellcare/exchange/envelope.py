"""Envelopes: one JSON object per file, a tiny clear header and a sealed or signed body.

Wire form (ASCII, compact, keys in this order)::

    {"schema":"wellcare.exchange","version":1,"kind":"eap_request",
     "id":"<32 hex>","created":"2024-05-01T13:00Z","body":"<base64>"}

The header is all a share's other readers see, so it says nothing about a person: a random id
and a creation hour. The body's plaintext repeats schema, version, kind, id and created (and,
for replies, the recipient key), and opening checks they match, so a header cannot be moved onto
another body. Directions:

- counselor -> coordinator (``SEALED_KINDS``): sealed (anonymous) to the coordinator's box key;
- coordinator -> one counselor (``eap_reply``): signed by the coordinator, then sealed to the
  one-time reply key that came with the request;
- coordinator -> everyone (``PUBLIC_KINDS``: ``offer``, ``surge_notice``): signed only, readable
  by all, in the offers/ folder.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange._codec import CodecError, b64decode_strict, b64encode, dumps_canonical, loads_strict
from wellcare.exchange.errors import EnvelopeError, Reason

SCHEMA = "wellcare.exchange"
VERSION = 1


class Kind(StrEnum):
    """The fixed set of things that travel; anything else is refused."""

    EAP_REQUEST = "eap_request"
    EAP_CANCEL = "eap_cancel"
    ENROLLMENT = "enrollment"
    CONTRIBUTION = "contribution"
    EAP_REPLY = "eap_reply"
    OFFER = "offer"
    HANDOVER_NOTICE = "handover_notice"  # a counselor tells the dedicated team: kind, time, call reference
    SURGE_NOTICE = "surge_notice"  # the coordinator announces (or cancels) a surge: start, end, reason


SEALED_KINDS: frozenset[Kind] = frozenset(
    {Kind.EAP_REQUEST, Kind.EAP_CANCEL, Kind.ENROLLMENT, Kind.CONTRIBUTION, Kind.HANDOVER_NOTICE}
)

# Signed by the coordinator, readable by all (the offers/ folder).
PUBLIC_KINDS: frozenset[Kind] = frozenset({Kind.OFFER, Kind.SURGE_NOTICE})

# Whole-file limits. Generous for the real thing (a request with a long note in Korean is a few
# KiB), small enough that a hostile file costs the reader nothing.
MAX_BYTES: Mapping[Kind, int] = MappingProxyType(
    {
        Kind.EAP_REQUEST: 32 * 1024,
        Kind.EAP_CANCEL: 8 * 1024,
        Kind.ENROLLMENT: 16 * 1024,
        Kind.CONTRIBUTION: 16 * 1024,
        Kind.EAP_REPLY: 32 * 1024,
        Kind.OFFER: 256 * 1024,
        Kind.HANDOVER_NOTICE: 8 * 1024,
        Kind.SURGE_NOTICE: 8 * 1024,
    }
)
MAX_ENVELOPE_BYTES = max(MAX_BYTES.values())

_HEADER_KEYS = ("schema", "version", "kind", "id", "created", "body")
_ID_RE = re.compile(r"[0-9a-f]{32}")  # always fullmatch: "$" would let a trailing newline in
_CREATED_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:00Z")
_CREATED_FORMAT = "%Y-%m-%dT%H:00Z"
_SIGN_CONTEXT = b"wellcare.exchange/1 signed\n"  # keeps these signatures from meaning anything elsewhere


@dataclass(frozen=True)
class Header:
    """The clear part of an envelope."""

    kind: Kind
    id: str
    created: str


@dataclass(frozen=True)
class Envelope:
    """An opened, verified envelope."""

    kind: Kind
    id: str
    created: str
    payload: Mapping[str, Any]


def new_id() -> str:
    """A random 128-bit id, also the file name: nothing in it points at a person."""
    return secrets.token_hex(16)


def coarse_created(now: datetime | None = None) -> str:
    """The UTC hour, never finer: enough to sort by, too coarse to match against a call log."""
    moment = datetime.now(UTC) if now is None else now
    if moment.tzinfo is None:
        raise ValueError("created needs an aware datetime")
    return moment.astimezone(UTC).strftime(_CREATED_FORMAT)


# ---------------------------------------------------------------- parsing


def _parse(data: bytes) -> tuple[Header, bytes]:
    if len(data) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError(Reason.TOO_LARGE, f"{len(data)} bytes, limit {MAX_ENVELOPE_BYTES}")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise EnvelopeError(Reason.NOT_JSON, "file is not ASCII JSON") from None
    try:
        obj = loads_strict(text)
    except CodecError as exc:
        raise EnvelopeError(Reason.NOT_JSON, str(exc)) from None
    if not isinstance(obj, dict):
        raise EnvelopeError(Reason.NOT_JSON, "top level is not a JSON object")
    if obj.get("schema") != SCHEMA:
        raise EnvelopeError(Reason.WRONG_SCHEMA, "not a WellCare exchange envelope")
    version = obj.get("version")
    if type(version) is not int or version != VERSION:
        raise EnvelopeError(Reason.UNSUPPORTED_VERSION, f"version {version!r:.20}, this app reads {VERSION}")
    if set(obj) != set(_HEADER_KEYS):
        extra = sorted(set(obj) - set(_HEADER_KEYS))[:5]
        missing = sorted(set(_HEADER_KEYS) - set(obj))
        raise EnvelopeError(Reason.BAD_HEADER, f"missing {missing}, unexpected {[k[:30] for k in extra]}")
    try:
        kind = Kind(obj["kind"])
    except (ValueError, TypeError):
        raise EnvelopeError(Reason.UNKNOWN_KIND, f"kind {obj['kind']!r:.40}") from None
    if len(data) > MAX_BYTES[kind]:
        raise EnvelopeError(Reason.TOO_LARGE, f"{len(data)} bytes, limit for {kind} is {MAX_BYTES[kind]}")
    env_id = obj["id"]
    if not isinstance(env_id, str) or not _ID_RE.fullmatch(env_id):
        raise EnvelopeError(Reason.BAD_ID, "id is not 32 lowercase hex digits")
    created = obj["created"]
    if not isinstance(created, str) or not _CREATED_RE.fullmatch(created):
        raise EnvelopeError(Reason.BAD_CREATED, "created is not a UTC hour like 2024-05-01T13:00Z")
    try:  # a real calendar hour (no Feb 30, no hour 24); cheaper than strptime
        datetime(int(created[0:4]), int(created[5:7]), int(created[8:10]), int(created[11:13]))
    except ValueError:
        raise EnvelopeError(Reason.BAD_CREATED, "created is not a real date and hour") from None
    try:
        body = b64decode_strict(obj["body"])
    except CodecError as exc:
        raise EnvelopeError(Reason.BAD_BASE64, f"body: {exc}") from None
    return Header(kind=kind, id=env_id, created=created), body


def read_header(data: bytes) -> Header:
    """Validate the clear part only (no keys needed): for routing and naming, never for trust."""
    return _parse(data)[0]


def _bound_fields(header: Header) -> dict[str, Any]:
    return {"schema": SCHEMA, "version": VERSION, "kind": header.kind.value, "id": header.id, "created": header.created}


def _open_inner(plaintext: bytes, header: Header, extra: Mapping[str, str] | None = None) -> Envelope:
    expected = _bound_fields(header) | dict(extra or {})
    try:
        inner = loads_strict(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, CodecError):
        raise EnvelopeError(Reason.BAD_PAYLOAD, "sealed content is not UTF-8 JSON") from None
    if not isinstance(inner, dict) or set(inner) != set(expected) | {"payload"}:
        raise EnvelopeError(Reason.BAD_PAYLOAD, "sealed content has the wrong fields")
    for key, value in expected.items():
        if inner[key] != value or type(inner[key]) is not type(value):
            raise EnvelopeError(Reason.MISMATCH, f"header {key} does not match the sealed content")
    payload = inner["payload"]
    if not isinstance(payload, dict):
        raise EnvelopeError(Reason.BAD_PAYLOAD, "payload is not a JSON object")
    return Envelope(kind=header.kind, id=header.id, created=header.created, payload=payload)


def _require_kind(header: Header, allowed: frozenset[Kind]) -> None:
    if header.kind not in allowed:
        raise EnvelopeError(Reason.WRONG_KIND, f"{header.kind} is not expected here")


def _unseal(box_key: PrivateKey, body: bytes) -> bytes:
    try:
        return SealedBox(box_key).decrypt(body)
    except CryptoError:
        raise EnvelopeError(Reason.DECRYPTION_FAILED, "cannot be opened with this key") from None


def _verify(verify_key: VerifyKey, signed: bytes) -> bytes:
    try:
        message = verify_key.verify(signed)
    except (BadSignatureError, ValueError):
        raise EnvelopeError(Reason.BAD_SIGNATURE, "signature does not verify with the coordinator key") from None
    if not message.startswith(_SIGN_CONTEXT):
        raise EnvelopeError(Reason.BAD_PAYLOAD, "signed content lacks the exchange context")
    return message[len(_SIGN_CONTEXT) :]


# ---------------------------------------------------------------- building


def _inner_bytes(header: Header, payload: Mapping[str, Any], extra: Mapping[str, str] | None = None) -> bytes:
    if not isinstance(payload, Mapping):
        raise EnvelopeError(Reason.BAD_PAYLOAD, "payload must be a mapping")
    try:
        return dumps_canonical(_bound_fields(header) | dict(extra or {}) | {"payload": dict(payload)})
    except (TypeError, ValueError) as exc:
        raise EnvelopeError(Reason.BAD_PAYLOAD, f"payload is not plain JSON: {type(exc).__name__}") from None


def _new_header(kind: Kind, envelope_id: str | None, now: datetime | None) -> Header:
    env_id = new_id() if envelope_id is None else envelope_id
    if not isinstance(env_id, str) or not _ID_RE.fullmatch(env_id):
        raise EnvelopeError(Reason.BAD_ID, "id must be 32 lowercase hex digits")
    return Header(kind=Kind(kind), id=env_id, created=coarse_created(now))


def _wire(header: Header, body: bytes) -> bytes:
    obj = {
        "schema": SCHEMA,
        "version": VERSION,
        "kind": header.kind.value,
        "id": header.id,
        "created": header.created,
        "body": b64encode(body),
    }
    data = json.dumps(obj, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    if len(data) > MAX_BYTES[header.kind]:
        raise EnvelopeError(Reason.TOO_LARGE, f"{len(data)} bytes, limit for {header.kind} is {MAX_BYTES[header.kind]}")
    return data


def seal(
    kind: Kind,
    payload: Mapping[str, Any],
    recipient: PublicKey,
    *,
    envelope_id: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """Seal a counselor's envelope to the coordinator's box key (anonymous: no sender key)."""
    header = _new_header(kind, envelope_id, now)
    _require_kind(header, SEALED_KINDS)
    return _wire(header, SealedBox(recipient).encrypt(_inner_bytes(header, payload)))


def open_sealed(data: bytes, box_key: PrivateKey) -> Envelope:
    """Coordinator side: parse strictly, decrypt with the box key, check the header binding."""
    header, body = _parse(data)
    _require_kind(header, SEALED_KINDS)
    return _open_inner(_unseal(box_key, body), header)


def seal_reply(
    payload: Mapping[str, Any],
    reply_to: PublicKey,
    signing: SigningKey,
    *,
    envelope_id: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """Sign as the coordinator, then seal to the request's one-time reply key.

    The recipient key is inside the signed text, so a recipient cannot re-seal a genuine reply
    to somebody else and pass it off as addressed to them.
    """
    header = _new_header(Kind.EAP_REPLY, envelope_id, now)
    inner = _inner_bytes(header, payload, {"to": b64encode(bytes(reply_to))})
    signed = bytes(signing.sign(_SIGN_CONTEXT + inner))
    return _wire(header, SealedBox(reply_to).encrypt(signed))


def open_reply(data: bytes, reply_key: PrivateKey, verify: VerifyKey) -> Envelope:
    """Counselor side: decrypt with the one-time key, verify the pinned coordinator signature."""
    header, body = _parse(data)
    _require_kind(header, frozenset({Kind.EAP_REPLY}))
    message = _verify(verify, _unseal(reply_key, body))
    return _open_inner(message, header, {"to": b64encode(bytes(reply_key.public_key))})


def sign_public(
    kind: Kind,
    payload: Mapping[str, Any],
    signing: SigningKey,
    *,
    envelope_id: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """A public envelope (``PUBLIC_KINDS``): signed over its canonical inner bytes, not encrypted."""
    header = _new_header(kind, envelope_id, now)
    _require_kind(header, PUBLIC_KINDS)
    return _wire(header, bytes(signing.sign(_SIGN_CONTEXT + _inner_bytes(header, payload))))


def open_public(data: bytes, verify: VerifyKey, kind: Kind) -> Envelope:
    """Anyone's side: only ``kind``; verify the pinned coordinator signature and the header binding."""
    header, body = _parse(data)
    _require_kind(header, frozenset({kind}) & PUBLIC_KINDS)
    return _open_inner(_verify(verify, body), header)


def sign_offer(
    payload: Mapping[str, Any],
    signing: SigningKey,
    *,
    envelope_id: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """A public program offer: signed, not encrypted."""
    return sign_public(Kind.OFFER, payload, signing, envelope_id=envelope_id, now=now)


def open_offer(data: bytes, verify: VerifyKey) -> Envelope:
    """Anyone's side: verify the pinned coordinator signature and the header binding."""
    return open_public(data, verify, Kind.OFFER)
