"""The real app at log-in on a real X server with a real system tray (trayer): "Later" leaves it in the tray.

Issue #19 item 1: closing the unlock prompt of a passphrase vault started with ``--minimized``
used to quit WellCare for the day. Here the app runs as its own process, the unlock dialog is
dismissed with Escape (xdotool), and the app must still be running, in the tray, locked; a later
``wellcare`` launch (the single-instance channel) brings the unlock dialog back and unlocks it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wellcare.ui.single_instance import send_to_running
from wellcare.vault import VaultManager

PASSPHRASE = "a long enough passphrase"
DIALOG_TITLE = "Unlock WellCare"

pytestmark = pytest.mark.xvfb


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll a condition on another process (the app, the X server) until it holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def dialog_window() -> str:
    found = subprocess.run(["xdotool", "search", "--name", DIALOG_TITLE], capture_output=True, text=True)
    return found.stdout.split()[0] if found.stdout.split() else ""


def tray_windows() -> int:
    """Windows in trayer's panel: one more once an icon is embedded."""
    panel = subprocess.run(["xdotool", "search", "--name", "^panel$"], capture_output=True, text=True).stdout.split()
    if not panel:
        return 0
    tree = subprocess.run(["xwininfo", "-tree", "-id", panel[0]], capture_output=True, text=True).stdout
    return sum(1 for line in tree.splitlines() if line.strip().startswith("0x"))


@pytest.fixture
def tray_host() -> Iterator[None]:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X server (DISPLAY unset); scripts/test.sh runs the suite under Xvfb")
    if shutil.which("xdotool") is None or shutil.which("trayer") is None:
        pytest.skip("needs xdotool and trayer (a system tray host; scripts/setup.sh installs them)")
    host = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width", "200",
         "--heighttype", "pixel", "--height", "32"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)  # trayer claims the tray selection right after it maps its window
    yield
    host.terminate()
    host.wait(timeout=10)


def test_later_at_login_leaves_wellcare_in_a_real_tray_then_it_unlocks(  # type: ignore[no-untyped-def]
    qapp, tray_host: None, profile_dir: Path
) -> None:
    VaultManager(profile_dir).create("passphrase", passphrase=PASSPHRASE).vault.close()
    log = profile_dir / "logs" / "wellcare.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    before = tray_windows()
    app = subprocess.Popen(
        [sys.executable, "-m", "wellcare", "--profile", str(profile_dir), "--minimized", "--lang", "en"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        wait_for(dialog_window, 30, "the unlock dialog")
        assert tray_windows() > before  # the icon is in the tray already, while the vault is not open (#16)
        window = dialog_window()
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "Escape"], check=False)
        wait_for(lambda: log.exists() and "locked: tray=True" in log.read_text(), 30, "the locked state in the tray")
        text = log.read_text()
        assert "unlock put off: starting locked" in text and "(system tray: True)" in text
        assert app.poll() is None  # still running: not gone for the day
        assert send_to_running(profile_dir, {"cmd": "raise"})  # `wellcare` again, or a click on the tray icon
        wait_for(dialog_window, 30, "the unlock dialog again")
        window = dialog_window()
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
        subprocess.run(["xdotool", "type", "--delay", "5", PASSPHRASE], check=False)
        subprocess.run(["xdotool", "key", "Return"], check=False)
        wait_for(lambda: "INFO wellcare.app: unlocked" in log.read_text(), 30, "the unlock")
        assert app.poll() is None
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
    assert app.returncode == 128 + signal.SIGTERM  # stopped through the normal shutdown (see StopSignals)
    text = log.read_text()
    assert "INFO wellcare.app: stopped" in text and PASSPHRASE not in text
