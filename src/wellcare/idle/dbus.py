"""D-Bus idle monitors on the session bus: GNOME's Mutter IdleMonitor, and KDE's ScreenSaver.

These are what work under Wayland, where X11 idle time cannot see native windows. The bus is
spoken with jeepney (pure Python; keyring already installs it on Linux) over one kept connection;
without jeepney, ``gdbus call`` is used instead (a short-lived process per reading).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason


@dataclass(frozen=True)
class IdleService:
    name: str  # backend name shown in the settings
    bus_name: str
    path: str
    interface: str
    method: str  # returns idle time in milliseconds


MUTTER = IdleService(
    "gnome-mutter-idlemonitor",
    "org.gnome.Mutter.IdleMonitor",
    "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor",
    "GetIdletime",
)
FREEDESKTOP = IdleService(
    "freedesktop-screensaver",
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver",
    "GetSessionIdleTime",
)

_GDBUS_NUMBER = re.compile(r"\(\s*(?:u?int(?:16|32|64)\s+)?(\d+)\s*,?\s*\)")
_MISSING = ("ServiceUnknown", "UnknownMethod", "UnknownObject", "UnknownInterface", "NotSupported", "NotImplemented")


def parse_gdbus(output: str) -> int:
    """The number in gdbus's reply, e.g. ``(uint64 12345,)``."""
    match = _GDBUS_NUMBER.search(output)
    if match is None:
        raise IdleUnavailable(Reason.CALL_FAILED, f"unexpected gdbus reply {output.strip()[:80]!r}")
    return int(match.group(1))


class DBusIdle(IdleBackend):
    """Idle time from one D-Bus service; fails at construction if the service does not answer."""

    def __init__(self, service: IdleService = MUTTER, *, use_jeepney: bool = True) -> None:
        if sys.platform in ("win32", "darwin"):
            raise IdleUnavailable(Reason.WRONG_PLATFORM, sys.platform)
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not os.environ.get("XDG_RUNTIME_DIR"):
            raise IdleUnavailable(Reason.NO_SESSION_BUS, "DBUS_SESSION_BUS_ADDRESS is not set")
        self.service = service
        self.name = service.name
        self._conn: Any = None
        self._gdbus = ""
        if use_jeepney:
            try:
                from jeepney.io.blocking import open_dbus_connection
            except ImportError:
                open_dbus_connection = None
            if open_dbus_connection is not None:
                try:
                    self._conn = open_dbus_connection(bus="SESSION")
                except Exception as exc:  # jeepney raises several kinds (OSError, KeyError, ValueError)
                    raise IdleUnavailable(Reason.NO_SESSION_BUS, f"{type(exc).__name__}: {exc}") from None
        if self._conn is None:
            self._gdbus = shutil.which("gdbus") or ""
            if not self._gdbus:
                raise IdleUnavailable(Reason.COMMAND_FAILED, "neither jeepney nor gdbus is available")
        try:
            self.idle_seconds()
        except IdleUnavailable:
            self.close()
            raise

    def idle_seconds(self) -> float:
        millis = self._call_jeepney() if self._conn is not None else self._call_gdbus()
        return millis / 1000.0

    def _call_jeepney(self) -> int:
        from jeepney import DBusAddress, DBusErrorResponse, new_method_call
        from jeepney.io.blocking import unwrap_msg

        svc = self.service
        address = DBusAddress(svc.path, bus_name=svc.bus_name, interface=svc.interface)
        try:
            reply = self._conn.send_and_get_reply(new_method_call(address, svc.method), timeout=2)
            body = unwrap_msg(reply)
        except DBusErrorResponse as exc:
            reason = Reason.SERVICE_MISSING if any(m in exc.name for m in _MISSING) else Reason.CALL_FAILED
            raise IdleUnavailable(reason, f"{svc.bus_name}: {exc.name}") from None
        except (OSError, TimeoutError, ValueError) as exc:
            raise IdleUnavailable(Reason.CALL_FAILED, f"{svc.bus_name}: {exc}") from None
        if not body or not isinstance(body[0], int):
            raise IdleUnavailable(Reason.CALL_FAILED, f"{svc.bus_name}: unexpected reply {body!r}")
        return int(body[0])

    def _call_gdbus(self) -> int:
        svc = self.service
        command = [
            self._gdbus, "call", "--session", "--dest", svc.bus_name, "--object-path", svc.path,
            "--method", f"{svc.interface}.{svc.method}",
        ]  # fmt: skip
        try:
            out = subprocess.run(command, capture_output=True, text=True, timeout=5)
        except (OSError, subprocess.SubprocessError) as exc:
            raise IdleUnavailable(Reason.COMMAND_FAILED, f"gdbus: {exc}") from None
        if out.returncode != 0:
            missing = any(m in out.stderr for m in _MISSING)
            raise IdleUnavailable(
                Reason.SERVICE_MISSING if missing else Reason.COMMAND_FAILED, out.stderr.strip()[:160]
            )
        return parse_gdbus(out.stdout)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
