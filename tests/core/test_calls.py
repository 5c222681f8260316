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
