"""Settings: start at login, passphrase change and the recovery code behind re-authentication."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from wellcare.autostart import Autostart
from wellcare.preferences import Preferences
from wellcare.ui.dialogs import AskPassphraseDialog, PassphraseDialog, RecoveryCodeDialog
from wellcare.ui.pages.settings import SettingsPage
from wellcare.vault import VaultManager


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    return said


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, profile_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = VaultManager(profile_dir).create("keyring")
    autostart = Autostart(config_dir=tmp_path / "config", platform="linux")
    page = SettingsPage(Preferences(), autostart, VaultManager(profile_dir), lambda: created.vault)
    qtbot.addWidget(page)
    page.start_at_login.setChecked(True)
    entry = (tmp_path / "config" / "autostart" / "wellcare.desktop").read_text()
    assert "Exec=" in entry and "--minimized" in entry and "Name[ko]=" in entry
    page.start_at_login.setChecked(False)
    assert not autostart.is_enabled()
    created.vault.close()


def test_recovery_code_needs_the_passphrase_again(qtbot, profile_dir: Path, monkeypatch, quiet_boxes) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    created = manager.create("passphrase", passphrase="first passphrase")
    page = SettingsPage(Preferences(), Autostart(config_dir=profile_dir), manager, lambda: created.vault)
    qtbot.addWidget(page)
    attempts = iter(["not it", "first passphrase"])
    problems: list[str] = []

    def answer(self: AskPassphraseDialog) -> int:
        problems.append(self.problem.text())
        self.field.setText(next(attempts))
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    monkeypatch.setattr(AskPassphraseDialog, "exec", answer)
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: shown.append(self.view.code_label.text()))
    page.show_code.click()
    assert problems[1]  # the wrong passphrase was explained before the second try
    assert shown == [created.recovery_code]
    created.vault.close()


def test_change_passphrase_from_settings(qtbot, profile_dir: Path, monkeypatch, quiet_boxes) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    created = manager.create("passphrase", passphrase="first passphrase")
    page = SettingsPage(Preferences(), Autostart(config_dir=profile_dir), manager, lambda: created.vault)
    qtbot.addWidget(page)

    def fill(self: PassphraseDialog) -> int:
        assert self.current is not None
        self.current.setText("first passphrase")
        self.first.setText("second passphrase")
        self.second.setText("second passphrase")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    page.change_passphrase.click()
    assert "changed" in quiet_boxes[-1]
    created.vault.close()
    manager.unlock("second passphrase").close()


def test_passphrase_dialog_checks_length_and_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(ask_current=False)
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    assert "at least" in dialog.problem_text()
    dialog.first.setText("long enough phrase")
    dialog.second.setText("long enough phrasE")
    assert "not the same" in dialog.problem_text()
