"""The breaks' tray entries in each state, the live tooltip countdown and the icon's state (real Tray, real menu)."""

from __future__ import annotations

from datetime import timedelta

from tests.breaks_ui.rig import at, make_policy
from wellcare.ui.theme import app_icon
from wellcare.ui.tray import Tray
from wellcare.ui.tray_icons import TrayState


def tray_for(rig) -> Tray:  # type: ignore[no-untyped-def]
    """A real Tray whose menu is built from the feature's entries, as the app builds it."""
    tray = Tray(app_icon())
    tray.add_provider(rig.feature.tray_entries)
    rig.notifier.tray = tray
    return tray


def menu(tray: Tray) -> list[tuple[str, bool]]:
    tray.rebuild_menu()
    return [(a.text(), a.isEnabled()) for a in tray.menu.actions() if not a.isSeparator()]


def test_the_tooltip_counts_whole_minutes_then_the_last_minute_in_seconds(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()  # 8:55; the first break is due at 9:30
    tray = tray_for(rig)
    rig.feature.tray_part.start()  # as at start-up: the tooltip is there before the first tick
    assert tray.toolTip() == "WellCare — Next break in 35 min"
    timer = rig.feature.tray_part.timer
    assert timer.isActive() and timer.interval() == 60_000  # one wake-up a minute, not sixty (idle CPU, #16)
    rig.clock.advance(timedelta(seconds=30))
    timer.timeout.emit()
    assert tray.toolTip() == "WellCare — Next break in 35 min"  # 34:30 left, rounded up as the day page says it
    assert timer.interval() == 30_000  # woken exactly when "34 min" is due
    rig.clock.advance(timedelta(seconds=30))
    timer.timeout.emit()
    assert tray.toolTip() == "WellCare — Next break in 34 min" and timer.interval() == 60_000
    rig.clock.advance(timedelta(minutes=33))  # 9:29: the last minute counts each second
    timer.timeout.emit()
    assert tray.toolTip() == "WellCare — Next break in 1:00" and timer.interval() == 1000
    for expected in ("0:59", "0:58"):
        rig.clock.advance(timedelta(seconds=1))
        timer.timeout.emit()
        assert tray.toolTip() == f"WellCare — Next break in {expected}"
    rig.clock.advance(timedelta(seconds=57))
    timer.timeout.emit()
    assert tray.toolTip() == "WellCare — Next break in 0:01"
    rig.feature.stop()
    assert not timer.isActive() and tray.toolTip() == "WellCare"


def test_the_menu_offers_a_break_now_pauses_and_postpones_left(make_rig, english) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(9, 5), policy=make_policy({"max_postpones": 2}))
    tray = tray_for(rig)
    assert menu(tray) == [
        ("Take a break now", True),
        ("2 postpones left for the next break", False),
        ("Pause breaks for 30 min", True),
        ("Pause breaks for 1 hour", True),
        ("Pause breaks until the next shift (Tue 09:00)", True),
        ("On a call", True),
    ]
    assert tray.state is TrayState.NORMAL


def test_pausing_from_the_menu_then_resuming(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(9, 5))
    tray = tray_for(rig)
    tray.trigger("Pause breaks for 1 hour")
    assert rig.feature.service.paused_until() == at(10, 5)
    assert menu(tray) == [("Take a break now", True), ("Resume breaks (paused until 10:05)", True), ("On a call", True)]
    assert tray.toolTip() == "WellCare — Breaks paused until 10:05" and tray.state is TrayState.PAUSED
    rig.run_until(at(9, 45))
    assert rig.shown() == []  # 9:30 fell in the pause
    tray.trigger("Resume breaks (paused until 10:05)")
    assert rig.feature.service.paused_until() is None
    assert tray.toolTip() == "WellCare — Next break in 30 min" and tray.state is TrayState.NORMAL


def test_a_policy_that_forbids_pausing_says_so_and_offers_none(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(9, 5), policy=make_policy({"allow_pause": False, "max_postpones": 0}))
    tray = tray_for(rig)
    assert menu(tray) == [
        ("Take a break now", True),
        ("Pausing breaks is off in your organisation", False),
        ("On a call", True),
    ]


def test_take_a_break_now_from_the_menu_shows_the_overlay(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(9, 5))
    tray = tray_for(rig)
    tray.trigger("Take a break now")
    assert rig.overlay_open() and rig.shown() == [(at(9, 5), "micro")]
    assert menu(tray) == [("On a call", True)] or "Take a break now" not in [t for t, _ in menu(tray)]
    assert tray.toolTip() == "WellCare — On a break"


def test_the_icon_shows_a_call_and_a_break_waiting_for_it(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(9, 20))
    tray = tray_for(rig)
    tray.trigger("On a call")
    rig.feature.tray_part.refresh()
    assert tray.state is TrayState.ON_CALL
    rig.run_until(at(9, 51))  # due at 9:50 (30 min after the session began)
    rig.feature.tray_part.refresh()
    assert rig.shown() == [] and tray.state is TrayState.BREAK_WAITING
    assert tray.toolTip() == "WellCare — A break is waiting for your call to end"


def test_take_a_break_on_a_self_check_result_starts_one(make_rig) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.assess.links import Links

    rig = make_rig(start=at(9, 5))
    opened: list[str] = []
    rig.ctx.show_page = opened.append
    links = Links(show_page=opened.append, capabilities=rig.ctx.capabilities)
    assert links.open("break")
    assert rig.overlay_open() and rig.shown() == [(at(9, 5), "micro")] and opened == []
    assert links.open("break")  # one is on screen already: My day opens instead of a second break
    assert opened == ["breaks"] and rig.shown() == [(at(9, 5), "micro")]
