"""Coordinator mode's inbox page, and the whole round trip through both apps' real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.eap.helpers import MARKER, MONDAY_9, Org, content
from tests.eap.ui_rig import FeatureRig
from tests.support.documents import korean_documents_folder, record_dialog_starts
from wellcare.eap import EventKind, Status, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.schedule.clock import ManualClock
from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.inbox_page import InboxPage
from wellcare.ui.eap.page import EapPage
from wellcare.vault import VaultManager


@pytest.fixture
def rigs(qtbot) -> Iterator[list[FeatureRig]]:  # type: ignore[no-untyped-def]
    made: list[FeatureRig] = []
    yield made
    for rig in made:
        rig.close()


def _coordinator(qtbot, org: Org, rigs: list[FeatureRig]) -> FeatureRig:  # type: ignore[no-untyped-def]
    rig = FeatureRig(
        qtbot, CoordinatorInboxFeature, org.coordinator_profile, org.coordinator_vault, org.clock, org.policy
    )
    rigs.append(rig)
    return rig


def _inbox(rig: FeatureRig) -> InboxPage:
    assert isinstance(rig.page, InboxPage)
    return rig.page


def test_the_inbox_lists_requests_urgent_first_and_replies_with_an_appointment(  # type: ignore[no-untyped-def]
    qtbot, org: Org, rigs, english
) -> None:
    counselor = org.counselor()
    routine = counselor.submit(content(note="routine", urgency=Urgency.ROUTINE))
    urgent = counselor.submit(content(note=MARKER, urgency=Urgency.URGENT))
    rig = _coordinator(qtbot, org, rigs)  # imports at start
    page = _inbox(rig)
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == "Urgent" and page.selected_id() == urgent.envelope_id
    assert any("2 new requests in the EAP inbox. 1 urgent" in text for text in rig.notices())
    detail = page.detail
    assert detail is not None
    labels = [w.text() for w in detail.findChildren(type(page.status))]
    assert MARKER in labels and any("010-1234-5678" in t for t in labels)

    detail.triage.setCurrentIndex(detail.triage.findData(Triage.IN_PROGRESS.value))
    assert org.eap_inbox().get(urgent.envelope_id).triage is Triage.IN_PROGRESS

    detail = page.detail
    assert detail is not None
    start = (org.clock.now() + timedelta(days=1)).astimezone().replace(hour=11, minute=30, tzinfo=None)
    detail.start.setDateTime(QDateTime(start))
    detail.where.setText("")
    qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
    assert "Say where" in detail.problem.text()
    detail.where.setText("https://meet.example.org/eap-3")
    detail.minutes.setValue(30)
    detail.note.setPlainText("카메라는 꺼도 됩니다.")
    qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
    stored = org.eap_inbox().get(urgent.envelope_id)
    assert stored.triage is Triage.SCHEDULED and stored.appointment is not None
    assert stored.appointment.where == "https://meet.example.org/eap-3" and stored.appointment.minutes == 30

    counselor.sync()
    mine = counselor.get(urgent.id)
    assert mine.status is Status.SCHEDULED and mine.appointment is not None
    assert mine.appointment.start == start.astimezone() and mine.appointment.note == "카메라는 꺼도 됩니다."
    assert counselor.get(routine.id).status is Status.RECEIVED


def test_declining_tells_the_counselor_why(qtbot, org: Org, rigs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    counselor = org.counselor()
    request = counselor.submit(content())
    page = _inbox(_coordinator(qtbot, org, rigs))
    detail = page.detail
    assert detail is not None
    detail.note.setPlainText("법률 지원은 노무사 상담으로 안내드립니다: 02-000-0000")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.decline_button, Qt.MouseButton.LeftButton)
    assert org.eap_inbox().get(request.envelope_id).triage is Triage.DECLINED
    assert page.table.item(0, 3).text() == "Declined"
    assert page.detail is not None and not hasattr(page.detail, "send_button")  # closed: no reply controls
    counselor.sync()
    mine = counselor.get(request.id)
    assert mine.status is Status.CANCELLED and mine.closed_by == "coordinator"
    assert mine.message.startswith("법률 지원은")


def test_quarantined_files_are_reported_on_the_page(qtbot, org: Org, rigs, english) -> None:  # type: ignore[no-untyped-def]
    (org.exchange / "inbox" / ("ab" * 16 + ".json")).write_bytes(b"garbage")
    org.counselor().submit(content())
    page = _inbox(_coordinator(qtbot, org, rigs))
    assert page.table.rowCount() == 1
    text = page.quarantine.text()
    assert page.quarantine.isVisible() and "1 file in the inbox was refused" in text and "not_json" in text


def test_setting_up_coordinator_mode_from_the_page(qtbot, tmp_path: Path, rigs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "coordinator"
    vault = VaultManager(profile).create("keyring", role="coordinator").vault
    try:
        from wellcare.policy import Policy

        rig = FeatureRig(qtbot, CoordinatorInboxFeature, profile, vault, ManualClock(MONDAY_9), Policy())
        rigs.append(rig)
        page = _inbox(rig)
        assert page.setup_panel is not None and not page.body.isVisible()
        panel = page.setup_panel
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
        assert "organisation's name" in panel.problem.text()
        documents = korean_documents_folder(monkeypatch, tmp_path)
        started = record_dialog_starts(monkeypatch)
        panel._browse()  # Browse… starts in the documents folder, not where the app was started
        assert started == [str(documents)] and panel.exchange.text() == ""
        panel.org.setText("120 다산콜센터")
        panel.exchange.setText(str(tmp_path / "share"))
        panel.phone.setText("02-120-1234")
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
        assert page.setup_panel is None and page.body.isVisible()
        assert (profile / "policy.toml").exists() and (tmp_path / "share" / "inbox").is_dir()
        assert "Policy file for IT" in page.status.text()
        assert rig.scheduler.get_job("coordinator:import") is not None
        assert [e.text for e in rig.feature.tray_entries()] == ["EAP inbox"]
    finally:
        for rig in rigs:
            rig.close()
        rigs.clear()
        vault.close()


def test_round_trip_through_both_apps_file_watchers_and_scheduler(  # type: ignore[no-untyped-def]
    qtbot, org: Org, rigs, english
) -> None:
    """Counselor form -> coordinator inbox (watcher) -> reply form -> counselor (watcher) -> reminder."""
    counselor_rig = FeatureRig(qtbot, EapFeature, org.counselor_profile, org.counselor_vault, org.clock, org.policy)
    rigs.append(counselor_rig)
    coordinator_rig = _coordinator(qtbot, org, rigs)
    counselor_page = counselor_rig.page
    inbox_page = _inbox(coordinator_rig)
    assert isinstance(counselor_page, EapPage) and inbox_page.table.rowCount() == 0

    counselor_page.open_form()
    QApplication.processEvents()
    form = counselor_page.form
    assert form is not None
    form.time_checks[next(iter(form.time_checks))].setChecked(True)
    form.contact.setText("010-9876-5432")
    form.note.setPlainText(MARKER)
    form.send()

    # the coordinator's app notices the new file by itself (file watcher, then one import)
    qtbot.waitUntil(lambda: inbox_page.table.rowCount() == 1, timeout=5000)
    assert any("1 new request in the EAP inbox." in text for text in coordinator_rig.notices())
    # ... and its automatic receipt reaches the counselor's app the same way
    [mine] = counselor_rig.feature.service.requests()
    qtbot.waitUntil(lambda: counselor_rig.feature.service.get(mine.id).status is Status.RECEIVED, timeout=5000)

    detail = inbox_page.detail
    assert detail is not None
    start = org.clock.now() + timedelta(days=2)
    detail.start.setDateTime(QDateTime(start.astimezone().replace(tzinfo=None, second=0, microsecond=0)))
    detail.where.setText("본관 3층 상담실")
    qtbot.mouseClick(detail.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counselor_rig.feature.service.get(mine.id).status is Status.SCHEDULED, timeout=5000)
    assert any(text.startswith("A reply arrived: your appointment is") for text in counselor_rig.notices())
    timeline = counselor_page.timeline
    assert timeline is not None and ("Scheduled", "done") in timeline.step_titles()

    # time passes (a manual clock); the scheduler's reminder job fires on its own
    scheduled = counselor_rig.feature.service.get(mine.id)
    assert scheduled.appointment is not None
    assert isinstance(org.clock, ManualClock)
    org.clock.set(scheduled.appointment.start - timedelta(hours=1, minutes=-1))
    assert counselor_rig.feature.reminders is not None
    counselor_rig.feature.reminders.tick()
    qtbot.waitUntil(lambda: any("Your appointment is" in t for t in counselor_rig.notices()), timeout=5000)
    reminders = [t for t in counselor_rig.notices() if t.startswith("Your appointment is")]
    assert len(reminders) == 1  # the missed day-before reminder and the hour-before one: shown once
    events = counselor_rig.feature.service.get(mine.id).events
    assert [e.kind for e in events].count(EventKind.REMINDED) == 1


def test_the_app_shows_the_inbox_in_coordinator_mode_and_eap_support_for_counselors(qtbot, org: Org) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import app_args
    from wellcare.app import WellCareApp

    org.close()  # each app opens its own profile's vault
    try:
        for profile, extra, page_key in (
            (org.coordinator_profile, ("--coordinator",), "inbox"),
            (org.counselor_profile, (), "eap"),
        ):
            app = WellCareApp(
                app_args(profile, "--lang", "en", "--policy", str(org.policy_path), *extra), QApplication.instance()
            )
            assert app.start()
            try:
                assert app.window is not None and page_key in app.window.page_keys()
                app.show_page(page_key)
                assert app.window.current_page() == page_key
            finally:
                app.shutdown()
    finally:
        org.counselor_vault = VaultManager(org.counselor_profile).unlock()
        org.coordinator_vault = VaultManager(org.coordinator_profile).unlock()
