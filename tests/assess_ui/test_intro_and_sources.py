"""Before PHQ-9 starts it says what its self-harm question leads to; in Korean, every intro and
result says where the Korean comes from, and an unvalidated translation's cut-off alone never
raises an urgent referral (issue #12, items 5a and 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.assess_ui.conftest import Rig, answer_all, press, visible_texts
from wellcare.assess import load_catalog
from wellcare.ui.assess.wizard import AssessmentSession


def open_session(rig: Rig, instrument_id: str) -> AssessmentSession:
    rig.window.show_page("assess")
    assert rig.feature.page is not None
    return rig.feature.page.start(instrument_id)


def test_the_phq9_intro_says_what_the_self_harm_question_leads_to(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "phq9")
    assert session.screen == "intro"
    note = session.intro.intro_note
    assert note is not None and note.isVisibleTo(session)
    text = note.text()
    assert "hurting yourself" in text and "crisis lines" in text and "EAP office" in text
    assert "Nothing is sent" in text
    assert session.intro.first_control() is session.intro.start_button  # the note is read, Start still first


def test_other_intros_have_no_such_note(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "who5")
    assert session.intro.intro_note is None


def test_korean_intros_say_where_each_korean_text_comes_from(qtbot, korean, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.language[0] = "ko"
    rig.rebuild()
    for instrument in load_catalog():
        session = open_session(rig, instrument.id)
        shown = "\n".join(visible_texts(session.intro))
        rendering = instrument.korean_rendering
        assert rendering is not None
        if rendering.validated:
            assert rendering.validation in shown, instrument.id
        else:
            assert "WellCare" in shown and "검증" in shown, instrument.id  # translated for WellCare, not validated
        assert rendering.note.get("ko") in shown
        session.intro.cancel_button.click()
    session = open_session(rig, "phq9")
    assert session.intro.intro_note is not None and "위기상담전화" in session.intro.intro_note.text()


def test_english_intros_carry_no_korean_source_line(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "k6")
    assert session.intro.korean_source == ""


def test_an_unvalidated_korean_k6_cut_off_suggests_a_professional_without_an_urgent_referral(  # type: ignore[no-untyped-def]
    qtbot, korean, rig: Rig
) -> None:
    rig.language[0] = "ko"
    rig.rebuild()
    session = open_session(rig, "k6")
    answer_all(qtbot, session, [3, 3, 3, 2, 2, 0])  # 13: "serious" on the English K6's cut-off
    view = session.result_view
    assert view is not None and view.band_labels == {"total": "심한 수준의 고통"}
    shown = visible_texts(view)
    assert "109" not in shown, "no crisis lines from an unvalidated cut-off alone"
    assert "가능한 한 빨리 전문가의 평가를" not in "\n".join(shown)  # the band's urgent words are not used
    assert view.professional_card is not None and view.professional_card.isVisibleTo(view)
    assert any("총점: 13" in t for t in shown)  # the score is shown
    assert any("WellCare" in t and "검증" in t for t in shown)


def test_the_english_k6_at_13_still_recommends_an_assessment(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    session = open_session(rig, "k6")
    answer_all(qtbot, session, [3, 3, 3, 2, 2, 0])
    shown = visible_texts(session)
    assert "We recommend a professional assessment" in shown and "109" in shown


def test_the_korean_cbi_degree_scale_can_say_not_at_all(qtbot, korean, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.language[0] = "ko"
    rig.rebuild()
    session = open_session(rig, "cbi")
    press(qtbot, session, Qt.Key.Key_Return)
    q = session.questionnaire
    assert q is not None
    for _ in range(q.count):  # on to the first "to what degree" item (W1)
        if q.item.response_set.id == "degree":
            break
        press(qtbot, session, Qt.Key.Key_0, Qt.Key.Key_Return)
    assert q.item.response_set.id == "degree"
    labels = {int(o.hint_label.text()): o.text_label.text() for o in session.items.options}
    assert labels[0] == "전혀 그렇지 않다" and "않다" in labels[1]  # the two lowest deny; the rest affirm
    assert all("않다" not in labels[v] for v in (2, 3, 4))
