"""FolderTransport on real folders: atomic writes, strict names, links, sizes, quarantine."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from wellcare.exchange import Folder, FolderTransport, Reason, TransportError, check_name, name_for, new_id

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks/FIFOs need POSIX here")

BAD_NAMES = [
    "",
    ".",
    "..",
    "../" + "a" * 32 + ".json",
    "..\\" + "a" * 32 + ".json",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "a" * 32 + ".json/..",
    "sub/" + "a" * 32 + ".json",
    "A" * 32 + ".json",  # uppercase: two spellings of one name on Windows
    "a" * 32 + ".JSON",
    "a" * 31 + ".json",
    "a" * 32 + ".json\n",
    "a" * 32 + ".json\x00",
    "." + "a" * 32 + ".json",
    "a" * 32 + ".json.tmp",
    "kim-minji-request.json",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_names_with_path_tricks_are_refused_everywhere(transport: FolderTransport, name: str) -> None:
    with pytest.raises(TransportError) as err:
        check_name(name)
    assert err.value.reason is Reason.BAD_NAME
    for call in (
        lambda: transport.put(Folder.INBOX, name, b"{}"),
        lambda: transport.read(Folder.INBOX, name),
        lambda: transport.remove(Folder.INBOX, name),
        lambda: transport.quarantine(Folder.INBOX, name, "x"),
    ):
        with pytest.raises(TransportError) as err:
            call()
        assert err.value.reason is Reason.BAD_NAME


def test_put_is_atomic_and_leaves_no_temp_file(transport: FolderTransport, exchange_root: Path) -> None:
    name = name_for(new_id())
    transport.put(Folder.INBOX, name, b'{"x":1}')
    assert sorted(p.name for p in (exchange_root / "inbox").iterdir()) == [name]
    assert transport.read(Folder.INBOX, name) == b'{"x":1}'
    assert transport.list(Folder.INBOX) == [name]


def test_list_ignores_temp_files_and_strays(transport: FolderTransport, exchange_root: Path) -> None:
    inbox = exchange_root / "inbox"
    good = name_for(new_id())
    transport.put(Folder.INBOX, good, b"{}")
    (inbox / f".{new_id()}.tmp").write_bytes(b"half a fi")  # a writer still busy
    (inbox / "notes.txt").write_text("hello")
    (inbox / "Thumbs.db").write_bytes(b"\0")
    assert transport.list(Folder.INBOX) == [good]


def test_constructor_never_creates_a_missing_share(tmp_path: Path) -> None:
    with pytest.raises(TransportError) as err:
        FolderTransport(tmp_path / "not-mounted")
    assert err.value.reason is Reason.MISSING_FOLDER
    assert not (tmp_path / "not-mounted").exists()
    (tmp_path / "empty-mountpoint").mkdir()
    bare = FolderTransport(tmp_path / "empty-mountpoint")
    with pytest.raises(TransportError) as err:
        bare.put(Folder.INBOX, name_for(new_id()), b"{}")
    assert err.value.reason is Reason.MISSING_FOLDER


def test_read_refuses_oversized_files_before_reading(transport: FolderTransport, exchange_root: Path) -> None:
    name = name_for(new_id())
    with open(exchange_root / "inbox" / name, "wb") as fh:
        fh.truncate(64 * 1024**2)  # sparse: only the size is ever looked at
    with pytest.raises(TransportError) as err:
        transport.read(Folder.INBOX, name)
    assert err.value.reason is Reason.TOO_LARGE
    with pytest.raises(TransportError):
        transport.read(Folder.INBOX, name, max_bytes=10)


@posix_only
def test_read_refuses_symlinks_dirs_and_fifos(transport: FolderTransport, exchange_root: Path, tmp_path: Path) -> None:
    inbox = exchange_root / "inbox"
    outside = tmp_path / "secret.txt"
    outside.write_text("outside the root")
    link, folder, fifo = (name_for(new_id()) for _ in range(3))
    (inbox / link).symlink_to(outside)
    (inbox / folder).mkdir()
    os.mkfifo(inbox / fifo)
    expected = {link: Reason.SYMLINK, folder: Reason.NOT_REGULAR, fifo: Reason.NOT_REGULAR}
    for name, reason in expected.items():
        with pytest.raises(TransportError) as err:
            transport.read(Folder.INBOX, name)
        assert err.value.reason is reason


@posix_only
def test_a_linked_subfolder_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "exchange"
    root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "inbox").symlink_to(elsewhere, target_is_directory=True)
    t = FolderTransport(root)
    for call in (lambda: t.list(Folder.INBOX), lambda: t.put(Folder.INBOX, name_for(new_id()), b"{}")):
        with pytest.raises(TransportError) as err:
            call()
        assert err.value.reason is Reason.SYMLINK
    assert list(elsewhere.iterdir()) == []


def test_read_of_a_vanished_file_says_gone(transport: FolderTransport) -> None:
    with pytest.raises(TransportError) as err:
        transport.read(Folder.INBOX, name_for(new_id()))
    assert err.value.reason is Reason.GONE
    transport.remove(Folder.INBOX, name_for(new_id()))  # removing what is gone is fine


def test_quarantine_moves_file_and_writes_reason(transport: FolderTransport, exchange_root: Path) -> None:
    name = name_for(new_id())
    transport.put(Folder.INBOX, name, b"garbage")
    transport.quarantine(Folder.INBOX, name, Reason.NOT_JSON.value, "Expecting value: line 1 column 1 (char 0)")
    qdir = exchange_root / "quarantine" / "inbox"
    assert transport.list(Folder.INBOX) == []
    assert (qdir / name).read_bytes() == b"garbage"
    sidecar = json.loads((qdir / (name + ".reason.json")).read_text())
    assert sidecar["reason"] == "not_json"
    assert sidecar["folder"] == "inbox"
    assert sidecar["quarantined"].endswith(":00Z")
    assert transport.quarantined(Folder.INBOX) == {name: "not_json"}


@pytest.mark.parametrize("first", ["folder", "full folder", "file"])
def test_a_name_quarantined_twice_as_different_types_leaves_the_inbox(
    transport: FolderTransport, exchange_root: Path, first: str
) -> None:
    """A folder, then a file, under one name: the second must not stay in the inbox to be read on every run."""
    name = name_for(new_id())
    inbox = exchange_root / "inbox"
    if first == "file":
        (inbox / name).write_bytes(b"x")
    else:
        (inbox / name).mkdir()
        if first == "full folder":
            (inbox / name / "inside").write_bytes(b"x")
    transport.quarantine(Folder.INBOX, name, Reason.NOT_REGULAR.value)
    if first == "file":
        (inbox / name).mkdir()
    else:
        (inbox / name).write_bytes(b"garbage")
    transport.quarantine(Folder.INBOX, name, Reason.NOT_JSON.value)
    assert transport.list(Folder.INBOX) == [] and not (inbox / name).exists()
    kept = sorted(p.name for p in (exchange_root / "quarantine" / "inbox").iterdir())
    assert name in kept and any(k.startswith(name + ".") and not k.endswith(".reason.json") for k in kept)


@posix_only
def test_quarantining_a_symlink_moves_the_link_not_its_target(
    transport: FolderTransport, exchange_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    name = name_for(new_id())
    (exchange_root / "inbox" / name).symlink_to(target)
    transport.quarantine(Folder.INBOX, name, Reason.SYMLINK.value)
    assert (exchange_root / "quarantine" / "inbox" / name).is_symlink()
    assert target.read_text() == "do not touch"
