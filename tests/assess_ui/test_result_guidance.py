"""The result screen follows each instrument's own guidance (issue #12): a self-harm answer governs
the whole screen, WHO-5 leads on to the PHQ-9, PHQ-9/GAD-7 ≥ 10 suggest a professional and the EAP."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.assess_ui.conftest import Rig, answer_all, visible_texts
from wellcare.policy import Policy
from wellcare.ui.assess.history import ResultDialog
from wellcare.ui.assess.wizard import AssessmentSession


def open_session(rig: Rig, instrument_id: str) -> AssessmentSession:
    rig.window.show_page("assess")
    assert rig.feature.page is not None
    return rig.feature.page.start(instrument_id)


def result_texts(qtbot, rig: Rig, instrument_id: str, answers: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    session = open_session(rig, instrument_id)
    answer_all(qtbot, session, answers)
    if session.screen == "safety":
        assert session.safety is not None
        qtbot.mouseClick(session.safety.read_button, Qt.MouseButton.LeftButton)
    assert session.screen == "result" and session.result_view is not None
    return visible_texts(session.result_view)


def joined(texts: list[str]) -> str:
    return "\n".join(texts)


def test_a_self_harm_answer_with_a_minimal_total_governs_the_whole_result(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    shown = result_texts(qtbot, rig, "phq9", [0] * 8 + [1])
    text = joined(shown)
    assert "Few or no signs of depression" not in text
    assert "Keep doing what helps" not in text and "What helps" not in shown
    assert "That answer matters more than the total score" in text
    assert {"109", "1577-0199"} <= set(shown)
    assert "We recommend a professional assessment" in shown
    assert any("EAP" in t for t in shown), "the EAP office is offered"
    assert not any(t.startswith("• Take a short recovery break") for t in shown), "not just a break"
    assert "Total score: 1 (possible range 0–27)" in shown  # the score is still there, plainly


def test_the_history_shows_a_safety_result_the_same_way(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    result_texts(qtbot, rig, "phq9", [0] * 8 + [1])
    assert rig.feature.env is not None
    (stored,) = rig.store.results("phq9")
    dialog = ResultDialog(stored, rig.feature.env)
    qtbot.addWidget(dialog)
    text = joined(visible_texts(dialog.view))
    assert "Keep doing what helps" not in text and "That answer matters more" in text and "109" in text


def test_a_low_who5_offers_the_phq9_and_the_button_starts_it(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    shown = result_texts(qtbot, rig, "who5", [5, 5, 5, 5, 0])  # 80 %: good, but one answer of 0
    assert "Good well-being" in shown
    assert any("PHQ-9" in t and "WHO-5" in t for t in shown)
    page = rig.feature.page
    assert page is not None and page.session is not None and page.session.result_view is not None
    go = page.session.result_view.start_buttons["phq9"]
    assert go.text() == "Take the PHQ-9"
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert page.session is not None and page.session.instrument.id == "phq9" and page.session.screen == "intro"


def test_a_who5_without_low_answers_does_not_mention_the_phq9(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    shown = result_texts(qtbot, rig, "who5", [3, 3, 3, 2, 2])  # raw 13, every answer 2 or more
    assert not any("PHQ-9" in t for t in shown)


@pytest.mark.parametrize(
    ("instrument_id", "answers", "card"),
    [
        ("phq9", [2, 2, 2, 2, 1, 0, 0, 0, 0], None),  # 9
        ("phq9", [2, 2, 2, 2, 2, 0, 0, 0, 0], "Talking to a professional can help"),  # 10
        ("phq9", [3, 3, 3, 3, 3, 0, 0, 0, 0], "We recommend a professional assessment"),  # 15, as 20+
        ("gad7", [2, 2, 2, 2, 1, 0, 0], None),  # 9
        ("gad7", [2, 2, 2, 2, 2, 0, 0], "Talking to a professional can help"),  # 10
    ],
)
def test_from_10_a_professional_and_the_eap_are_suggested(  # type: ignore[no-untyped-def]
    qtbot, rig: Rig, instrument_id: str, answers: list[int], card: str | None
) -> None:
    shown = result_texts(qtbot, rig, instrument_id, answers)
    cards = {"Talking to a professional can help", "We recommend a professional assessment"}
    assert cards & set(shown) == ({card} if card else set())
    if card:
        assert any(t.startswith("• Talk it through in confidence with the EAP") for t in shown)
        assert "109" not in shown  # no crisis lines below the severe band without a safety answer


@pytest.mark.parametrize("policy", [Policy(sections={"coordinator": {"eap_phone": "02-2133-0120"}})])
def test_the_eap_suggestion_carries_the_office_number(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    shown = result_texts(qtbot, rig, "phq9", [0] * 8 + [1])
    assert any("02-2133-0120" in t for t in shown)
