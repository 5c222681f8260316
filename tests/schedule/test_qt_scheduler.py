"""QtMainThreadScheduler on a real Qt event loop: one timer, jobs on the main thread.

These tests use short real waits (tens of milliseconds): APScheduler itself reads the system clock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

pytest.importorskip("PySide6")

from apscheduler.executors.pool import ThreadPoolExecutor
from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QThread, QTimer
from pytestqt.qtbot import QtBot

from wellcare.schedule.clock import ManualClock, SystemClock
from wellcare.ui.qt_scheduler import QtMainThreadScheduler

TZ = SystemClock().now().tzinfo


def noop() -> None:
    pass


def later(ms: float) -> datetime:
    return datetime.now(TZ) + timedelta(milliseconds=ms)


def timers_registered(timer: QTimer) -> int:
    return len(QAbstractEventDispatcher.instance().registeredTimers(timer))


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[QtMainThreadScheduler]:
    scheduler = QtMainThreadScheduler(timezone=TZ)
    yield scheduler
    if scheduler.running:
        scheduler.shutdown()
    assert not scheduler.timer.isActive()


def settle(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> int:
    """Let the start-up wake-up happen; return the wake-up count after it."""
    qtbot.waitUntil(lambda: scheduler.wakeup_count >= 1, timeout=1000)
    qtbot.wait(20)
    return scheduler.wakeup_count


def test_many_changes_while_running_leave_exactly_one_timer(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    scheduler.start()
    settle(qtbot, scheduler)
    for i in range(40):
        scheduler.add_job(noop, "date", run_date=later(10_000 + i), id=f"job{i}")
    for i in range(40):
        scheduler.modify_job(f"job{i}", name=f"renamed {i}")
        scheduler.reschedule_job(f"job{i}", trigger="date", run_date=later(20_000 + i))
    scheduler.pause_job("job0")
    scheduler.resume_job("job0")
    scheduler.remove_job("job39")

    host = scheduler.timer.parent()
    assert host.findChildren(QTimer) == [scheduler.timer]
    assert scheduler.timer.isActive() and scheduler.timer.isSingleShot()
    assert timers_registered(scheduler.timer) == 1

    before = scheduler.wakeup_count
    qtbot.wait(150)
    assert scheduler.wakeup_count - before == 1  # 120 changes coalesce into one wake-up
    assert scheduler.timer.isActive() and timers_registered(scheduler.timer) == 1
    assert 19 < scheduler.timer.remainingTime() / 1000 <= 20.1  # armed for the earliest job


def test_a_job_50ms_ahead_runs_once_on_the_main_thread(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    runs: list[tuple[bool, bool]] = []

    def job() -> None:
        app_thread = QCoreApplication.instance().thread()
        runs.append((threading.current_thread() is threading.main_thread(), QThread.currentThread() is app_thread))

    scheduler.start()
    scheduler.add_job(job, "date", run_date=later(50))
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=2000)
    qtbot.wait(100)
    assert runs == [(True, True)]
    assert scheduler.get_jobs() == []
    assert not scheduler.timer.isActive()  # nothing pending, nothing armed


def test_wakeups_match_what_the_pending_jobs_need(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    ran: list[str] = []
    scheduler.start()
    base = settle(qtbot, scheduler)
    for name, ms in (("a", 80), ("b", 180), ("c", 280)):
        scheduler.add_job(ran.append, "date", args=(name,), run_date=later(ms), id=name)
    for _ in range(30):
        scheduler.reschedule_job("c", trigger="date", run_date=later(280))
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=2000)
    qtbot.wait(150)
    assert ran == ["a", "b", "c"]
    # one wake-up for the batch of changes, one per job, nothing else
    assert scheduler.wakeup_count - base == 4


def test_interval_job_wakes_once_per_run(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    ran: list[int] = []
    scheduler.start()
    base = settle(qtbot, scheduler)
    scheduler.add_job(ran.append, "interval", args=(1,), seconds=0.05, id="tick")
    for _ in range(20):
        scheduler.modify_job("tick", name="tick")
    qtbot.waitUntil(lambda: len(ran) == 5, timeout=2000)
    scheduler.remove_job("tick")
    assert scheduler.wakeup_count - base == 1 + 5


def test_shutdown_stops_the_timer(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    scheduler.start()
    scheduler.add_job(noop, "date", run_date=later(60_000))
    settle(qtbot, scheduler)
    assert scheduler.timer.isActive()
    scheduler.shutdown()
    assert not scheduler.timer.isActive()
    assert timers_registered(scheduler.timer) == 0
    before = scheduler.wakeup_count
    qtbot.wait(50)
    assert scheduler.wakeup_count == before


def test_jobs_added_from_a_worker_thread_still_run_on_the_main_thread(
    qtbot: QtBot, scheduler: QtMainThreadScheduler
) -> None:
    threads: list[bool] = []
    scheduler.start()
    settle(qtbot, scheduler)

    def add_from_worker() -> None:
        scheduler.add_job(lambda: threads.append(threading.current_thread() is threading.main_thread()), "date")

    worker = threading.Thread(target=add_from_worker)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: threads == [True], timeout=2000)


def test_only_main_thread_executors_are_accepted() -> None:
    with pytest.raises(TypeError):
        QtMainThreadScheduler(executors={"default": ThreadPoolExecutor()})
    with pytest.raises(TypeError):
        QtMainThreadScheduler(executors={"default": {"type": "threadpool"}})


def test_a_backward_clock_jump_keeps_remaining_delays(qtbot: QtBot) -> None:
    """The wall clock goes back an hour: a job an hour (+50 ms) away now runs in about 50 ms."""
    clock = ManualClock(datetime.now(TZ))
    scheduler = QtMainThreadScheduler(timezone=TZ, clock=clock)
    ran: list[int] = []
    scheduler.start()
    try:
        settle(qtbot, scheduler)
        scheduler.add_job(ran.append, "date", args=(1,), run_date=later(3_600_050))
        qtbot.wait(20)
        assert ran == []
        clock.jump(timedelta(hours=-1))  # what APScheduler's real clock would have done
        scheduler.wakeup()
        qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    finally:
        scheduler.shutdown()


def test_a_job_spinning_a_nested_event_loop_does_not_run_twice(qtbot: QtBot, scheduler: QtMainThreadScheduler) -> None:
    from PySide6.QtCore import QEventLoop

    runs: list[str] = []

    def modal_like() -> None:
        runs.append("modal")
        scheduler.add_job(runs.append, "date", args=("next",))  # due at once, re-arms the timer
        loop = QEventLoop()
        QTimer.singleShot(60, loop.quit)
        loop.exec()  # what QDialog.exec() would do

    scheduler.start()
    scheduler.add_job(modal_like, "date")
    qtbot.waitUntil(lambda: runs == ["modal", "next"], timeout=2000)
    qtbot.wait(50)
    assert runs == ["modal", "next"]


def test_a_job_removing_itself_does_not_stop_the_scheduler(
    qtbot: QtBot, scheduler: QtMainThreadScheduler, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []
    scheduler.jobstore_retry_interval = 0.05
    scheduler.start()
    scheduler.add_job(lambda: scheduler.remove_job("self"), "date", id="self")
    scheduler.add_job(ran.append, "date", args=("later",), run_date=later(100))
    qtbot.waitUntil(lambda: ran == ["later"], timeout=2000)
    assert "wake-up failed" in caplog.text
