"""The safety panel's urgent call-back, as a counselor meets it after PHQ-9 item 9: wired the way the app
wires it (the assess capability's links to the real EAP capability), on a real vault and a real
exchange folder, driven with the keyboard and mouse; what it sends is read back with the coordinator's key.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.a11y.announcements import announcements, screen_reader
from tests.eap.helpers import KST, Org, content
from tests.eap.test_urgent_call_back import inbox_files, with_office
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import ContactMethod, RequestType, Status, Urgency
from wellcare.exchange import open_sealed
from wellcare.ui.assess.feature import AssessFeature
from wellcare.ui.assess.safety import SafetyPanel
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.page import EapPage
from wellcare.ui.eap.widgets import Step
from wellcare.ui.i18n import Translations

PHONE = "010-5555-6666"
SATURDAY_EVENING = datetime(2025, 3, 8, 19, 0, tzinfo=KST)


@pytest.fixture
def make_panel(qtbot, qapp, org: Org) -> Iterator[Callable[..., tuple[FeatureRig, SafetyPanel]]]:  # type: ignore[no-untyped-def]
    made: list[tuple[FeatureRig, AssessFeature]] = []
    translations = Translations(qapp)  # as the app installs them (plurals need them)

    def make(language: str = "en") -> tuple[FeatureRig, SafetyPanel]:
        translations.install(language)
        rig = FeatureRig(qtbot, EapFeature, org.counselor_profile, org.counselor_vault, org.clock, org.policy, language)
        assess = AssessFeature(rig.ctx)  # the app's own wiring: ctx.capabilities.eap_requests -> the panel's links
        assess.start()
        assert assess.env is not None
        made.append((rig, assess))
        panel = SafetyPanel(assess.env.lines, language, assess.env.links)
        qtbot.addWidget(panel)
        panel.resize(900, 900)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is panel)  # the panel takes the keyboard itself
        return rig, panel

    yield make
    for rig, assess in made:
        assess.stop()
        rig.close()
    translations.install("en")
    translations.remove_all()


def _texts(panel: SafetyPanel) -> str:
    return " ".join(w.text() for w in panel.findChildren(QLabel) if w.isVisibleTo(panel))


def _tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Tab)


def test_the_phone_is_asked_inline_and_the_sealed_request_carries_it(make_panel, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    _rig, panel = make_panel()
    phone = panel.phone
    assert phone.isVisible() and phone.text() == ""  # nothing saved yet: asked, not guessed
    assert phone.accessibleName() == "Phone number the EAP office should call"
    assert panel.call_back.phone_label.buddy() is phone
    assert QApplication.focusWidget() is panel  # the panel itself first; Tab leads to the field
    _tab(qtbot)
    assert QApplication.focusWidget() is phone
    qtbot.keyClicks(phone, PHONE)
    _tab(qtbot)
    assert QApplication.focusWidget() is panel.eap_button
    qtbot.keyClick(panel.eap_button, Qt.Key.Key_Space)

    (landed,) = inbox_files(org)
    payload = open_sealed(landed.read_bytes(), org.keys.box).payload
    assert payload["contact"] == {"method": "phone", "value": PHONE}
    assert payload["urgency"] == "urgent" and payload["type"] == "counseling" and payload["note"] == ""
    text = panel.eap_text.text()
    assert "Your request was sent" in text and PHONE in text
    # no office hours or response time in the policy: no time is promised
    assert "has not said how soon" in text and "within" not in text and "today" not in _texts(panel)
    assert not panel.eap_button.isEnabled() and phone.isReadOnly()
    assert panel.isVisible()  # still there until "I have read this"


def test_a_phone_that_is_not_one_is_explained_next_to_the_field_and_nothing_is_sent(  # type: ignore[no-untyped-def]
    make_panel, qtbot, org: Org
) -> None:
    rig, panel = make_panel()
    qtbot.keyClicks(panel.phone, "name@example.org")
    qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    problem = panel.call_back.phone_problem
    assert problem.isVisible() and "digits" in problem.text()
    assert panel.phone.accessibleDescription() == problem.text()
    assert QApplication.focusWidget() is panel.phone
    assert rig.feature.service.requests() == [] and inbox_files(org) == []
    panel.phone.selectAll()
    qtbot.keyClicks(panel.phone, PHONE)
    assert not problem.isVisible()  # editing clears it
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)  # Enter in the field sends
    assert "Your request was sent" in panel.eap_text.text() and len(inbox_files(org)) == 1


def test_the_saved_phone_is_offered_to_confirm_but_an_email_is_not(make_panel, org: Org) -> None:  # type: ignore[no-untyped-def]
    service = org.counselor()
    service.submit(content(contact_method=ContactMethod.EMAIL, contact="me@example.org"))
    _rig, panel = make_panel()
    assert panel.phone.text() == ""  # a call-back needs a phone, never the e-mail of last time
    service.submit(content(contact_method=ContactMethod.SMS, contact="010-7777-8888"))
    _rig, panel = make_panel()
    assert panel.phone.text() == "010-7777-8888"


def test_an_unreachable_share_says_waiting_to_be_sent_with_the_crisis_lines(make_panel, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    rig, panel = make_panel()
    shutil.rmtree(org.exchange)  # the share cannot be reached
    qtbot.keyClicks(panel.phone, PHONE)
    with screen_reader() as heard:
        qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    text = panel.eap_text.text()
    assert "was sent" not in text
    assert text.startswith("Waiting to be sent — the shared folder cannot be reached")
    assert "please call a crisis line now" in text.lower() and "109" in text and "1577-0199" in text
    assert any("Waiting to be sent" in m and "109" in m for m in announcements(heard))
    assert {"109", "1577-0199"} <= {w.text() for w in panel.findChildren(QLabel) if w.isVisible()}
    (request,) = rig.feature.service.requests()
    assert request.status is Status.QUEUED and request.content.contact == PHONE

    # the EAP page's timeline says the same: waiting to send, not sent
    page = rig.page
    assert isinstance(page, EapPage)
    page.refresh()
    page.select(request.id)
    assert page.timeline is not None
    titles = [step.title.text() for step in page.timeline.findChildren(Step)]
    assert titles[0] == "Waiting to send" and "Sent" not in titles


def test_the_office_hours_and_urgent_response_time_are_shown_as_the_policy_states_them(  # type: ignore[no-untyped-def]
    make_panel, qtbot, org: Org
) -> None:
    with_office(org)
    _rig, panel = make_panel()  # Monday 09:00
    office = panel.call_back.office_text.text()
    assert "Mon–Fri 09:00–18:00; Sat 10:00–13:00" in office
    assert "open now, until 18:00" in office and "within 2 hours" in office
    assert "02-120-0000" in panel.eap_text.text()  # the office's phone from the policy
    qtbot.keyClicks(panel.phone, PHONE)
    qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    text = panel.eap_text.text()
    assert "Your request was sent" in text and "within 2 hours" in text and "has not said" not in text
    assert "within" not in panel.call_back.office_text.text()  # said once, where it is news


def test_outside_office_hours_it_says_so_and_the_crisis_lines_come_first(make_panel, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    with_office(org)
    org.clock.set(SATURDAY_EVENING)
    _rig, panel = make_panel()
    office = panel.call_back.office_text.text()
    assert "The EAP office is closed now. It opens again on Monday at 09:00." in office
    assert "please call one of the lines above first" in panel.eap_text.text()
    assert "closed now" in panel.accessibleDescription() and "109" in panel.accessibleDescription()
    layout = panel.layout()
    crisis = next(i for i in range(layout.count()) if "109" in _texts_of(layout.itemAt(i).widget()))
    assert crisis < layout.indexOf(panel.call_back)
    qtbot.keyClicks(panel.phone, PHONE)
    qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    assert "It opens again on Monday at 09:00" in panel.eap_text.text()


def _texts_of(widget: object) -> str:
    if widget is None:
        return ""
    return " ".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_the_limits_of_confidentiality_are_stated_on_the_panel_and_the_form(make_panel, org: Org) -> None:  # type: ignore[no-untyped-def]
    with_office(org)
    org.clock.set(SATURDAY_EVENING)
    rig, panel = make_panel()
    said = panel.call_back.confidential.text()
    assert "stays confidential" in said and "immediate danger" in said and "emergency services" in said
    rig.feature.open_request(RequestType.COUNSELING.value, True)
    page = rig.page
    assert isinstance(page, EapPage) and page.form is not None
    form = page.form
    assert form.selected_urgency() is Urgency.URGENT
    assert form.confidential.text() == said
    assert form.crisis.isVisibleTo(form) and form.urgent_info.isVisibleTo(form)
    info = form.urgent_info.text()
    assert "closed now" in info and "within 2 hours" in info and "lines above first" in info
    form.urgency_buttons[Urgency.ROUTINE].setChecked(True)
    assert not form.urgent_info.isVisibleTo(form)


def test_the_korean_panel_says_the_same(make_panel, qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    with_office(org)
    shutil.rmtree(org.exchange)
    _rig, panel = make_panel("ko")
    assert "비밀로 지켜집니다" in panel.call_back.confidential.text()
    office = panel.call_back.office_text.text()
    assert "업무 시간: 월–금 09:00–18:00" in office and "2시간 안에" in office
    assert panel.phone.accessibleName() == "EAP 상담실이 전화할 번호"
    qtbot.keyClicks(panel.phone, PHONE)
    qtbot.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    text = panel.eap_text.text()
    assert text.startswith("전송 대기 중 — 공유 폴더에 연결할 수 없습니다") and "109" in text
