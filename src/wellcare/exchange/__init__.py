"""The exchange between machines: keys, sealed/signed envelopes, transports, import.

Pure Python (PyNaCl, no Qt, no database). Callers keep private keys and seen ids in the vault;
this package only turns payloads into bytes and bytes back into verified payloads.
"""

from wellcare.exchange.envelope import (
    MAX_BYTES,
    MAX_ENVELOPE_BYTES,
    PUBLIC_KINDS,
    SEALED_KINDS,
    Envelope,
    Header,
    Kind,
    coarse_created,
    new_id,
    open_offer,
    open_public,
    open_reply,
    open_sealed,
    read_header,
    seal,
    seal_reply,
    sign_offer,
    sign_public,
)
from wellcare.exchange.errors import EnvelopeError, ExchangeError, KeyFormatError, Reason, TransportError
from wellcare.exchange.importer import Disposal, ImportSummary, Opener, Rejection, fetch, import_folder
from wellcare.exchange.keys import (
    CoordinatorKeys,
    CoordinatorPublicKeys,
    ReplyKeypair,
    normalize_fingerprint,
    reply_public_key_from_b64,
)
from wellcare.exchange.post import FOLDER_FOR_KIND, post
from wellcare.exchange.transport import (
    FileStat,
    Folder,
    FolderTransport,
    Transport,
    check_name,
    id_from_name,
    name_for,
)

__all__ = [
    "FOLDER_FOR_KIND",
    "MAX_BYTES",
    "MAX_ENVELOPE_BYTES",
    "PUBLIC_KINDS",
    "SEALED_KINDS",
    "CoordinatorKeys",
    "CoordinatorPublicKeys",
    "Disposal",
    "Envelope",
    "EnvelopeError",
    "ExchangeError",
    "FileStat",
    "Folder",
    "FolderTransport",
    "Header",
    "ImportSummary",
    "KeyFormatError",
    "Kind",
    "Opener",
    "Reason",
    "Rejection",
    "ReplyKeypair",
    "Transport",
    "TransportError",
    "check_name",
    "coarse_created",
    "fetch",
    "id_from_name",
    "import_folder",
    "name_for",
    "new_id",
    "normalize_fingerprint",
    "open_offer",
    "open_public",
    "open_reply",
    "open_sealed",
    "post",
    "read_header",
    "reply_public_key_from_b64",
    "seal",
    "seal_reply",
    "sign_offer",
    "sign_public",
]
