"""Keyboard only, in English and Korean: the coordinator app's page list and its EAP inbox.

The real app in coordinator mode on a small organisation (tests/eap/helpers.py): two requests wait
in the exchange folder. By keys alone the coordinator reaches every page, picks a request with the
arrow keys, marks it in progress, writes and sends an appointment, and declines the other one. Each
widget the focus passes is checked (name, window, visible focus, reading order) by the drivers in
tests/a11y/keyboard.py and test_keyboard_eap_settings.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.a11y.keyboard import Keyboard, speaker
from tests.a11y.test_keyboard_eap_settings import Dialogs, assert_reading_order, message_box_answer, type_text, walk_to
from tests.eap.helpers import MARKER, Org, content, make_org
from tests.ui.conftest import app_args
from wellcare.eap import MyRequest, Status, Urgency
from wellcare.eap.office_inbox import EapInbox, InboxRequest, Triage
from wellcare.exchange import Folder
from wellcare.inbox.keys_store import load_keys
from wellcare.schedule.clock import SystemClock
from wellcare.ui.eap.inbox_page import InboxPage
from wellcare.vault import VaultManager


@dataclass
class Coordinator:
    app: object
    org: Org
    routine: MyRequest
    urgent: MyRequest
    language: str

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.app.window  # type: ignore[attr-defined]

    def stored(self, envelope_id: str) -> InboxRequest:
        """The request as the coordinator's vault (the app's own) holds it."""
        vault = self.app.vault  # type: ignore[attr-defined]
        keys = load_keys(vault)
        assert keys is not None
        return EapInbox(vault, keys, SystemClock()).get(envelope_id)


@pytest.fixture
def coordinator(qtbot, qapp, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Coordinator]:  # type: ignore[no-untyped-def]
    from wellcare.app import WellCareApp

    org = make_org(tmp_path)
    counselor = org.counselor()
    routine = counselor.submit(content(note="routine", urgency=Urgency.ROUTINE))
    urgent = counselor.submit(content(note=MARKER, urgency=Urgency.URGENT))
    org.coordinator_vault.close()  # the app opens the coordinator's vault itself
    style, palette = qapp.styleSheet(), qapp.palette()
    args = app_args(org.coordinator_profile, "--coordinator", "--lang", request.param, "--policy", str(org.policy_path))
    app = WellCareApp(args, qapp)
    assert app.start()
    assert app.window is not None
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is app.window.nav)
    yield Coordinator(app, org, routine, urgent, request.param)
    app.shutdown()
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)
    org.coordinator_vault = VaultManager(org.coordinator_profile).unlock()
    org.close()


@pytest.mark.parametrize("coordinator", ["en", "ko"], indirect=True)
def test_pick_triage_and_answer_requests_by_keyboard(qtbot, coordinator: Coordinator) -> None:  # type: ignore[no-untyped-def]
    window, org = coordinator.window, coordinator.org
    kb = Keyboard(qtbot, window)
    korean = coordinator.language == "ko"

    # every page by arrows, then the inbox
    keys = window.page_keys()
    assert keys[0] == "home" and "inbox" in keys and keys[-1] == "settings"
    for key in keys[1:]:
        kb.press(Qt.Key.Key_Down)
        assert window.current_page() == key and kb.focus() is window.nav
    kb.press(Qt.Key.Key_Home)
    for _ in range(keys.index("inbox")):
        kb.press(Qt.Key.Key_Down)
    page = window.stack.currentWidget()
    assert isinstance(page, InboxPage) and page.isVisible()
    kb.enter()
    assert kb.focus() is page.check_button  # the page's first control

    # the list: urgent first; arrows choose a request and its details follow
    path = [page.check_button, *walk_to(kb, page.table)]
    assert page.selected_id() == coordinator.urgent.envelope_id
    kb.press(Qt.Key.Key_Down)
    assert page.selected_id() == coordinator.routine.envelope_id
    assert page.detail is not None and page.detail.request.envelope_id == coordinator.routine.envelope_id
    kb.press(Qt.Key.Key_Up)
    assert page.selected_id() == coordinator.urgent.envelope_id
    assert kb.tab() is page.detail_area  # one Tab leaves the list (no walk through its cells)
    path.append(page.detail_area)

    # triage: the details are rebuilt, the focus stays on the choice
    detail = page.detail
    assert detail is not None
    path += walk_to(kb, detail.triage)
    kb.press(Qt.Key.Key_Down)
    assert coordinator.stored(coordinator.urgent.envelope_id).triage is Triage.IN_PROGRESS
    detail = page.detail
    assert detail is not None and kb.focus() is detail.triage
    assert detail.triage.currentData() == Triage.IN_PROGRESS.value

    # the appointment, typed; Enter without a place says what is missing and stays there
    start = (datetime.now() + timedelta(days=2)).replace(hour=11, minute=30, second=0, microsecond=0)
    path += walk_to(kb, detail.start)
    kb.type(start.strftime("%Y%m%d%H%M"))
    path += walk_to(kb, lambda w: speaker(w) is detail.minutes)
    kb.type("30")
    path += walk_to(kb, detail.where)
    kb.enter()
    assert detail.problem.isVisible() and kb.focus() is detail.where
    where = "본관 3층 상담실" if korean else "Main building, room 301"
    type_text(where)
    path += walk_to(kb, detail.note)
    note = "편한 복장으로 오세요." if korean else "Come as you are."
    type_text(note)
    path += walk_to(kb, detail.send_button)  # Tab leaves the note
    assert detail.note.toPlainText() == note
    assert_reading_order(path)
    kb.space()

    # sent: stored, the signed reply written to the share, the counselor gets it; focus back on the list
    stored = coordinator.stored(coordinator.urgent.envelope_id)
    assert stored.triage is Triage.SCHEDULED and stored.appointment is not None
    assert stored.appointment.where == where and stored.appointment.minutes == 30
    assert stored.appointment.start == start.astimezone()
    assert org.transport.list(Folder.REPLIES), "no reply file in the exchange folder"
    assert kb.focus() is page.table and page.selected_id() == coordinator.urgent.envelope_id
    counselor = org.counselor()
    counselor.sync()
    mine = counselor.get(coordinator.urgent.id)
    assert mine.status is Status.SCHEDULED and mine.appointment is not None and mine.appointment.note == note

    # decline the other one, with a note, through the question box
    kb.press(Qt.Key.Key_Down)
    assert page.selected_id() == coordinator.routine.envelope_id
    detail = page.detail
    assert detail is not None
    walk_to(kb, detail.note)
    type_text("노무사 상담으로 안내드립니다" if korean else "Please see the legal advice line")
    walk_to(kb, detail.decline_button)
    dialogs = Dialogs(qtbot, message_box_answer(qtbot, QMessageBox.StandardButton.Yes))
    kb.space()
    dialogs.done()
    assert coordinator.stored(coordinator.routine.envelope_id).triage is Triage.DECLINED
    assert kb.focus() is page.table and page.selected_id() == coordinator.routine.envelope_id
    counselor.sync()
    declined = counselor.get(coordinator.routine.id)
    assert declined.status is Status.CANCELLED and declined.closed_by == "coordinator"
    kb.assert_focus_visible()
