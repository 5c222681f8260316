"""A notification raised during a call arrives after the break that follows, never over it (#19 item 2)."""

from __future__ import annotations

from datetime import timedelta

from tests.breaks_ui.rig import at


def test_a_notification_from_a_call_arrives_only_after_the_break_overlay_closes(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 25))
    rig.calls.set(True, "hook")
    rig.run_until(at(9, 33))
    rig.notifier.notify("WellCare", "A reply arrived.")  # during the call
    assert rig.notifier.history == []
    rig.calls.set(False, "hook")  # the call ends; the due break waits its after-call grace
    rig.settle()
    assert rig.notifier.history == [] and not rig.overlay_open()
    rig.run_until(at(9, 34), every=timedelta(seconds=10))
    assert rig.overlay_open() and rig.notifier.history == []
    rig.notifier.notify("WellCare", "Check-in time.")  # raised during the break: it waits too
    rig.run_until(at(9, 34, 50), every=timedelta(seconds=10))
    assert rig.overlay_open() and rig.notifier.history == []
    rig.run_until(at(9, 35, 10), every=timedelta(seconds=10))  # the one-minute break is over
    assert not rig.overlay_open()
    assert rig.notifier.history == [("WellCare", "A reply arrived."), ("WellCare", "Check-in time.")]
    rig.notifier.notify("WellCare", "Nothing holds this one.")
    assert rig.notifier.history[-1] == ("WellCare", "Nothing holds this one.")
