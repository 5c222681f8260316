"""The overlay on two screens, and the heads-up never taking keystrokes: in child processes, because
each needs its own Qt platform (offscreen with two virtual screens; xcb on the real Xvfb server)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

TWO_SCREENS = textwrap.dedent(
    """
    import json, sys
    from datetime import timedelta
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from tests.breaks.rig import at
    from wellcare.breaks.events import BreakKind
    from wellcare.schedule.clock import ManualClock
    from wellcare.ui.breaks.overlay import BreakOverlay, OverlaySpec

    app = QApplication([])
    clock = ManualClock(at(10, 0))
    spec = OverlaySpec(BreakKind.RECOVERY, timedelta(minutes=15), clock.now(), protected=True, can_end_early=True)
    overlay = BreakOverlay(spec, clock)
    overlay.show()
    for _ in range(10):
        app.processEvents()
    clock.advance(timedelta(seconds=65))
    overlay.refresh()
    out = {
        "screens": [[s.name(), s.geometry().getRect()] for s in QGuiApplication.screens()],
        "primary": QGuiApplication.primaryScreen().name(),
        "windows": [
            {
                "screen": w.screen().name(),
                "geometry": w.geometry().getRect(),
                "visible": w.isVisible(),
                "on_top": bool(w.windowFlags() & w.windowFlags().WindowStaysOnTopHint),
                "frameless": bool(w.windowFlags() & w.windowFlags().FramelessWindowHint),
                "full": w is overlay.windows[0],
            }
            for w in overlay.windows
        ],
        "countdowns": [label.text() for label in overlay.countdowns],
        "active": QApplication.activeWindow() is overlay.windows[0],
    }
    overlay.close()
    out["closed"] = [w.isVisible() for w in QApplication.topLevelWidgets() if w.objectName() == "break-overlay"]
    out["timer_active"] = overlay.timer.isActive()
    print(json.dumps(out))
    """
)

NOTICE_KEEPS_FOCUS = textwrap.dedent(
    """
    import json, subprocess, sys
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from datetime import UTC, datetime, timedelta
    from wellcare.schedule.clock import ManualClock
    from wellcare.ui.breaks.notice import BreakNotice

    app = QApplication([])
    def settle(n=30):
        for _ in range(n):
            app.processEvents()
    def wait_for(condition, ms=5000):
        for _ in range(ms // 10):
            if condition():
                return
            QTest.qWait(10)
    edit = QLineEdit()
    edit.resize(400, 40)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    QTest.qWaitForWindowActive(edit, 5000)  # the X server maps and focuses in its own time
    subprocess.run(["xdotool", "type", "--delay", "5", "abc"], check=True)
    wait_for(lambda: edit.text() == "abc")
    clock = ManualClock(datetime(2026, 12, 7, 9, 29, 30, tzinfo=UTC))
    notice = BreakNotice("Micro-break", clock, clock.now() + timedelta(seconds=30), "Postpone 5 min")
    notice.show_in_corner()
    settle()
    subprocess.run(["xdotool", "type", "--delay", "5", "def"], check=True)
    wait_for(lambda: len(edit.text()) >= 6)
    settle()
    out = {
        "text": edit.text(),
        "focus_kept": QApplication.focusWidget() is edit,
        "active": QApplication.activeWindow() is edit,
        "notice_visible": notice.isVisible(),
    }
    notice.close()
    edit.close()
    print(json.dumps(out))
    """
)


def run_child(code: str, env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    full_env = dict(os.environ)
    full_env.update(env)
    full_env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "src"), full_env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", code], env=full_env, capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_overlay_covers_two_virtual_screens(tmp_path: Path) -> None:
    config = {
        "screens": [
            {"name": "left", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1},
            {"name": "right", "x": 1280, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1},
        ]
    }
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config))
    result = run_child(TWO_SCREENS, {"QT_QPA_PLATFORM": f"offscreen:configfile={path}"})
    assert result["screens"] == [["left", [0, 0, 1280, 800]], ["right", [1280, 0, 1024, 768]]]
    windows = result["windows"]
    assert len(windows) == 2
    by_screen = {w["screen"]: w for w in windows}
    assert by_screen["left"]["geometry"] == [0, 0, 1280, 800] and by_screen["left"]["full"]
    assert by_screen["right"]["geometry"] == [1280, 0, 1024, 768] and not by_screen["right"]["full"]
    assert result["primary"] == "left"
    assert all(w["visible"] and w["on_top"] and w["frameless"] for w in windows)
    assert result["countdowns"] == ["13:55", "13:55"]  # every screen counts down together
    assert result["active"]  # the break's own window has the keyboard once it is shown
    assert result["closed"] == [] or not any(result["closed"])
    assert result["timer_active"] is False


@pytest.mark.xvfb
def test_the_heads_up_never_takes_keystrokes_on_a_real_x_server() -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X server (DISPLAY unset); scripts/test.sh runs the suite under Xvfb")
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool")
    result = run_child(NOTICE_KEEPS_FOCUS, {"QT_QPA_PLATFORM": "xcb"})
    assert result["notice_visible"]
    assert result["focus_kept"] and result["active"]
    assert result["text"] == "abcdef"  # typing went on into the counselor's own window
