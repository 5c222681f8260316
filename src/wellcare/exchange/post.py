"""Send an envelope: pick its folder from its kind and its file name from its id."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from wellcare.exchange.envelope import PUBLIC_KINDS, SEALED_KINDS, Kind, read_header
from wellcare.exchange.transport import Folder, Transport, name_for

FOLDER_FOR_KIND: Mapping[Kind, Folder] = MappingProxyType(
    {kind: Folder.INBOX for kind in SEALED_KINDS}
    | {Kind.EAP_REPLY: Folder.REPLIES}
    | {kind: Folder.OFFERS for kind in PUBLIC_KINDS}
)


def post(transport: Transport, data: bytes) -> str:
    """Write a built envelope where its kind belongs; returns the file name used."""
    header = read_header(data)
    name = name_for(header.id)
    transport.put(FOLDER_FOR_KIND[header.kind], name, data)
    return name
