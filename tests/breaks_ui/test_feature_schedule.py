"""The scheduler cases of issue 4, end to end: the feature, its vault record, the real Qt scheduler,
the real overlay, on a ManualClock (no sleeping)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.breaks_ui.rig import MONDAY, at, make_policy
from wellcare.breaks.events import BreakAction, BreakKind

MICRO, REST = "micro", "rest"


def test_interval_breaks_come_from_the_record_and_the_overlay_takes_them(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(10, 5))
    assert rig.shown() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    taken = rig.actions(BreakAction.TAKEN)
    assert taken == [(at(9, 31), MICRO, "taken"), (at(10, 2), MICRO, "taken")]
    assert not rig.overlay_open()
    assert rig.feature.shown_count == 2
    assert rig.feature.tooltip == "Next break in 27 min"  # 10:32, kept current by the tick


def test_shift_edges_nothing_before_or_after_the_shift(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(6, 0))
    rig.run_until(at(9, 29), every=timedelta(minutes=1))
    assert rig.shown() == []
    rig.feature.save_settings({"shift_start": "09:00", "shift_end": "10:00"})
    rig.run_until(at(12, 0), every=timedelta(minutes=1))
    # 9:30 fits; 10:01 would end after the shift
    assert rig.shown() == [(at(9, 30), MICRO)]
    due = rig.feature.next_break()
    assert due is not None and due.show_at == at(9, 30, day=MONDAY + timedelta(days=1))


def test_postpone_limit_then_the_button_is_gone(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"max_postpones": 2, "postpone_min": 5}))
    rig.run_until(at(9, 30))
    for expected_at in (at(9, 35), at(9, 40)):
        assert rig.overlay_open() and "postpone" in rig.buttons()
        rig.feature.overlay.postpone_button.click()
        assert not rig.overlay_open()
        rig.run_until(expected_at)
        assert rig.shown()[-1] == (expected_at, MICRO)
    assert rig.overlay_open() and "postpone" not in rig.buttons()
    assert "skip" in rig.buttons()
    postponed = rig.actions(BreakAction.POSTPONED)
    assert [when for when, _, _ in postponed] == [at(9, 30), at(9, 35)]


def test_strict_mode_offers_neither_skip_nor_end_early_and_esc_postpones(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"strict": True, "max_postpones": 1}))
    rig.run_until(at(9, 30))
    assert rig.buttons() == ["postpone"]
    window = rig.feature.overlay.windows[0]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert rig.actions(BreakAction.POSTPONED) == [(at(9, 30), MICRO, "postponed")]
    rig.run_until(at(9, 35))
    assert rig.overlay_open() and rig.buttons() == []
    qtbot.keyClick(rig.feature.overlay.windows[0], Qt.Key.Key_Escape)  # nothing left to do: Esc does nothing
    assert rig.overlay_open()
    rig.run_until(at(9, 36, 30))
    assert rig.actions(BreakAction.TAKEN) == [(at(9, 36), MICRO, "taken")]
    assert rig.actions(BreakAction.SKIPPED) == []


def test_idle_as_long_as_a_break_counts_and_resets_its_timer(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    rig.run_until(at(9, 20))
    rig.run_until(at(9, 22, 30), every=timedelta(seconds=10), touch=False)  # away for 2.5 min
    rig.step(timedelta(seconds=10))  # back at the keyboard
    natural = rig.actions(BreakAction.NATURAL)
    assert len(natural) == 1 and natural[0][1] == MICRO
    assert natural[0][0] == at(9, 22, 30)  # when last seen away (the readings are 10 s apart here)
    rig.run_until(at(9, 52))
    assert rig.shown() == []  # the 9:30 micro-break was taken by being away
    rig.run_until(at(9, 53))
    assert rig.shown() == [(at(9, 52, 30), MICRO)]  # 30 min after the natural break


def test_a_three_hour_jump_forward_shows_exactly_one_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(10, 15))
    assert len(rig.shown()) == 2
    rig.clock.jump(timedelta(hours=3))  # 13:15: the 10:32 micro and the 11:00 rest were missed
    for _ in range(10):
        rig.step(timedelta(seconds=1))
    assert rig.shown()[2:] == [(at(13, 15, 1), REST)]  # one break, not a burst
    assert rig.feature.shown_count == 3
    rig.run_until(at(13, 50))
    assert rig.shown()[3:] == []
    assert rig.feature.sync.last_jump is not None and rig.feature.sync.last_jump.drift == timedelta(hours=3)


def test_a_jump_back_fires_nothing_early_or_twice(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 40))
    assert rig.shown() == [(at(9, 30), MICRO)]
    rig.clock.jump(timedelta(minutes=-30))  # 9:10 again
    rig.run_until(at(10, 10))
    # the 9:30 break is not shown again at 9:30 and nothing comes early: the break taken at "9:31"
    # counts as just taken until the clock passes 9:31 again
    assert rig.shown() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    assert rig.feature.shown_count == 2
    assert rig.feature.sync.last_jump is not None and rig.feature.sync.last_jump.drift == timedelta(minutes=-30)


def test_a_break_due_during_a_call_waits_then_shows_when_it_ends(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 25))
    assert rig.feature.handle_message({"cmd": "call", "state": "start"})
    rig.run_until(at(9, 33))
    assert rig.shown() == [] and rig.feature.tooltip == "A break is waiting for your call to end"
    rig.feature.handle_message({"cmd": "call", "state": "end"})  # released after the after-call grace
    rig.settle()
    assert rig.shown() == [] and not rig.overlay_open()
    assert rig.feature.notice is not None and rig.feature.notice.isVisible()  # the heads-up counts down the grace
    rig.run_until(at(9, 34), every=timedelta(seconds=10))
    assert rig.shown() == [(at(9, 34), MICRO)] and rig.overlay_open()


def test_a_break_due_during_a_long_call_shows_at_the_limit(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"call_wait_limit_min": 10}))
    rig.run_until(at(9, 25))
    rig.calls.set(True, "hook")  # the call goes on and on
    rig.run_until(at(9, 50))
    assert rig.shown() == [(at(9, 40), MICRO)]  # due 9:30, held 10 minutes, no longer
    assert rig.calls.on_call


def test_a_softphone_process_holds_the_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy(calls={"softphone_processes": ["MicroSIP.exe"]}), processes=set())
    rig.run_until(at(9, 25))
    rig.processes.add("microsip")
    rig.run_until(at(9, 35))
    assert rig.calls.on_call and rig.calls.sources == {"softphone"}
    assert rig.shown() == []
    rig.processes.clear()
    rig.run_until(at(9, 37))
    assert not rig.calls.on_call
    assert rig.shown() == [(at(9, 36, 30), MICRO)]  # closed at 9:35:30, then the after-call grace


def test_the_record_survives_a_restart_and_no_break_repeats(make_rig, qtbot, profile_dir) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 45))
    assert rig.shown() == [(at(9, 30), MICRO)]
    rig.close()
    rig2 = make_rig(start=at(9, 50))  # restarted within minutes: the session (and the timers) carry on
    rig2.run_until(at(10, 5))
    assert rig2.shown() == [(at(9, 30), MICRO), (at(10, 1), MICRO)]
    assert rig2.events()[0].kind is BreakKind.MICRO


def test_a_long_suspend_with_both_clocks_running_counts_as_time_away(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 10))
    rig.clock.advance(timedelta(minutes=20))  # Windows: the monotonic clock runs on through sleep
    rig.step(timedelta(seconds=1))
    assert rig.feature.sync.last_jump is not None and rig.feature.sync.last_jump.kind == "gap"
    natural = rig.actions(BreakAction.NATURAL)
    assert natural == [(at(9, 30, 1), REST, "natural")]  # seen at the first tick after waking
    assert rig.shown() == []  # the 9:30 micro-break is covered; the next one is half an hour on
    assert rig.feature.next_break().due == at(10, 0, 1)


def test_starting_mid_shift_after_a_long_absence_starts_the_timers_then(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(start=at(11, 0))  # logged in late: nothing is "overdue" since 9:30
    rig.run_until(at(11, 29))
    assert rig.shown() == []
    rig.run_until(at(11, 31))
    assert rig.shown() == [(at(11, 30), MICRO)]


def test_the_tray_tooltip_follows_the_plan(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSystemTrayIcon

    rig = make_rig()
    tray = QSystemTrayIcon()
    rig.notifier.tray = tray
    rig.step()
    assert tray.toolTip() == "WellCare — Next break in 35 min"  # 34:30 left (9:30 - 8:55:30), whole minutes
    rig.run_until(at(9, 30))
    assert tray.toolTip() == "WellCare — On a break"
    rig.feature.stop()
    assert tray.toolTip() == "WellCare"
    tray.deleteLater()
