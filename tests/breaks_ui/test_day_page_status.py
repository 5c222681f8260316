"""My day's "next break in N min" moves on with the clock, not only when something is recorded (#19 minor)."""

from __future__ import annotations

from datetime import timedelta

from tests.breaks_ui.rig import at
from wellcare.ui.breaks.day_page import DayPage


def test_the_next_break_line_changes_as_time_passes(make_rig, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()  # 8:55; the first micro-break is due at 9:30
    page = DayPage(rig.feature)
    qtbot.addWidget(page)
    assert page.next_label.text() == "Next break in 35 min"
    rig.run_until(at(9, 20), every=timedelta(minutes=1))  # only the periodic tick runs: nothing is recorded
    assert page.next_label.text() == "Next break in 10 min"
    rig.run_until(at(9, 28), every=timedelta(minutes=1))
    assert page.next_label.text() == "Next break in 2 min"
    rig.run_until(at(9, 29, 30), every=timedelta(seconds=30))
    assert page.next_label.text() == "Break due now"
