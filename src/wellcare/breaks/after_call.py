"""The after-call grace: a break never fills the screen the moment a call ends.

After a call the counselor still has after-call work (후처리: the CRM note, the ticket). A break
that a call held back, or that falls due right after it, therefore waits ``[calls]
after_call_grace_s`` (default 60 s, 0 turns it off) from the call's end; the heads-up comes at the
call's end and counts down the grace. A new call during the grace holds the break again (the
planner's call rule), and the next call end starts a new grace.

The grace is measured on the monotonic clock, so a wall-clock jump during it neither ends it
early (a jump forward would otherwise show the break at once) nor stretches it (a jump back).
The wall-clock anchor is kept so the planned show time is the same on every re-plan (the heads-up
job is planned once per break, by its show time).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from wellcare.breaks.planner import DueBreak
from wellcare.schedule.clock import Clock

DEFAULT_GRACE_S = 60
MAX_GRACE_S = 600
_DRIFT_S = 2.0  # wall and monotonic elapsed time may differ this much before it counts as a jump


class AfterCallGrace:
    """Remembers when the last call ended and moves a break that would show within the grace."""

    def __init__(self, clock: Clock, grace: timedelta = timedelta(seconds=DEFAULT_GRACE_S)) -> None:
        if not timedelta(0) <= grace <= timedelta(seconds=MAX_GRACE_S):
            raise ValueError(f"the after-call grace must be 0 to {MAX_GRACE_S} seconds")
        self._clock = clock
        self.grace = grace
        self._ended_at: datetime | None = None  # wall time of the call's end (re-anchored after a jump)
        self._ended_mono: float | None = None

    def call_started(self) -> None:
        self._ended_at = self._ended_mono = None

    def call_ended(self) -> None:
        if self.grace > timedelta(0):
            self._ended_at = self._clock.now()
            self._ended_mono = self._clock.monotonic()

    def ends(self, now: datetime) -> datetime | None:
        """When the grace ends in ``now``'s wall time, or None when no grace is running."""
        if self._ended_at is None or self._ended_mono is None:
            return None
        passed = self._clock.monotonic() - self._ended_mono
        if passed >= self.grace.total_seconds():
            self._ended_at = self._ended_mono = None
            return None
        if abs((now - self._ended_at).total_seconds() - passed) > _DRIFT_S:
            self._ended_at = now - timedelta(seconds=passed)  # the wall clock jumped: keep the grace's length
        return self._ended_at + self.grace

    def apply(self, due: DueBreak | None, now: datetime) -> DueBreak | None:
        """``due`` as the grace leaves it: shown no earlier than the grace's end, announced from the call's end."""
        if due is None or due.shown_at is not None or due.held_by_call:
            return due
        until = self.ends(now)
        if until is None or due.show_at >= until:
            return due
        assert self._ended_at is not None
        notice_at = min(max(due.notice_at, self._ended_at), until)
        return replace(due, show_at=until, notice_at=notice_at, after_call=True)
