"""The pure break plan, with explicit times (no clock needed: now is an argument)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from tests.breaks.rig import MONDAY, at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, BreakPlanner, BreakRefused, BreakSettings

MICRO, REST, RECOVERY = BreakKind.MICRO, BreakKind.REST, BreakKind.RECOVERY
PLANNER = BreakPlanner(BreakSettings())


def taken(kind: BreakKind, end, seconds: float = 60) -> BreakEvent:
    return BreakEvent(kind, BreakAction.TAKEN, end, seconds)


def ev(kind: BreakKind, action: BreakAction, when, seconds: float = 0) -> BreakEvent:
    return BreakEvent(kind, action, when, seconds)


# -- interval -------------------------------------------------------------------------------------


def test_first_micro_break_one_interval_after_shift_start() -> None:
    due = PLANNER.next_break([], at(9, 5))
    assert due is not None
    assert (due.kind, due.due, due.show_at) == (MICRO, at(9, 30), at(9, 30))
    assert due.notice_at == at(9, 29, 30)
    assert due.length == timedelta(minutes=1) and due.postpones_left == 2 and due.can_skip


def test_micro_interval_runs_from_the_end_of_the_last_break() -> None:
    record = [taken(MICRO, at(9, 31))]
    assert PLANNER.next_break(record, at(9, 40)).due == at(10, 1)


def test_rest_break_covers_a_coinciding_micro_break_and_resets_it() -> None:
    record = [taken(MICRO, at(9, 30)), taken(MICRO, at(10, 0)), taken(MICRO, at(10, 30))]
    due = PLANNER.next_break(record, at(10, 45))
    assert (due.kind, due.due) == (REST, at(11, 0))  # not a micro at 11:00 as well
    record.append(taken(REST, at(11, 10), 600))
    assert (PLANNER.next_break(record, at(11, 11)).kind, PLANNER.next_break(record, at(11, 11)).due) == (
        MICRO,
        at(11, 40),
    )


def test_micro_break_shortly_before_a_rest_break_waits_for_it() -> None:
    record = [taken(MICRO, at(10, 20))]  # micro would be due 10:50, rest at 11:00
    due = PLANNER.next_break(record, at(10, 30))
    assert (due.kind, due.due) == (REST, at(11, 0))
    record = [taken(MICRO, at(10, 0))]  # micro due 10:30, half an hour before the rest: it comes
    assert PLANNER.next_break(record, at(10, 10)).kind is MICRO


def test_disabled_kinds_are_not_planned() -> None:
    planner = BreakPlanner(BreakSettings(micro_enabled=False))
    due = planner.next_break([], at(9, 0))
    assert (due.kind, due.due) == (REST, at(11, 0))
    assert BreakPlanner(BreakSettings(micro_enabled=False, rest_enabled=False)).next_break([], at(9)) is None


# -- shift edges ----------------------------------------------------------------------------------


def test_no_break_before_the_shift_starts() -> None:
    due = PLANNER.next_break([], at(6, 0))
    assert due.due == at(9, 30) and due.notice_at > at(9, 0)


def test_no_break_after_the_shift_ends_the_next_one_is_tomorrow() -> None:
    tuesday = MONDAY + timedelta(days=1)
    assert PLANNER.next_break([], at(18, 0)).due == at(9, 30, day=tuesday)
    assert PLANNER.next_break([], at(23, 59)).due == at(9, 30, day=tuesday)


def test_a_break_that_cannot_finish_before_the_shift_ends_is_not_planned() -> None:
    record = [taken(MICRO, at(17, 29)), taken(REST, at(15, 51), 600)]  # rest would be due 17:51
    due = PLANNER.next_break(record, at(17, 40))
    assert due.due == at(17, 59)  # the micro fits (ends 18:00), the rest does not
    record.append(taken(MICRO, at(17, 40)))
    assert PLANNER.next_break(record, at(17, 41)).due == at(9, 30, day=MONDAY + timedelta(days=1))


def test_weekend_is_skipped_and_yesterday_does_not_count() -> None:
    friday = MONDAY - timedelta(days=3)
    record = [taken(MICRO, at(17, 55, day=friday)), ev(MICRO, BreakAction.POSTPONED, at(17, 58, day=friday), 300)]
    due = PLANNER.next_break(record, at(19, 0, day=friday))
    assert due.due == at(9, 30) and due.postpones_left == 2


def test_overnight_shift() -> None:
    planner = BreakPlanner(BreakSettings(shift_start=time(22, 0), shift_end=time(6, 0)))
    assert planner.next_break([], at(20, 0)).due == at(22, 30)
    tuesday = MONDAY + timedelta(days=1)
    record = [taken(REST, at(1, 30, day=tuesday), 600), taken(MICRO, at(2, 0, day=tuesday))]
    assert planner.next_break(record, at(2, 10, day=tuesday)).due == at(2, 30, day=tuesday)
    friday_night = MONDAY + timedelta(days=4)
    saturday = friday_night + timedelta(days=1)
    friday_shift = planner.next_break([], at(3, 0, day=saturday))  # still Friday's shift: rest overdue since 00:00
    assert (friday_shift.kind, friday_shift.due) == (REST, at(0, 0, day=saturday))
    assert planner.next_break([], at(7, 0, day=saturday)).due == at(22, 30, day=MONDAY + timedelta(days=7))


# -- postpone and skip ----------------------------------------------------------------------------


def test_postpone_is_limited_in_count_and_length() -> None:
    record: list[BreakEvent] = []
    with pytest.raises(BreakRefused):
        PLANNER.postpone(record, at(9, 10))  # nothing due yet
    first = PLANNER.postpone(record, at(9, 29, 40))  # from the heads-up
    assert (first.kind, first.action, first.duration) == (MICRO, BreakAction.POSTPONED, timedelta(minutes=5))
    record.append(first)
    due = PLANNER.next_break(record, at(9, 30))
    assert due.due == at(9, 34, 40) and due.postpones_left == 1

    with pytest.raises(BreakRefused):
        PLANNER.postpone(record, at(9, 35), length=timedelta(minutes=6))
    record.append(PLANNER.postpone(record, at(9, 35), length=timedelta(minutes=2)))
    assert PLANNER.next_break(record, at(9, 35)).due == at(9, 37)
    with pytest.raises(BreakRefused, match="postponed 2 times"):
        PLANNER.postpone(record, at(9, 37))

    record.append(taken(MICRO, at(9, 38)))  # a new cycle gets its own postpones
    assert PLANNER.next_break(record, at(9, 40)).postpones_left == 2


def test_postpone_refers_to_the_break_on_screen() -> None:
    with pytest.raises(BreakRefused):
        PLANNER.postpone([], at(9, 30), kind=REST)
    assert PLANNER.postpone([], at(9, 30), kind=MICRO).kind is MICRO


def test_skip_is_refused_in_strict_mode_and_allowed_otherwise() -> None:
    strict = BreakPlanner(BreakSettings(strict_mode=True))
    due = strict.next_break([], at(9, 30))
    assert not due.can_skip
    with pytest.raises(BreakRefused, match="strict"):
        strict.skip([], at(9, 30))
    assert strict.postpone([], at(9, 30)).action is BreakAction.POSTPONED  # postponing stays possible

    skipped = PLANNER.skip([], at(9, 30))
    assert (skipped.kind, skipped.action) == (MICRO, BreakAction.SKIPPED)
    assert PLANNER.next_break([skipped], at(9, 31)).due == at(10, 0)  # skipped, not nagged again


# -- idle -----------------------------------------------------------------------------------------


def test_idle_counts_as_the_longest_break_it_covers() -> None:
    assert PLANNER.natural_break(at(10, 0), at(10, 0, 30)) is None
    micro = PLANNER.natural_break(at(10, 0), at(10, 2))
    assert (micro.kind, micro.action, micro.at, micro.duration) == (
        MICRO,
        BreakAction.NATURAL,
        at(10, 2),
        timedelta(minutes=2),
    )
    assert PLANNER.natural_break(at(10, 0), at(10, 10)).kind is REST


def test_idle_resets_the_timers() -> None:
    record = [taken(MICRO, at(9, 30))]
    record.append(PLANNER.natural_break(at(9, 50), at(9, 52)))
    assert PLANNER.next_break(record, at(9, 55)).due == at(10, 22)
    record.append(PLANNER.natural_break(at(10, 5), at(10, 17)))  # 12 min away: a rest, resets both
    due = PLANNER.next_break(record, at(10, 20))
    assert (due.kind, due.due) == (MICRO, at(10, 47))
    assert PLANNER.next_break([*record, taken(MICRO, at(10, 47))], at(10, 50)).due == at(11, 17)
    rest_after = [*record, *(taken(MICRO, at(h, m)) for h, m in ((10, 47), (11, 17), (11, 47)))]
    assert PLANNER.next_break(rest_after, at(11, 50)).due == at(12, 17)  # rest due 12:17 (2 h after 10:17)
    assert PLANNER.next_break(rest_after, at(11, 50)).kind is REST


# -- clock jumps ----------------------------------------------------------------------------------


def test_three_hour_jump_forward_gives_exactly_one_break() -> None:
    record = [taken(MICRO, at(10, 0))]
    now = at(13, 15)  # the clock jumped from 10:15; micro (10:30) and rest (11:00) both missed
    due = PLANNER.next_break(record, now)
    assert (due.kind, due.due, due.show_at) == (REST, at(11, 0), at(11, 0))  # one, overdue: show now
    record += [ev(REST, BreakAction.SHOWN, now), taken(REST, now + timedelta(minutes=10), 600)]
    after = PLANNER.next_break(record, now + timedelta(minutes=10))
    assert after.due == at(13, 55)  # not the rest of the missed ones


def test_jump_back_fires_nothing_early_or_twice() -> None:
    record = [ev(MICRO, BreakAction.SHOWN, at(9, 30)), taken(MICRO, at(9, 31))]
    now = at(9, 10)  # clock went back from 09:40
    due = PLANNER.next_break(record, now)
    assert due.shown_at is None and due.due >= now + timedelta(minutes=30)
    before_start = PLANNER.next_break([], at(8, 50))
    assert before_start.due == at(9, 30)


# -- calls ----------------------------------------------------------------------------------------


def test_a_due_break_waits_for_the_call_then_shows() -> None:
    due = PLANNER.next_break([], at(9, 31), call_started=at(9, 25))
    assert due.held_by_call and due.show_at == at(9, 40) and due.due == at(9, 30)
    assert due.notice_at == at(9, 39, 30)
    ended = PLANNER.next_break([], at(9, 33), call_started=None)  # call ended at 09:33
    assert not ended.held_by_call and ended.show_at <= at(9, 33)
    limit = PLANNER.next_break([], at(9, 40), call_started=at(9, 25))  # the call goes on: the limit ran out
    assert not limit.held_by_call and limit.show_at == at(9, 40)


def test_a_call_starting_after_the_break_fell_due_gets_the_full_wait() -> None:
    due = PLANNER.next_break([], at(13, 15), call_started=at(13, 10))  # overdue since 09:30 (clock jump)
    assert due.held_by_call and due.show_at == at(13, 20)


def test_no_wait_configured_means_no_hold() -> None:
    planner = BreakPlanner(BreakSettings(call_wait_max_min=0))
    due = planner.next_break([], at(9, 31), call_started=at(9, 25))
    assert not due.held_by_call and due.show_at == at(9, 30)


# -- shown, recovery ------------------------------------------------------------------------------


def test_an_unanswered_shown_break_comes_back_after_its_length_and_grace() -> None:
    record = [ev(MICRO, BreakAction.SHOWN, at(9, 30))]
    due = PLANNER.next_break(record, at(9, 30, 10))
    assert due.shown_at == at(9, 30) and due.show_at == at(9, 33) and due.is_current(at(9, 30, 10))
    assert PLANNER.postpone(record, at(9, 30, 10)).kind is MICRO  # from the overlay


def test_recovery_break_is_protected_and_resets_both_timers() -> None:
    record = [taken(MICRO, at(9, 30)), ev(RECOVERY, BreakAction.SHOWN, at(10, 5))]
    during = PLANNER.next_break(record, at(10, 10))
    assert during.due >= at(10, 40)  # nothing during the recovery break
    after = PLANNER.next_break(record, at(10, 21))
    assert (after.kind, after.due) == (MICRO, at(10, 50))  # 10:05 + 15 min + 30 min
    record.append(taken(RECOVERY, at(10, 25), 20 * 60))  # taken longer than planned
    assert PLANNER.next_break(record, at(10, 26)).due == at(10, 55)
    record.append(taken(MICRO, at(11, 58)))
    rest = PLANNER.next_break(record, at(12, 0))
    assert (rest.kind, rest.due) == (REST, at(12, 25))  # two hours after the recovery break ended
