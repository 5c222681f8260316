"""Pausing breaks, resuming and a break on request, decided by BreaksService alone (no Qt anywhere)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.breaks_service.rig import MONDAY, at, org_policy
from wellcare.breaks.events import BreakAction, BreakKind
from wellcare.breaks.pause import PauseChoice, PauseRefused


def test_no_heads_up_and_no_break_while_paused_then_timers_restart_when_it_ends(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 10))
    rig.service.pause(at(10, 10))
    assert rig.service.paused_until() == at(10, 10)
    rig.run_until(at(10, 10))
    assert rig.heads_ups == [] and rig.shown == [] and rig.shown_at() == []  # 9:30 and 10:00 fell in the pause
    assert rig.service.paused_until() is None
    next_break = rig.service.next_break()
    assert next_break is not None and next_break.due == at(10, 40)  # 30 min of work after the pause
    rig.run_until(at(10, 40, 30))
    assert rig.shown_at() == [(at(10, 40), "micro")]


def test_resume_ends_the_pause_now(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 10))
    rig.service.pause(at(12, 0))
    rig.run_until(at(9, 50))
    rig.service.resume()
    assert rig.service.paused_until() is None
    rig.run_until(at(10, 20, 30))
    assert rig.shown_at() == [(at(10, 20), "micro")]


def test_a_restart_keeps_the_pause(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 10))
    rig.service.pause(at(11, 0))
    rig.close()
    again = make_rig(start=at(9, 12))
    assert again.service.paused_until() == at(11, 0)
    again.run_until(at(10, 30))
    assert again.shown_at() == [] and again.heads_ups == []


def test_a_protected_break_after_a_hard_call_still_shows_while_paused(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 10))
    rig.service.pause(at(11, 0))
    rig.service.start_protected_break(15, None, "hard_call")
    on_screen = rig.service.on_screen
    assert on_screen is not None and on_screen.protected and rig.shown[-1] is on_screen


def test_the_policy_may_forbid_pausing_or_cap_it(make_rig) -> None:  # type: ignore[no-untyped-def]
    forbidden = make_rig(policy=org_policy({"allow_pause": False}))
    assert forbidden.service.pause_offers() == {}
    with pytest.raises(PauseRefused, match="does not allow"):
        forbidden.service.pause(at(9, 30))
    forbidden.close()
    capped = make_rig(policy=org_policy({"max_pause_min": 45}))
    assert list(capped.service.pause_offers()) == [PauseChoice.HALF_HOUR]
    with pytest.raises(PauseRefused, match="at most 45 minutes"):
        capped.service.pause(at(9, 55))
    assert capped.service.paused_until() is None


def test_until_tomorrow_means_until_the_next_shift_starts(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(16, 0, day=MONDAY + timedelta(days=4)))  # a Friday: the next shift is Monday 09:00
    offers = rig.service.pause_offers()
    assert offers[PauseChoice.HALF_HOUR] == at(16, 30, day=MONDAY + timedelta(days=4))
    assert offers[PauseChoice.TOMORROW] == at(9, 0, day=MONDAY + timedelta(days=7))


def test_a_break_now_on_request_is_shown_and_recorded_even_while_paused(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 10))
    rig.service.pause(at(10, 0))
    assert rig.service.take_break_now() is True
    assert rig.shown[-1].kind is BreakKind.MICRO and rig.shown_at() == [(at(9, 10), "micro")]
    assert rig.service.take_break_now() is False  # one is already on screen
    rig.step(timedelta(minutes=1))
    rig.service.finish()
    assert rig.actions(BreakAction.TAKEN)[-1][:2] == (at(9, 11), "micro")


def test_the_pause_policy_keys_are_validated_with_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.policy import PolicyError, load

    policy = tmp_path / "policy.toml"
    policy.write_text("[breaks]\nallow_pause = false\nmax_pause_min = 90\n", encoding="utf-8")
    loaded = load(policy)
    assert loaded.get("breaks", "allow_pause") is False and loaded.get("breaks", "max_pause_min") == 90
    policy.write_text("[breaks]\nmax_pause_min = -5\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="max_pause_min"):
        load(policy)
    policy.write_text('[breaks]\nallow_pause = "yes"\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="allow_pause"):
        load(policy)
