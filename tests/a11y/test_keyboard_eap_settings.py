"""Keyboard only, in English and Korean: the EAP request, Settings, Privacy, the first-run wizard, unlock.

Every key goes to ``QApplication.focusWidget()`` (tests/a11y/keyboard.py, plus ``type_text`` here for
Korean text and ``Dialogs`` for modal dialogs); nothing is clicked and no slot is called. Each walk
checks that every widget the focus passes has an accessible name, stays in the window or dialog
walked, shows its focus, and comes in reading order (top to bottom, left to right).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tests.a11y.keyboard import Keyboard, describe, spoken_name
from tests.eap.helpers import Org, make_org
from tests.eap.ui_rig import FeatureRig
from tests.ui.conftest import app_args
from wellcare.eap import AttachmentChoice, RequestType, Status, Urgency
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.page import EapPage
from wellcare.ui.eap.widgets import Step
from wellcare.ui.i18n import Translations
from wellcare.ui.theme import apply_theme

LANGUAGES = ["en", "ko"]
SECRET = "MARKER-kbd-7a1c 폭언 후 상담"  # typed into the note; must never be readable on the share

SUMMARY = AttachmentChoice("assess:1", "assessment_summary", "Self-check WHO-5, 3 March", "WHO-5: 40 (low)")
INCIDENT = AttachmentChoice("incident:7", "incident", "3 March 10:12 · abuse", "3 March 10:12 · abuse")


def two_sources(vault: object, language: str) -> list[AttachmentChoice]:
    return [SUMMARY, INCIDENT]


# -- a few keys kb.type cannot send ----------------------------------------------------------------
def type_text(text: str) -> None:
    """Type any text (Hangul too) into the focused widget, one key event per character."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def walk_to(kb: Keyboard, target: QWidget | Callable[[QWidget], bool], max_steps: int = 40) -> list[QWidget]:
    """Tab until target has the focus; the widgets passed, each checked by kb (name, window, focus)."""
    path: list[QWidget] = []
    for _ in range(max_steps):
        widget = kb.tab()
        if not path or path[-1] is not widget:  # a date edit takes one Tab per section
            path.append(widget)
        if widget is target or (callable(target) and not isinstance(target, QWidget) and target(widget)):
            kb.confirm_visible_focus()
            return path
    raise AssertionError(f"{target!r} not reached in {max_steps} steps: {kb.path[-max_steps:]}")


def layout_position(widget: QWidget, root: QWidget | None) -> tuple[int, int, int]:
    """(x, top, bottom) of widget inside root (None: its window) as laid out, whatever the scroll areas show now."""
    x = y = 0
    current: QWidget | None = widget
    while current is not None and current is not root and not current.isWindow():
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        scrolled = isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        if not scrolled:  # a scroll area's content moves with the scroll bar: take it as unscrolled
            x, y = x + current.x(), y + current.y()
        current = parent
    return x, y, y + widget.height()


def assert_reading_order(path: list[QWidget]) -> None:
    """Each stop is right of the previous one on the same line, or on a later line.

    Stops that are gone since (a form closed, details rebuilt) are left out.
    """
    path = [w for w in path if shiboken6.isValid(w) and w.isVisible()]
    for before, after in itertools.pairwise(path):
        bx, btop, bbottom = layout_position(before, None)
        ax, atop, _ = layout_position(after, None)
        same_line = btop - 4 <= atop < bbottom - 4
        if same_line:
            assert ax > bx, f"{describe(after)} comes after {describe(before)} but is left of it"
        else:
            assert atop >= bbottom - 4, f"{describe(after)} comes after {describe(before)} but is above it"


def round_from(first: QWidget, kb: Keyboard) -> list[QWidget]:
    """Tab once round the window or dialog; every stop, listed from ``first`` on."""
    stops = [kb.focus(), *kb.tab_cycle()]
    start = stops.index(first)
    return stops[start:] + stops[:start]


