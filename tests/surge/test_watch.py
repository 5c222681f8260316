"""The notice in force by the injected clock, and its end by itself: a real APScheduler job, no sleeping."""

from __future__ import annotations

from datetime import timedelta

from tests.schedule.harness import SteppedScheduler
from tests.surge.helpers import MAX, at, cancel_of, publish, surge
from wellcare.capabilities import SurgeMode
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.programs.surge import SurgeSettings, SurgeWatch, read_surge_notices
from wellcare.programs.surge.watch import JOB_KEY
from wellcare.schedule.clock import ManualClock

SETTINGS = SurgeSettings(micro_every_min=15, rest_every_min=60, decompression_after_hard_call=True, max_duration=MAX)


def watch_on(clock: ManualClock, scheduler: SteppedScheduler, settings: SurgeSettings = SETTINGS) -> SurgeWatch:
    watch = SurgeWatch(clock, settings)
    watch.start(scheduler)
    return watch


def advance(clock: ManualClock, watch: SurgeWatch, scheduler: SteppedScheduler, delta: timedelta) -> None:
    clock.advance(delta)
    assert watch.sync is not None
    watch.sync.tick()
    scheduler.run_due()


def test_an_active_notice_carries_the_policys_surge_settings(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler)
    assert isinstance(watch, SurgeMode)
    notice = surge(at(7, 8), at(7, 18))
    publish(share, keys.signing, notice)
    watch.update(read_surge_notices(share, keys.public().verify_key))
    active = watch.active_surge(clock.now())
    assert active is not None and (active.micro_every_min, active.rest_every_min) == (15, 60)
    assert active.end == at(7, 18) and active.reason["en"].startswith("Flood") and active.decompression_after_hard_call


def test_without_surge_settings_a_notice_is_active_but_changes_nothing(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler, SurgeSettings())
    publish(share, keys.signing, surge(at(7, 8), at(7, 18)))
    watch.update(read_surge_notices(share, keys.public().verify_key))
    active = watch.active_surge(clock.now())
    assert active is not None and not active.changes_anything


def test_the_notice_ends_by_itself_at_its_end_time(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler)
    heard: list[bool] = []
    watch.subscribe_surge(lambda: heard.append(watch.active_surge(clock.now()) is not None))
    publish(share, keys.signing, surge(at(7, 8), at(7, 9)))
    watch.update(read_surge_notices(share, keys.public().verify_key))
    assert heard == [True]
    [_job] = [j for j in scheduler.get_jobs() if JOB_KEY in j.id]
    advance(clock, watch, scheduler, timedelta(minutes=29))
    assert heard == [True] and watch.active_surge(clock.now()) is not None
    advance(clock, watch, scheduler, timedelta(minutes=1))  # 09:00: the job at the end runs
    assert heard == [True, False] and watch.active_surge(clock.now()) is None
    assert not [j for j in scheduler.get_jobs() if JOB_KEY in j.id]  # nothing left to wait for


def test_an_announced_notice_starts_by_itself(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler)
    heard: list[str] = []
    watch.subscribe_surge(lambda: heard.append("changed"))
    publish(share, keys.signing, surge(at(7, 9), at(7, 12), issued=at(7, 8)))
    watch.update(read_surge_notices(share, keys.public().verify_key))
    assert watch.active_surge(clock.now()) is None and heard == []
    advance(clock, watch, scheduler, timedelta(minutes=30))
    assert watch.active_surge(clock.now()) is not None and heard == ["changed"]


def test_a_cancel_read_later_ends_the_surge_at_once(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler)
    notice = surge(at(7, 8), at(7, 18))
    publish(share, keys.signing, notice)
    watch.update(read_surge_notices(share, keys.public().verify_key))
    heard: list[str] = []
    watch.subscribe_surge(lambda: heard.append("changed"))
    publish(share, keys.signing, cancel_of(notice, at(7, 8, 30)))
    watch.update(read_surge_notices(share, keys.public().verify_key))
    assert watch.active_surge(clock.now()) is None and heard == ["changed"]


def test_the_clock_alone_decides_even_before_the_job_runs(
    share: FolderTransport, keys: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    watch = watch_on(clock, scheduler)
    publish(share, keys.signing, surge(at(7, 8), at(7, 9)))
    watch.update(read_surge_notices(share, keys.public().verify_key))
    clock.advance(timedelta(hours=2))  # a suspend: nothing ran
    assert watch.active_surge(clock.now()) is None
