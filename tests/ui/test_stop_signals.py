"""The real GUI, stopped with SIGTERM or SIGINT, closes its vault and socket and can start again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wellcare.vault import VaultManager

READY_TIMEOUT_S = 90
STOP_TIMEOUT_S = 10


def start_gui(profile: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    log = profile / "logs" / "wellcare.log"
    ready_before = log.read_text(encoding="utf-8").count("ready in") if log.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "wellcare", "--profile", str(profile), "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:  # waiting on another process, not on a clock under test
        if log.exists() and log.read_text(encoding="utf-8").count("ready in") > ready_before:
            return proc
        if proc.poll() is not None:
            pytest.fail(f"the app exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.1)
    proc.kill()
    pytest.fail("the app did not get ready")


def socket_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("wellcare-"))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_shuts_the_app_down_cleanly(tmp_path: Path, signum: int) -> None:
    profile = tmp_path / "profile"
    VaultManager(profile).create("keyring").vault.close()
    sockets = tmp_path / "tmp"
    sockets.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(sockets)}

    proc = start_gui(profile, env)
    assert socket_files(sockets)  # the single-instance socket is listening
    proc.send_signal(signum)
    code = proc.wait(timeout=STOP_TIMEOUT_S)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert code == 128 + signum, err
    assert "KeyboardInterrupt" not in err
    assert socket_files(sockets) == []
    assert not (profile / "vault.db-wal").exists() or (profile / "vault.db-wal").stat().st_size == 0
    log = (profile / "logs" / "wellcare.log").read_text(encoding="utf-8")
    assert "stopped" in log and "uncaught" not in log

    again = start_gui(profile, env)  # a second start works: no stale socket, vault not locked
    again.send_signal(signal.SIGTERM)
    assert again.wait(timeout=STOP_TIMEOUT_S) == 128 + signal.SIGTERM
    assert socket_files(sockets) == []
