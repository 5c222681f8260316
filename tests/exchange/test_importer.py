"""Importing a real inbox: bad files are quarantined with reasons, good ones still get in."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest

from tests.exchange.helpers import NOW, Sink, request_payload
from wellcare.exchange import (
    MAX_BYTES,
    CoordinatorKeys,
    Disposal,
    Envelope,
    Folder,
    FolderTransport,
    Kind,
    Reason,
    ReplyKeypair,
    TransportError,
    fetch,
    import_folder,
    name_for,
    new_id,
    open_offer,
    open_reply,
    open_sealed,
    post,
    reply_public_key_from_b64,
    seal,
    seal_reply,
    sign_offer,
)


def _opener(keys: CoordinatorKeys) -> functools.partial[Envelope]:
    return functools.partial(open_sealed, box_key=keys.box)


def _send(keys: CoordinatorKeys, transport: FolderTransport, n: int, kind: Kind = Kind.EAP_REQUEST) -> list[str]:
    return [post(transport, seal(kind, request_payload(), keys.public().box_key, now=NOW)) for _ in range(n)]


def _plant(transport: FolderTransport, data: bytes) -> str:
    name = name_for(new_id())
    transport.put(Folder.INBOX, name, data)
    return name


def _valid_obj(keys: CoordinatorKeys) -> dict[str, object]:
    obj: dict[str, object] = json.loads(seal(Kind.ENROLLMENT, {"program": "p"}, keys.public().box_key, now=NOW))
    return obj


def test_bad_files_are_quarantined_and_good_ones_imported(
    coordinator: CoordinatorKeys,
    impostor: CoordinatorKeys,
    transport: FolderTransport,
    exchange_root: Path,
    tmp_path: Path,
    sink: Sink,
) -> None:
    good = _send(coordinator, transport, 3) + _send(coordinator, transport, 2, Kind.CONTRIBUTION)
    obj = _valid_obj(coordinator)
    valid = json.dumps(obj, separators=(",", ":")).encode()
    expected: dict[str, Reason] = {
        _plant(transport, b"\x00\x01 not json at all"): Reason.NOT_JSON,
        _plant(transport, valid[: len(valid) // 2]): Reason.NOT_JSON,  # truncated
        _plant(transport, b""): Reason.NOT_JSON,
        _plant(transport, json.dumps(obj | {"version": 2}).encode()): Reason.UNSUPPORTED_VERSION,
        _plant(transport, json.dumps(obj | {"kind": "payroll"}).encode()): Reason.UNKNOWN_KIND,
        _plant(transport, json.dumps(obj | {"schema": "other"}).encode()): Reason.WRONG_SCHEMA,
        _plant(transport, seal(Kind.EAP_REQUEST, {}, impostor.public().box_key)): Reason.DECRYPTION_FAILED,
        _plant(transport, sign_offer({}, coordinator.signing)): Reason.WRONG_KIND,
        _plant(transport, valid): Reason.NAME_MISMATCH,  # a valid envelope under someone else's name
    }
    inbox = exchange_root / "inbox"
    oversized = name_for(new_id())
    (inbox / oversized).write_bytes(b"{" + b" " * (MAX_BYTES[Kind.OFFER] + 10) + b"}")
    expected[oversized] = Reason.TOO_LARGE
    too_big_for_kind = name_for(new_id())
    (inbox / too_big_for_kind).write_bytes(
        json.dumps(obj | {"body": "A" * MAX_BYTES[Kind.ENROLLMENT]}, separators=(",", ":")).encode()
    )
    expected[too_big_for_kind] = Reason.TOO_LARGE
    if sys.platform != "win32":
        # a link to a perfectly valid envelope outside the share: following it would "work"
        outside = tmp_path / "outside.json"
        link_id = new_id()
        outside.write_bytes(seal(Kind.EAP_REQUEST, {}, coordinator.public().box_key, envelope_id=link_id))
        (inbox / name_for(link_id)).symlink_to(outside)
        expected[name_for(link_id)] = Reason.SYMLINK
        directory = name_for(new_id())
        (inbox / directory).mkdir()
        expected[directory] = Reason.NOT_REGULAR

    summary = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)

    assert summary.accepted == len(good)
    assert sorted(name_for(e.id) for e in sink.accepted) == sorted(good)
    assert summary.quarantined == len(expected)
    assert summary.duplicates == summary.left == 0
    assert {r.name: r.reason for r in summary.reasons} == {n: r.value for n, r in expected.items()}
    assert transport.list(Folder.INBOX) == []
    assert transport.quarantined(Folder.INBOX) == {n: r.value for n, r in expected.items()}
    if sys.platform != "win32":
        assert outside.exists()  # the link moved, never its target


def test_duplicates_by_id_are_counted_and_removed(
    coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink
) -> None:
    data = seal(Kind.EAP_REQUEST, request_payload(), coordinator.public().box_key)
    post(transport, data)
    first = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)
    post(transport, data)  # a counselor's app retried after a lost acknowledgement
    _send(coordinator, transport, 1)
    second = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)
    assert (first.accepted, first.duplicates) == (1, 0)
    assert (second.accepted, second.duplicates, second.quarantined) == (1, 1, 0)
    assert len(sink.accepted) == 2
    assert transport.list(Folder.INBOX) == []


def test_crash_between_accept_and_remove_is_harmless(
    coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    _send(coordinator, transport, 2)
    monkeypatch.setattr(transport, "remove", lambda folder, name: (_ for _ in ()).throw(OSError("share went away")))
    first = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)
    monkeypatch.undo()
    second = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)
    assert (first.accepted, second.accepted, second.duplicates) == (2, 0, 2)
    assert transport.list(Folder.INBOX) == []


def test_a_failing_vault_stops_the_run_and_leaves_the_file(
    coordinator: CoordinatorKeys, transport: FolderTransport
) -> None:
    names = _send(coordinator, transport, 2)

    def on_accept(envelope: Envelope) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        import_folder(transport, Folder.INBOX, _opener(coordinator), lambda _id: False, on_accept)
    assert transport.list(Folder.INBOX) == sorted(names)


def test_an_opener_bug_is_contained(coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink) -> None:
    names = _send(coordinator, transport, 3)
    poisoned = names[0]
    real = _opener(coordinator)

    def opener(data: bytes) -> Envelope:
        envelope = real(data)
        if name_for(envelope.id) == poisoned:
            raise KeyError("bug")
        return envelope

    summary = import_folder(transport, Folder.INBOX, opener, sink.is_seen, sink.on_accept)
    assert (summary.accepted, summary.quarantined) == (2, 1)
    assert summary.reasons[0].reason == Reason.INTERNAL_ERROR.value


def test_io_errors_leave_the_file_for_the_next_run(
    coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _send(coordinator, transport, 3)
    real_read = transport.read

    def flaky_read(folder: Folder, name: str, **kw: int) -> bytes:
        if name == names[1]:
            raise TransportError(Reason.IO_ERROR, "EIO")
        return real_read(folder, name, **kw)

    monkeypatch.setattr(transport, "read", flaky_read)
    summary = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept)
    assert (summary.accepted, summary.quarantined, summary.left) == (2, 0, 1)
    assert transport.list(Folder.INBOX) == [names[1]]


def test_leave_mode_never_moves_anything(coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink) -> None:
    offer = post(transport, sign_offer({"title": "forest"}, coordinator.signing))
    bogus = name_for(new_id())
    transport.put(Folder.OFFERS, bogus, b"nonsense")
    opener = functools.partial(open_offer, verify=coordinator.public().verify_key)
    first = import_folder(transport, Folder.OFFERS, opener, sink.is_seen, sink.on_accept, disposal=Disposal.LEAVE)
    again = import_folder(transport, Folder.OFFERS, opener, sink.is_seen, sink.on_accept, disposal=Disposal.LEAVE)
    assert (first.accepted, first.left, first.quarantined) == (1, 1, 0)
    assert (again.accepted, again.duplicates, again.left) == (0, 1, 1)
    assert transport.list(Folder.OFFERS) == sorted([offer, bogus])
    assert transport.quarantined(Folder.OFFERS) == {}


def test_max_files_bounds_a_run(coordinator: CoordinatorKeys, transport: FolderTransport, sink: Sink) -> None:
    _send(coordinator, transport, 5)
    summary = import_folder(transport, Folder.INBOX, _opener(coordinator), sink.is_seen, sink.on_accept, max_files=2)
    assert summary.accepted == 2
    assert len(transport.list(Folder.INBOX)) == 3


def test_round_trip_request_then_reply_by_known_id(coordinator: CoordinatorKeys, transport: FolderTransport) -> None:
    """The counselor sends a reply id inside the request and later reads exactly that file."""
    reply_key = ReplyKeypair.generate()
    reply_id = new_id()
    post(
        transport,
        seal(Kind.EAP_REQUEST, request_payload(reply_key) | {"reply_id": reply_id}, coordinator.box.public_key),
    )
    inbox: list[Envelope] = []
    import_folder(transport, Folder.INBOX, _opener(coordinator), lambda _id: False, inbox.append)
    request = inbox[0].payload

    opener = functools.partial(open_reply, reply_key=reply_key.private, verify=coordinator.public().verify_key)
    assert fetch(transport, Folder.REPLIES, reply_id, opener) is None
    to = reply_public_key_from_b64(request["reply_key"])
    post(
        transport, seal_reply({"appointment": "2024-05-03T15:00+09:00"}, to, coordinator.signing, envelope_id=reply_id)
    )
    reply = fetch(transport, Folder.REPLIES, reply_id, opener)
    assert reply is not None
    assert reply.payload == {"appointment": "2024-05-03T15:00+09:00"}
