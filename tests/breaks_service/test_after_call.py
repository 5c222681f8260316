"""After a call, a due break waits the after-call grace with a heads-up (issue #19 item 2), without Qt."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.breaks_service.rig import at, org_policy
from wellcare.breaks.after_call import AfterCallGrace
from wellcare.breaks.screen import Status
from wellcare.policy import PolicyError, parse

MICRO = "micro"


def held_micro_break(make_rig, **kwargs):  # type: ignore[no-untyped-def]
    """The 9:30 micro-break, held by a call from 9:25 to 9:33."""
    rig = make_rig(**kwargs)
    rig.run_until(at(9, 25))
    rig.service.call_message("start")
    rig.run_until(at(9, 33))
    assert rig.shown_at() == [] and rig.service.status().status is Status.HELD_BY_CALL
    return rig


def test_after_a_call_the_break_waits_the_grace_with_a_heads_up(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = held_micro_break(make_rig)
    rig.service.call_message("end")
    rig.scheduler.run_due()
    assert rig.service.on_screen is None and rig.shown_at() == []
    assert len(rig.heads_ups) == 1 and rig.heads_ups[0].seconds == 60 and rig.heads_ups[0].due.after_call
    rig.run_until(at(9, 33, 59), every=timedelta(seconds=1))
    assert rig.service.on_screen is None and rig.shown_at() == []  # 59 s of after-call work: no overlay
    rig.step(timedelta(seconds=1))
    assert rig.shown_at() == [(at(9, 34), MICRO)] and rig.service.on_screen is not None
    assert len(rig.heads_ups) == 1


def test_a_grace_of_zero_shows_the_break_when_the_call_ends(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = held_micro_break(make_rig, policy=org_policy(calls={"after_call_grace_s": 0}))
    rig.service.call_message("end")
    rig.scheduler.run_due()
    assert rig.shown_at() == [(at(9, 33), MICRO)]


def test_a_new_call_during_the_grace_holds_the_break_again(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = held_micro_break(make_rig)
    rig.service.call_message("end")
    rig.scheduler.run_due()
    rig.run_until(at(9, 33, 30), every=timedelta(seconds=5))
    rig.service.call_message("start")  # the next call comes in during the after-call work
    rig.run_until(at(9, 36), every=timedelta(seconds=5))
    assert rig.shown_at() == [] and rig.service.status().status is Status.HELD_BY_CALL
    rig.service.call_message("end")
    rig.scheduler.run_due()
    rig.run_until(at(9, 36, 55), every=timedelta(seconds=5))
    assert rig.shown_at() == []  # a fresh grace from the second call's end
    rig.run_until(at(9, 37, 5), every=timedelta(seconds=5))
    assert rig.shown_at() == [(at(9, 37), MICRO)]
    assert [h.seconds for h in rig.heads_ups] == [60, 60]


def test_a_clock_jump_during_the_grace_neither_bursts_nor_cuts_it_short(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = held_micro_break(make_rig)
    rig.service.call_message("end")
    rig.step(timedelta(seconds=10))
    rig.clock.jump(timedelta(hours=1))  # NTP or a user moves the wall clock during the grace
    rig.service.tick()
    rig.scheduler.run_due()
    assert rig.shown_at() == []  # the grace still has 50 s of real time left
    for _ in range(20):
        rig.step(timedelta(seconds=5))
    assert len(rig.shown_at()) == 1  # one break, not one per missed interval
    (when, kind), = rig.shown_at()
    assert kind == MICRO and when == at(10, 34)


def test_a_break_falling_due_just_after_a_call_also_waits_the_grace(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 25))
    rig.service.call_message("start")
    rig.run_until(at(9, 29, 50), every=timedelta(seconds=10))
    rig.service.call_message("end")  # the micro-break is due at 9:30, ten seconds from now
    rig.run_until(at(9, 30, 45), every=timedelta(seconds=5))
    assert rig.shown_at() == []
    rig.run_until(at(9, 31), every=timedelta(seconds=5))
    assert rig.shown_at() == [(at(9, 30, 50), MICRO)]


def test_the_grace_is_a_checked_policy_key() -> None:
    from pathlib import Path

    assert parse("[calls]\nafter_call_grace_s = 0\n", Path("p.toml")).get("calls", "after_call_grace_s") == 0
    with pytest.raises(PolicyError, match="after_call_grace_s must be seconds, from 0 to 600"):
        parse("[calls]\nafter_call_grace_s = 601\n", Path("p.toml"))
    with pytest.raises(ValueError):
        AfterCallGrace(clock=None, grace=timedelta(seconds=-1))  # type: ignore[arg-type]
