"""The council's signed surge notice: the file a council sends to its centres (not through any share).

The council has no share with counselors. ``wellcare council surge`` writes this file; the council
sends it to its centres (e-mail, the centre's own share); each centre's coordinator imports it with
``wellcare coordinator surge --from-council FILE`` (:mod:`.council_link`), which re-publishes it to the
centre's counselors as the coordinator's own signed notice.

The file is a :mod:`wellcare.exchange.signed_file` like a centre's council report, with its own
domain string, so a signature made for a report, an offer or a coordinator's notice never passes
for a council notice. The payload is a surge notice
payload (:class:`SurgeNotice`) that must name the council (``"council"``). The signer's keys travel
in the file only to be compared with the fingerprint the centre pinned.
"""

from __future__ import annotations

from dataclasses import dataclass

from nacl.signing import SigningKey

from wellcare.exchange import CoordinatorPublicKeys
from wellcare.exchange.signed_file import SignedFile, SignedFileKind, read_signed_file, sign_file
from wellcare.programs.surge.notice import SurgeNotice, SurgeNoticeError

COUNCIL_SURGE_FILE = SignedFileKind(
    file_format="wellcare.council_surge_file/1",
    domain=b"wellcare.council_surge/1\x00",
    max_bytes=64 * 1024,
    what="a council surge notice",
)
MAX_FILE_BYTES = COUNCIL_SURGE_FILE.max_bytes


class CouncilFileError(ValueError):
    """A file that is not a well-formed council surge notice (before any trust decision)."""


def sign_council_notice(notice: SurgeNotice, signing: SigningKey, public: CoordinatorPublicKeys) -> bytes:
    """The file's bytes (pretty JSON; only the payload's canonical form is signed)."""
    if not notice.council:
        raise SurgeNoticeError("council", "a council notice names the council")
    payload = notice.to_payload()
    SurgeNotice.from_payload(payload)  # as the centre will check it
    return sign_file(COUNCIL_SURGE_FILE, payload, signing, public)


@dataclass(frozen=True)
class SignedCouncilNotice(SignedFile):
    """A parsed council notice file: its claimed signer and payload, not yet verified."""

    def notice(self) -> SurgeNotice:
        """The payload checked strictly (SurgeNoticeError naming the key); it must name the council."""
        notice = SurgeNotice.from_payload(self.payload)
        if not notice.council:
            raise SurgeNoticeError("council", "is missing: this is not a council's notice")
        return notice


def read_council_file(data: bytes) -> SignedCouncilNotice:
    """Parse a council notice file's bytes; CouncilFileError says what is malformed."""
    parsed = read_signed_file(COUNCIL_SURGE_FILE, data, CouncilFileError)
    return SignedCouncilNotice(parsed.kind, parsed.payload, parsed.signer, parsed.signature)
