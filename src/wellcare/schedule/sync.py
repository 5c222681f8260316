"""Keeping an APScheduler's jobs equal to what a plan says, re-derived rather than accumulated.

The vault's record, not the job store, is the source of truth: every sync asks the plan what
should run next and makes the scheduler hold exactly that. It runs at start, whenever the caller
says something changed (settings, record, call state), after every job it owns, and on a
periodic tick, which also watches for wall-clock jumps and suspends.

Job ids embed the plan's key and run time, so syncing an unchanged plan touches nothing and a
changed plan replaces the old job instead of adding a second one. A job that is executing is
never touched: APScheduler removes a finished date job by id after it returns, and would
otherwise remove its own replacement.

Plan times are clock times. They are handed to the scheduler as delays from the clock's now,
so a ManualClock can drive a real scheduler in tests and fast simulations; with the SystemClock
both frames coincide.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from threading import RLock
from typing import Any

from apscheduler.job import Job
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import BaseScheduler

from wellcare.schedule.clock import Clock
from wellcare.schedule.jumps import ClockJump, JumpDetector

log = logging.getLogger(__name__)

_ZERO = timedelta(0)


@dataclass(frozen=True)
class PlannedJob:
    """One job the plan wants: call ``func(*args)`` at ``run_at`` (clock time, aware)."""

    key: str
    run_at: datetime
    func: Callable[..., object] = field(compare=False)
    args: tuple[Any, ...] = ()


Plan = Callable[[datetime], Sequence[PlannedJob]]


class JobSynchronizer:
    """Makes ``scheduler`` hold exactly the jobs ``plan(now)`` returns, plus one periodic tick."""

    def __init__(
        self,
        scheduler: BaseScheduler,
        clock: Clock,
        plan: Plan,
        *,
        tick: timedelta = timedelta(seconds=60),
        jump_tolerance: timedelta = timedelta(seconds=5),
        on_jump: Callable[[ClockJump], None] | None = None,
        prefix: str = "wellcare",
        jobstore: str = "default",
        executor: str = "default",
        slack: timedelta = timedelta(seconds=1),
    ) -> None:
        if tick <= _ZERO:
            raise ValueError("the tick period must be positive")
        self._scheduler = scheduler
        self._clock = clock
        self._plan = plan
        self._tick = tick
        self._on_jump = on_jump
        self._jobstore = jobstore
        self._executor = executor
        self._slack = slack
        self.tick_id = f"{prefix}:tick"
        self._job_prefix = f"{prefix}:job:"
        self._detector = JumpDetector(jump_tolerance, gap_after=2 * tick + jump_tolerance)
        self._executing: set[str] = set()
        self._lock = RLock()
        self.last_jump: ClockJump | None = None

    # -- public -------------------------------------------------------------------------------

    def start(self) -> None:
        """Add the periodic tick and derive the jobs for the first time."""
        with self._lock:
            self._detector.reset(self._clock)
            self._remove(self.tick_id)
            self._scheduler.add_job(
                self.tick,
                "interval",
                seconds=self._tick.total_seconds(),
                id=self.tick_id,
                name="re-derive jobs",
                misfire_grace_time=None,
                coalesce=True,
                max_instances=1,
                jobstore=self._jobstore,
                executor=self._executor,
            )
            self.sync()

    def stop(self) -> None:
        """Remove the tick and every job this synchronizer added (except one now running)."""
        with self._lock:
            self._remove(self.tick_id)
            for job in self.jobs():
                if job.id not in self._executing:
                    self._remove(job.id)

    def tick(self) -> None:
        """Periodic: look for a clock jump or suspend, then re-derive the jobs."""
        try:
            self._observe()
        finally:
            self.sync()

    def sync(self) -> None:
        """Re-derive the jobs from the plan now: idempotent, cheap when nothing changed."""
        with self._lock:
            now = self._clock.now()
            wanted = {self._job_id(p): p for p in self._plan(now)}
            for job in self.jobs():
                if job.id not in wanted and job.id not in self._executing:
                    self._remove(job.id)
            scheduler_now = datetime.now(self._scheduler.timezone)
            for job_id, planned in wanted.items():
                if job_id in self._executing:
                    continue
                run_date = scheduler_now + max(planned.run_at - now, _ZERO)
                existing = self._scheduler.get_job(job_id, self._jobstore)
                if existing is not None:
                    if self._matches(existing, planned, run_date):
                        continue
                    self._remove(job_id)
                self._scheduler.add_job(
                    self._run,
                    "date",
                    args=(job_id, planned.func, planned.args),
                    id=job_id,
                    name=planned.key,
                    run_date=run_date,
                    misfire_grace_time=None,  # a late job still runs (once): the record decides
                    coalesce=True,
                    max_instances=1,
                    jobstore=self._jobstore,
                    executor=self._executor,
                )

    def jobs(self) -> list[Job]:
        """The plan's jobs currently in the scheduler (the tick excluded)."""
        return [j for j in self._scheduler.get_jobs(self._jobstore) if j.id.startswith(self._job_prefix)]

    # -- internals ----------------------------------------------------------------------------

    def _run(self, job_id: str, func: Callable[..., object], args: tuple[Any, ...]) -> None:
        """Every planned job runs through here: watch the clock, run it, then re-derive."""
        with self._lock:
            self._executing.add(job_id)
            try:
                self._observe()
                func(*args)
            finally:
                try:
                    self.sync()
                finally:
                    self._executing.discard(job_id)

    def _observe(self) -> None:
        jump = self._detector.observe(self._clock)
        if jump is None:
            return
        self.last_jump = jump
        log.info("clock %s: wall %s vs monotonic %s", jump.kind, jump.wall_delta, jump.monotonic_delta)
        if self._on_jump is not None:
            self._on_jump(jump)

    def _job_id(self, planned: PlannedJob) -> str:
        stamp = planned.run_at.astimezone(UTC).isoformat(timespec="microseconds")
        return f"{self._job_prefix}{planned.key}@{stamp}"

    def _matches(self, job: Job, planned: PlannedJob, run_date: datetime) -> bool:
        run_time = getattr(job, "next_run_time", None) or getattr(job.trigger, "run_date", None)
        if run_time is None or abs(run_time - run_date) > self._slack:
            return False
        return bool(job.args[1:] == (planned.func, planned.args))

    def _remove(self, job_id: str) -> None:
        with suppress(JobLookupError):  # already gone: fine
            self._scheduler.remove_job(job_id, self._jobstore)
