"""A real APScheduler stepped by hand, so tests drive jobs with a ManualClock and never sleep."""

from __future__ import annotations

from datetime import datetime, timedelta

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from wellcare.schedule.clock import ManualClock
from wellcare.schedule.sync import JobSynchronizer

SEOUL_OFFSET = timedelta(hours=9)


class SteppedScheduler(BaseScheduler):
    """APScheduler's own job processing, run only when the test calls ``run_due()``."""

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)

    def wakeup(self) -> None:
        pass

    def _create_default_executor(self) -> DebugExecutor:
        return DebugExecutor()

    def run_due(self) -> None:
        self._process_jobs()


def step(clock: ManualClock, sync: JobSynchronizer, scheduler: SteppedScheduler, delta: timedelta) -> datetime:
    """Let ``delta`` pass, then do what the real loop would: tick (re-map job times) and run due jobs."""
    clock.advance(delta)
    sync.tick()
    scheduler.run_due()
    return clock.now()


def run_until(
    clock: ManualClock, sync: JobSynchronizer, scheduler: SteppedScheduler, until: datetime, every: timedelta
) -> None:
    while clock.now() < until:
        step(clock, sync, scheduler, every)
