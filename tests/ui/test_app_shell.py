"""The app shell as a counselor meets it: set up, unlock, navigate, switch language, one instance."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.ui.setup import SetupWizard
from wellcare.ui.single_instance import SingleInstance, send_to_running
from wellcare.ui.tray import Tray, TrayEntry
from wellcare.ui.unlock import RecoveryDialog, UnlockDialog
from wellcare.vault import VaultManager, VaultState
from wellcare.vault.keystore import SERVICE


def test_started_app_shows_today_and_settings(started_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = started_app.window
    assert window is not None and window.isVisible()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:1] == ["Today"] and "Settings" in titles
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_page() == "settings"


def test_language_switch_to_korean_retranslates_the_window(started_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    started_app.set_language("ko")
    window = started_app.window
    assert window is not None
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "오늘" and "설정" in titles
    assert (started_app.profile_dir / "prefs.json").read_text().count('"ko"') == 1
    started_app.set_language("en")


def test_setup_wizard_creates_a_keyring_vault_only_after_the_code_is_kept(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    wizard = SetupWizard(manager, "Dasan", "EAP office")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome -> protection
    assert manager.state() is VaultState.NEW
    wizard.next()  # creates the vault, shows the code
    assert wizard.created is not None
    assert manager.state() is VaultState.KEYRING
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    page = wizard.recovery_page
    assert page.view is not None and page.view.code_label.text() == wizard.created.recovery_code
    page.view.kept.setChecked(True)
    assert finish.isEnabled()
    wizard.created.vault.close()
    wizard.close()


def test_setup_wizard_passphrase_mismatch_is_explained(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    wizard = SetupWizard(manager, "", "")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    protection = wizard.currentPage()
    protection.passphrase.setChecked(True)
    qtbot.keyClicks(protection.first, "a long passphrase")
    qtbot.keyClicks(protection.second, "a long passphrasf")
    wizard.next()
    assert "not the same" in protection.problem.text()
    assert manager.state() is VaultState.NEW
    protection.second.clear()
    qtbot.keyClicks(protection.second, "a long passphrase")
    wizard.next()
    assert manager.state() is VaultState.PASSPHRASE
    wizard.created.vault.close()
    wizard.close()


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    manager.create("passphrase", passphrase="right passphrase").vault.close()
    dialog = UnlockDialog(manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "does not open" in dialog.problem.text()
    assert dialog.vault is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "right passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    dialog.vault.close()


def test_missing_keyring_entry_offers_recovery(qtbot, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.close()
    keyring.delete_password(SERVICE, created.info.vault_id)

    def fill_and_accept(self: RecoveryDialog) -> int:
        self.code.setText(created.recovery_code)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", fill_and_accept)
    with pytest.raises(Exception) as err:
        manager.unlock()
    dialog = UnlockDialog(manager, err.value)
    qtbot.addWidget(dialog)
    assert "recovery code" in dialog.message.text()
    assert not dialog.passphrase.isVisible()
    dialog.recover()
    assert dialog.vault is not None
    dialog.vault.close()
    manager.unlock().close()


def test_app_refuses_a_bad_policy_without_touching_the_vault(qtbot, profile_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    bad = profile_dir.parent / "policy.toml"
    bad.write_text("[privacy]\nmin_group_size = 1\n")
    app = WellCareApp(app_args(profile_dir, "--policy", str(bad)), QApplication.instance())
    assert not app.start()
    assert app.exit_code == 1
    assert "privacy.min_group_size" in shown[0]
    assert not (profile_dir / "vault.db").exists()


def test_second_launch_hands_over_to_the_first(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, object]] = []
    single = SingleInstance(profile_dir, received.append)
    assert single.listen()
    assert send_to_running(profile_dir, {"cmd": "raise"})
    qtbot.waitUntil(lambda: received == [{"cmd": "raise"}], timeout=3000)
    single.close()
    assert not send_to_running(profile_dir, {"cmd": "raise"})


def test_tray_menu_lists_only_what_providers_offer(qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.theme import app_icon

    clicked: list[str] = []
    tray = Tray(app_icon())
    tray.add_provider(lambda: [TrayEntry("Open WellCare", lambda: clicked.append("open"))])
    tray.add_provider(lambda: [])
    tray.add_provider(lambda: [TrayEntry("Quit WellCare", lambda: clicked.append("quit"))])
    assert tray.entry_texts() == ["Open WellCare", "Quit WellCare"]
    tray.trigger("Quit WellCare")
    assert clicked == ["quit"]
    tray.deleteLater()


def test_lock_closes_the_vault_in_passphrase_mode(qtbot, profile_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    manager.create("passphrase", passphrase="right passphrase").vault.close()
    secret = profile_dir.parent / "pass.txt"
    secret.write_text("right passphrase\n")
    app = WellCareApp(app_args(profile_dir, "--passphrase-file", str(secret), "--lang", "en"), QApplication.instance())
    assert app.start()
    assert app.vault is not None
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(app, "quit", lambda: app.shutdown())
    app.lock()
    assert app.vault is None and app.window is None
    app.shutdown()


def test_shutdown_right_after_a_message_is_clean(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    received: list[dict[str, object]] = []
    single = SingleInstance(profile_dir, received.append)
    assert single.listen()
    for _ in range(3):
        assert send_to_running(profile_dir, {"cmd": "raise"})
    qtbot.waitUntil(lambda: len(received) == 3, timeout=3000)
    single.close()
    single.deleteLater()
    QApplication.processEvents()


def test_policy_sets_how_long_a_call_without_an_end_holds_things(qtbot, profile_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    policy = tmp_path / "policy.toml"
    policy.write_text("[calls]\nmax_call_min = 45\n", encoding="utf-8")
    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--policy", str(policy)), QApplication.instance())
    assert app.start()
    try:
        assert app.calls.max_call == timedelta(minutes=45)
    finally:
        app.shutdown()
