"""Choosing the idle backend for this platform and session, and saying why the others fail."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason

log = logging.getLogger(__name__)

Factory = Callable[[], IdleBackend]


@dataclass(frozen=True)
class Attempt:
    name: str
    reason: Reason
    detail: str


@dataclass
class IdleStatus:
    """The backend in use (None: idle time is unknown here) and what every other candidate said."""

    backend: IdleBackend | None
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return self.backend is not None

    @property
    def name(self) -> str:
        return self.backend.name if self.backend is not None else ""

    def main_failure(self) -> Attempt | None:
        """The most telling reason (the first candidate's), when nothing works."""
        if self.backend is not None or not self.attempts:
            return None
        return self.attempts[0]

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()


def _x11() -> IdleBackend:
    from wellcare.idle.x11 import X11Idle

    return X11Idle()


def _mutter() -> IdleBackend:
    from wellcare.idle.dbus import MUTTER, DBusIdle

    return DBusIdle(MUTTER)


def _freedesktop() -> IdleBackend:
    from wellcare.idle.dbus import FREEDESKTOP, DBusIdle

    return DBusIdle(FREEDESKTOP)


def _windows() -> IdleBackend:
    from wellcare.idle.windows import WindowsIdle

    return WindowsIdle()


def _macos() -> IdleBackend:
    from wellcare.idle.macos import MacIdle

    return MacIdle()


def candidates(platform: str | None = None) -> list[tuple[str, Factory]]:
    """Backends worth trying here, best first."""
    platform = platform or sys.platform
    if platform == "win32":
        return [("windows-lastinput", _windows)]
    if platform == "darwin":
        return [("macos-hididletime", _macos)]
    from wellcare.idle.x11 import wayland_session

    x11 = ("x11-screensaver", _x11)
    dbus = [("gnome-mutter-idlemonitor", _mutter), ("freedesktop-screensaver", _freedesktop)]
    return [*dbus, x11] if wayland_session() else [x11, *dbus]


def detect(factories: Sequence[tuple[str, Factory]] | None = None) -> IdleStatus:
    """Try the candidates in order; the first that gives a reading is used."""
    attempts: list[Attempt] = []
    for name, factory in factories if factories is not None else candidates():
        try:
            backend = factory()
        except IdleUnavailable as exc:
            attempts.append(Attempt(name, exc.reason, exc.detail))
            continue
        except Exception as exc:  # a backend must never stop the app from starting
            log.warning("idle backend %s failed unexpectedly", name, exc_info=True)
            attempts.append(Attempt(name, Reason.CALL_FAILED, f"{type(exc).__name__}: {exc}"))
            continue
        log.info("idle time from %s", name)
        return IdleStatus(backend, attempts)
    log.info("no idle backend: %s", "; ".join(f"{a.name}: {a.reason}" for a in attempts))
    return IdleStatus(None, attempts)
