"""`wellcare call` and `wellcare checkin` reach the running app without Qt (wellcare.instance).

The running app's QLocalServer is a Unix socket at TMPDIR/<server name>; here a plain socket
listens there instead, so these tests run in the headless job too, where PySide6 is absent.
(tests/ui/test_app_shell.py sends to the real QLocalServer.)
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from wellcare.instance import send_to_running, socket_path


def run_cli(profile_dir: Path, *args: str, tmpdir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TMPDIR=str(tmpdir))
    return subprocess.run(
        [sys.executable, "-m", "wellcare", "--profile", str(profile_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def listening(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    server.settimeout(5)
    return server


def received(server: socket.socket) -> list[dict[str, object]]:
    connection, _ = server.accept()
    with connection:
        data = b""
        while chunk := connection.recv(4096):
            data += chunk
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_call_start_reaches_the_running_app_as_one_json_line(profile_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with listening(socket_path(profile_dir)) as server:
        done = run_cli(profile_dir, "call", "start", tmpdir=tmp_path)
        assert done.returncode == 0, done.stderr
        assert received(server) == [{"cmd": "call", "state": "start"}]


def test_checkin_reaches_the_running_app(profile_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with listening(socket_path(profile_dir)) as server:
        done = run_cli(profile_dir, "checkin", tmpdir=tmp_path)
        assert done.returncode == 0, done.stderr
        assert received(server) == [{"cmd": "checkin"}]


def test_without_a_running_app_the_command_says_so(profile_dir: Path, tmp_path: Path) -> None:
    done = run_cli(profile_dir, "call", "end", tmpdir=tmp_path)
    assert done.returncode == 1
    assert "is WellCare running?" in done.stderr


def test_a_stale_socket_from_a_crash_is_not_a_running_app(profile_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    listening(socket_path(profile_dir)).close()  # the file stays, nobody listens
    assert socket_path(profile_dir).exists()
    assert not send_to_running(profile_dir, {"cmd": "raise"})
