"""X11: the MIT-SCREEN-SAVER extension's idle time, through libXss with ctypes.

One display connection is opened and kept; each reading is a single round trip (~20 us). Under a
Wayland session this only sees input to X11 (XWayland) windows, so the backend refuses to run
there rather than report a counselor typing into a Wayland window as idle.
"""

from __future__ import annotations

import ctypes
import os
import sys

from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason

LIBX11 = "libX11.so.6"
LIBXSS = "libXss.so.1"  # Debian/Ubuntu package libxss1


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    )


def wayland_session() -> bool:
    return bool(os.environ.get("WAYLAND_DISPLAY")) or os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"


class X11Idle(IdleBackend):
    name = "x11-screensaver"

    def __init__(self, display: str | None = None, allow_wayland: bool = False) -> None:
        if sys.platform == "win32" or sys.platform == "darwin":
            raise IdleUnavailable(Reason.WRONG_PLATFORM, sys.platform)
        if not allow_wayland and wayland_session():
            raise IdleUnavailable(Reason.WAYLAND, "X11 idle time only covers XWayland windows")
        name = display if display is not None else os.environ.get("DISPLAY", "")
        if not name:
            raise IdleUnavailable(Reason.NO_DISPLAY, "DISPLAY is not set")
        try:
            self._x11 = ctypes.CDLL(LIBX11)
        except OSError as exc:
            raise IdleUnavailable(Reason.LIBRARY_MISSING, f"{LIBX11} ({exc})") from None
        try:
            self._xss = ctypes.CDLL(LIBXSS)
        except OSError as exc:
            raise IdleUnavailable(Reason.LIBRARY_MISSING, f"{LIBXSS} ({exc})") from None
        self._x11.XOpenDisplay.restype = ctypes.c_void_p
        self._x11.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        self._x11.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        self._x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x11.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        self._x11.XFree.argtypes = (ctypes.c_void_p,)
        self._xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        )
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        )
        self._display = self._x11.XOpenDisplay(name.encode())
        if not self._display:
            raise IdleUnavailable(Reason.NO_DISPLAY, f"cannot open display {name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(self._display, ctypes.byref(event_base), ctypes.byref(error_base)):
            self.close()
            raise IdleUnavailable(Reason.EXTENSION_MISSING, "MIT-SCREEN-SAVER")
        self._root = self._x11.XDefaultRootWindow(self._display)
        self._info = self._xss.XScreenSaverAllocInfo()
        if not self._info:
            self.close()
            raise IdleUnavailable(Reason.CALL_FAILED, "XScreenSaverAllocInfo")

    def idle_seconds(self) -> float:
        if not self._display:
            raise IdleUnavailable(Reason.NO_DISPLAY, "closed")
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise IdleUnavailable(Reason.CALL_FAILED, "XScreenSaverQueryInfo")
        return self._info.contents.idle / 1000.0

    def close(self) -> None:
        info, self._info = getattr(self, "_info", None), None
        if info:
            self._x11.XFree(info)
        display, self._display = getattr(self, "_display", None), None
        if display:
            self._x11.XCloseDisplay(display)
