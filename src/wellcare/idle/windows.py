"""Windows: GetLastInputInfo, through ctypes (no extra package).

``LASTINPUTINFO.dwTime`` and ``GetTickCount`` are 32-bit millisecond tick counts that wrap every
49.7 days; their difference modulo 2**32 is the idle time.
"""

from __future__ import annotations

import ctypes
import sys

from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))


def elapsed_ms(now_ticks: int, last_input_ticks: int) -> int:
    """Milliseconds between two 32-bit tick counts, across a wrap-around."""
    return (now_ticks - last_input_ticks) & 0xFFFFFFFF


class WindowsIdle(IdleBackend):
    name = "windows-lastinput"

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise IdleUnavailable(Reason.WRONG_PLATFORM, sys.platform)
        windll = ctypes.windll  # type: ignore[attr-defined]
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint32
        self._info = _LastInputInfo()
        self._info.cbSize = ctypes.sizeof(_LastInputInfo)
        self.idle_seconds()  # fail now, not at the first poll

    def idle_seconds(self) -> float:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            raise IdleUnavailable(Reason.CALL_FAILED, "GetLastInputInfo")
        return elapsed_ms(int(self._kernel32.GetTickCount()), int(self._info.dwTime)) / 1000.0
