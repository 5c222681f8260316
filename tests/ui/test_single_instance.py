"""The single-instance channel on POSIX without QtNetwork (wellcare.ui.single_instance; issue #16).

A plain Unix socket at wellcare.instance.socket_path, read on the Qt event loop, where the app's
QLocalServer was: owner-only from the first moment, a crash's stale socket replaced, one JSON
message per line. (tests/ui/test_app_shell.py: a second launch hands over, shutdown right after
a message; tests/core/test_instance.py: the sending side.)
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.instance import socket_path
from wellcare.ui.single_instance import MAX_PENDING_BYTES, SingleInstance, send_to_running

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the POSIX channel (Windows keeps QLocalServer)")


@pytest.fixture
def short_tmpdir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR, where the socket lives, short enough for a Unix socket's path (108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="wc-si-", dir="/tmp"))
    monkeypatch.setenv("TMPDIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def send_raw(profile_dir: Path, data: bytes) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(2)
        client.connect(str(socket_path(profile_dir)))
        client.sendall(data)


def test_the_socket_is_owner_only_and_nothing_else_is_left(qtbot, profile_dir: Path, short_tmpdir: Path) -> None:  # type: ignore[no-untyped-def]
    single = SingleInstance(profile_dir, lambda message: None)
    assert single.listen()
    mode = socket_path(profile_dir).stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
    assert [p.name for p in short_tmpdir.iterdir()] == [socket_path(profile_dir).name]  # no staging folder left
    single.close()
    assert not socket_path(profile_dir).exists()


def test_a_stale_socket_from_a_crash_is_replaced(qtbot, profile_dir: Path, short_tmpdir: Path) -> None:  # type: ignore[no-untyped-def]
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_path(profile_dir)))
    stale.close()  # the file stays, nobody listens
    received: list[dict[str, object]] = []
    single = SingleInstance(profile_dir, received.append)
    assert single.listen()
    assert send_to_running(profile_dir, {"cmd": "raise"})
    qtbot.waitUntil(lambda: received == [{"cmd": "raise"}], timeout=3000)
    single.close()


def test_each_json_line_is_one_message_and_the_rest_is_ignored(qtbot, profile_dir: Path, short_tmpdir: Path) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, object]] = []
    single = SingleInstance(profile_dir, received.append)
    assert single.listen()
    send_raw(profile_dir, b'{"cmd": "call", "state": "start"}\nnot json\n[1, 2]\n\n{"cmd": "checkin"}\n{"cmd": "cut')
    qtbot.waitUntil(lambda: len(received) == 2, timeout=3000)
    qtbot.wait(50)
    assert received == [{"cmd": "call", "state": "start"}, {"cmd": "checkin"}]  # the cut line was not a message
    single.close()


def test_a_flood_is_dropped_and_the_channel_goes_on(qtbot, profile_dir: Path, short_tmpdir: Path) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, object]] = []
    single = SingleInstance(profile_dir, received.append)
    assert single.listen()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as flood:
        flood.connect(str(socket_path(profile_dir)))
        flood.setblocking(False)
        sent = 0
        while sent <= 2 * MAX_PENDING_BYTES:
            try:
                sent += flood.send(b"x" * 4096)
            except BlockingIOError:
                qtbot.wait(10)  # the app reads, then drops the connection
            except OSError:
                break
        assert send_to_running(profile_dir, {"cmd": "raise"})
        qtbot.waitUntil(lambda: received == [{"cmd": "raise"}], timeout=3000)
    single.close()


def test_closing_leaves_a_later_instances_socket_alone(qtbot, profile_dir: Path, short_tmpdir: Path) -> None:  # type: ignore[no-untyped-def]
    first_got: list[dict[str, object]] = []
    later_got: list[dict[str, object]] = []
    first = SingleInstance(profile_dir, first_got.append)
    assert first.listen()
    later = SingleInstance(profile_dir, later_got.append)  # e.g. started while the first hung
    assert later.listen()
    first.close()
    assert socket_path(profile_dir).exists()
    assert send_to_running(profile_dir, {"cmd": "raise"})
    qtbot.waitUntil(lambda: later_got == [{"cmd": "raise"}], timeout=3000)
    assert first_got == []
    later.close()
    assert not socket_path(profile_dir).exists()
