"""The overlay and the heads-up as widgets: what they offer, the keyboard, and that they clean up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.breaks.rig import at
from tests.breaks_ui.rig import make_policy
from wellcare.breaks.events import BreakAction, BreakKind
from wellcare.schedule.clock import ManualClock
from wellcare.ui.breaks.breathing import BreathingCircle, breath
from wellcare.ui.breaks.notice import BreakNotice
from wellcare.ui.breaks.overlay import BreakOverlay, OverlaySpec


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(10, 0))


def open_overlay(qtbot, clock: ManualClock, **spec) -> BreakOverlay:  # type: ignore[no-untyped-def]
    defaults = dict(kind=BreakKind.MICRO, length=timedelta(seconds=60), started=clock.now())
    overlay = BreakOverlay(OverlaySpec(**(defaults | spec)), clock)
    overlay.show()
    qtbot.waitUntil(lambda: overlay.windows[0].isVisible())
    return overlay


def test_countdown_follows_the_clock_and_finishes_once(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    overlay = open_overlay(qtbot, clock)
    finished: list[bool] = []
    overlay.finished.connect(lambda: finished.append(True))
    assert overlay.countdowns[0].text() == "1:00" and overlay.timer.isActive()
    clock.advance(timedelta(seconds=21.5))
    overlay.refresh()
    assert overlay.countdowns[0].text() == "0:39"
    clock.advance(timedelta(seconds=40))
    overlay.refresh()
    overlay.refresh()
    assert finished == [True] and not overlay.timer.isActive()
    overlay.close()


def test_a_protected_break_cannot_be_postponed_skipped_or_escaped(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    overlay = open_overlay(
        qtbot,
        clock,
        kind=BreakKind.RECOVERY,
        length=timedelta(minutes=15),
        protected=True,
        postpone_minutes=5,
        postpones_left=3,
        can_skip=True,
        can_end_early=True,
    )
    asked: list[str] = []
    overlay.postpone_requested.connect(lambda: asked.append("postpone"))
    overlay.skip_requested.connect(lambda: asked.append("skip"))
    overlay.end_early_requested.connect(lambda: asked.append("end"))
    assert overlay.postpone_button is None and overlay.skip_button is None
    assert overlay.protected_note is not None
    window = overlay.windows[0]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()  # Alt+F4 or the window manager
    assert window.isVisible() and overlay.is_open and asked == []
    overlay.end_button.click()  # the first press only asks to confirm
    assert asked == [] and "again" in overlay.end_button.text()
    overlay.end_button.click()
    assert asked == ["end"]
    overlay.close()
    assert not window.isVisible() and not overlay.timer.isActive()


def test_keyboard_tab_moves_between_buttons_and_space_presses(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    overlay = open_overlay(qtbot, clock, postpone_minutes=5, postpones_left=2, can_skip=True, can_end_early=True)
    asked: list[str] = []
    overlay.skip_requested.connect(lambda: asked.append("skip"))
    window = overlay.windows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overlay.postpone_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is overlay.skip_button
    qtbot.keyClick(overlay.skip_button, Qt.Key.Key_Space)
    assert asked == ["skip"]
    assert all(b.accessibleName() for b in (overlay.postpone_button, overlay.skip_button, overlay.end_button))
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    overlay.close()


def test_esc_postpones_an_ordinary_break(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    overlay = open_overlay(qtbot, clock, postpone_minutes=5, postpones_left=1, can_skip=True)
    asked: list[str] = []
    overlay.postpone_requested.connect(lambda: asked.append("postpone"))
    qtbot.keyClick(overlay.windows[0], Qt.Key.Key_Escape)
    assert asked == ["postpone"]
    overlay.close()


def test_closing_stops_the_countdown_and_the_breathing_animation(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    overlay = open_overlay(qtbot, clock)
    circle = overlay.exercise
    assert isinstance(circle, BreathingCircle)
    qtbot.waitUntil(lambda: circle.animation.state() == circle.animation.State.Running)
    overlay.close()
    assert circle.animation.state() == circle.animation.State.Stopped
    assert not overlay.timer.isActive() and overlay.windows == []


def test_the_programs_exercise_is_used_when_offered_and_falls_back_when_not(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    made: list[QWidget] = []

    def player(parent: QWidget, exercise_id: str, on_finished) -> QWidget:  # type: ignore[no-untyped-def]
        widget = QLabel(f"guided exercise {exercise_id}", parent)
        made.append(widget)
        return widget

    spec = OverlaySpec(BreakKind.REST, timedelta(minutes=10), clock.now(), exercise_id="neck_shoulder_release")
    overlay = BreakOverlay(spec, clock, player)
    overlay.show()
    assert overlay.exercise is made[0]
    overlay.close()
    fallback = BreakOverlay(spec, clock, lambda parent, exercise_id, on_finished: None)
    fallback.show()
    assert isinstance(fallback.exercise, BreathingCircle)
    fallback.close()


def test_breathing_is_four_seconds_in_six_out() -> None:
    assert breath(0) == (True, 0.0)
    assert breath(3999)[0] and breath(4000) == (False, 1.0)
    assert breath(9999)[0] is False and breath(10_000) == (True, 0.0)
    assert breath(2000)[1] == pytest.approx(0.5)


def test_the_notice_cannot_take_focus_and_closes_its_timer(qtbot, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    starts = clock.now() + timedelta(seconds=30)
    notice = BreakNotice("Micro-break · 1 minute", clock, starts, "Postpone 5 min", hide_after_ms=10_000)
    notice.show_in_corner()
    assert not BreakNotice.takes_focus(notice)
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert notice.postpone_button is not None and notice.postpone_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert notice.hide_timer.isActive() and notice.countdown_timer.isActive()
    notice.close()
    assert not notice.hide_timer.isActive() and not notice.countdown_timer.isActive()


def test_the_heads_up_counts_down_as_the_clock_moves(qtbot, clock: ManualClock, english) -> None:  # type: ignore[no-untyped-def]
    notice = BreakNotice("Micro-break · 1 minute", clock, clock.now() + timedelta(seconds=30))
    notice.show_in_corner()
    assert notice.body.text().startswith("Starts in 30 seconds.")
    clock.advance(timedelta(seconds=1))
    notice.countdown_timer.timeout.emit()  # what the one-second timer does
    assert notice.body.text().startswith("Starts in 29 seconds.")
    clock.advance(timedelta(seconds=28.5))
    notice.refresh()
    assert notice.body.text().startswith("Starts in 1 second.")
    clock.advance(timedelta(seconds=1))
    notice.refresh()
    assert notice.body.text() == "Starting now." and not notice.countdown_timer.isActive()
    notice.close()


def test_after_a_call_the_heads_up_speaks_of_the_after_call_work(qtbot, clock: ManualClock, english) -> None:  # type: ignore[no-untyped-def]
    notice = BreakNotice("Micro-break · 1 minute", clock, clock.now() + timedelta(seconds=60), after_call=True)
    notice.show_in_corner()
    assert "after-call notes" in notice.body.text() and "60 seconds" in notice.body.text()
    clock.advance(timedelta(seconds=15))
    notice.refresh()
    assert "45 seconds" in notice.body.text()
    notice.close()


# -- through the feature ---------------------------------------------------------------------------


def test_the_heads_up_comes_before_the_break_and_the_overlay_replaces_it(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 29, 30))
    notice = rig.feature.notice
    assert notice is not None and notice.isVisible() and not BreakNotice.takes_focus(notice)
    assert not rig.overlay_open()
    rig.run_until(at(9, 30))
    assert rig.feature.notice is None and rig.overlay_open()


def test_postponing_from_the_heads_up(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 29, 30))
    rig.feature.notice.postpone_button.click()
    assert rig.actions(BreakAction.POSTPONED) == [(at(9, 29, 30), "micro", "postponed")]
    rig.run_until(at(9, 34))
    assert rig.shown() == [] and not rig.overlay_open()


def test_skip_and_end_early_are_recorded(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 30))
    rig.feature.overlay.skip_button.click()
    assert rig.actions(BreakAction.SKIPPED) == [(at(9, 30), "micro", "skipped")]
    rig.run_until(at(10, 0, 30))
    rig.clock.advance(timedelta(seconds=20))
    rig.feature.overlay.end_button.click()
    assert rig.actions(BreakAction.TAKEN)[-1] == (at(10, 0, 50), "micro", "taken")
    assert rig.shown()[-1] == (at(10, 0), "micro")
    assert rig.events()[-1].duration_s == pytest.approx(50)  # ended early: only the time it lasted


def test_protected_recovery_break_through_the_capability(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"max_postpones": 3}))
    rig.run_until(at(9, 10))
    breaks = rig.ctx.capabilities.protected_break
    assert breaks is not None
    breaks.start_protected_break(20, None, "hard_call")
    assert rig.overlay_open() and rig.buttons() == ["end"]
    assert rig.actions() == [(at(9, 10), "recovery", "shown")]
    qtbot.keyClick(rig.feature.overlay.windows[0], Qt.Key.Key_Escape)
    assert rig.overlay_open()
    assert rig.feature.tooltip == "On a break"
    rig.run_until(at(9, 30, 30))
    assert rig.actions()[-1] == (at(9, 30), "recovery", "taken")
    assert not rig.overlay_open()
    assert rig.feature.next_break().due == at(10, 0)  # both timers restart from the end of it
    assert rig.feature.service.store.reasons(BreakKind.RECOVERY, BreakAction.SHOWN, at(0, 0)) == ["hard_call"]


def test_a_protected_break_replaces_a_scheduled_one_on_screen(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 30, 30))
    assert rig.overlay_open() and rig.feature.overlay.spec.kind is BreakKind.MICRO
    rig.feature.start_protected_break(15, "grounding-5-4-3", "hard call!")
    assert rig.feature.overlay.spec.protected
    assert rig.actions()[-2:] == [(at(9, 30, 30), "micro", "taken"), (at(9, 30, 30), "recovery", "shown")]
    assert rig.feature.service.store.reasons(BreakKind.RECOVERY, BreakAction.SHOWN, at(0, 0)) == ["hardcall"]
    rig.feature.start_protected_break(15, None, "hard_call")  # a second press: the same break stays
    assert len(rig.actions(BreakAction.SHOWN)) == 2


def test_strict_mode_has_no_end_early_even_in_a_recovery_break(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"strict": True}))
    rig.feature.start_protected_break(15, None, "hard_call")
    assert rig.buttons() == []
