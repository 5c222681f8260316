"""A protected break after its exercise: rights, EAP, write-it-down, exercises that fit; Esc hints (#19 item 3)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel, QWidget

from tests.breaks.rig import at
from wellcare.breaks.events import BreakKind
from wellcare.schedule.clock import ManualClock
from wellcare.ui.breaks.after_exercise import AfterExercise, ExerciseOffer
from wellcare.ui.breaks.overlay import BreakOverlay, OverlaySpec


def test_after_the_exercise_the_protected_break_offers_the_rest_inside_the_overlay(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(at(10, 0))
    finish: list = []
    asked: list[str] = []
    notes: list[str] = []

    def exercise(parent: QWidget, exercise_id: str, on_finished) -> QWidget:  # type: ignore[no-untyped-def]
        finish.append(on_finished)
        return QLabel(exercise_id, parent)

    catalogue = [ExerciseOffer("grounding_54321", "Grounding", 122), ExerciseOffer("long_one", "Long", 3600)]
    options = AfterExercise(
        rights=lambda parent: QLabel("Art. 41 rights", parent),
        ask_eap=asked.append,
        save_note=notes.append,
        exercises=lambda left: [o for o in catalogue if o.seconds <= left.total_seconds()],
    )
    spec = OverlaySpec(BreakKind.RECOVERY, timedelta(minutes=15), clock.now(), protected=True,
                       can_end_early=True, exercise_id="decompression", incident_id=7)
    overlay = BreakOverlay(spec, clock, exercise, after=options)
    overlay.show()
    assert overlay.after_panel is None and overlay.esc_hint.text() == "Esc does nothing here: this break is protected."
    clock.advance(timedelta(minutes=3))
    finish[0](True)
    panel = overlay.after_panel
    assert panel is not None and panel.rights is not None
    assert list(panel.exercise_buttons) == ["grounding_54321"]  # only what fits the 12 minutes left
    panel.eap_buttons["legal_support"].click()
    assert asked == ["legal_support"] and "when your break ends" in panel.eap_status.text()
    panel.note.setPlainText("He threatened to come to the office.")
    panel.save_button.click()
    assert notes == ["He threatened to come to the office."] and panel.note.toPlainText() == ""
    panel.exercise_buttons["grounding_54321"].click()
    assert overlay.after_panel is None and overlay.exercise is not None
    countdowns = [label for label in overlay.windows[0].findChildren(QLabel) if label in overlay.countdowns]
    assert len(countdowns) == 1
    overlay.close()


def test_the_esc_hint_says_what_esc_does_in_a_normal_break(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(at(10, 0))
    spec = OverlaySpec(BreakKind.MICRO, timedelta(seconds=60), clock.now(), postpone_minutes=5, postpones_left=2)
    overlay = BreakOverlay(spec, clock)
    overlay.show()
    assert overlay.esc_hint.text() == "Esc: postpone the break by 5 min"
    overlay.close()
