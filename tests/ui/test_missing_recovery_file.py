"""A missing recovery.json is said plainly (CLI stderr, app notice, settings) and a new code can be made."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.autostart import Autostart
from wellcare.cli import run
from wellcare.preferences import Preferences
from wellcare.ui.dialogs import AskPassphraseDialog, RecoveryCodeDialog
from wellcare.ui.pages.settings import SettingsPage
from wellcare.vault import VaultManager
from wellcare.vault.errors import WrongRecoveryCode
from wellcare.vault.recovery import RECOVERY_FILE


def test_the_cli_warns_in_one_line_and_still_works(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    (profile_dir / RECOVERY_FILE).unlink()
    out, err = io.StringIO(), io.StringIO()
    assert run(["--profile", str(profile_dir), "export", str(profile_dir.parent / "out.json")], out, err) == 0
    lines = err.getvalue().splitlines()
    assert len(lines) == 1
    assert "recovery code can no longer open" in lines[0] and "new recovery code" in lines[0]


def test_no_warning_while_the_recovery_file_is_there(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    err = io.StringIO()
    assert run(["--profile", str(profile_dir), "export", str(profile_dir.parent / "out.json")], io.StringIO(), err) == 0
    assert err.getvalue() == ""


def test_settings_says_so_and_makes_a_new_code_that_recovers(qtbot, english, profile_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    created = manager.create("passphrase", passphrase="first passphrase")
    (profile_dir / RECOVERY_FILE).unlink()
    page = SettingsPage(Preferences(), Autostart(config_dir=profile_dir), manager, lambda: created.vault)
    qtbot.addWidget(page)
    page.show()
    assert page.recovery_missing.isVisible() and "missing" in page.recovery_missing.text()
    assert page.new_code.isVisible() and not page.show_code.isVisible()

    def answer(self: AskPassphraseDialog) -> int:
        self.field.setText("first passphrase")
        return QDialog.DialogCode.Accepted

    shown: list[str] = []
    monkeypatch.setattr(AskPassphraseDialog, "exec", answer)
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: shown.append(self.view.code_label.text()))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(a[2]))
    page.new_code.click()
    assert len(shown) == 1 and shown[0] != created.recovery_code
    assert (profile_dir / RECOVERY_FILE).exists() and not page.recovery_missing.isVisible()
    created.vault.close()
    with pytest.raises(WrongRecoveryCode):
        manager.recover(created.recovery_code)
    manager.recover(shown[0], new_passphrase="second passphrase").close()
    manager.unlock("second passphrase").close()


def test_the_app_notices_it_at_start(qtbot, english, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("keyring").vault.close()
    (profile_dir / RECOVERY_FILE).unlink()
    app = WellCareApp(app_args(profile_dir, "--lang", "en"), QApplication.instance())
    try:
        assert app.start()
        assert any("recovery code can no longer open" in text for _title, text in app.notifier.history)
    finally:
        app.shutdown()
