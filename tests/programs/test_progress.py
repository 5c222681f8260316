"""Program rules: order of sessions, forgiving streaks, pauses and when reminders are due."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from tests.programs.helpers import at
from wellcare.programs import Library, ProgramRun, ProgramSchedule, RunStatus
from wellcare.programs.progress import (
    CATCH_UP,
    due_today,
    next_reminder,
    next_session,
    scheduled_days,
    streak,
)

WEEKDAYS = ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5}))


def run_with(done_days: list[int], *, pauses=(), schedule=WEEKDAYS, status=RunStatus.ACTIVE, reminded=()):  # type: ignore[no-untyped-def]
    return ProgramRun(
        id=1,
        program_id="reset7",
        started=at(3, 9),
        schedule=schedule,
        status=status,
        pauses=tuple(pauses),
        done=tuple((n, at(day, 13)) for n, day in enumerate(done_days)),
        reminded=frozenset(date(2025, 3, d) for d in reminded),
    )


def test_sessions_come_in_order_and_wait_for_you(library: Library) -> None:
    program = library.program("reset7")
    assert next_session(program, run_with([])).index == 0
    assert next_session(program, run_with([3, 4])).index == 2  # missed days skip nothing
    assert next_session(program, run_with([3, 4, 5, 6, 7, 10, 11])) is None


def test_days_off_never_count_and_paused_days_are_left_out() -> None:
    run = run_with([], pauses=[(date(2025, 3, 5), date(2025, 3, 7))])
    days = scheduled_days(run, date(2025, 3, 10))
    assert days == [date(2025, 3, d) for d in (3, 4, 7, 10)]  # no weekend, no Wed-Thu pause


@pytest.mark.parametrize(
    ("done", "today", "current", "forgiven"),
    [
        ([3, 4, 5], 5, 3, 0),
        ([3, 4, 5], 6, 3, 0),  # today not done yet: not a miss
        ([3, 4, 6], 7, 3, 1),  # Wednesday missed: forgiven
        ([3, 4, 7], 7, 1, 0),  # Wednesday and Thursday missed: a new streak
        ([6, 7, 10], 10, 3, 0),  # the weekend is not a miss
        ([3, 5, 7], 7, 3, 2),  # every other day keeps a streak going
    ],
)
def test_streaks_forgive_one_missed_day(done: list[int], today: int, current: int, forgiven: int) -> None:
    result = streak(run_with(done), date(2025, 3, today))
    assert (result.current, result.forgiven) == (current, forgiven)


def test_the_best_streak_is_kept() -> None:
    result = streak(run_with([3, 4, 5, 10]), date(2025, 3, 10))
    assert (result.current, result.best) == (1, 3)


def test_a_weekend_session_counts_as_practice() -> None:
    assert streak(run_with([7, 8]), date(2025, 3, 8)).current == 2  # Friday and Saturday


def test_a_paused_stretch_never_breaks_a_streak() -> None:
    run = run_with([3, 4, 12], pauses=[(date(2025, 3, 5), date(2025, 3, 12))])
    assert streak(run, date(2025, 3, 12)).current == 3


def test_the_reminder_is_at_the_chosen_time_on_scheduled_days(library: Library) -> None:
    program = library.program("reset7")
    assert next_reminder(program, run_with([]), at(3, 9)) == at(3, 12, 30)
    # done today: tomorrow
    assert next_reminder(program, run_with([3]), at(3, 14)) == at(4, 12, 30)
    # Friday after the session: Monday
    assert next_reminder(program, run_with([3, 4, 5, 6, 7]), at(7, 14)) == at(10, 12, 30)
    # reminded already today: tomorrow
    assert next_reminder(program, run_with([], reminded=[3]), at(3, 12, 31)) == at(4, 12, 30)


def test_a_missed_reminder_catches_up_once_and_only_for_a_while(library: Library) -> None:
    program = library.program("reset7")
    late = at(3, 12, 30) + CATCH_UP - timedelta(minutes=1)
    assert next_reminder(program, run_with([]), late) == at(3, 12, 30)  # runs now: it is overdue
    too_late = at(3, 12, 30) + CATCH_UP + timedelta(minutes=1)
    assert next_reminder(program, run_with([]), too_late) == at(4, 12, 30)


def test_a_program_started_after_today_s_time_does_not_remind_today(library: Library) -> None:
    program = library.program("reset7")
    run = ProgramRun(1, "reset7", at(3, 13), WEEKDAYS, RunStatus.ACTIVE)
    assert next_reminder(program, run, at(3, 13)) == at(4, 12, 30)


def test_paused_left_or_finished_programs_never_remind(library: Library) -> None:
    program = library.program("reset7")
    for status in (RunStatus.PAUSED, RunStatus.LEFT, RunStatus.FINISHED):
        assert next_reminder(program, run_with([], status=status), at(3, 9)) is None
    assert next_reminder(program, run_with([3, 4, 5, 6, 7, 10, 11]), at(11, 9)) is None
    assert not due_today(program, run_with([], status=RunStatus.PAUSED), at(3, 13))


def test_a_schedule_needs_a_weekday() -> None:
    with pytest.raises(ValueError):
        ProgramSchedule(time(9, 0), frozenset())
    with pytest.raises(ValueError):
        ProgramSchedule(time(9, 0), frozenset({0}))
    record = WEEKDAYS.to_record()
    assert ProgramSchedule.from_record(record) == WEEKDAYS
