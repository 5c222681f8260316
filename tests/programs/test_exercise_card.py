"""An exercise card's text keeps clear of its border and of its buttons; its minutes read as its words do."""

from __future__ import annotations

from wellcare.programs.library import load_library
from wellcare.ui.programs.cards import CARD_GAP, ExerciseCard


def test_text_padding_and_the_minutes_on_the_card(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    exercise = load_library().exercises["wrist_hand"]  # 2 min 1 s: "Two minutes for hands …"
    card = ExerciseCard(exercise, "en")
    qtbot.addWidget(card)
    card.resize(300, card.heightForWidth(300) if card.hasHeightForWidth() else card.sizeHint().height())
    card.show()
    qtbot.waitExposed(card)
    summary, start = card.summary.geometry(), card.start_button.geometry()
    assert start.top() - summary.bottom() >= CARD_GAP  # the button never touches the last line
    assert summary.left() >= 16 and card.width() - summary.right() >= 16  # clear of the rounded border
    texts = [label.text() for label in card.findChildren(type(card.summary))]
    assert any(text.startswith("2 min") for text in texts) and "Two minutes" in card.summary.text()
