"""Breaks through the real APScheduler and the job synchronizer, on a ManualClock (no sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.breaks.rig import MONDAY, Rig, at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, BreakPlanner, BreakSettings, daily_summary
from wellcare.schedule.clock import ManualClock

MICRO, REST = "micro", "rest"


@pytest.fixture
def rig() -> Iterator[Rig]:
    rig = Rig(ManualClock(at(8, 55)))
    yield rig
    rig.close()


def test_a_whole_shift_on_a_fast_clock(rig: Rig) -> None:
    rig.run_until(at(18, 30))
    micro_times = [(9, 30), (10, 1), (10, 32), (11, 40), (12, 11), (12, 42), (13, 50), (14, 21), (14, 52)]
    expected = [
        *((at(h, m), MICRO) for h, m in micro_times[:3]),
        (at(11, 0), REST),
        *((at(h, m), MICRO) for h, m in micro_times[3:6]),
        (at(13, 10), REST),
        *((at(h, m), MICRO) for h, m in micro_times[6:]),
        (at(15, 20), REST),
        (at(16, 0), MICRO),
        (at(16, 31), MICRO),
        (at(17, 2), MICRO),
        (at(17, 30), REST),
    ]
    assert rig.shown_at() == expected
    assert [when for when, _ in rig.notices] == [when - timedelta(seconds=30) for when, _ in expected]
    day = daily_summary(rig.record, rig.clock.now().tzinfo)[MONDAY.date()]
    assert (day.shown, day.taken, day.skipped, day.postponed) == (16, 16, 0, 0)
    assert day.break_time == timedelta(minutes=12 + 40)
    assert len(rig.sync.jobs()) == 2  # tomorrow's heads-up and break, nothing accumulated


def test_three_hour_jump_forward_shows_exactly_one_break(rig: Rig) -> None:
    rig.run_until(at(10, 15))
    assert rig.shown_at() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    rig.clock.jump(timedelta(hours=3))  # 13:15; the micro at 10:32 and the rest at 11:00 were missed
    for _ in range(10):
        rig.step(timedelta(seconds=1))
    assert rig.shown_at()[2:] == [(at(13, 15, 1), REST)]  # one break, not a burst
    rig.run_until(at(13, 50))
    assert rig.shown_at()[3:] == []  # next micro is 30 min after the rest ends (13:55)
    assert rig.sync.last_jump is not None and rig.sync.last_jump.drift == timedelta(hours=3)


def test_jump_back_fires_nothing_early_or_twice(rig: Rig) -> None:
    rig.run_until(at(9, 40))
    assert rig.shown_at() == [(at(9, 30), MICRO)]
    rig.clock.jump(timedelta(minutes=-30))  # 09:10 again
    rig.run_until(at(10, 10))
    # the 09:30 break is not shown again at 09:30 and nothing comes early: the break taken at
    # "09:31" counts as just taken until the clock passes 09:31 again (so the next one may come late)
    assert rig.shown_at() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    assert rig.sync.last_jump is not None and rig.sync.last_jump.drift == timedelta(minutes=-30)


def test_break_due_during_a_call_waits_for_the_call_to_end(rig: Rig) -> None:
    rig.run_until(at(9, 25))
    rig.call_started = at(9, 25)
    rig.sync.sync()  # the call tracker says a call started
    rig.run_until(at(9, 34))
    assert rig.shown_at() == [] and rig.notices == []
    rig.call_started = None  # call ended
    rig.sync.sync()
    rig.scheduler.run_due()
    assert rig.shown_at() == [(at(9, 34), MICRO)]


def test_break_due_during_a_long_call_shows_when_the_wait_runs_out(rig: Rig) -> None:
    rig.call_started = at(9, 20)
    rig.run_until(at(9, 50))
    assert rig.shown_at() == [(at(9, 40), MICRO)]  # due 09:30 + 10 min policy limit
    assert [when for when, _ in rig.notices] == [at(9, 39, 30)]


def test_postpone_through_the_record(rig: Rig) -> None:
    rig.auto_take = False
    rig.run_until(at(9, 30))
    planner = BreakPlanner(rig.settings)
    rig.record.append(planner.postpone(rig.record, rig.clock.now()))
    rig.sync.sync()
    rig.run_until(at(9, 36))
    assert rig.shown_at() == [(at(9, 30), MICRO), (at(9, 35), MICRO)]


def test_an_idle_period_resets_the_plan(rig: Rig) -> None:
    rig.run_until(at(9, 20))
    natural = BreakPlanner(rig.settings).natural_break(at(9, 5), at(9, 20))
    rig.record.append(natural)
    rig.sync.sync()
    rig.run_until(at(11, 0))
    assert rig.shown_at()[0] == (at(9, 50), MICRO)


def test_a_shown_break_is_shown_again_only_if_nobody_answered(rig: Rig) -> None:
    rig.auto_take = False  # the overlay crashed: nothing recorded after SHOWN
    rig.run_until(at(9, 36))
    assert rig.shown_at() == [(at(9, 30), MICRO), (at(9, 33), MICRO), (at(9, 36), MICRO)]


def test_a_settings_change_rederives_the_jobs(rig: Rig) -> None:
    rig.run_until(at(9, 20))
    rig.settings = BreakSettings(micro_every_min=15)
    rig.sync.sync()  # settings changed: the micro-break is overdue since 09:15
    rig.scheduler.run_due()
    assert rig.shown_at() == [(at(9, 20), MICRO)]
    assert rig.record[0] == BreakEvent(BreakKind.MICRO, BreakAction.SHOWN, rig.shown[0][0])
