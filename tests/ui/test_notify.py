"""A notification never interrupts a call: it waits and shows when the call ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wellcare.calls import CallState
from wellcare.schedule.clock import ManualClock
from wellcare.ui.notify import Notifier


def test_notification_waits_for_the_call_to_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls = CallState(ManualClock(datetime(2026, 11, 30, 10, tzinfo=UTC)))
    notifier = Notifier(calls)
    calls.set(True, "hook")
    notifier.notify("Check-in", "How are you today?")
    assert notifier.history == []
    calls.set(False, "hook")
    assert notifier.history == [("Check-in", "How are you today?")]


def test_a_call_that_never_ended_stops_holding_notifications_after_max_call(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 11, 30, 10, tzinfo=UTC))
    calls = CallState(clock, max_call=timedelta(hours=2))
    notifier = Notifier(calls)
    calls.set(True, "hook")  # and the "end" never comes
    notifier.notify("Check-in", "How are you today?")
    clock.advance(timedelta(minutes=90))
    notifier.notify("Break", "Time for a short break")
    assert notifier.history == []
    clock.advance(timedelta(minutes=30))
    notifier.notify("Break", "Time for a rest break")
    assert notifier.history == [
        ("Check-in", "How are you today?"),
        ("Break", "Time for a short break"),
        ("Break", "Time for a rest break"),
    ]
