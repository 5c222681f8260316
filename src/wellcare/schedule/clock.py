"""Where "now" comes from, so tests and simulations can move time without sleeping.

Two readings matter: the wall clock (aware datetime, what shift hours and the break record use)
and a monotonic counter (what tells a clock jump or a suspend apart from time really passing).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable


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
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to: for tests and fast-clock simulations.

    ``advance`` lets time pass normally (wall and monotonic together); ``set`` moves only the wall
    clock, which is what a clock change, an NTP step or (on Linux/macOS) a suspend looks like.
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
