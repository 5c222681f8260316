"""Enrolling in an organisation's offer: the sealed request a counselor sends, and its withdrawal.

A counselor enrols with a sealed envelope of kind ``enrollment`` to the coordinator's box key
(:func:`send_enrollment`), carrying the offer id, only what the counselor chose to share, and the
hash of a secret only that counselor keeps: withdrawing reveals the secret, so naming an
enrollment alone (inbox file names are visible on the share) cannot cancel somebody's place.
The coordinator reads it with :func:`parse_enrollment` after ``open_sealed``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from nacl.public import PublicKey

from wellcare.exchange import Envelope, EnvelopeError, Kind, Reason, Transport, post, read_header, seal
from wellcare.programs.offers import ENROLLMENT_FORMAT, LIMITS, OFFER_ID, SHARE_KEYS, OfferError, _plain


class EnrollAction(StrEnum):
    ENROLL = "enroll"
    WITHDRAW = "withdraw"


_HEX32 = re.compile(r"[0-9a-f]{64}")  # fullmatch: a 256-bit secret or its SHA-256, in hex
_ENVELOPE_ID = re.compile(r"[0-9a-f]{32}")


def new_withdraw_secret() -> tuple[str, str]:
    """A secret the counselor keeps, and its hash that travels with the enrollment.

    Only whoever holds the secret can withdraw the enrollment: inbox file names are visible on
    the share, so naming an enrollment alone must not be enough to cancel somebody's place.
    """
    secret = secrets.token_hex(32)
    return secret, withdraw_hash(secret)


def withdraw_hash(secret: str) -> str:
    return hashlib.sha256(bytes.fromhex(secret)).hexdigest()


def proof_matches(proof: str, expected_hash: str) -> bool:
    """Does ``proof`` (the secret) hash to ``expected_hash``? Constant time."""
    if not _HEX32.fullmatch(proof) or not _HEX32.fullmatch(expected_hash):
        return False
    return hmac.compare_digest(withdraw_hash(proof), expected_hash)


@dataclass(frozen=True)
class EnrollmentRequest:
    """What travels sealed to the coordinator: the offer, and only what the counselor shares.

    An enrollment carries ``withdraw_hash``; a withdrawal names the ``enrollment`` (its envelope
    id) and reveals the secret as ``proof``.
    """

    action: EnrollAction
    offer_id: str
    revision: int
    share: Mapping[str, str] = field(default_factory=dict)
    withdraw_hash: str | None = None  # ENROLL
    enrollment: str | None = None  # WITHDRAW: the envelope id of the enrollment taken back
    proof: str | None = None  # WITHDRAW: the secret behind that enrollment's withdraw_hash

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "format": ENROLLMENT_FORMAT,
            "action": self.action.value,
            "offer_id": self.offer_id,
            "revision": self.revision,
            "share": {k: v for k, v in self.share.items() if v},
        }
        for key in ("withdraw_hash", "enrollment", "proof"):
            value = getattr(self, key)
            if value is not None:
                payload[key] = value
        return payload

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> EnrollmentRequest:
        common = {"format", "action", "offer_id", "revision", "share"}
        if not isinstance(payload, Mapping) or not common <= set(payload):
            raise OfferError("", "an enrollment has format, action, offer_id, revision and share")
        if payload["format"] != ENROLLMENT_FORMAT or isinstance(payload["format"], bool):
            raise OfferError("format", f"this WellCare reads enrollment format {ENROLLMENT_FORMAT}")
        try:
            action = EnrollAction(payload["action"])
        except ValueError:
            raise OfferError("action", "must be enroll or withdraw") from None
        extra = {"withdraw_hash"} if action is EnrollAction.ENROLL else {"enrollment", "proof"}
        if set(payload) != common | extra:
            raise OfferError("", f"an {action.value} has exactly {', '.join(sorted(common | extra))}")
        offer_id = payload["offer_id"]
        if not isinstance(offer_id, str) or not OFFER_ID.fullmatch(offer_id):
            raise OfferError("offer_id", "is not an offer id")
        revision = payload["revision"]
        if isinstance(revision, bool) or not isinstance(revision, int) or revision < 1:
            raise OfferError("revision", "must be a whole number from 1")
        share = payload["share"]
        if not isinstance(share, Mapping) or set(share) - set(SHARE_KEYS):
            raise OfferError("share", f"may only hold {', '.join(SHARE_KEYS)}")
        clean = {k: _plain(v, f"share.{k}", LIMITS[k]) for k, v in share.items()}
        if action is EnrollAction.ENROLL:
            hashed = payload["withdraw_hash"]
            if not isinstance(hashed, str) or not _HEX32.fullmatch(hashed):
                raise OfferError("withdraw_hash", "must be 64 lower-case hex digits")
            return cls(action, offer_id, revision, clean, withdraw_hash=hashed)
        enrollment, proof = payload["enrollment"], payload["proof"]
        if not isinstance(enrollment, str) or not _ENVELOPE_ID.fullmatch(enrollment):
            raise OfferError("enrollment", "a withdrawal names the enrollment it takes back")
        if not isinstance(proof, str) or not _HEX32.fullmatch(proof):
            raise OfferError("proof", "must be 64 lower-case hex digits")
        if clean:
            raise OfferError("share", "a withdrawal shares nothing")
        return cls(action, offer_id, revision, {}, enrollment=enrollment, proof=proof)


def clean_share(name: str = "", contact: str = "", note: str = "") -> dict[str, str]:
    """What the counselor typed, trimmed and checked; empty fields are not shared at all."""
    raw = {"name": name, "contact": contact, "note": note}
    return {k: _plain(v, k, LIMITS[k]) for k, v in raw.items() if v.strip()}


def seal_enrollment(
    request: EnrollmentRequest, box_key: PublicKey, *, now: datetime | None = None
) -> tuple[str, bytes]:
    """The sealed envelope (kind enrollment) and its id; only the coordinator can open it."""
    EnrollmentRequest.from_payload(request.to_payload())
    data = seal(Kind.ENROLLMENT, request.to_payload(), box_key, now=now)
    return read_header(data).id, data


def send_enrollment(
    transport: Transport, request: EnrollmentRequest, box_key: PublicKey, *, now: datetime | None = None
) -> str:
    """Seal and write to inbox/; returns the envelope id (keep it to withdraw later)."""
    envelope_id, data = seal_enrollment(request, box_key, now=now)
    post(transport, data)
    return envelope_id


def parse_enrollment(envelope: Envelope) -> EnrollmentRequest:
    """Coordinator side, after ``open_sealed``: the request, or EnvelopeError(BAD_PAYLOAD)."""
    if envelope.kind is not Kind.ENROLLMENT:
        raise EnvelopeError(Reason.WRONG_KIND, f"{envelope.kind} is not an enrollment")
    try:
        return EnrollmentRequest.from_payload(envelope.payload)
    except OfferError as exc:
        raise EnvelopeError(Reason.BAD_PAYLOAD, f"enrollment {exc.key}: {exc.problem}"[:200]) from None
