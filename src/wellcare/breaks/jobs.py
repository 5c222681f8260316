"""Turning the break plan into scheduler jobs, and re-checking the record when they fire.

A job firing is only a hint that something may be due: the handlers ask the planner again
with the current record and clock, so a late, early or duplicated timer cannot show a break
that is not due, or show one twice. Showing a break records a SHOWN event first, which is what
keeps the next sync from planning the same break again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from wellcare.breaks.events import BreakAction, BreakEvent
from wellcare.breaks.planner import BreakPlanner, DueBreak
from wellcare.breaks.settings import BreakSettings
from wellcare.schedule.clock import Clock
from wellcare.schedule.sync import PlannedJob

_EARLY = timedelta(seconds=1)  # a timer may fire this much before the planned time


def _no_call() -> datetime | None:
    return None


def _as_planned(due: DueBreak | None, now: datetime) -> DueBreak | None:
    return due


def _identity(due: DueBreak) -> tuple[str, datetime]:
    return (str(due.kind), due.show_at)


class BreakJobs:
    """The plan for a ``JobSynchronizer``, plus the handlers its jobs run.

    Parameters
    ----------
    settings, events, call_started
        Read on every plan and every job, so the vault and the call tracker stay the truth.
    record
        Appends an event to the vault's record.
    on_notice, on_show
        Called on the scheduler's thread (the Qt main thread with ``QtMainThreadScheduler``).
    """

    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], BreakSettings],
        events: Callable[[], Sequence[BreakEvent]],
        record: Callable[[BreakEvent], None],
        on_notice: Callable[[DueBreak], None],
        on_show: Callable[[DueBreak], None],
        call_started: Callable[[], datetime | None] = _no_call,
        adjust: Callable[[DueBreak | None, datetime], DueBreak | None] = _as_planned,
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._events = events
        self._record = record
        self._on_notice = on_notice
        self._on_show = on_show
        self._call_started = call_started
        self._adjust = adjust
        self._noticed: tuple[str, datetime] | None = None  # the break whose heads-up was given

    def current(self, now: datetime | None = None) -> DueBreak | None:
        """The next break as the planner sees it now (for the tray's "next break at ...")."""
        now = self._clock.now() if now is None else now
        due = BreakPlanner(self._settings()).next_break(self._events(), now, self._call_started())
        return self._adjust(due, now)

    def plan(self, now: datetime) -> list[PlannedJob]:
        """The jobs the synchronizer should hold: a heads-up (if still ahead) and the show time."""
        due = self.current(now)
        if due is None:
            return []
        jobs = [PlannedJob("breaks.show", due.show_at, self._show)]
        if (
            due.shown_at is None
            and now < due.show_at
            and self._noticed != _identity(due)
            and due.notice_at < due.show_at
        ):
            jobs.append(PlannedJob("breaks.notice", due.notice_at, self._notice))
        return jobs

    def _notice(self) -> None:
        now = self._clock.now()
        due = self.current(now)
        if due is not None and due.shown_at is None and due.notice_at <= now + _EARLY and now < due.show_at:
            self._noticed = _identity(due)  # once per break; a restart may repeat it, harmlessly
            self._on_notice(due)

    def _show(self) -> None:
        now = self._clock.now()
        due = self.current(now)
        if due is None or due.show_at > now + _EARLY:
            return
        self._record(BreakEvent(due.kind, BreakAction.SHOWN, now))
        self._on_show(due)
