"""The council's signed surge notice: the file a council sends to its centres (not through any share).

The council has no share with counselors. ``wellcare council surge`` writes this file; the council
sends it to its centres (e-mail, the centre's own share); each centre's coordinator imports it with
``wellcare coordinator surge --from-council FILE`` (:mod:`.council_link`), which re-publishes it to the
centre's counselors as the coordinator's own signed notice.

The file is ``{"format", "payload", "signer": {box_public_key, sign_public_key}, "signature"}`` like
a centre's council report, with its own domain string: the Ed25519 signature covers
``DOMAIN + canonical(payload)`` (keys sorted, no spaces, UTF-8), so a signature made for a report, an
offer or a coordinator's notice never passes for a council notice. The payload is a surge notice
payload (:class:`SurgeNotice`) that must name the council (``"council"``). The signer's keys travel
in the file only to be compared with the fingerprint the centre pinned.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey

from wellcare.exchange import CoordinatorPublicKeys, KeyFormatError
from wellcare.programs.surge.notice import SurgeNotice, SurgeNoticeError

FORMAT = "wellcare.council_surge_file/1"
DOMAIN = b"wellcare.council_surge/1\x00"
MAX_FILE_BYTES = 64 * 1024


class CouncilFileError(ValueError):
    """A file that is not a well-formed council surge notice (before any trust decision)."""


def canonical(payload: Any) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def sign_council_notice(notice: SurgeNotice, signing: SigningKey, public: CoordinatorPublicKeys) -> bytes:
    """The file's bytes (pretty JSON; only the payload's canonical form is signed)."""
    if not notice.council:
        raise SurgeNoticeError("council", "a council notice names the council")
    payload = notice.to_payload()
    SurgeNotice.from_payload(payload)  # as the centre will check it
    doc = {
        "format": FORMAT,
        "payload": payload,
        "signer": {k: v for k, v in public.to_policy().items() if k != "fingerprint"},
        "signature": base64.b64encode(signing.sign(DOMAIN + canonical(payload)).signature).decode("ascii"),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SignedCouncilNotice:
    """A parsed file: its claimed signer and payload, not yet verified."""

    payload: dict[str, Any]
    signer: CoordinatorPublicKeys
    signature: bytes

    def verifies(self) -> bool:
        try:
            self.signer.verify_key.verify(DOMAIN + canonical(self.payload), self.signature)
        except (BadSignatureError, ValueError):
            return False
        return True

    def notice(self) -> SurgeNotice:
        """The payload checked strictly (SurgeNoticeError naming the key); it must name the council."""
        notice = SurgeNotice.from_payload(self.payload)
        if not notice.council:
            raise SurgeNoticeError("council", "is missing: this is not a council's notice")
        return notice


def read_council_file(data: bytes) -> SignedCouncilNotice:
    """Parse a council notice file's bytes; CouncilFileError says what is malformed."""
    if len(data) > MAX_FILE_BYTES:
        raise CouncilFileError(f"larger than {MAX_FILE_BYTES // 1024} KiB; is it a council surge notice?")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CouncilFileError("not JSON in UTF-8; is it a council surge notice?") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CouncilFileError(f"not a council surge notice (format is not {FORMAT!r})")
    payload, signer, signature = doc.get("payload"), doc.get("signer"), doc.get("signature")
    if not isinstance(payload, dict) or not isinstance(signer, dict) or not isinstance(signature, str):
        raise CouncilFileError("payload, signer or signature is missing")
    try:
        keys = CoordinatorPublicKeys.from_policy(signer)
        raw = base64.b64decode(signature, validate=True)
        canonical(payload)
    except (KeyFormatError, binascii.Error, ValueError):
        raise CouncilFileError("the signer's keys or the signature are not well-formed") from None
    return SignedCouncilNotice(payload, keys, raw)
