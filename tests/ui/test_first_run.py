"""First run as a counselor meets it: the passphrase field takes the keyboard, its rule shows before any
failure, the recovery code can be copied (with a word saying so) and saved, and a first profile starts at
log-in unless the organisation's policy says otherwise."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.autostart import Autostart
from wellcare.ui.setup import SetupWizard
from wellcare.vault import VaultManager


@pytest.fixture
def wizard(qtbot, profile_dir: Path) -> Iterator[SetupWizard]:  # type: ignore[no-untyped-def]
    made = SetupWizard(VaultManager(profile_dir), "Dasan", "EAP office")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    if made.created is not None:
        made.created.vault.close()
    made.close()


def test_choosing_a_passphrase_puts_the_keyboard_in_its_field_with_the_rule_shown(qtbot, english, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    protection = wizard.currentPage()
    protection.passphrase.setChecked(True)
    assert protection.first.hasFocus()
    assert protection.rule.isVisible() and protection.rule.text().startswith("At least 8 characters.")
    assert protection.problem.text() == ""  # the rule came before any failure


def test_the_recovery_code_is_copied_with_feedback_and_saved_in_the_documents_folder(  # type: ignore[no-untyped-def]
    qtbot, english, wizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wizard.next()
    wizard.next()
    view = wizard.recovery_page.view
    assert view is not None and view.feedback.text() == ""
    view.copy_button.click()
    assert QApplication.clipboard().text() == wizard.created.recovery_code
    assert view.feedback.text().startswith("Copied.")

    offered: list[str] = []
    target = tmp_path / "my code.txt"

    def save_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    view.save_button.click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert offered == [str(Path(documents) / "WellCare recovery code.txt")]
    assert wizard.created.recovery_code in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert view.feedback.text().startswith("Saved to ")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "nope" / "x.txt"), "")))
    view.save_button.click()
    assert view.feedback.text().startswith("The file could not be saved")


def _finish_setup(self: SetupWizard) -> int:
    """The counselor walks the wizard: welcome, keyring, keeps the code, finishes."""
    self.show()
    self.next()
    self.next()
    assert self.recovery_page.view is not None
    self.recovery_page.view.kept.setChecked(True)
    self.hide()
    return QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("policy_text", "starts"), [("", True), ("[app]\nstart_at_login = false\n", False)])
def test_a_first_profile_starts_at_log_in_unless_the_policy_says_otherwise(  # type: ignore[no-untyped-def]
    qtbot, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, policy_text: str, starts: bool
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[org]\nname = "Dasan"\n' + policy_text, encoding="utf-8")
    monkeypatch.setattr(SetupWizard, "exec", _finish_setup)
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--policy", str(policy)), QApplication.instance())
    try:
        assert app.start()
        assert Autostart().is_enabled() is starts
    finally:
        app.shutdown()
