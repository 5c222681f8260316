"""Coordinator keys, their policy form and fingerprint, and counselors' one-time reply keys.

The coordinator holds two keypairs on purpose: an X25519 box key that counselors seal requests
to, and an Ed25519 signing key that vouches for replies and offers. Keeping them separate means
a decryption oracle can never become a signing oracle. Counselors have no long-lived identity at
all: each EAP request carries a fresh reply key, so two requests cannot be linked by their key.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from nacl.bindings import crypto_scalarmult
from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange._codec import CodecError, b64decode_strict, b64encode
from wellcare.exchange.errors import KeyFormatError, Reason

KEY_BYTES = 32
_FINGERPRINT_PERSON = b"wellcare-fpr-v1"  # BLAKE2b personalisation: a hash of nothing else
_FINGERPRINT_BYTES = 16  # 128 bits, 8 groups of 4 hex digits
_FINGERPRINT_RE = re.compile(r"(?:[0-9A-F]{4}-){7}[0-9A-F]{4}")

POLICY_BOX_KEY = "box_public_key"
POLICY_SIGN_KEY = "sign_public_key"  # the names policy.py and policy.example.toml use
POLICY_FINGERPRINT = "fingerprint"


def _decode_key(text: object, what: str) -> bytes:
    try:
        raw = b64decode_strict(text)
    except CodecError as exc:
        raise KeyFormatError(Reason.BAD_KEY, f"{what}: {exc}") from None
    if len(raw) != KEY_BYTES:
        raise KeyFormatError(Reason.BAD_KEY, f"{what}: expected {KEY_BYTES} bytes, got {len(raw)}")
    if raw == bytes(KEY_BYTES):
        raise KeyFormatError(Reason.BAD_KEY, f"{what}: all-zero key")
    return raw


# Any clamped scalar is a multiple of the cofactor 8, so it sends every point of small order (on
# the curve or its twist) to the identity, which libsodium refuses as an all-zero result.
_PROBE_SCALAR = bytes([8]) + bytes(30) + bytes([64])


def _require_full_order(raw: bytes, what: str) -> bytes:
    """Refuse an X25519 public key of small order: sealing to it gives a shared secret anyone knows."""
    try:
        crypto_scalarmult(_PROBE_SCALAR, raw)
    except RuntimeError:
        raise KeyFormatError(Reason.BAD_KEY, f"{what}: a point of small order, not a usable key") from None
    return raw


def normalize_fingerprint(text: str) -> str:
    """Uppercase, dash-grouped form of a fingerprint typed or read aloud with spaces or dashes."""
    digits = re.sub(r"[\s:-]", "", text).upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


@dataclass(frozen=True)
class CoordinatorPublicKeys:
    """What the org policy publishes and what counselors pin: raw 32-byte public keys."""

    box: bytes
    verify: bytes

    def __post_init__(self) -> None:
        for what, raw in (("box key", self.box), ("verify key", self.verify)):
            if not isinstance(raw, bytes) or len(raw) != KEY_BYTES:
                raise KeyFormatError(Reason.BAD_KEY, f"{what} must be {KEY_BYTES} bytes")

    @property
    def box_key(self) -> PublicKey:
        return PublicKey(self.box)

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(self.verify)

    def fingerprint(self) -> str:
        """'ABCD-EF01-...': 128 bits of BLAKE2b over both keys, short enough to read aloud."""
        digest = hashlib.blake2b(
            self.box + self.verify, digest_size=_FINGERPRINT_BYTES, person=_FINGERPRINT_PERSON
        ).hexdigest()
        return normalize_fingerprint(digest)

    def matches_fingerprint(self, expected: str) -> bool:
        """Compare with a fingerprint as a person typed it (case, spaces and dashes ignored)."""
        return hmac.compare_digest(normalize_fingerprint(expected), self.fingerprint())

    def to_policy(self) -> dict[str, str]:
        """The TOML table an administrator pastes into the org policy."""
        return {
            POLICY_BOX_KEY: b64encode(self.box),
            POLICY_SIGN_KEY: b64encode(self.verify),
            POLICY_FINGERPRINT: self.fingerprint(),
        }

    @classmethod
    def from_policy(cls, table: Mapping[str, object]) -> CoordinatorPublicKeys:
        """Parse the policy's [coordinator] table; a fingerprint, when given, must match the keys.

        Other keys in the table (name, eap_phone ...) are ignored.
        """
        keys = cls(
            box=_require_full_order(_decode_key(table.get(POLICY_BOX_KEY), POLICY_BOX_KEY), POLICY_BOX_KEY),
            verify=_decode_key(table.get(POLICY_SIGN_KEY), POLICY_SIGN_KEY),
        )
        expected = table.get(POLICY_FINGERPRINT)
        if expected not in (None, ""):  # policy.py's default is ""
            if not isinstance(expected, str) or not _FINGERPRINT_RE.fullmatch(normalize_fingerprint(expected)):
                raise KeyFormatError(Reason.BAD_KEY, "fingerprint is not 8 groups of 4 hex digits")
            if not keys.matches_fingerprint(expected):
                raise KeyFormatError(Reason.FINGERPRINT_MISMATCH, "keys do not match the policy's fingerprint")
        return keys


@dataclass(frozen=True)
class CoordinatorKeys:
    """The coordinator's private keys; only the vault should ever hold their bytes."""

    box: PrivateKey = field(repr=False)
    signing: SigningKey = field(repr=False)

    @classmethod
    def generate(cls) -> CoordinatorKeys:
        return cls(box=PrivateKey.generate(), signing=SigningKey.generate())

    def public(self) -> CoordinatorPublicKeys:
        return CoordinatorPublicKeys(box=bytes(self.box.public_key), verify=bytes(self.signing.verify_key))

    def to_bytes(self) -> bytes:
        """64 secret bytes (box key, then signing seed) for the vault, never for a file."""
        return bytes(self.box) + bytes(self.signing)

    @classmethod
    def from_bytes(cls, raw: bytes) -> CoordinatorKeys:
        if not isinstance(raw, bytes) or len(raw) != 2 * KEY_BYTES:
            raise KeyFormatError(Reason.BAD_KEY, f"coordinator secret must be {2 * KEY_BYTES} bytes")
        return cls(box=PrivateKey(raw[:KEY_BYTES]), signing=SigningKey(raw[KEY_BYTES:]))

    def __repr__(self) -> str:
        return f"CoordinatorKeys(fingerprint={self.public().fingerprint()!r})"


