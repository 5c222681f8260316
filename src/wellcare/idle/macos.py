"""macOS: the IOHIDSystem's HIDIdleTime (nanoseconds), read with ``ioreg``.

One short-lived ``ioreg`` per reading; readings come about once a minute, so that is cheap enough
and needs no PyObjC.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason

IOREG = "/usr/sbin/ioreg"
_IDLE = re.compile(rb'"HIDIdleTime"\s*=\s*(\d+)')


def parse_ioreg(output: bytes) -> float:
    """Seconds of idle time from ``ioreg -c IOHIDSystem -d 4`` output."""
    match = _IDLE.search(output)
    if match is None:
        raise IdleUnavailable(Reason.CALL_FAILED, "no HIDIdleTime in ioreg output")
    return int(match.group(1)) / 1e9


class MacIdle(IdleBackend):
    name = "macos-hididletime"

    def __init__(self, ioreg: str | None = None) -> None:
        if sys.platform != "darwin" and ioreg is None:
            raise IdleUnavailable(Reason.WRONG_PLATFORM, sys.platform)
        self._ioreg = ioreg or (IOREG if shutil.which(IOREG) else shutil.which("ioreg") or "")
        if not self._ioreg:
            raise IdleUnavailable(Reason.COMMAND_FAILED, "ioreg not found")
        self.idle_seconds()

    def idle_seconds(self) -> float:
        try:
            out = subprocess.run(
                [self._ioreg, "-c", "IOHIDSystem", "-d", "4"], capture_output=True, timeout=5, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            raise IdleUnavailable(Reason.COMMAND_FAILED, f"ioreg: {exc}") from None
        return parse_ioreg(out)