# -- modal dialogs -------------------------------------------------------------------------------
class Dialogs(QObject):
    """Answers modal dialogs by keyboard, in order, as each one opens (exec() blocks the test).

    Each step gets the dialog once it has the focus and must close it by keys; a step that fails
    (or leaves its dialog open) has the dialog rejected and the error raised from ``done()``, so a
    broken step never leaves the test waiting.
    """

    active: ClassVar[list[Dialogs]] = []  # a step may open dialogs of its own: only the newest script answers

    def __init__(self, qtbot: object, *steps: Callable[[QWidget], None]) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.steps = list(steps)
        self.errors: list[BaseException] = []
        self.window = QApplication.activeWindow()  # the window the dialogs open over
        Dialogs.active.append(self)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isModal()
            and Dialogs.active[-1] is self
        ):  # each showing, so a dialog shown again (a wrong passphrase) gets the next step
            QTimer.singleShot(0, lambda dialog=watched: self._answer(dialog))
        return False

    def _answer(self, dialog: QWidget) -> None:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        try:
            assert self.steps, f"an unexpected dialog opened: {dialog.windowTitle()!r}"
            step = self.steps.pop(0)
            self.qtbot.waitUntil(  # type: ignore[attr-defined]
                lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()),
                timeout=3000,
            )
            step(dialog)
            assert not dialog.isVisible(), f"the step left {dialog.windowTitle()!r} open"
        except BaseException as exc:  # handed to the test by done()
            self.errors.append(exc)
            if shiboken6.isValid(dialog) and dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()

    def done(self) -> None:
        QApplication.instance().removeEventFilter(self)
        Dialogs.active.remove(self)
        if self.errors:
            raise self.errors[0]
        assert self.steps == [], f"{len(self.steps)} dialog(s) never opened"
        window = self.window
        gone = window is None or not shiboken6.isValid(window) or not window.isVisible()
        if QApplication.activeWindow() is None and not gone:
            window.activateWindow()  # what the window manager does when a dialog closes (offscreen does not)
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)  # type: ignore[attr-defined]


def message_box_answer(qtbot: object, button: QMessageBox.StandardButton | str) -> Callable[[QWidget], None]:
    """Tab to a message box's button (Yes, No, OK; or a confirmation's "confirm-act" / "confirm-keep") and
    press Space on it."""

    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        kb = Keyboard(qtbot, box)
        target = box.findChild(QPushButton, button) if isinstance(button, str) else box.button(button)
        if QApplication.focusWidget() is not target:
            kb.tab_to(target, max_steps=6)
        kb.space()

    return step


# -- EAP: ask for a session ----------------------------------------------------------------------
@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    made = make_org(tmp_path)
    yield made
    made.close()


