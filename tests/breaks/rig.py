"""A counselor's day in miniature: record, clock, real APScheduler, break jobs and a fake overlay."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from tests.schedule.harness import SteppedScheduler
from wellcare.breaks.events import BreakAction, BreakEvent
from wellcare.breaks.jobs import BreakJobs
from wellcare.breaks.planner import DueBreak
from wellcare.breaks.settings import BreakSettings
from wellcare.schedule.clock import ManualClock
from wellcare.schedule.sync import JobSynchronizer

KST = timezone(timedelta(hours=9))
MONDAY = datetime(2025, 3, 3, tzinfo=KST)  # a Monday


def at(hh: int, mm: int = 0, ss: int = 0, day: datetime = MONDAY) -> datetime:
    return day.replace(hour=hh, minute=mm, second=ss)


@dataclass
class Rig:
    clock: ManualClock
    settings: BreakSettings = field(default_factory=BreakSettings)
    auto_take: bool = True  # the fake overlay records TAKEN when the break's length has passed
    record: list[BreakEvent] = field(default_factory=list)
    shown: list[tuple[datetime, DueBreak]] = field(default_factory=list)
    notices: list[tuple[datetime, DueBreak]] = field(default_factory=list)
    call_started: datetime | None = None
    _open: tuple[datetime, DueBreak] | None = None

    def __post_init__(self) -> None:
        self.scheduler = SteppedScheduler(timezone=KST)
        self.jobs = BreakJobs(
            self.clock,
            settings=lambda: self.settings,
            events=lambda: list(self.record),
            record=self.record.append,
            on_notice=lambda due: self.notices.append((self.clock.now(), due)),
            on_show=self._show,
            call_started=lambda: self.call_started,
        )
        self.sync = JobSynchronizer(self.scheduler, self.clock, self.jobs.plan)
        self.scheduler.start()
        self.sync.start()

    def _show(self, due: DueBreak) -> None:
        self.shown.append((self.clock.now(), due))
        self._open = (self.clock.now(), due)

    def close(self) -> None:
        self.sync.stop()
        self.scheduler.shutdown()

    def step(self, delta: timedelta = timedelta(seconds=30)) -> None:
        """Time passes; the overlay finishes a break; the loop ticks and runs what is due."""
        self.clock.advance(delta)
        if self.auto_take and self._open is not None:
            started, due = self._open
            if self.clock.now() >= started + due.length:
                self.record.append(
                    BreakEvent(due.kind, BreakAction.TAKEN, self.clock.now(), due.length.total_seconds())
                )
                self._open = None
        self.sync.tick()
        self.scheduler.run_due()

    def run_until(self, until: datetime, every: timedelta = timedelta(seconds=30)) -> None:
        while self.clock.now() < until:
            self.step(every)

    def shown_at(self) -> list[tuple[datetime, str]]:
        return [(when, str(due.kind)) for when, due in self.shown]
