"""The tray's break tooltip wakes the app once a second only while it counts down (issue #16: idle CPU).

Far from the next break ("Next break at 9:30") its words change at most once a minute, so the
refresh (a read of the record) waits until they do; within the hour it counts down each second.
The feature, its vault record and the real Qt timer on a ManualClock.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QSystemTrayIcon

from tests.breaks_ui.rig import at
from wellcare.ui.breaks.tray_menu import CALM_REFRESH_MS, COUNTDOWN_MS


def test_far_from_a_break_the_tooltip_refreshes_once_a_minute_then_each_second(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(6, 0))  # before the shift: the first break is hours away
    tray = QSystemTrayIcon()
    rig.notifier.tray = tray
    rig.step()
    timer = rig.feature.tray_part.timer
    assert tray.toolTip().startswith("WellCare — Next break at ")
    assert timer.isActive() and timer.interval() == CALM_REFRESH_MS == 60_000
    rig.run_until(at(9, 0), every=timedelta(minutes=1))
    assert tray.toolTip().startswith("WellCare — Next break in ")  # the live countdown, to the second
    assert timer.isActive() and timer.interval() == COUNTDOWN_MS == 1000
    tray.deleteLater()


def test_the_calm_refresh_comes_exactly_when_the_countdown_starts(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(6, 0))
    tray = QSystemTrayIcon()
    rig.notifier.tray = tray
    rig.step()
    due = rig.feature.next_break()
    assert due is not None
    part = rig.feature.tray_part
    ten_s_before = due.show_at - timedelta(hours=1, seconds=10)
    assert part.next_refresh_ms(ten_s_before, due) == 10_000  # not a minute: the countdown starts then
    assert part.next_refresh_ms(due.show_at - timedelta(minutes=59), due) == COUNTDOWN_MS
    tray.deleteLater()
