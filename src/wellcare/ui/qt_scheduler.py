"""APScheduler 3.x on the Qt event loop, without the two traps of its stock QtScheduler.

1. Jobs run on the Qt main thread: the only executor is APScheduler's ``debug`` executor, which
   runs a job synchronously from the timer callback, so a job may touch widgets. Jobs must be
   short and must not spin a nested event loop (``QDialog.exec()``): show windows with ``show()``.
2. The wake-up timer is one owned, single-shot QTimer that every (re)arm restarts. The stock
   class keeps ``QTimer.singleShot()``'s return value, which is None, so it never cancels an
   earlier timer and each add/modify while running leaves another self-rearming timer behind.

Also: QTimer waits in monotonic time while APScheduler schedules in wall time. When the wall
clock goes back, every job's next run time is moved back by the same amount, keeping the
remaining delays (otherwise a one-hour jump back silently delays every job, the periodic
re-derive tick included, by an hour). A jump forward (or a suspend) needs nothing: overdue jobs
run, coalesced, at the next wake-up.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from wellcare.schedule.clock import Clock, SystemClock
from wellcare.schedule.jumps import JumpDetector, JumpKind
from wellcare.ui.lean_imports import import_apscheduler

import_apscheduler()  # before the imports below: without asyncio, multiprocessing, importlib.metadata

from apscheduler.executors.base import BaseExecutor  # noqa: E402
from apscheduler.executors.debug import DebugExecutor  # noqa: E402
from apscheduler.schedulers.base import BaseScheduler  # noqa: E402
from apscheduler.triggers.cron import CronTrigger  # noqa: E402
from apscheduler.triggers.date import DateTrigger  # noqa: E402
from apscheduler.triggers.interval import IntervalTrigger  # noqa: E402

_MAX_MS = 2_147_483_647  # QTimer's int interval


class _TimerHost(QObject):
    """Owns the timer; lets other threads re-arm it through a queued signal."""

    rearm = Signal(object)  # wait in seconds, or None to stop

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wellcare-scheduler")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire up to 5% early
        self.timer.setObjectName("wellcare-scheduler-wakeup")
        self.rearm.connect(self._rearm)

    @Slot(object)
    def _rearm(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self.timer.stop()
        else:
            self.timer.start(min(math.ceil(wait_seconds * 1000), _MAX_MS))


class QtMainThreadScheduler(BaseScheduler):
    """A BaseScheduler driven by one QTimer, running every job on the Qt main thread.

    Create it on the main thread, after the QApplication. ``clock`` is only used to notice wall
    clock jumps (APScheduler itself reads the system clock). ``parent`` ties the timer's lifetime
    to a QObject.
    """

    # the plugins this app uses, by class: no scan of every installed package's entry points
    _trigger_classes: ClassVar[dict[str, type]] = {
        "date": DateTrigger, "interval": IntervalTrigger, "cron": CronTrigger,
    }
    _executor_classes: ClassVar[dict[str, type]] = {"debug": DebugExecutor}

    def __init__(
        self,
        gconfig: dict[str, Any] | None = None,
        *,
        clock: Clock | None = None,
        jump_tolerance: timedelta = timedelta(seconds=5),
        parent: QObject | None = None,
        **options: Any,
    ) -> None:
        self._host = _TimerHost(parent)
        self._host.timer.timeout.connect(self._on_timeout)
        self._clock: Clock = clock or SystemClock()
        self._jumps = JumpDetector(jump_tolerance)
        self._processing = False
        self.wakeup_count = 0
        super().__init__(gconfig or {}, **options)

    @property
    def timer(self) -> QTimer:
        """The one wake-up timer (for tests and diagnostics)."""
        return self._host.timer

    # -- BaseScheduler --------------------------------------------------------------------------

    def start(self, paused: bool = False) -> None:
        self._jumps.reset(self._clock)
        super().start(paused)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._arm(None)

    def wakeup(self) -> None:
        self._arm(0)

    def add_executor(self, executor: BaseExecutor | str, alias: str = "default", **executor_opts: Any) -> None:
        """Only the debug executor: a job on a worker thread could touch widgets and crash."""
        if not (isinstance(executor, DebugExecutor) or executor == "debug"):
            raise TypeError("QtMainThreadScheduler runs jobs on the Qt main thread; use the 'debug' executor")
        super().add_executor(executor, alias, **executor_opts)

    def _create_default_executor(self) -> BaseExecutor:
        return DebugExecutor()

    # -- the timer ------------------------------------------------------------------------------

    def _arm(self, wait_seconds: float | None) -> None:
        if QThread.currentThread() is self._host.thread():
            self._host._rearm(wait_seconds)
        else:
            self._host.rearm.emit(wait_seconds)  # queued to the timer's thread

    def _on_timeout(self) -> None:
        if self._processing:  # a job spun a nested event loop; the outer pass re-arms
            return
        self._processing = True
        wait_seconds: float | None = self.jobstore_retry_interval
        try:
            self.wakeup_count += 1
            self._keep_delays_across_backward_jump()
            wait_seconds = self._process_jobs()
        except Exception:
            # e.g. a date job that removed itself: APScheduler's own removal then raises. Never
            # leave the timer unarmed, or the scheduler goes quiet for good.
            self._logger.exception("scheduler wake-up failed; retrying in %s s", wait_seconds)
        finally:
            self._processing = False
        self._arm(wait_seconds)

    def _keep_delays_across_backward_jump(self) -> None:
        jump = self._jumps.observe(self._clock)
        if jump is None or jump.kind is not JumpKind.BACKWARD:
            return
        self._logger.info("wall clock went back by %s; keeping the jobs' remaining delays", -jump.drift)
        for job in self.get_jobs():
            if job.next_run_time is not None:
                self.modify_job(job.id, next_run_time=job.next_run_time + jump.drift)
