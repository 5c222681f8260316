"""A surge notice in force shortens the break intervals by the policy's [surge] settings, and only then.

A real vault, a real stepped APScheduler, a ManualClock and a real exchange folder with a notice
signed by the coordinator's key: the same SurgeWatch the app uses is the breaks' ``SurgeMode``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from tests.breaks_service.rig import KST, ServiceRig, at
from tests.surge.helpers import publish, surge
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.programs.surge import SurgeSettings, SurgeWatch, read_surge_notices

SURGE = SurgeSettings(micro_every_min=15, rest_every_min=60, decompression_after_hard_call=True)


def with_watch(rig: ServiceRig, tmp_path: Path, start: datetime, end: datetime, settings: SurgeSettings = SURGE,
               key: CoordinatorKeys | None = None) -> SurgeWatch:
    keys = CoordinatorKeys.generate()
    share = FolderTransport.create(tmp_path / "exchange", fsync=False)
    publish(share, (key or keys).signing, surge(start, end, issued=start - timedelta(hours=1)))
    watch = SurgeWatch(rig.clock, settings)
    watch.start(rig.scheduler)
    watch.subscribe_surge(rig.service.resync)
    rig.service.surge = watch
    watch.update(read_surge_notices(share, keys.public().verify_key))
    return watch


def run(rig: ServiceRig, watch: SurgeWatch, until: datetime) -> None:
    while rig.clock.now() < until:
        assert watch.sync is not None
        rig.clock.advance(timedelta(seconds=60))
        watch.sync.tick()
        rig.step(timedelta(0))


def micro_breaks(rig: ServiceRig) -> list[datetime]:
    return [when for when, kind in rig.shown_at() if kind == "micro"]


def test_an_active_notice_shortens_the_micro_break_interval(
    make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    rig = make_rig()
    watch = with_watch(rig, tmp_path, at(8), at(18))
    run(rig, watch, at(9, 50))
    first, second = micro_breaks(rig)[:2]
    assert first == at(9, 15) and second - first <= timedelta(minutes=17)  # 15 min after the 1-min break


def test_without_a_notice_the_interval_is_the_usual_one(make_rig: Callable[..., ServiceRig], tmp_path: Path) -> None:
    rig = make_rig()
    watch = with_watch(rig, tmp_path, at(8), at(18), key=CoordinatorKeys.generate())  # forged: another key
    run(rig, watch, at(9, 50))
    assert micro_breaks(rig)[0] == at(9, 30)


def test_a_notice_without_surge_settings_changes_no_interval(
    make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    rig = make_rig()
    watch = with_watch(rig, tmp_path, at(8), at(18), settings=SurgeSettings())
    assert watch.active_surge(rig.clock.now()) is not None
    run(rig, watch, at(9, 50))
    assert micro_breaks(rig)[0] == at(9, 30)


def test_when_the_notice_ends_by_itself_the_usual_interval_returns(
    make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    rig = make_rig()
    watch = with_watch(rig, tmp_path, at(8), at(9, 20))
    run(rig, watch, at(11))
    shown = micro_breaks(rig)
    assert shown[0] == at(9, 15)  # during the surge
    assert shown[1] - shown[0] >= timedelta(minutes=30)  # after it: every 30 minutes again
    assert watch.active_surge(rig.clock.now()) is None and KST is not None
