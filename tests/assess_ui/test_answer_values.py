"""The number shown next to each answer is the value that gets scored, and its number key picks it.

WHO-5's instruction says "higher numbers mean better well-being": the wizard must show 5 for
"All of the time" … 0 for "At no time", never 1 … 6 in display order (issue #12, item 6).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.assess_ui.conftest import Rig, digit, press
from wellcare.assess import load_catalog
from wellcare.ui.assess.wizard import AssessmentSession

PUBLISHED = {  # the first item's answers as (label, raw value), in display order
    "who5": [
        ("All of the time", 5), ("Most of the time", 4), ("More than half of the time", 3),
        ("Less than half of the time", 2), ("Some of the time", 1), ("At no time", 0),
    ],
    "phq9": [("Not at all", 0), ("Several days", 1), ("More than half the days", 2), ("Nearly every day", 3)],
    "gad7": [("Not at all", 0), ("Several days", 1), ("More than half the days", 2), ("Nearly every day", 3)],
    "k6": [
        ("All of the time", 4), ("Most of the time", 3), ("Some of the time", 2), ("A little of the time", 1),
        ("None of the time", 0),
    ],
    "pss10": [("Never", 0), ("Almost never", 1), ("Sometimes", 2), ("Fairly often", 3), ("Very often", 4)],
    "cbi": [("Always", 4), ("Often", 3), ("Sometimes", 2), ("Seldom", 1), ("Never / almost never", 0)],
}  # fmt: skip


def open_session(rig: Rig, instrument_id: str) -> AssessmentSession:
    rig.window.show_page("assess")
    assert rig.feature.page is not None
    return rig.feature.page.start(instrument_id)


def shown_options(session: AssessmentSession) -> list[tuple[str, str]]:
    return [(o.text_label.text(), o.hint_label.text()) for o in session.items.options]


@pytest.mark.parametrize("instrument_id", sorted(PUBLISHED))
def test_the_first_item_shows_the_published_values(qtbot, rig: Rig, instrument_id: str) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, instrument_id)
    press(qtbot, session, Qt.Key.Key_Return)
    assert shown_options(session) == [(text, str(value)) for text, value in PUBLISHED[instrument_id]]


@pytest.mark.parametrize("instrument_id", [i.id for i in load_catalog()])
def test_every_shown_number_is_the_scored_value_and_its_key_picks_it(qtbot, rig: Rig, instrument_id: str) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, instrument_id)
    press(qtbot, session, Qt.Key.Key_Return)
    typed: dict[str, int] = {}
    while session.screen == "item":
        q = session.questionnaire
        assert q is not None
        item_id = q.item.id
        for option in session.items.options:
            number = int(option.hint_label.text())
            assert option.accessibleName().startswith(f"{number}. ")
            press(qtbot, session, digit(number))
            assert q.answers[item_id] == number, f"{item_id}: key {number} must score {number}"
            assert option.isChecked() and option.text_label.text() == next(
                o.label.get("en") for o in q.options if o.value == number
            )
        low = min(o.value for o in q.options)  # finish on the answer worth the least, by its key
        press(qtbot, session, digit(low))
        typed[item_id] = low
        assert f"Keys {low}–{max(o.value for o in q.options)} choose" in session.items.keys_hint.text()
        press(qtbot, session, Qt.Key.Key_Return)
    (stored,) = rig.store.results(instrument_id)
    assert dict(stored.result.answers) == typed  # what was typed is what was stored and scored


def test_the_who5_instruction_and_the_numbers_agree(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "who5")
    press(qtbot, session, Qt.Key.Key_Return)
    assert "higher numbers mean better well-being" in session.items.stem.text()
    numbers = [int(o.hint_label.text()) for o in session.items.options]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == 5  # "All of the time" is the highest
    press(qtbot, session, digit(0))
    assert session.items.options[-1].isChecked() and session.items.options[-1].text_label.text() == "At no time"
