"""The idle-time backend interface and the one error every backend raises."""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import StrEnum


class Reason(StrEnum):
    """Why a backend cannot work here; the UI turns these codes into sentences."""

    WRONG_PLATFORM = "wrong_platform"  # e.g. the Windows backend on Linux
    NO_DISPLAY = "no_display"  # no X server to ask (DISPLAY unset, or it refused the connection)
    WAYLAND = "wayland"  # X11 idle time only sees X11 windows under Wayland: not trusted
    LIBRARY_MISSING = "library_missing"  # e.g. libXss.so.1 (Debian: libxss1)
    EXTENSION_MISSING = "extension_missing"  # the X server lacks the MIT-SCREEN-SAVER extension
    NO_SESSION_BUS = "no_session_bus"  # no D-Bus session bus
    SERVICE_MISSING = "service_missing"  # the desktop does not offer this D-Bus idle service
    COMMAND_FAILED = "command_failed"  # a helper program (ioreg, gdbus) failed or is missing
    CALL_FAILED = "call_failed"  # the OS call returned an error


class IdleUnavailable(Exception):
    """This backend cannot tell idle time here: ``reason`` (a code) and ``detail`` (technical text)."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else str(reason))
        self.reason = reason
        self.detail = detail


class IdleBackend(ABC):
    """One source of "seconds since the last keyboard or mouse input" for this user session."""

    name: str = "idle"  # a short technical name, shown in the settings as is

    @abstractmethod
    def idle_seconds(self) -> float:
        """Seconds since the last input; raises IdleUnavailable if it cannot tell."""

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        """Release what the backend holds (a display connection, a bus connection)."""