@dataclass(frozen=True)
class ReplyKeypair:
    """A counselor's one-time X25519 key: its public half rides inside one sealed request."""

    private: PrivateKey = field(repr=False)

    @classmethod
    def generate(cls) -> ReplyKeypair:
        return cls(private=PrivateKey.generate())

    @property
    def public(self) -> PublicKey:
        return self.private.public_key

    def public_b64(self) -> str:
        """The form that goes into the request payload."""
        return b64encode(bytes(self.private.public_key))

    def to_bytes(self) -> bytes:
        """32 secret bytes for the vault, kept until the request is closed, then deleted."""
        return bytes(self.private)

    @classmethod
    def from_bytes(cls, raw: bytes) -> ReplyKeypair:
        if not isinstance(raw, bytes) or len(raw) != KEY_BYTES:
            raise KeyFormatError(Reason.BAD_KEY, f"reply secret must be {KEY_BYTES} bytes")
        return cls(private=PrivateKey(raw))

    def __repr__(self) -> str:
        return "ReplyKeypair(<secret>)"


def reply_public_key_from_b64(text: object) -> PublicKey:
    """Parse the reply key found in a request, strictly (the coordinator seals replies to it)."""
    return PublicKey(_require_full_order(_decode_key(text, "reply key"), "reply key"))
