"""Where "now" comes from, so tests and simulations can move time without sleeping.

Two readings matter: the wall clock (aware datetime, what shift hours and the break record use)
and a monotonic counter (what tells a clock jump or a suspend apart from time really passing).
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable


def _suspend_counting_clock() -> int | None:
    """A monotonic clock that keeps counting while the machine sleeps, where the OS has one.

    Python's time.monotonic() stops during a suspend on Linux and macOS, so a lunch-hour suspend
    looked like the wall clock being set forward, not like time away from the desk. With a clock
    that counts sleep, a suspend shows up as a gap, as it already does on Windows, and is
    credited as a natural break.
    """
    if sys.platform.startswith("linux"):
        return getattr(time, "CLOCK_BOOTTIME", None)
    if sys.platform == "darwin":
        return getattr(time, "CLOCK_MONOTONIC", None)  # macOS's CLOCK_MONOTONIC counts sleep
    return None  # Windows: time.monotonic() already counts sleep


SUSPEND_COUNTING_CLOCK = _suspend_counting_clock()


@runtime_checkable
class Clock(Protocol):
    """A source of wall-clock and monotonic time."""

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences are meaningful."""
        ...


class SystemClock:
    """The real clocks.

    Without ``tz`` the local zone is read on every call (``datetime.now().astimezone()``), so a
    change of the system time zone or a DST switch shows up at once. Pass a ``zoneinfo.ZoneInfo``
    to pin the zone (DST-correct shift arithmetic across a transition).
    """

    def __init__(self, tz: tzinfo | None = None) -> None:
        self._tz = tz

    def now(self) -> datetime:
        return datetime.now(self._tz) if self._tz is not None else datetime.now().astimezone()

    def monotonic(self) -> float:
        if SUSPEND_COUNTING_CLOCK is not None:
            return time.clock_gettime(SUSPEND_COUNTING_CLOCK)
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to: for tests and fast-clock simulations.

    ``advance`` lets time pass normally (wall and monotonic together), which is also what a
    suspend looks like to SystemClock; ``set`` moves only the wall clock, which is what a clock
    change or an NTP step looks like.
    """

    def __init__(self, start: datetime, monotonic: float = 1_000.0) -> None:
        _require_aware(start)
        self._now = start
        self._mono = float(monotonic)

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta | float) -> datetime:
        """Let ``delta`` (a timedelta or seconds, never negative) pass; returns the new now."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        if step < timedelta(0):
            raise ValueError("time does not pass backwards; use set() to simulate a clock jump")
        self._now += step
        self._mono += step.total_seconds()
        return self._now

    def set(self, when: datetime) -> None:
        """Jump the wall clock to ``when`` (forward or back); the monotonic clock stays put."""
        _require_aware(when)
        self._now = when

    def jump(self, delta: timedelta) -> datetime:
        """Jump the wall clock by ``delta`` (may be negative); returns the new now."""
        self.set(self._now + delta)
        return self._now


def _require_aware(when: datetime) -> None:
    if when.tzinfo is None or when.tzinfo.utcoffset(when) is None:
        raise ValueError("a clock needs a timezone-aware datetime")
