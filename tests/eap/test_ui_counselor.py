"""The counselor's EAP page as a counselor meets it: form, crisis lines, attachments, timeline, cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
)

from tests.eap.helpers import MARKER, Org, make_org
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import AttachmentChoice, EventKind, KeyState, RequestType, Status, Urgency
from wellcare.policy import Policy
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.page import EapPage
from wellcare.ui.eap.widgets import AlertBox, Step
from wellcare.ui.i18n import Translations

SUMMARY = AttachmentChoice("assess:1", "assessment_summary", "Self-check WHO-5, 3 March", "WHO-5: 40 (low)")
INCIDENT = AttachmentChoice("incident:7", "incident", "3 March 10:12 · abuse", "3 March 10:12 · abuse")


def summary_source(vault: object, language: str) -> list[AttachmentChoice]:
    return [SUMMARY, INCIDENT]


@pytest.fixture
def rig(qtbot, org: Org) -> Iterator[Callable[..., FeatureRig]]:  # type: ignore[no-untyped-def]
    rigs: list[FeatureRig] = []

    def make(policy: Policy | None = None, language: str = "en", sources: tuple = (summary_source,)) -> FeatureRig:
        feature_class = EapFeature.with_sources(*sources)
        made = FeatureRig(
            qtbot, feature_class, org.counselor_profile, org.counselor_vault, org.clock,
            org.policy if policy is None else policy, language,
        )  # fmt: skip
        rigs.append(made)
        return made

    yield make
    for made in rigs:
        made.close()


def _page(r: FeatureRig) -> EapPage:
    assert isinstance(r.page, EapPage)
    return r.page


def _open(page: EapPage) -> None:
    page.open_form()
    QApplication.processEvents()  # lay the new form out, as the event loop would before a click


def _click(page: EapPage, qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Scroll the button into view first: a click lands on whatever the window shows at that point."""
    area = page.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(button)
    QApplication.processEvents()
    # a radio button or checkbox is as wide as its row, but only its indicator and text take a click
    pos = QPoint(8, button.height() // 2) if isinstance(button, QRadioButton | QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def _fill(page: EapPage, qtbot, note: str = MARKER) -> None:  # type: ignore[no-untyped-def]
    form = page.form
    assert form is not None
    form.time_checks[next(iter(form.time_checks))].setChecked(True)
    form.contact.clear()
    qtbot.keyClicks(form.contact, "010-2222-3333")
    form.note.setPlainText(note)


def test_the_form_in_korean_fits_a_realistic_window(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        r = rig(language="ko")
        page = _page(r)
        page.open_form()
        form = page.form
        assert form is not None
        form.urgency_buttons[Urgency.URGENT].setChecked(True)
        qtbot.wait(0)
        assert form.send_button.text() == "요청 보내기"
        assert form.kind_buttons[RequestType.LEGAL_SUPPORT].text() == "폭언 통화 후 법률 지원"
        assert "EAP 상담실" in form.who.text() and "키 지문" in form.who.text()
        area = page.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        assert area.horizontalScrollBar().maximum() == 0  # nothing wider than the window
        for widget in form.findChildren(QAbstractButton):  # no clipped radio, checkbox or button text
            if widget.isVisible() and widget.text():
                assert widget.width() >= widget.sizeHint().width() - 1, widget.text()
        page.close_form()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width() - 1, label.text()
    finally:
        translations.install("en")


def test_urgent_puts_the_crisis_lines_first(rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    r = rig()
    page = _page(r)
    _open(page)
    form = page.form
    assert form is not None and not form.crisis.isVisible()
    _click(page, qtbot, form.urgency_buttons[Urgency.URGENT])
    assert form.crisis.isVisible()
    assert form.crisis.numbers == ["109", "1577-0199", "112 / 119"]
    layout = form.layout()
    assert layout.indexOf(form.crisis) < layout.indexOf(form.who)  # before anything else but the title
    assert form.crisis.geometry().top() < form.who.geometry().top()
    _click(page, qtbot, form.urgency_buttons[Urgency.SOON])
    assert not form.crisis.isVisible()


def test_send_through_the_form_then_the_timeline_then_cancel(rig, qtbot, org: Org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    r = rig()
    page = _page(r)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    _fill(page, qtbot)
    form = page.form
    assert form is not None
    assert [row.check.isChecked() for row in form.attachment_rows] == [False, False]  # nothing by default
    _click(page, qtbot, form.send_button)
    assert page.form is None and page.overview.isVisible()
    [request] = org.counselor().requests()
    assert request.status is Status.SENT and request.content.attachments == ()
    assert request.content.note == MARKER and request.content.contact == "010-2222-3333"
    [data] = [p.read_bytes() for p in (org.exchange / "inbox").iterdir()]
    assert MARKER.encode() not in data and b"010-2222-3333" not in data
    timeline = page.timeline
    assert timeline is not None and timeline.request.id == request.id
    assert timeline.step_titles() == [("Sent", Step.DONE), ("Received", Step.AHEAD), ("Scheduled", Step.AHEAD),
                                      ("Done", Step.AHEAD)]  # fmt: skip

    org.import_once()
    r.feature.check_now()
    timeline = page.timeline
    assert timeline is not None and timeline.step_titles()[1] == ("Received", Step.DONE)
    assert "Your request was received." in r.notices()

    from tests.support.confirm import answer_confirmations

    asked = answer_confirmations(monkeypatch, True)
    assert timeline.cancel_button is not None
    _click(page, qtbot, timeline.cancel_button)
    assert [(a.act, a.keep, a.default_is_keep) for a in asked] == [("Cancel the request", "Keep the request", True)]
    cancelled = org.counselor().get(request.id)
    assert cancelled.status is Status.CANCELLED and cancelled.last(EventKind.CANCEL_SENT) is not None
    assert page.timeline is not None and page.timeline.step_titles()[-1] == ("Cancelled", Step.STOPPED)
    assert page.timeline.cancel_button is None
    assert org.import_once().accepted_by_kind == {"eap_cancel": 1}


def test_attachments_are_chosen_one_by_one_and_shown_before_sending(rig, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    r = rig()
    page = _page(r)
    _open(page)
    form = page.form
    assert form is not None
    summary_row = form.attachment_rows[0]
    assert not summary_row.preview.isVisible()
    _click(page, qtbot, summary_row.show_button)
    assert summary_row.preview.isVisible() and summary_row.preview.toPlainText() == SUMMARY.text
    summary_row.check.setChecked(True)
    _fill(page, qtbot)
    form.send()
    [request] = org.counselor().requests()
    assert [(a.type, a.title, a.text) for a in request.content.attachments] == [
        ("assessment_summary", SUMMARY.title, SUMMARY.text)
    ]


def test_the_form_says_what_is_missing(rig, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    r = rig(sources=())
    page = _page(r)
    page.open_form()
    form = page.form
    assert form is not None and form.attachment_rows == []
    form.contact.clear()
    form.send()
    assert "at least one time" in form.problem.text()
    form.time_checks[next(iter(form.time_checks))].setChecked(True)
    form.send()
    assert "how the EAP office can reach you" in form.problem.text()
    form.contact_method.setCurrentIndex(form.contact_method.findData("email"))
    form.contact.setText("not-an-address")
    form.send()
    assert "e-mail address" in form.problem.text()
    assert org.counselor().requests() == []
    _click(page, qtbot, form.back_button)
    assert page.form is None


def test_a_changed_coordinator_key_is_a_loud_warning_and_stops_sending(
    rig, qtbot, org: Org, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    org.counselor().coordinator()  # first use: pinned
    other = make_org(tmp_path / "other")
    try:
        r = rig(policy=other.policy)
        page = _page(r)
        assert any("key has changed" in text for text in r.notices())
        alerts = page.findChildren(AlertBox)
        assert len(alerts) == 1 and alerts[0].isVisible()
        assert not page.new_button.isVisible()
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        _click(page, qtbot, page.trust_button)
        assert r.feature.service.coordinator().state is KeyState.PINNED
        assert page.new_button.isVisible()
    finally:
        other.close()


def test_personal_mode_shows_contacts_and_crisis_lines(rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    r = rig(policy=Policy())
    page = _page(r)
    assert not page.new_button.isVisible()
    assert page.status_card.objectName() == "no-coordinator"
    assert "109" in page.crisis_note.text()
    assert [e.text for e in r.feature.tray_entries()] == ["Ask for EAP support…"]
    assert r.feature.request_urgent_call_back is None


def test_other_capabilities_open_the_form_and_ask_for_an_urgent_call_back(rig, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    r = rig()
    assert r.ctx.capabilities.eap_requests is r.feature
    assert r.feature.request_urgent_call_back is not None  # the safety panel asks for the phone itself
    assert r.feature.saved_phone() == ""  # no contact known yet
    r.feature.open_request("legal_support", True)
    page = _page(r)
    assert r.shown_pages == ["eap"]
    form = page.form
    assert form is not None and form.selected_type() is RequestType.LEGAL_SUPPORT
    assert form.selected_urgency() is Urgency.URGENT and form.crisis.isVisible()
    _fill(page, qtbot)
    form.send()
    call_back = r.feature.request_urgent_call_back
    assert r.feature.saved_phone() == "010-2222-3333"
    assert call_back is not None and call_back("010-2222-3333") == "sent"
    newest = org.counselor().requests()[0]
    assert newest.content.urgency is Urgency.URGENT and newest.content.contact == "010-2222-3333"
    assert newest.content.note == "" and newest.content.attachments == ()
    page.open_form()
    assert page.form is not None and page.form.contact.text() == "010-2222-3333"  # remembered
