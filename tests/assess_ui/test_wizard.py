"""Taking questionnaires by keyboard: one item per screen, the safety panel first, pause and resume."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.assess_ui.conftest import START, Rig, answer_all, digit, press, visible_texts
from wellcare.assess.reminders import RECHECK_AFTER
from wellcare.capabilities import Capabilities
from wellcare.policy import Policy
from wellcare.ui.assess.wizard import AssessmentSession


def open_session(rig: Rig, instrument_id: str) -> AssessmentSession:
    rig.window.show_page("assess")
    assert rig.feature.page is not None
    return rig.feature.page.start(instrument_id)


def test_phq9_by_keyboard_with_item9_shows_the_crisis_panel_before_the_score(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "phq9")
    assert session.screen == "intro"
    press(qtbot, session, Qt.Key.Key_Return)
    for _ in range(8):  # items 1-8: "Not at all" (key 0, its value)
        assert session.screen == "item"
        press(qtbot, session, digit(0), Qt.Key.Key_Return)
    assert session.items.progress_label.text() == "PHQ-9 · question 9 of 9"
    assert "better off dead" in session.items.item_text.text()
    press(qtbot, session, digit(1), Qt.Key.Key_Return)  # item 9: "Several days" (raw 1)

    assert session.screen == "safety"
    assert session.result_view is None  # no score anywhere yet
    page = rig.feature.page
    assert page is not None
    shown = visible_texts(page)
    assert not any("score" in t.lower() for t in shown), shown
    assert {"109", "1577-0199"} <= set(shown)
    assert session.safety is not None and session.safety.isVisible()

    stored = rig.store.results("phq9")
    assert len(stored) == 1 and stored[0].result.safety and stored[0].result.scores == {"total": 1}
    assert stored[0].result.bands == {"total": "minimal"}

    # Nothing dismisses it by accident: keys, leaving the page, a rebuilt window.
    press(qtbot, session, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, digit(0))
    qtbot.keyClick(session.safety, Qt.Key.Key_Escape)
    assert session.screen == "safety"
    rig.window.show_page("history")
    rig.window.show_page("assess")
    assert session.screen == "safety"
    rig.rebuild()
    page = rig.feature.page
    assert page is not None and page.session is not None and page.session.screen == "safety"
    session = page.session

    qtbot.mouseClick(session.safety.read_button, Qt.MouseButton.LeftButton)
    assert session.screen == "result"
    shown = visible_texts(page)
    assert "Minimal" in shown
    assert "Total score: 1 (possible range 0–27)" in shown
    assert "109" in shown  # the crisis lines stay on the result of a safety answer
    assert any("screening, not a diagnosis" in t for t in shown)
    assert rig.store.pending_safety() is None


def test_who5_result_appears_in_history_and_in_the_chart(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "who5")
    answer_all(qtbot, session, [4, 4, 4, 4, 4])  # "Most of the time" (4) on each item: raw 20, 80 %
    assert session.screen == "result"
    assert session.result_view is not None
    shown = visible_texts(session)
    assert "Good well-being" in shown and "Percentage score (0–100): 80" in shown
    assert any("screening, not a diagnosis" in t for t in shown)
    assert any("Psychiatric Research Unit" in t for t in shown)
    qtbot.mouseClick(session.result_view.done_button, Qt.MouseButton.LeftButton)
    page = rig.feature.page
    assert page is not None and page.session is None
    assert any("Last: Mon 3 Mar 2025" in t for t in visible_texts(page))

    rig.window.show_page("history")
    history = rig.feature.history
    assert history is not None and history.isVisible()
    assert history.choices() == ["who5"]
    assert [history.table.item(0, c).text() for c in range(3)] == ["Mon 3 Mar 2025, 10:00", "80", "Good well-being"]
    qtbot.waitUntil(lambda: history.chart.canvas is not None)
    assert history.chart.plotted() == [("Percentage score (0–100)", [(datetime(2025, 3, 3, 10, 0), 80.0)])]

    # A second result a week later extends the same line.
    rig.clock.advance(timedelta(days=7))
    session = open_session(rig, "who5")
    answer_all(qtbot, session, [2, 2, 2, 2, 2])  # "Less than half of the time" (2): 40 %
    qtbot.mouseClick(session.result_view.done_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    rig.window.show_page("history")
    ((_, points),) = history.chart.plotted()
    assert [value for _, value in points] == [80.0, 40.0]
    assert history.table.item(0, 2).text() == "Low well-being"


def test_pause_keeps_the_answers_and_reopening_continues(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "phq9")
    press(qtbot, session, Qt.Key.Key_Return)
    press(qtbot, session, Qt.Key.Key_Return)  # Enter without an answer does not move on
    assert session.items.progress_label.text().endswith("question 1 of 9")
    assert not session.items.next_button.isEnabled()
    for n in (1, 2, 3):
        press(qtbot, session, digit(n), Qt.Key.Key_Return)
    press(qtbot, session, digit(9))  # no answer worth 9: ignored
    press(qtbot, session, Qt.Key.Key_Escape)
    page = rig.feature.page
    assert page is not None and page.session is None
    assert "Paused" in page.notice.text()
    draft = rig.store.draft("phq9")
    assert draft is not None and draft.answers == {"phq9_1": 1, "phq9_2": 2, "phq9_3": 3}
    assert page.start_buttons["phq9"].text() == "Continue"

    rig.rebuild()  # as after a restart: everything comes from the vault
    session = open_session(rig, "phq9")
    assert "answered 3 of 9" in session.intro.draft_note.text()
    press(qtbot, session, Qt.Key.Key_Return)
    assert session.items.progress_label.text().endswith("question 4 of 9")
    press(qtbot, session, Qt.Key.Key_Backspace)
    assert session.items.progress_label.text().endswith("question 3 of 9")
    assert [o.isChecked() for o in session.items.options] == [False, False, False, True]
    for _ in range(3):  # the third press is on question 1: nothing before it
        press(qtbot, session, Qt.Key.Key_Backspace)
    assert session.screen == "item" and session.items.progress_label.text().endswith("question 1 of 9")
    assert not session.items.back_button.isEnabled()
    press(qtbot, session, Qt.Key.Key_Escape)  # pause, and open it again: the intro offers to start over
    session = open_session(rig, "phq9")
    assert session.screen == "intro"

    qtbot.mouseClick(session.intro.restart_button, Qt.MouseButton.LeftButton)
    assert rig.store.draft("phq9") is None
    assert session.screen == "item" and session.questionnaire is not None
    assert session.questionnaire.answers == {}


def test_a_severe_band_recommends_a_professional_and_shows_the_crisis_lines(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "gad7")
    answer_all(qtbot, session, [3] * 7)  # "Nearly every day": 21, severe
    assert session.screen == "result"
    shown = visible_texts(session)
    assert "Severe" in shown
    assert "We recommend a professional assessment" in shown
    assert {"109", "1577-0199", "112 / 119"} <= set(shown)


@pytest.mark.parametrize("policy", [Policy(sections={"coordinator": {"eap_phone": "02-2133-0120"}})])
def test_without_a_wired_eap_request_the_panel_shows_the_eap_phone(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "phq9")
    answer_all(qtbot, session, [0] * 8 + [2])
    assert session.safety is not None
    assert not session.safety.eap_button.isVisibleTo(session.safety)
    assert "02-2133-0120" in session.safety.eap_text.text()


def test_the_urgent_eap_call_back_is_one_step_when_wired(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    sent: list[str] = []
    rig.feature.urgent_eap = lambda phone: sent.append(phone) or "sent"
    session = open_session(rig, "phq9")
    answer_all(qtbot, session, [0] * 8 + [1])
    panel = session.safety
    assert panel is not None and panel.eap_button.isVisibleTo(panel)
    qtbot.keyClicks(panel.phone, "010-2222-3333")
    qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    assert sent == ["010-2222-3333"]
    assert "was sent" in panel.eap_text.text() and not panel.eap_button.isEnabled()
    assert session.screen == "safety"  # still there until "I have read this"


def test_a_failing_eap_request_falls_back_to_the_contact(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    def broken(phone: str) -> str:
        raise OSError("share offline")

    rig.feature.urgent_eap = broken
    session = open_session(rig, "phq9")
    answer_all(qtbot, session, [0] * 8 + [1])
    assert session.safety is not None
    qtbot.keyClicks(session.safety.phone, "010-2222-3333")
    qtbot.mouseClick(session.safety.eap_button, Qt.MouseButton.LeftButton)
    assert "could not be made" in session.safety.eap_text.text()


def test_what_helps_links_only_where_a_page_exists_and_recheck_sets_a_reminder(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    assert rig.feature.env is not None
    opened: list[str] = []
    rig.feature.env.links.capabilities = Capabilities(exercise_player=object())  # type: ignore[arg-type]  # programs is there
    rig.feature.env.links.show_page = opened.append
    session = open_session(rig, "who5")
    answer_all(qtbot, session, [2, 2, 2, 2, 2])  # 40 %: poor -> break, program, eap, recheck
    view = session.result_view
    assert view is not None
    assert set(view.suggestion_buttons) == {"program", "recheck"}
    qtbot.mouseClick(view.suggestion_buttons["program"], Qt.MouseButton.LeftButton)
    assert opened == ["programs"]
    qtbot.mouseClick(view.suggestion_buttons["recheck"], Qt.MouseButton.LeftButton)
    assert not view.suggestion_buttons["recheck"].isEnabled()
    assert rig.feature.env.recheck_at("who5") == START + RECHECK_AFTER
    assert "Mon 17 Mar 2025" in (view.recheck_label.text() if view.recheck_label else "")


def test_korean_interface_takes_instrument_texts_from_the_ko_fields(qtbot, korean, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.language[0] = "ko"
    rig.rebuild()
    session = open_session(rig, "phq9")
    shown = visible_texts(session)
    assert "환자 건강 질문지-9 (PHQ-9)" in shown
    press(qtbot, session, Qt.Key.Key_Return)
    assert session.items.item_text.text() == "일 또는 여가 활동을 하는 데 흥미나 즐거움을 느끼지 못함"
    assert session.items.options[0].text_label.text() == "전혀 방해 받지 않았다"
    assert session.items.next_button.text() == "다음"


def test_an_org_pack_with_sex_specific_cut_offs_asks_first(qtbot, rig: Rig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from tests.assess.test_org_pack import pack
    from wellcare.assess import load_catalog

    (tmp_path / "koss_demo.json").write_text(json.dumps(pack(), ensure_ascii=False), encoding="utf-8")
    assert rig.feature.env is not None
    rig.feature.service.catalog = load_catalog([tmp_path])
    rig.rebuild()
    session = open_session(rig, "koss_demo")
    press(qtbot, session, Qt.Key.Key_Return)
    assert session.screen == "intro"  # the respondent's sex is needed for the cut-offs
    assert session.intro.sex_group is not None
    session.intro.sex_group.buttons()[0].click()
    answer_all(qtbot, session, [3] * 7)
    assert session.screen == "result"
    (stored,) = rig.store.results("koss_demo")
    assert stored.result.sex == "female" and stored.result.bands["demand"] == "high"
    shown = visible_texts(session)
    assert "Job demand: 66.67 (possible range 0–100)" in shown
    assert "We recommend a professional assessment" in shown
    rig.window.show_page("history")
    assert rig.feature.history is not None and rig.feature.history.choices() == ["koss_demo"]


def test_the_eap_suggestion_opens_the_request_form_when_the_eap_capability_is_there(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    class FakeEap:
        def __init__(self) -> None:
            self.opened: list[str] = []
            self.request_urgent_call_back = None  # no coordinator yet: the panel shows the phone

        def open_request(self, kind: str, urgent: bool = False) -> None:
            self.opened.append(kind)

        def saved_phone(self) -> str:
            return ""

    eap = FakeEap()
    rig.ctx.capabilities.eap_requests = eap
    session = open_session(rig, "phq9")
    answer_all(qtbot, session, [2] * 5 + [0] * 4)  # 10: moderate, item 9 not endorsed
    view = session.result_view
    assert view is not None and "eap" in view.suggestion_buttons
    qtbot.mouseClick(view.suggestion_buttons["eap"], Qt.MouseButton.LeftButton)
    assert eap.opened == ["counseling"]


def test_enter_on_the_crisis_panel_asks_for_the_call_back_and_never_skips_it(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    sent: list[str] = []
    rig.feature.urgent_eap = lambda phone: sent.append(phone) or "sent"
    session = open_session(rig, "phq9")
    answer_all(qtbot, session, [0] * 8 + [1])
    panel = session.safety
    assert panel is not None and panel.hasFocus()
    press(qtbot, session, Qt.Key.Key_Return)  # the highlighted button's action: it needs a number first
    assert panel.phone.hasFocus() and panel.call_back.phone_problem.isVisible() and sent == []
    qtbot.keyClicks(panel.phone, "010-2222-3333")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)
    assert sent == ["010-2222-3333"] and "was sent" in panel.eap_text.text()
    panel.setFocus()
    press(qtbot, session, Qt.Key.Key_Return, Qt.Key.Key_Enter)  # sent once; Enter never shows the result
    assert sent == ["010-2222-3333"] and session.screen == "safety"
