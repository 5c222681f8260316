"""X11 idle time against a real X server (Xvfb under scripts/test.sh); the pointer moves with xdotool."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from wellcare.idle import detect
from wellcare.idle.base import IdleUnavailable, Reason
from wellcare.idle.x11 import X11Idle

needs_x = pytest.mark.skipif(
    not os.environ.get("DISPLAY"), reason="needs an X server (DISPLAY unset); scripts/test.sh runs pytest under Xvfb"
)


@pytest.fixture
def x11(monkeypatch: pytest.MonkeyPatch) -> Iterator[X11Idle]:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    if shutil.which("xdotool") is None:
        pytest.skip("needs xdotool")
    try:
        backend = X11Idle()
    except IdleUnavailable as exc:
        pytest.fail(f"X11 idle backend unavailable on a real X server: {exc}")
    yield backend
    backend.close()


def move_pointer(x: int, y: int) -> None:
    subprocess.run(["xdotool", "mousemove", str(x), str(y)], check=True, timeout=10)


@pytest.mark.xvfb
@needs_x
def test_idle_time_grows_and_a_pointer_move_resets_it(qtbot, x11: X11Idle) -> None:  # type: ignore[no-untyped-def]
    move_pointer(10, 10)
    first = x11.idle_seconds()
    assert 0 <= first < 1.0
    qtbot.waitUntil(lambda: x11.idle_seconds() >= 0.4, timeout=5000)  # time passes with no input
    before = x11.idle_seconds()
    move_pointer(200, 150)
    after = x11.idle_seconds()
    assert after < before and after < 0.3


@pytest.mark.xvfb
@needs_x
def test_detect_picks_x11_on_an_x_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    status = detect()
    try:
        assert status.available and status.name == "x11-screensaver"
        assert status.attempts == []
    finally:
        status.close()


def test_no_display_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    status = detect()
    assert not status.available
    failure = status.main_failure()
    assert failure is not None and (failure.name, failure.reason) == ("x11-screensaver", Reason.NO_DISPLAY)
    assert {a.reason for a in status.attempts[1:]} == {Reason.NO_SESSION_BUS}


def test_a_display_that_does_not_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    with pytest.raises(IdleUnavailable) as err:
        X11Idle(display=":4242")
    assert err.value.reason is Reason.NO_DISPLAY


def test_x11_is_not_trusted_in_a_wayland_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with pytest.raises(IdleUnavailable) as err:
        X11Idle(display=":0")
    assert err.value.reason is Reason.WAYLAND


def test_a_missing_libxss_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr("wellcare.idle.x11.LIBXSS", "libXss-not-installed.so.1")
    with pytest.raises(IdleUnavailable) as err:
        X11Idle(display=":0")
    assert err.value.reason is Reason.LIBRARY_MISSING and "libXss" in err.value.detail
