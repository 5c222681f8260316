"""The demo's in-memory inbox (issue #16): the real import path takes sealed envelopes from memory,
refused ones still end up quarantined on the real share, nothing simulated touches the share's inbox."""

from __future__ import annotations

import functools
from pathlib import Path

from tests.exchange.helpers import NOW, Sink, request_payload
from wellcare.exchange import (
    CoordinatorKeys,
    Folder,
    FolderTransport,
    Kind,
    Reason,
    import_folder,
    name_for,
    open_sealed,
    seal,
)
from wellcare.exchange.memory import MemoryInbox
from wellcare.exchange.post import post


def test_the_import_takes_envelopes_from_memory_and_quarantines_refused_ones_on_the_share(
    coordinator: CoordinatorKeys, impostor: CoordinatorKeys, transport: FolderTransport, exchange_root: Path,
    sink: Sink,
) -> None:
    memory = MemoryInbox(transport)
    good = [post(memory, seal(Kind.EAP_REQUEST, request_payload(), coordinator.public().box_key, now=NOW))
            for _ in range(3)]
    foreign = post(memory, seal(Kind.EAP_REQUEST, request_payload(), impostor.public().box_key, now=NOW))
    assert len(memory) == 4 and transport.list(Folder.INBOX) == []  # nothing written to the share's inbox

    summary = import_folder(memory, Folder.INBOX, functools.partial(open_sealed, box_key=coordinator.box),
                            sink.is_seen, sink.on_accept, batch_size=2)

    assert summary.accepted == 3 and summary.quarantined == 1
    assert sorted(name_for(e.id) for e in sink.accepted) == sorted(good)
    assert [r.reason for r in summary.reasons] == [Reason.DECRYPTION_FAILED.value]
    assert len(memory) == 0 and transport.list(Folder.INBOX) == []
    quarantined = {p.name for p in (exchange_root / "quarantine").rglob("*")}
    assert foreign in quarantined


def test_other_folders_are_the_real_transports(transport: FolderTransport, coordinator: CoordinatorKeys) -> None:
    memory = MemoryInbox(transport)
    data = seal(Kind.EAP_REQUEST, request_payload(), coordinator.public().box_key, now=NOW)
    name = name_for("0" * 32)
    memory.put(Folder.REPLIES, name, data)
    assert transport.list(Folder.REPLIES) == [name] and memory.read(Folder.REPLIES, name) == data
    memory.remove(Folder.REPLIES, name)
    assert transport.list(Folder.REPLIES) == [] and memory.list(Folder.INBOX) == []
