"""Closing the unlock dialog never quits WellCare: it stays, locked, and still helps (issue #19 item 1).

Real widgets, a real passphrase vault. Offscreen there is no system tray, so the locked app shows
its small locked window; the tray menu is read from a real Tray built with the app's own providers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.policy import KOREA_CRISIS_LINES
from wellcare.ui.locked import REMINDER_MS, CrisisLinesWindow
from wellcare.ui.theme import app_icon
from wellcare.ui.tray import Tray
from wellcare.ui.tray_icons import TrayState
from wellcare.ui.unlock import UnlockDialog
from wellcare.vault import VaultManager

PASSPHRASE = "a long enough passphrase"
LOCKED_MENU = ["Unlock…", "Crisis lines", "I just had a hard call", "Quit WellCare"]


def when_dialog_opens(qtbot, act: Callable[[UnlockDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal unlock dialog as a counselor would, once it is on screen."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog) or not dialog.isVisible():
            QTimer.singleShot(10, answer)
            return
        act(dialog)

    QTimer.singleShot(0, answer)


def press_later(dialog: UnlockDialog) -> None:
    dialog.later_button.click()


def type_passphrase(dialog: UnlockDialog) -> None:
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()


@pytest.fixture
def locked_app(qtbot, profile_dir: Path) -> Iterator[WellCareApp]:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("passphrase", passphrase=PASSPHRASE).vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--minimized"), QApplication.instance())
    when_dialog_opens(qtbot, press_later)
    assert app.start()  # not a quit
    yield app
    app.shutdown()


def test_the_unlock_dialog_offers_later_not_quit_and_starts_in_the_passphrase(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("passphrase", passphrase=PASSPHRASE).vault.close()
    dialog = UnlockDialog(VaultManager(profile_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [b.text() for b in (dialog.recover_button, dialog.later_button, dialog.unlock_button) if b.isVisible()]
    assert texts == ["Use recovery code…", "Later", "Unlock"]
    assert "Quit" not in [b.text() for b in dialog.findChildren(type(dialog.later_button)) if b.isVisible()]
    assert "crisis lines" in dialog.message.text() and "vault" not in dialog.message.text()
    assert dialog.focusWidget() is dialog.passphrase
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)


def test_later_at_login_keeps_wellcare_running_locked_with_a_reminder(locked_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = locked_app
    assert app.vault is None and app.locked.active and app.window is None
    window = app.locked.window  # no tray offscreen: never invisible and gone
    assert window is not None and window.isVisible()
    assert app.notifier.history[-1] == (
        "WellCare is locked",
        "Breaks and self-checks wait until you unlock. "
        "Crisis lines and hard-call support are in the WellCare menu now.",
    )
    assert app.locked.reminder.isActive() and app.locked.reminder.interval() == REMINDER_MS >= 2 * 3600 * 1000
    window.close()  # closing it does not make WellCare disappear
    assert app.locked.window is window and not window.isHidden()
    app.locked.reminder.timeout.emit()
    assert app.notifier.history[-1][0] == "WellCare is locked"


def test_the_tray_menu_while_locked_and_after_unlocking(locked_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = locked_app
    tray = app.add_tray_providers(Tray(app_icon()))
    assert tray.entry_texts() == LOCKED_MENU
    when_dialog_opens(qtbot, type_passphrase)
    tray.trigger("Unlock…")
    assert app.vault is not None and not app.locked.active and app.locked.window is None
    assert app.window is not None and app.window.isVisible()
    texts = tray.entry_texts()
    assert texts[:3] == ["Open WellCare", "Lock", "Take a break now"] and texts[-1] == "Quit WellCare"
    assert "Pause breaks for 30 min" in texts and "I just had a hard call…" in texts
    tray.trigger("Lock")
    assert app.vault is None and tray.entry_texts() == LOCKED_MENU
    tray.deleteLater()


def test_a_later_at_the_tray_unlock_stays_locked(locked_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    when_dialog_opens(qtbot, press_later)
    locked_app.unlock()
    assert locked_app.vault is None and locked_app.locked.active and locked_app.locked.window is not None


def test_the_crisis_lines_open_while_locked(locked_app: WellCareApp) -> None:
    window = locked_app.locked.show_crisis_lines()
    assert isinstance(window, CrisisLinesWindow) and window.isVisible()
    shown = {label.text() for label in window.findChildren(QLabel) if label.isVisible()}
    assert {line.number for line in KOREA_CRISIS_LINES} <= shown


def test_a_hard_call_while_locked_starts_the_protected_break_and_the_log_waits_for_the_unlock(  # type: ignore[no-untyped-def]
    locked_app: WellCareApp, qtbot
) -> None:
    app = locked_app
    tray = app.add_tray_providers(Tray(app_icon()))
    tray.trigger("I just had a hard call")
    breaks = app.context.capabilities.protected_break if app.context is not None else None
    assert breaks is not None and breaks.on_screen is not None and breaks.on_screen.protected
    feature = next(f for f in app.features if getattr(f, "service", None) is breaks)
    assert feature.overlay is not None and feature.overlay.is_open  # the overlay with its breathing guide
    # nothing pops up over the break: the reminder to log the call waits until it ends
    assert app.notifier.waiting and app.notifier.waiting[-1][0] == "When you are ready: note the call"
    assert "unlock WellCare afterwards" in app.notifier.waiting[-1][1]
    assert all(title != "When you are ready: note the call" for title, _ in app.notifier.history)
    breaks.finish()  # the break runs out: now the reminder shows, and the overlay is gone
    assert feature.overlay is None or not feature.overlay.is_open
    assert app.notifier.history[-1][0] == "When you are ready: note the call"
    when_dialog_opens(qtbot, type_passphrase)
    tray.trigger("Unlock…")
    assert app.window is not None and app.window.current_page() == "incidents"  # where the call is logged
    tray.deleteLater()


def test_the_icon_shows_locked(locked_app: WellCareApp) -> None:
    tray = Tray(app_icon())
    locked_app.locked.enter(tray)
    assert tray.state is TrayState.LOCKED and tray.toolTip() == "WellCare (locked)"
    locked_app.locked.leave(tray)
    assert tray.state is TrayState.NORMAL
    tray.deleteLater()


def test_first_run_shows_the_passphrase_rule_before_any_failure_and_types_into_the_field(  # type: ignore[no-untyped-def]
    qtbot, profile_dir: Path, english, monkeypatch
) -> None:
    from wellcare.ui.setup import ProtectionPage, SetupWizard

    manager = VaultManager(profile_dir)
    monkeypatch.setattr(manager, "keyring_usable", lambda: False)  # a passphrase is needed (no keyring here)
    wizard = SetupWizard(manager, "", "")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, ProtectionPage) and page.passphrase.isChecked()
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.first, timeout=2000)
    rule = [label.text() for label in page.findChildren(QLabel) if label.isVisible() and "At least" in label.text()]
    assert rule == ["At least 8 characters. A short sentence you can remember works well."]
    assert page.problem.text() == ""  # nothing has failed yet
    wizard.close()
