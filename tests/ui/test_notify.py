"""A notification never interrupts a call: it waits and shows when the call ends."""

from __future__ import annotations

from datetime import UTC, datetime

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