@pytest.fixture
def themed(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own look (its focus rules among it), as the real app applies it; put back afterwards."""
    style, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


@pytest.fixture
def eap(qtbot, org: Org, themed: None, request: pytest.FixtureRequest) -> Iterator[FeatureRig]:  # type: ignore[no-untyped-def]
    language = request.param
    translations = Translations(QApplication.instance())
    translations.install(language)
    rig = FeatureRig(qtbot, EapFeature.with_sources(two_sources), org.counselor_profile, org.counselor_vault,
                     org.clock, org.policy, language)  # fmt: skip
    rig.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rig.window.nav)
    yield rig
    rig.close()
    translations.install("en")


def _sealed_files(org: Org) -> list[bytes]:
    return [p.read_bytes() for p in sorted((org.exchange / "inbox").iterdir()) if p.suffix == ".json"]


@pytest.mark.parametrize("eap", LANGUAGES, indirect=True)
def test_ask_for_a_session_see_the_timeline_and_cancel_by_keyboard(qtbot, eap: FeatureRig, org: Org) -> None:  # type: ignore[no-untyped-def]
    window = eap.window
    page = eap.page
    assert isinstance(page, EapPage)
    kb = Keyboard(qtbot, window)

    kb.press(Qt.Key.Key_F6)  # from the page list into the page (its scroll area: arrows scroll it)
    assert kb.focus() is window.stack.currentWidget()
    path = [kb.focus(), *walk_to(kb, page.new_button)]
    kb.space()
    form = page.form
    assert form is not None and form.isVisible()
    assert kb.focus() is form.kind_buttons[RequestType.COUNSELING]  # the first question, ready to answer

    # what would help: arrows move within the choices
    kb.press(Qt.Key.Key_Down)
    assert form.selected_type() is not RequestType.COUNSELING and kb.focus() is form.kind_buttons[form.selected_type()]
    chosen_type = form.selected_type()
    form_path = [kb.focus(), *walk_to(kb, form.urgency_buttons[Urgency.ROUTINE])]
    kb.press(Qt.Key.Key_Down)
    assert form.selected_urgency() is Urgency.SOON
    first_time = next(iter(form.time_checks.values()))
    form_path += walk_to(kb, first_time)
    kb.space()
    assert first_time.isChecked()
    form_path += walk_to(kb, form.times_note)
    type_text("수요일 제외" if eap.language == "ko" else "not on Wednesdays")
    form_path += walk_to(kb, form.contact)
    kb.type("010-2222-3333")
    form_path += walk_to(kb, form.note)
    type_text(SECRET)
    incident = form.attachment_rows[1]
    summary = form.attachment_rows[0]
    form_path += walk_to(kb, summary.show_button)  # Tab leaves the note (no tab character typed)
    assert form.note.toPlainText() == SECRET
    kb.space()
    assert summary.preview.isVisible()
    form_path += walk_to(kb, summary.preview)  # read what would be sent
    assert summary.preview.toPlainText() == SUMMARY.text
    kb.press(Qt.Key.Key_End)
    form_path += walk_to(kb, incident.check)
    kb.space()
    form_path += walk_to(kb, form.send_button)
    assert_reading_order(form_path)
    kb.enter()

    # sent: the page says so and the focus is on the new request in the list
    assert page.form is None and page.overview.isVisible()
    [request] = org.counselor().requests()
    assert request.status is Status.SENT and request.content.type is chosen_type
    assert request.content.note == SECRET and request.content.contact == "010-2222-3333"
    assert [a.title for a in request.content.attachments] == [INCIDENT.title]
    [sealed] = _sealed_files(org)
    assert SECRET.encode() not in sealed and b"010-2222-3333" not in sealed
    assert kb.focus() is page.list and page.selected_request_id() == request.id
    timeline = page.timeline
    assert timeline is not None and timeline.steps[0].state == Step.DONE

    # what was sent, then cancel: No first (nothing happens), then Yes
    path += walk_to(kb, timeline.sent_toggle)
    kb.space()
    assert timeline.sent_details.isVisible() and "010-2222-3333" in timeline.sent_details.text()
    assert timeline.cancel_button is not None
    path += walk_to(kb, timeline.cancel_button)
    assert_reading_order(path)

    # the EAP office's receipt arrives meanwhile: the timeline is redrawn, the focus stays on Cancel
    org.import_once()
    eap.feature.check_now()
    timeline = page.timeline
    assert timeline is not None and timeline.steps[1].state == Step.DONE
    assert kb.focus() is timeline.cancel_button
    dialogs = Dialogs(qtbot, message_box_answer(qtbot, "confirm-keep"))  # "Keep the request"
    kb.space()
    dialogs.done()
    assert org.counselor().get(request.id).status is Status.RECEIVED
    assert kb.focus() is timeline.cancel_button  # back where it was

    dialogs = Dialogs(qtbot, lambda box: Keyboard(qtbot, box).press(Qt.Key.Key_Escape))
    kb.space()
    dialogs.done()
    assert org.counselor().get(request.id).status is Status.RECEIVED  # Esc is "no"

    dialogs = Dialogs(qtbot, message_box_answer(qtbot, "confirm-act"))  # "Cancel the request"
    kb.space()
    dialogs.done()
    assert org.counselor().get(request.id).status is Status.CANCELLED
    assert page.timeline is not None and page.timeline.steps[-1].state == Step.STOPPED
    assert page.timeline.cancel_button is None
    assert kb.focus() is page.list  # the cancel button is gone: the focus did not vanish with it
    assert org.import_once().accepted_by_kind == {"eap_cancel": 1}  # the EAP office learns it
    kb.assert_focus_visible()


@pytest.mark.parametrize("eap", LANGUAGES, indirect=True)
def test_the_form_takes_the_focus_to_what_is_missing_and_back_returns(qtbot, eap: FeatureRig, org: Org) -> None:  # type: ignore[no-untyped-def]
    page = eap.page
    assert isinstance(page, EapPage)
    kb = Keyboard(qtbot, eap.window)
    kb.press(Qt.Key.Key_F6)
    walk_to(kb, page.new_button)
    kb.space()
    form = page.form
    assert form is not None
    walk_to(kb, form.send_button)
    kb.enter()
    assert form.problem.isVisible() and org.counselor().requests() == []
    first_time = next(iter(form.time_checks.values()))
    assert kb.focus() is first_time  # the first thing to fix
    kb.space()
    walk_to(kb, form.contact)
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.press(Qt.Key.Key_Delete)
    kb.enter()  # Enter in a line of the form sends it
    assert form.problem.isVisible() and kb.focus() is form.contact
    kb.type("010-4444-5555")
    kb.enter()
    assert page.form is None and len(org.counselor().requests()) == 1
    assert kb.focus() is page.list

    walk_to(kb, page.new_button, max_steps=10)  # Tab wraps round through the page list
    kb.space()
    assert page.form is not None
    walk_to(kb, page.form.back_button)
    kb.space()
    assert page.form is None and kb.focus() is page.new_button
    kb.assert_focus_visible()


# -- the main window and Settings ----------------------------------------------------------------
FIRST = "first passphrase, long enough"
SECOND = "second passphrase, also long"


def hangul(text: str) -> bool:
    return any("\uac00" <= char <= "\ud7a3" for char in text)


@pytest.fixture
def counselor_app(qtbot, qapp, profile_dir: Path, request: pytest.FixtureRequest) -> Iterator[tuple[object, str, str]]:  # type: ignore[no-untyped-def]
    """The real app on a passphrase vault (so the passphrase buttons show), started in request.param."""
    from wellcare.app import WellCareApp
    from wellcare.vault import VaultManager

    created = VaultManager(profile_dir).create("passphrase", passphrase=FIRST)
    code = created.recovery_code
    created.vault.close()
    secret = profile_dir.parent / "passphrase.txt"
    secret.write_text(FIRST + "\n", encoding="utf-8")
    style, palette = qapp.styleSheet(), qapp.palette()
    app = WellCareApp(app_args(profile_dir, "--lang", request.param, "--passphrase-file", str(secret)), qapp)
    assert app.start()
    assert app.window is not None
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield app, code, request.param
    app.shutdown()
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


def _settings_page(app: object) -> object:
    from wellcare.ui.pages.settings import SettingsPage

    [page] = app.window.findChildren(SettingsPage)  # type: ignore[attr-defined]
    return page


@pytest.mark.parametrize("counselor_app", LANGUAGES, indirect=True)
def test_every_page_by_arrows_then_settings_by_keyboard(qtbot, counselor_app, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.autostart import Autostart
    from wellcare.preferences import load_preferences
    from wellcare.vault import VaultManager

    app, recovery_code, language = counselor_app
    window = app.window
    kb = Keyboard(qtbot, lambda: app.window)
    assert kb.focus() is window.nav and window.current_page() == "home"

    # the page list: arrows go through every page, each shown at once; Enter and F6 move in and out
    keys = window.page_keys()
    assert keys[0] == "home" and keys[-1] == "settings" and len(keys) > 5
    for key in keys[1:]:
        kb.press(Qt.Key.Key_Down)
        assert window.current_page() == key and kb.focus() is window.nav
        assert window.stack.currentWidget().isVisible()
    kb.press(Qt.Key.Key_Home)
    assert window.current_page() == "home"
    kb.press(Qt.Key.Key_End)
    assert window.current_page() == "settings"
    kb.enter()
    page = _settings_page(app)
    area = window.stack.currentWidget()
    assert kb.focus() is area  # Enter: into the page, where Tab from the list would go
    kb.press(Qt.Key.Key_F6)
    assert kb.focus() is window.nav
    kb.press(Qt.Key.Key_F6)
    assert kb.focus() is area
    path = [area, *walk_to(kb, page.show_code)]
    assert path[1:] == [w for w in (page.language, page.high_contrast, page.start_at_login, page.change_passphrase,
                                    page.use_keyring, page.show_code) if w.isEnabled()]  # fmt: skip
    assert_reading_order(path)
    walk_to(kb, window.nav)  # Tab from the page's last control goes round to the list
    kb.press(Qt.Key.Key_F6)

    # the language changes live; the rebuilt window keeps the focus on the language choice
    walk_to(kb, page.language)
    titles = lambda: [app.window.nav.item(row).text() for row in range(app.window.nav.count())]  # noqa: E731
    kb.press(Qt.Key.Key_Down)  # English
    assert app.window is not window and not any(hangul(t) for t in titles())
    assert load_preferences(profile_dir).language == "en"
    assert kb.focus() is _settings_page(app).language
    kb.press(Qt.Key.Key_Down)  # 한국어
    assert all(hangul(t) for t in titles()) and load_preferences(profile_dir).language == "ko"
    assert kb.focus() is _settings_page(app).language and app.window.current_page() == "settings"
    if language == "en":
        kb.press(Qt.Key.Key_Up)
        assert not any(hangul(t) for t in titles())
    page = _settings_page(app)
    assert kb.focus() is page.language

    # high contrast, on and off again; start at login, on and off again
    walk_to(kb, page.high_contrast)
    kb.space()
    assert "yellow" in QApplication.instance().styleSheet() and load_preferences(profile_dir).high_contrast
    walk_to(kb, page.start_at_login)  # the focus shows in high contrast too (checked on the way)
    kb.tab(backwards=True)
    assert kb.focus() is page.high_contrast
    kb.space()
    assert "yellow" not in QApplication.instance().styleSheet() and not load_preferences(profile_dir).high_contrast
    walk_to(kb, page.start_at_login)
    kb.space()
    assert Autostart().is_enabled()
    kb.space()
    assert not Autostart().is_enabled()

    # change the passphrase: a mismatch is explained and the focus goes back to fix it; Enter sends
    def change(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        assert dkb.focus() is dialog.current  # type: ignore[attr-defined]
        dkb.type(FIRST)
        dkb.tab()
        dkb.type(SECOND)
        dkb.tab()
        dkb.type(SECOND + "x")
        dkb.enter()
        assert dialog.isVisible() and dialog.problem.text()  # type: ignore[attr-defined]
        assert dkb.focus() is dialog.second and dialog.second.selectedText() == SECOND + "x"  # type: ignore[attr-defined]
        dkb.type(SECOND)
        cycle = round_from(dialog.current, dkb)  # type: ignore[attr-defined]
        assert cycle[:3] == [dialog.current, dialog.first, dialog.second]  # type: ignore[attr-defined]
        assert_reading_order(cycle)
        dkb.assert_focus_visible()
        assert dkb.focus() is dialog.second  # type: ignore[attr-defined]
        dkb.enter()

    dialogs = Dialogs(qtbot, change, lambda box: Keyboard(qtbot, box).enter())  # then "changed": OK
    walk_to(kb, page.change_passphrase)
    kb.space()
    dialogs.done()
    VaultManager(profile_dir).verify_passphrase(SECOND)
    assert kb.focus() is page.change_passphrase

    # the recovery code: Esc gives up; a wrong passphrase is explained, the field ready to type again
    dialogs = Dialogs(qtbot, lambda dialog: Keyboard(qtbot, dialog).press(Qt.Key.Key_Escape))
    walk_to(kb, page.show_code)
    kb.space()
    dialogs.done()
    assert kb.focus() is page.show_code

    def wrong(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        assert dkb.focus() is dialog.field  # type: ignore[attr-defined]
        dkb.type("not my passphrase")
        dkb.enter()

    def right(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        assert dialog.problem.text()  # type: ignore[attr-defined]
        assert dkb.focus() is dialog.field and dialog.field.selectedText() == "not my passphrase"  # type: ignore[attr-defined]
        dkb.type(SECOND)
        dkb.enter()

    shown: list[str] = []

    def code(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        shown.append(dialog.view.code_label.text())  # type: ignore[attr-defined]
        first = dkb.focus()
        cycle = round_from(first, dkb)
        assert dialog.view.kept in cycle  # type: ignore[attr-defined]
        assert_reading_order(cycle)
        dkb.assert_focus_visible()
        dkb.press(Qt.Key.Key_Escape)

    dialogs = Dialogs(qtbot, wrong, right, code)
    kb.space()
    dialogs.done()
    assert shown == [recovery_code]
    assert kb.focus() is page.show_code
    kb.assert_focus_visible()


# -- Privacy: read the preview, opt in, withdraw --------------------------------------------------
class _Assess:
    def latest_bands(self, since: object, until: object) -> dict[str, str]:
        return {"who5": "poor", "pss10": "high"}


class _Incidents:
    def count_in_week(self, week: str) -> int:
        return 4


@pytest.fixture
def privacy(qtbot, tmp_path: Path, themed: None, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The Privacy page of a counselor in a small organisation, in a main window, ManualClock time."""
    from tests.aggregates.helpers import make_org as make_aggregates_org
    from wellcare.calls import CallState
    from wellcare.privacy.inputs import previous_week
    from wellcare.privacy.store import ContributionStore
    from wellcare.ui.feature import AppContext
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.notify import Notifier
    from wellcare.ui.privacy.feature import PrivacyFeature
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler

    language = request.param
    translations = Translations(QApplication.instance())
    translations.install(language)
    agg = make_aggregates_org(tmp_path / "org")
    # last week's summary is due now (its send moment is otherwise random over this Monday..Friday)
    ContributionStore(agg.counselor_vault).plan(previous_week(agg.clock.now()), "who5_band", agg.clock.now())
    scheduler = QtMainThreadScheduler(clock=agg.clock)
    scheduler.start()
    calls = CallState(agg.clock)
    ctx = AppContext(profile_dir=agg.counselor_profile, policy=agg.policy,
                     vault=lambda: agg.counselor_vault, clock=agg.clock, scheduler=scheduler,
                     notifier=Notifier(calls), calls=calls, language=lambda: language)  # fmt: skip
    ctx.capabilities.weekly_bands, ctx.capabilities.hard_call_counts = _Assess(), _Incidents()
    feature = PrivacyFeature(ctx)
    feature.start()
    window = MainWindow(tray_available=False, can_lock=False)
    [spec] = feature.pages()
    window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(1100, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    yield agg, feature, window, spec.widget
    feature.stop()
    scheduler.shutdown()
    window.hide()
    window.deleteLater()
    agg.close()
    translations.install("en")


@pytest.mark.parametrize("privacy", LANGUAGES, indirect=True)
def test_privacy_read_the_preview_opt_in_and_withdraw_by_keyboard(qtbot, privacy) -> None:  # type: ignore[no-untyped-def]
    from wellcare.exchange import Folder

    agg, feature, window, page = privacy
    kb = Keyboard(qtbot, window)
    inbox = lambda: agg.transport.list(Folder.INBOX)  # noqa: E731
    kb.enter()  # from the page list into the page
    path = [kb.focus(), *walk_to(kb, page.consent)]
    assert not page.consent.isChecked()

    # read the exact next payload: a caret moves through it
    path += walk_to(kb, page.unit)
    path += walk_to(kb, page.bytes_more.toggle)  # the exact bytes are one "More" away
    kb.space()
    path += walk_to(kb, page.payload)
    preview = feature.sender.preview()
    shown = page.payload.toPlainText()
    assert preview is not None and shown.encode("utf-8") == preview.payload
    kb.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.payload.textCursor().position() == len(shown)
    path += walk_to(kb, page.log)
    path += walk_to(kb, page.sent_payload)
    assert_reading_order(path)

    # opt in: the consent is stored and the previewed summary goes out; the focus stays on the choice
    walk_to(kb, page.consent)
    kb.space()
    assert page.consent.isChecked() and feature.sender.store.consent().on
    qtbot.waitUntil(lambda: len(inbox()) == 1, timeout=5000)  # the send job runs on the Qt loop
    qtbot.waitUntil(lambda: page.log.rowCount() >= 2, timeout=2000)
    assert kb.focus() is page.consent

    # the log, by arrows: the sent summary shows the bytes that went out; one Tab leaves the table
    walk_to(kb, page.log)
    kb.press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the newest row, then down the list
    for _ in range(page.log.rowCount()):
        if page.sent_payload.toPlainText():
            break
        kb.press(Qt.Key.Key_Down)
    assert page.sent_payload.toPlainText() == shown
    assert kb.tab() is page.sent_payload

    # withdraw: stored, the job gone, nothing more sent a week later
    walk_to(kb, page.consent)
    kb.space()
    assert not page.consent.isChecked() and not feature.sender.store.consent().on
    assert feature.sync is not None and feature.sync.jobs() == []
    agg.clock.advance(7 * 24 * 3600)
    assert feature.send_due().outcome.value == "not_allowed"
    assert len(inbox()) == 1 and kb.focus() is page.consent
    assert page.log.rowCount() >= 3
    kb.assert_focus_visible()


# -- first run and unlock ------------------------------------------------------------------------
@pytest.fixture
def fresh_qapp(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The application's look put back after the real app (which applies its theme) has run."""
    style, palette = qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_run_language_and_setup_wizard_by_keyboard(qtbot, fresh_qapp, profile_dir: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from wellcare.app import WellCareApp
    from wellcare.ui.setup import LanguageDialog, SetupWizard
    from wellcare.vault import VaultManager, VaultState

    passphrase = "우리 팀 화이팅 2025" if language == "ko" else "a quiet walk at lunch"

    def choose_language(dialog: QWidget) -> None:
        assert isinstance(dialog, LanguageDialog)
        dkb = Keyboard(qtbot, dialog)
        names = [spoken_name(w) for w in round_from(dkb.focus(), dkb)]
        assert names == ["한국어", "English"]
        dkb.tab_to("한국어" if language == "ko" else "English", max_steps=3)
        dkb.enter()

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, SetupWizard)
        dkb = Keyboard(qtbot, dialog)
        next_button = dialog.button(QWizard.WizardButton.NextButton)
        assert dkb.focus() is next_button  # the welcome page has only text: Enter goes on
        dkb.enter()
        protection = dialog.currentPage()
        assert kb_focus_is_choice(dkb, protection)
        if protection.keyring.isChecked():  # the recommended choice; arrows choose the other one
            dkb.press(Qt.Key.Key_Down)
        assert protection.passphrase.isChecked() and protection.form_host.isVisible()
        path = [dkb.focus(), *walk_to(dkb, protection.first)]
        type_text(passphrase)
        path += walk_to(dkb, protection.second)
        assert_reading_order(path)
        type_text(passphrase[:-1])
        dkb.enter()  # the two differ: explained, and the focus goes where to fix it
        assert dialog.currentPage() is protection and protection.problem.text()
        assert dkb.focus() is protection.second and protection.second.selectedText() == passphrase[:-1]
        type_text(passphrase)
        dkb.enter()
        recovery = dialog.currentPage()
        assert recovery is dialog.recovery_page and recovery.view is not None
        finish = dialog.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        walk_to(dkb, recovery.view.kept)
        dkb.space()
        assert finish.isEnabled()
        dkb.enter()
        dkb.assert_focus_visible()

    dialogs = Dialogs(qtbot, choose_language, wizard)
    app = WellCareApp(app_args(profile_dir), fresh_qapp)
    try:
        started = app.start()
        dialogs.done()  # a step's failure first: it is why the app did not start
        assert started
        manager = VaultManager(profile_dir)
        assert manager.state() is VaultState.PASSPHRASE
        manager.verify_passphrase(passphrase)
        assert app.translations.language == language and app.window is not None and app.window.isVisible()
    finally:
        app.shutdown()


def kb_focus_is_choice(kb: Keyboard, page: QWidget) -> bool:
    """The protection page opens with the focus on its checked choice."""
    focused = kb.focus()
    return focused in (page.keyring, page.passphrase) and focused.isChecked()  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
def test_escape_leaves_the_setup_wizard_without_a_vault(qtbot, fresh_qapp, profile_dir: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    from wellcare.app import WellCareApp
    from wellcare.vault import VaultManager, VaultState

    dialogs = Dialogs(qtbot, lambda wizard: Keyboard(qtbot, wizard).press(Qt.Key.Key_Escape))
    app = WellCareApp(app_args(profile_dir, "--lang", language), fresh_qapp)
    try:
        assert not app.start()
        dialogs.done()
        assert VaultManager(profile_dir).state() is VaultState.NEW and app.window is None
    finally:
        app.shutdown()


@pytest.mark.parametrize("language", LANGUAGES)
def test_unlock_a_wrong_passphrase_is_explained_and_the_field_is_ready_again(  # type: ignore[no-untyped-def]
    qtbot, fresh_qapp, profile_dir: Path, language: str
) -> None:
    from wellcare.app import WellCareApp
    from wellcare.ui.unlock import RecoveryDialog, UnlockDialog
    from wellcare.vault import VaultManager

    VaultManager(profile_dir).create("passphrase", passphrase=FIRST).vault.close()

    def unlock(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dkb = Keyboard(qtbot, dialog)
        assert dkb.focus() is dialog.passphrase
        cycle = round_from(dialog.passphrase, dkb)
        expected = [dialog.passphrase, dialog.recover_button, dialog.later_button, dialog.unlock_button]
        assert cycle == expected, [describe(w) for w in cycle]
        assert_reading_order(cycle)
        dkb.type("wrong passphrase")
        dkb.enter()  # Enter in the field
        assert dialog.isVisible() and dialog.problem.text()
        assert dkb.focus() is dialog.passphrase and dialog.passphrase.selectedText() == "wrong passphrase"
        dkb.type("still wrong")
        walk_to(dkb, dialog.unlock_button)
        dkb.space()  # the Unlock button this time: the focus still comes back to the field
        assert dialog.isVisible() and dkb.focus() is dialog.passphrase
        assert dialog.passphrase.selectedText() == "still wrong"
        dkb.type(FIRST)
        dkb.enter()
        dkb.assert_focus_visible()

    def recovery_code(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        dkb = Keyboard(qtbot, dialog)
        assert dkb.focus() is dialog.code
        dkb.type("AAAAA-BBBBB")
        dkb.enter()  # not a recovery code: explained, the focus back in the code field

    def recovery_again(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        assert dialog.problem.text() and dkb.focus() is dialog.code  # type: ignore[attr-defined]
        assert dialog.code.selectedText() == "AAAAA-BBBBB"  # type: ignore[attr-defined]
        dkb.press(Qt.Key.Key_Escape)

    def unlock_via_recovery_first(dialog: QWidget) -> None:
        dkb = Keyboard(qtbot, dialog)
        walk_to(dkb, dialog.recover_button)  # type: ignore[attr-defined]
        nested = Dialogs(qtbot, recovery_code, recovery_again)
        dkb.space()
        nested.done()
        assert dialog.isVisible() and dkb.focus() is dialog.recover_button  # type: ignore[attr-defined]
        walk_to(dkb, dialog.passphrase)  # type: ignore[attr-defined]
        unlock(dialog)

    dialogs = Dialogs(qtbot, unlock_via_recovery_first)
    app = WellCareApp(app_args(profile_dir, "--lang", language), fresh_qapp)
    try:
        started = app.start()
        dialogs.done()  # a step's failure first: it is why the app did not start
        assert started
        assert app.vault is not None and app.window is not None and app.window.isVisible()
    finally:
        app.shutdown()
