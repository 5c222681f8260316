"""Noticing that the wall clock jumped or the machine slept, by comparing it with monotonic time.

Between two observations the wall clock and the monotonic clock should advance by the same
amount. A difference means the wall clock was set (NTP step, user, VM restore). SystemClock's
monotonic clock keeps counting through sleep on every OS (CLOCK_BOOTTIME on Linux), so a suspend
shows up as a gap much longer than the tick period: that is reported too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wellcare.schedule.clock import Clock


class JumpKind(StrEnum):
    FORWARD = "forward"  # wall clock ran ahead of monotonic time: the clock was set forward
    BACKWARD = "backward"  # wall clock went back
    GAP = "gap"  # both advanced far more than expected: a suspend, or a blocked event loop


@dataclass(frozen=True)
class ClockJump:
    """What was seen between two observations."""

    kind: JumpKind
    at: datetime  # wall time of the observation that saw it
    wall_delta: timedelta
    monotonic_delta: timedelta

    @property
    def drift(self) -> timedelta:
        """How far the wall clock moved beyond (or behind) real elapsed time."""
        return self.wall_delta - self.monotonic_delta


class JumpDetector:
    """Compares successive (wall, monotonic) readings; keeps only the last reading."""

    def __init__(self, tolerance: timedelta = timedelta(seconds=5), gap_after: timedelta | None = None) -> None:
        self.tolerance = tolerance
        self.gap_after = gap_after
        self._last: tuple[datetime, float] | None = None

    def reset(self, clock: Clock) -> None:
        """Take a fresh baseline without reporting anything (at start)."""
        self._last = (clock.now(), clock.monotonic())

    def observe(self, clock: Clock) -> ClockJump | None:
        """Read the clock; return the jump since the previous reading, if there was one."""
        wall, mono = clock.now(), clock.monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return None
        wall_delta = wall - last[0]
        mono_delta = timedelta(seconds=mono - last[1])
        drift = wall_delta - mono_delta
        if drift > self.tolerance:
            kind = JumpKind.FORWARD
        elif drift < -self.tolerance:
            kind = JumpKind.BACKWARD
        elif self.gap_after is not None and mono_delta > self.gap_after:
            kind = JumpKind.GAP
        else:
            return None
        return ClockJump(kind, wall, wall_delta, mono_delta)
