"""Break jobs through the real APScheduler on the Qt event loop, driven by a ManualClock.

The synchronizer hands plan times to the scheduler as delays from the clock's now, so a job due on
the manual clock is due at once on the loop; the tests only wait for that hand-off, never for time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

pytest.importorskip("PySide6")

from pytestqt.qtbot import QtBot

from tests.breaks.rig import at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, BreakSettings, DueBreak
from wellcare.breaks.jobs import BreakJobs
from wellcare.schedule.clock import ManualClock
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.ui.qt_scheduler import QtMainThreadScheduler


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[QtMainThreadScheduler]:
    scheduler = QtMainThreadScheduler()
    scheduler.start()
    yield scheduler
    scheduler.shutdown()
    assert not scheduler.timer.isActive()


def nothing_due(scheduler: QtMainThreadScheduler) -> bool:
    """No job of the scheduler is due now: everything handed to the loop has run."""
    horizon = datetime.now(scheduler.timezone) + timedelta(milliseconds=50)
    return all(job.next_run_time is None or job.next_run_time > horizon for job in scheduler.get_jobs())


def test_a_planned_job_fires_through_apscheduler_on_the_qt_loop(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    clock = ManualClock(at(10, 0))
    fired: list[bool] = []
    run_at = clock.now() + timedelta(minutes=5)

    def plan(now: datetime) -> list[PlannedJob]:
        return (
            []
            if fired
            else [
                PlannedJob("hello", run_at, lambda: fired.append(threading.current_thread() is threading.main_thread()))
            ]
        )

    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    qtbot.waitUntil(lambda: nothing_due(scheduler))
    assert fired == [] and [j.name for j in sync.jobs()] == ["hello"]  # five minutes ahead on the clock
    clock.advance(timedelta(minutes=5))
    sync.tick()
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    for _ in range(3):
        sync.tick()
    qtbot.waitUntil(lambda: nothing_due(scheduler))
    assert fired == [True] and sync.jobs() == []
    sync.stop()
    assert scheduler.get_jobs() == []


def test_an_overdue_break_is_shown_once_on_the_main_thread(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    clock = ManualClock(at(10, 0))  # Monday 10:00, nothing taken yet: the micro-break is overdue
    record: list[BreakEvent] = []
    shown: list[tuple[DueBreak, bool]] = []
    jobs = BreakJobs(
        clock,
        settings=BreakSettings,
        events=lambda: record,
        record=record.append,
        on_notice=lambda due: None,
        on_show=lambda due: shown.append((due, threading.current_thread() is threading.main_thread())),
    )
    sync = JobSynchronizer(scheduler, clock, jobs.plan)
    sync.start()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    for _ in range(5):
        sync.tick()
    qtbot.waitUntil(lambda: nothing_due(scheduler))
    assert len(shown) == 1 and shown[0][1]
    assert shown[0][0].kind is BreakKind.MICRO
    assert record == [BreakEvent(BreakKind.MICRO, BreakAction.SHOWN, at(10, 0))]
    assert [j.name for j in sync.jobs()] == ["breaks.show"]  # only the re-show guard, minutes ahead
    sync.stop()
