"""The tray's break tooltip wakes the app only when its words change (issue #16: idle CPU).

Far from the next break ("Next break at 9:30") its words change at most once a minute, so the
refresh (a read of the record) waits until they do; within the hour it says whole minutes
("Next break in 12 min") and wakes when the minute changes; only the last minute counts each second.
The feature, its vault record and the real Qt timer on a ManualClock.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QSystemTrayIcon

from tests.breaks_ui.rig import at
from wellcare.ui.breaks.tray_menu import CALM_REFRESH_MS, COUNTDOWN_MS


def test_the_tooltip_refreshes_once_a_minute_and_each_second_only_in_the_last(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(6, 0))  # before the shift: the first break is hours away
    tray = QSystemTrayIcon()
    rig.notifier.tray = tray
    rig.step()
    timer = rig.feature.tray_part.timer
    assert tray.toolTip().startswith("WellCare — Next break at ")
    assert timer.isActive() and timer.interval() == CALM_REFRESH_MS == 60_000
    rig.run_until(at(9, 0), every=timedelta(minutes=1))
    assert tray.toolTip() == "WellCare — Next break in 30 min"  # within the hour: whole minutes
    assert timer.isActive() and timer.interval() == CALM_REFRESH_MS
    rig.run_until(at(9, 29), every=timedelta(minutes=1))
    assert tray.toolTip() == "WellCare — Next break in 1:00"  # the last minute, to the second
    assert timer.isActive() and timer.interval() == COUNTDOWN_MS == 1000
    tray.deleteLater()


def test_each_refresh_comes_exactly_when_the_words_change(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(6, 0))
    tray = QSystemTrayIcon()
    rig.notifier.tray = tray
    rig.step()
    due = rig.feature.next_break()
    assert due is not None
    part = rig.feature.tray_part
    ten_s_before = due.show_at - timedelta(hours=1, seconds=10)
    assert part.next_refresh_ms(ten_s_before, due) == 10_000  # not a minute: "in 60 min" starts then
    assert part.next_refresh_ms(due.show_at - timedelta(minutes=59), due) == 60_000  # "in 59 min" for a minute
    assert part.next_refresh_ms(due.show_at - timedelta(minutes=1, seconds=5), due) == 5_000  # then "1:00"
    assert part.next_refresh_ms(due.show_at - timedelta(seconds=59), due) == COUNTDOWN_MS
    tray.deleteLater()
