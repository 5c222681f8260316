"""Idle time, suspends, calls and clock jumps, as BreaksService handles them (no Qt anywhere)."""

from __future__ import annotations

from datetime import timedelta

from tests.breaks_service.rig import at, org_policy
from wellcare.breaks.events import BreakAction
from wellcare.breaks.screen import Status

MICRO, REST = "micro", "rest"


def test_idle_as_long_as_a_break_is_credited_as_a_natural_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    rig.run_until(at(9, 20))
    rig.run_until(at(9, 22, 30), every=timedelta(seconds=10), touch=False)  # away for 2.5 min
    rig.step(timedelta(seconds=10))  # back at the keyboard
    assert rig.actions(BreakAction.NATURAL) == [(at(9, 22, 30), MICRO, "natural")]
    rig.run_until(at(9, 52))
    assert rig.shown_at() == []  # the 9:30 micro-break was taken by being away
    rig.run_until(at(9, 53))
    assert rig.shown_at() == [(at(9, 52, 30), MICRO)]


def test_idle_shorter_than_a_break_and_idle_on_a_call_count_for_nothing(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    rig.run_until(at(9, 10))
    rig.run_until(at(9, 10, 40), every=timedelta(seconds=10), touch=False)  # 40 s: shorter than a micro-break
    rig.step(timedelta(seconds=10))
    rig.calls.set(True, "hook")  # a headset call: hands off the keyboard, but working
    rig.run_until(at(9, 16), every=timedelta(seconds=10), touch=False)
    rig.calls.set(False, "hook")
    rig.step(timedelta(seconds=10))
    assert rig.actions(BreakAction.NATURAL) == []


def test_a_call_holds_a_due_break_until_it_ends(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 25))
    rig.service.call_message("start")
    rig.run_until(at(9, 33))
    assert rig.shown_at() == [] and rig.service.status().status is Status.HELD_BY_CALL
    rig.service.call_message("end")  # released after the after-call grace (60 s by default)
    rig.run_until(at(9, 34), every=timedelta(seconds=10))
    assert rig.shown_at() == [(at(9, 34), MICRO)] and rig.service.on_screen is not None


def test_a_long_call_holds_a_break_only_up_to_the_limit(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=org_policy({"call_wait_limit_min": 10}))
    rig.run_until(at(9, 25))
    rig.service.toggle_call()  # the tray's "On a call"
    rig.run_until(at(9, 50))
    assert rig.shown_at() == [(at(9, 40), MICRO)]  # due 9:30, held 10 minutes, no longer
    assert rig.calls.on_call
    rig.service.toggle_call()
    assert not rig.calls.on_call


def test_a_running_softphone_is_a_call(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=org_policy(calls={"softphone_processes": ["MicroSIP.exe"]}), processes=set())
    rig.run_until(at(9, 25))
    rig.processes.add("microsip")
    rig.run_until(at(9, 35))
    assert rig.calls.on_call and rig.calls.sources == {"softphone"}
    assert rig.shown_at() == []
    rig.processes.clear()
    rig.run_until(at(9, 37))
    assert not rig.calls.on_call
    assert rig.shown_at() == [(at(9, 36, 30), MICRO)]  # the softphone closed at 9:35:30, then the grace


def test_a_three_hour_jump_forward_shows_exactly_one_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(10, 15))
    assert rig.shown_at() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    rig.clock.jump(timedelta(hours=3))  # 13:15: the 10:32 micro and the 11:00 rest were missed
    for _ in range(10):
        rig.step(timedelta(seconds=1))
    assert rig.shown_at()[2:] == [(at(13, 15, 1), REST)]  # one break, not a burst
    assert len(rig.shown) == 3
    rig.run_until(at(13, 50))
    assert rig.shown_at()[3:] == []
    assert rig.service.sync is not None and rig.service.sync.last_jump is not None
    assert rig.service.sync.last_jump.drift == timedelta(hours=3)


def test_a_suspend_with_both_clocks_running_is_time_away_unless_on_a_call(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 10))
    rig.clock.advance(timedelta(minutes=20))  # Windows: the monotonic clock runs on through sleep
    rig.step(timedelta(seconds=1))
    assert rig.actions(BreakAction.NATURAL) == [(at(9, 30, 1), REST, "natural")]
    assert rig.shown_at() == []
    next_break = rig.service.next_break()
    assert next_break is not None and next_break.due == at(10, 0, 1)


def test_without_an_idle_backend_it_asks_again_for_an_hour_then_stops(make_rig) -> None:  # type: ignore[no-untyped-def]
    waits: list[timedelta | None] = []
    rig = make_rig()
    rig.service.hooks.arm_presence = waits.append
    rig.service.poll_presence()
    assert waits[-1] == timedelta(minutes=10)
    for _ in range(7):
        rig.clock.advance(timedelta(minutes=10))
        rig.service.poll_presence()
    assert waits[-1] is None  # given up: nothing to poll for
    assert rig.service.idle_status is not None and not rig.service.idle_status.available
