"""Call state: several sources may say "on a call"; the call ends when the last one says it ended."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wellcare.calls import CallState
from wellcare.schedule.clock import ManualClock


def test_call_ends_only_when_every_source_says_so() -> None:
    clock = ManualClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    calls = CallState(clock)
    heard: list[bool] = []
    calls.subscribe(heard.append)
    calls.set(True, "toggle")
    clock.advance(timedelta(minutes=2))
    calls.set(True, "hook")
    assert calls.since == datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    calls.set(False, "toggle")
    assert calls.on_call
    calls.set(False, "hook")
    assert not calls.on_call and calls.since is None
    assert heard == [True, False]


def test_unsubscribe_stops_notifications() -> None:
    calls = CallState(ManualClock(datetime(2026, 11, 30, tzinfo=UTC)))
    heard: list[bool] = []
    unsubscribe = calls.subscribe(heard.append)
    unsubscribe()
    calls.set(True)
    assert heard == []


def test_a_start_without_an_end_ends_by_itself_after_max_call() -> None:
    clock = ManualClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    calls = CallState(clock, max_call=timedelta(minutes=120))
    heard: list[bool] = []
    calls.subscribe(heard.append)
    calls.set(True, "hook")  # the CTI script said "start" and then crashed
    clock.advance(timedelta(minutes=119))
    assert calls.on_call
    clock.advance(timedelta(minutes=1))
    assert not calls.on_call and calls.since is None
    assert heard == [True, False]


def test_a_repeated_start_counts_from_the_new_start() -> None:
    clock = ManualClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    calls = CallState(clock, max_call=timedelta(minutes=60))
    calls.set(True, "hook")
    clock.advance(timedelta(minutes=50))
    calls.set(True, "hook")  # the next call began without an "end" in between
    clock.advance(timedelta(minutes=50))
    assert calls.on_call
    clock.advance(timedelta(minutes=10))
    assert not calls.on_call


def test_the_watched_softphone_never_expires_but_a_forgotten_toggle_does() -> None:
    clock = ManualClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    calls = CallState(clock, max_call=timedelta(minutes=30))
    calls.set(True, "softphone")
    calls.set(True, "manual")
    clock.advance(timedelta(hours=3))
    assert calls.on_call and calls.sources == frozenset({"softphone"})
    calls.set(False, "softphone")
    assert not calls.on_call


def test_setting_the_wall_clock_does_not_end_a_call() -> None:
    clock = ManualClock(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    calls = CallState(clock, max_call=timedelta(minutes=30))
    calls.set(True, "hook")
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    assert calls.on_call
    clock.set(datetime(2026, 11, 30, 18, 0, tzinfo=UTC))  # an NTP step or a user setting the time
    assert calls.on_call
    clock.advance(timedelta(minutes=30))  # real time passing (or a suspend) does
    assert not calls.on_call
