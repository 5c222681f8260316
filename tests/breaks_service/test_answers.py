"""What the counselor may do about a break, decided by BreaksService alone (no Qt anywhere)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.breaks_service.rig import at, org_policy
from wellcare.breaks.events import BreakAction, BreakKind
from wellcare.breaks.screen import Status

MICRO, REST = "micro", "rest"


def test_postpone_limit_then_postponing_is_no_longer_offered_or_accepted(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=org_policy({"max_postpones": 2, "postpone_min": 5}), auto_take=False)
    rig.run_until(at(9, 30))
    for expected_at in (at(9, 35), at(9, 40)):
        assert rig.service.on_screen is not None and rig.service.on_screen.can_postpone
        rig.service.postpone_shown()
        assert rig.service.on_screen is None and rig.hidden >= 1
        rig.run_until(expected_at)
        assert rig.shown_at()[-1] == (expected_at, MICRO)
    on_screen = rig.service.on_screen
    assert on_screen is not None and not on_screen.can_postpone and on_screen.can_skip
    rig.service.postpone_shown()  # refused: nothing recorded, the break stays on screen
    assert rig.service.on_screen is on_screen
    assert rig.service.postpone_from_notice() is False
    postponed = rig.actions(BreakAction.POSTPONED)
    assert [when for when, _, _ in postponed] == [at(9, 30), at(9, 35)]


def test_the_heads_up_offers_the_postpone_and_postponing_from_it_moves_the_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=org_policy({"max_postpones": 1, "postpone_min": 5}))
    rig.run_until(at(9, 29, 30))
    assert [(h.due.kind, h.seconds, h.postpone_minutes) for h in rig.heads_ups] == [(BreakKind.MICRO, 30, 5)]
    assert rig.service.postpone_from_notice() is True  # 5 minutes from now
    rig.run_until(at(9, 34, 15))
    assert rig.shown_at() == [] and len(rig.heads_ups) == 2
    assert rig.heads_ups[-1].postpone_minutes == 0  # none left: the heads-up no longer offers one
    rig.step(timedelta(seconds=15))
    assert rig.shown_at() == [(at(9, 34, 30), MICRO)]


def test_skipping_is_recorded_and_restarts_the_timer(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 30))
    assert rig.service.on_screen is not None and rig.service.on_screen.can_skip
    rig.service.skip_shown()
    assert rig.actions(BreakAction.SKIPPED) == [(at(9, 30), MICRO, "skipped")]
    assert rig.service.on_screen is None
    next_break = rig.service.next_break()
    assert next_break is not None and next_break.due == at(10, 0)  # 30 min from the skip


def test_strict_mode_offers_no_skip_and_no_end_early(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=org_policy({"strict": True, "max_postpones": 1}), auto_take=False)
    rig.run_until(at(9, 30))
    on_screen = rig.service.on_screen
    assert on_screen is not None
    assert (on_screen.can_postpone, on_screen.can_skip, on_screen.can_end_early) == (True, False, False)
    rig.service.skip_shown()  # not offered: nothing happens
    assert rig.service.on_screen is on_screen and rig.actions(BreakAction.SKIPPED) == []
    rig.service.postpone_shown()
    rig.auto_take = True
    rig.run_until(at(9, 36, 30))
    assert rig.actions(BreakAction.TAKEN) == [(at(9, 36), MICRO, "taken")]
    assert rig.actions(BreakAction.SKIPPED) == []


def test_ending_early_counts_the_time_spent(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 30))
    rig.step(timedelta(seconds=20))
    rig.service.end_early()
    taken = [e for e in rig.events() if e.action is BreakAction.TAKEN]
    assert len(taken) == 1 and taken[0].duration == timedelta(seconds=20)


def test_a_protected_break_takes_over_a_scheduled_one_and_cannot_be_skipped(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 30))
    rig.step(timedelta(seconds=10))
    rig.service.start_protected_break(15, "decompression", "Hard Call!")
    on_screen = rig.service.on_screen
    assert on_screen is not None and on_screen.protected and on_screen.kind is BreakKind.RECOVERY
    assert on_screen.exercise_id == "decompression" and not on_screen.can_postpone and not on_screen.can_skip
    assert rig.actions(BreakAction.TAKEN) == [(at(9, 30, 10), MICRO, "taken")]  # merged: 10 s taken
    assert rig.service.store.reasons(BreakKind.RECOVERY, BreakAction.SHOWN, at(0, 0)) == ["hardcall"]
    rig.service.skip_shown()
    rig.service.postpone_shown()
    assert rig.service.on_screen is on_screen
    rig.service.start_protected_break(15, "decompression", "hard_call")  # asked again: raised, not doubled
    assert rig.shown[-1] is on_screen and len(rig.actions(BreakAction.SHOWN)) == 2
    assert rig.service.status().status is Status.ON_BREAK
    rig.clock.advance(timedelta(minutes=15))
    rig.service.finish()
    next_break = rig.service.next_break()
    assert next_break is not None and next_break.due == at(10, 15, 10)  # timers restart from its end
    with pytest.raises(ValueError):
        rig.service.start_protected_break(0, None, "hard_call")


def test_the_exercise_comes_from_the_suggestion_else_a_fixed_one(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    asked: list[dict[str, object]] = []
    rig.service.hooks.recommend = lambda context: asked.append(dict(context)) or ["box_breathing"]
    rig.run_until(at(9, 30))
    assert rig.shown[-1].exercise_id == "box_breathing"
    assert asked == [{"after": "micro_break", "max_seconds": 60}]
    rig.service.finish()

    def broken(context: object) -> list[str]:
        raise RuntimeError("programs is down")

    rig.service.hooks.recommend = broken
    rig.run_until(at(10, 1))
    assert rig.shown[-1].exercise_id == "micro_reset"


def test_the_record_survives_a_restart_and_no_break_repeats(make_rig, profile_dir) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 45))
    assert rig.shown_at() == [(at(9, 30), MICRO)]
    rig.close()
    again = make_rig(start=at(9, 50))  # restarted within minutes: the session (and the timers) carry on
    again.run_until(at(10, 5))
    assert again.shown_at() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    assert again.actions(BreakAction.TAKEN) == [(at(9, 31), MICRO, "taken"), (at(10, 2), MICRO, "taken")]
