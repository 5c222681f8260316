"""Idle periods from idle-time readings, and which of them count as natural breaks."""

from __future__ import annotations

from datetime import timedelta

from tests.breaks.rig import at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, BreakSettings
from wellcare.breaks.natural import POLL_MAX, POLL_MIN, IdlePeriod, IdleTracker, natural_event, next_poll, thresholds

S = timedelta(seconds=1)
SETTINGS = BreakSettings()


def test_a_period_ends_when_input_is_seen_and_is_measured_conservatively() -> None:
    tracker = IdleTracker()
    assert tracker.observe(at(10, 0), 2 * S) is None
    assert tracker.observe(at(10, 1), 62 * S) is None  # still away since 9:59:58
    assert tracker.observe(at(10, 2), 122 * S) is None
    period = tracker.observe(at(10, 3), 20 * S)  # input at 10:02:40
    assert period == IdlePeriod(at(9, 59, 58), at(10, 2))  # ends when last seen away


def test_a_call_ends_the_period_and_idle_during_a_call_is_not_a_break() -> None:
    tracker = IdleTracker()
    tracker.observe(at(10, 0), 5 * S)
    tracker.observe(at(10, 1), 65 * S)
    assert tracker.call_started(at(10, 1)) == IdlePeriod(at(9, 59, 55), at(10, 1))
    assert tracker.observe(at(10, 10), 600 * S) is None  # listening on the headset for ten minutes
    tracker.call_ended(at(10, 11))
    assert tracker.observe(at(10, 12), 720 * S) is None  # idle counts only from the call's end
    assert tracker.observe(at(10, 13), 2 * S) == IdlePeriod(at(10, 11), at(10, 12))


def test_a_backward_clock_change_credits_nothing() -> None:
    tracker = IdleTracker()
    tracker.observe(at(10, 0), 300 * S)
    assert tracker.observe(at(9, 0), 360 * S) is None


def test_the_longest_covered_break_counts_inside_the_shift_only() -> None:
    micro = natural_event(SETTINGS, IdlePeriod(at(10, 0), at(10, 3)), [])
    assert micro == BreakEvent(BreakKind.MICRO, BreakAction.NATURAL, at(10, 3), 180)
    rest = natural_event(SETTINGS, IdlePeriod(at(12, 0), at(12, 40)), [])
    assert rest is not None and rest.kind is BreakKind.REST
    assert natural_event(SETTINGS, IdlePeriod(at(10, 0), at(10, 0, 50)), []) is None  # too short
    assert natural_event(SETTINGS, IdlePeriod(at(18, 30), at(20, 0)), []) is None  # after the shift
    overnight = natural_event(SETTINGS, IdlePeriod(at(1, 0), at(9, 4)), [])
    assert overnight is not None and (overnight.kind, overnight.duration_s) == (BreakKind.MICRO, 240)


def test_a_break_already_recorded_inside_the_period_is_not_counted_twice() -> None:
    taken_rest = BreakEvent(BreakKind.REST, BreakAction.TAKEN, at(11, 10), 600)
    assert natural_event(SETTINGS, IdlePeriod(at(10, 59), at(11, 11)), [taken_rest]) is None
    taken_micro = BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, at(12, 6), 60)
    lunch = natural_event(SETTINGS, IdlePeriod(at(12, 0), at(12, 15)), [taken_micro])
    assert lunch is not None and lunch.kind is BreakKind.REST  # away longer than the overlay's break


def test_polls_are_rare_but_land_just_after_a_break_length_is_reached() -> None:
    marks = thresholds(SETTINGS)
    assert marks == [timedelta(seconds=60), timedelta(minutes=10)]
    assert next_poll(None, marks) == POLL_MAX
    assert next_poll(2 * S, marks) == 59 * S  # typing: about once a minute
    assert next_poll(57 * S, marks) == POLL_MIN  # about to reach a micro-break's length
    assert next_poll(50 * S, marks) == 11 * S
    assert next_poll(590 * S, marks) == 11 * S  # about to reach a rest break's length
    assert next_poll(700 * S, marks) == POLL_MAX
