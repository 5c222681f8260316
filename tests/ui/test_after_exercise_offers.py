"""After a protected break's exercise, "another exercise" offers others, never the one just played."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from wellcare.ui.breaks.feature import BreaksFeature


def test_the_exercise_just_played_is_not_offered_again_in_the_same_break(started_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    breaks = next(f for f in started_app.features if isinstance(f, BreaksFeature))
    protected = breaks.ctx.capabilities.protected_break
    assert protected is not None
    protected.start_protected_break(15, "decompression", "hard_call")
    overlay = breaks.overlay
    assert overlay is not None and overlay.spec.protected
    shown = overlay.spec
    offers = breaks.offers
    before = [o.exercise_id for o in offers.after_exercise(shown).exercises(timedelta(minutes=14))]

    parent = QWidget()
    qtbot.addWidget(parent)
    played = offers.exercise_factory(shown)(parent, "decompression", lambda completed: None)
    assert played is not None
    after = [o.exercise_id for o in offers.after_exercise(shown).exercises(timedelta(minutes=14))]
    assert "decompression" not in after
    assert len(after) >= min(len(before), 3)  # still a choice of others, not an emptier list
    breaks.offers.break_ended()
    overlay.close()
