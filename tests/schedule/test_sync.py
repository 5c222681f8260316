"""The job synchronizer on a real APScheduler, driven by a ManualClock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from tests.schedule.harness import SteppedScheduler, step
from wellcare.schedule.clock import ManualClock
from wellcare.schedule.jumps import ClockJump, JumpKind
from wellcare.schedule.sync import JobSynchronizer, PlannedJob

KST = timezone(timedelta(hours=9))
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=KST)


class Plan:
    """A plan the test edits; records what ran."""

    def __init__(self) -> None:
        self.times: dict[str, datetime] = {}
        self.ran: list[tuple[str, datetime]] = []
        self.clock: ManualClock | None = None

    def __call__(self, now: datetime) -> list[PlannedJob]:
        return [PlannedJob(key, at, self.fire, (key,)) for key, at in self.times.items()]

    def fire(self, key: str) -> None:
        assert self.clock is not None
        self.ran.append((key, self.clock.now()))
        self.times.pop(key, None)  # done, as a record would say


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def scheduler() -> Iterator[SteppedScheduler]:
    scheduler = SteppedScheduler(timezone=KST)
    scheduler.start()
    yield scheduler
    scheduler.shutdown()


@pytest.fixture
def plan(clock: ManualClock) -> Plan:
    plan = Plan()
    plan.clock = clock
    return plan


def ids(sync: JobSynchronizer) -> list[str]:
    return sorted(job.id for job in sync.jobs())


def test_sync_is_idempotent_and_replaces_rather_than_accumulates(
    clock: ManualClock, scheduler: SteppedScheduler, plan: Plan
) -> None:
    plan.times["a"] = T0 + timedelta(minutes=30)
    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    first = ids(sync)
    job_objects = [id(j) for j in sync.jobs()]
    for _ in range(20):
        sync.sync()
    assert ids(sync) == first and len(first) == 1
    assert [id(j) for j in sync.jobs()] == job_objects  # untouched, not re-added

    for minutes in range(31, 60):  # the plan changes many times: still one job for "a"
        plan.times["a"] = T0 + timedelta(minutes=minutes)
        sync.sync()
    assert len(sync.jobs()) == 1
    assert sync.jobs()[0].name == "a"

    plan.times.clear()
    sync.sync()
    assert sync.jobs() == []
    assert scheduler.get_job(sync.tick_id) is not None  # the tick stays


def test_start_twice_keeps_one_tick(clock: ManualClock, scheduler: SteppedScheduler, plan: Plan) -> None:
    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    sync.start()
    assert [j.id for j in scheduler.get_jobs()] == [sync.tick_id]
    sync.stop()
    assert scheduler.get_jobs() == []


def test_jobs_run_through_apscheduler_once_at_their_clock_time(
    clock: ManualClock, scheduler: SteppedScheduler, plan: Plan
) -> None:
    plan.times["a"] = T0 + timedelta(minutes=10)
    plan.times["b"] = T0 + timedelta(minutes=20)
    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    for _ in range(30):
        step(clock, sync, scheduler, timedelta(minutes=1))
    assert plan.ran == [("a", T0 + timedelta(minutes=10)), ("b", T0 + timedelta(minutes=20))]
    assert sync.jobs() == []


def test_a_job_that_resyncs_from_inside_itself_survives(
    clock: ManualClock, scheduler: SteppedScheduler, plan: Plan
) -> None:
    """APScheduler removes a finished date job by id; a resync inside the job must not lose the next one."""

    def fire_and_plan_again(key: str) -> None:
        plan.ran.append((key, clock.now()))
        plan.times[key] = clock.now() + timedelta(minutes=5)
        sync.sync()  # e.g. the record changed inside the job

    plan.fire = fire_and_plan_again  # type: ignore[method-assign]
    plan.times["a"] = T0 + timedelta(minutes=5)
    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    for _ in range(16):
        step(clock, sync, scheduler, timedelta(minutes=1))
    assert [at for _, at in plan.ran] == [T0 + timedelta(minutes=m) for m in (5, 10, 15)]
    assert len(sync.jobs()) == 1


def test_tick_reports_clock_jumps_and_rederives(clock: ManualClock, scheduler: SteppedScheduler, plan: Plan) -> None:
    jumps: list[ClockJump] = []
    plan.times["a"] = T0 + timedelta(minutes=30)
    sync = JobSynchronizer(scheduler, clock, plan, on_jump=jumps.append)
    sync.start()

    clock.advance(timedelta(seconds=60))
    sync.tick()
    assert jumps == []

    clock.jump(timedelta(hours=3))  # forward: the overdue job runs once at the next tick
    sync.tick()
    scheduler.run_due()
    assert [j.kind for j in jumps] == [JumpKind.FORWARD]
    assert plan.ran == [("a", T0 + timedelta(hours=3, minutes=1))]

    clock.jump(timedelta(hours=-2))
    sync.tick()
    assert [j.kind for j in jumps] == [JumpKind.FORWARD, JumpKind.BACKWARD]
    assert sync.last_jump is jumps[-1]


def test_works_on_a_scheduler_that_is_not_started_yet(clock: ManualClock, plan: Plan) -> None:
    scheduler = SteppedScheduler(timezone=KST)
    plan.times["a"] = T0 + timedelta(minutes=30)
    sync = JobSynchronizer(scheduler, clock, plan)
    sync.start()
    sync.sync()
    sync.sync()
    assert len(sync.jobs()) == 1  # pending jobs are not duplicated
    scheduler.start()
    try:
        assert len(sync.jobs()) == 1
        step(clock, sync, scheduler, timedelta(minutes=30))
        assert [k for k, _ in plan.ran] == ["a"]
    finally:
        scheduler.shutdown()
