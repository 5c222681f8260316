"""First run: choose the language, learn what stays private, protect the vault, keep the recovery code."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wellcare.ui.dialogs import MIN_PASSPHRASE, RecoveryCodeView, password_field
from wellcare.ui.messages import vault_error_text
from wellcare.ui.theme import heading, paragraph
from wellcare.ui.wrap import CheckRow
from wellcare.vault import CreatedVault, Vault, VaultError, VaultManager

log = logging.getLogger("wellcare.app")  # the start-up's own log lines


class LanguageDialog(QDialog):
    """Bilingual on purpose: it is shown before any language is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("WellCare")
        self.choice = "ko"
        layout = QVBoxLayout(self)
        layout.addWidget(heading("언어를 선택하세요 · Choose your language", scale=1.2))
        row = QHBoxLayout()
        for label, code in (("한국어", "ko"), ("English", "en")):
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            row.addWidget(button)
        layout.addLayout(row)

    def _choose(self, code: str) -> None:
        self.choice = code
        self.accept()


class WelcomePage(QWizardPage):
    def __init__(self, org_name: str, coordinator_name: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to WellCare"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "WellCare is here for the hard parts of call-center work: it reminds you to take short "
                    "recovery breaks, offers quiet check-ins on how you are doing, supports you after an abusive "
                    "call, and lets you ask the EAP office for a confidential session."
                )
            )
        )
        layout.addWidget(heading(self.tr("What stays private"), scale=1.1))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your answers, notes and incident records are kept in an encrypted vault on this computer. "
                    "Your supervisor, IT and the EAP coordinator cannot read them."
                )
            )
        )
        layout.addWidget(heading(self.tr("What the coordinator can see"), scale=1.1))
        if org_name:
            who = coordinator_name or self.tr("the EAP coordinator")
            text = self.tr(
                "Only what you choose to send: a session request is sealed so that only %s can read it. "
                "If you opt in, coarse, randomized weekly figures join a team total that hides small groups. "
                "Sharing is off until you turn it on, and you can stop at any time."
            ) % who
        else:
            text = self.tr("Nothing: no organisation policy is installed, so WellCare shares nothing with anyone.")
        layout.addWidget(paragraph(text))
        layout.addStretch(1)


class ProtectionPage(QWizardPage):
    """Choose keyring or passphrase; creating the vault happens when leaving this page."""

    def __init__(self, manager: VaultManager, wizard: SetupWizard) -> None:
        super().__init__()
        self._manager = manager
        self._wizard = wizard
        self.setTitle(self.tr("Protect your vault"))
        layout = QVBoxLayout(self)
        self.keyring = QRadioButton(self.tr("Keep the key in this computer's keyring (recommended)"))
        self.passphrase = QRadioButton(self.tr("Use a passphrase I type when WellCare starts"))
        group = QButtonGroup(self)
        for button in (self.keyring, self.passphrase):
            button.setAccessibleName(button.text())
            group.addButton(button)
            layout.addWidget(button)
        usable = manager.keyring_usable()
        self.keyring.setEnabled(usable)
        (self.keyring if usable else self.passphrase).setChecked(True)
        if not usable:
            layout.addWidget(
                paragraph(
                    self.tr("No secure keyring is available on this computer, so a passphrase is needed."),
                    role="muted",
                )
            )
        form = QFormLayout()
        self.first = password_field(self.tr("Passphrase"))
        self.second = password_field(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        # the rule before any failure, next to the fields it is about
        self.rule = paragraph(
            self.tr("At least %n character(s). A short sentence you can remember works well.", "", MIN_PASSPHRASE),
            role="muted",
        )
        self.first.setAccessibleDescription(self.rule.text())
        form.addRow(self.rule)
        self.form_host = QWidget()
        self.form_host.setLayout(form)
        layout.addWidget(self.form_host)
        self.problem = paragraph("", role="warning")
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.passphrase.toggled.connect(self.form_host.setVisible)
        self.passphrase.toggled.connect(self._focus_passphrase)
        self.form_host.setVisible(self.passphrase.isChecked())

    def initializePage(self) -> None:
        """Without a keyring the passphrase is the only way: the keyboard starts in its field."""
        if self.passphrase.isChecked():
            QTimer.singleShot(0, lambda: self.first.setFocus(Qt.FocusReason.OtherFocusReason))

    def _focus_passphrase(self, chosen: bool) -> None:
        if chosen:
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        passphrase = None
        if self.passphrase.isChecked():
            passphrase = self.first.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.problem.setText(self.tr("The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE))
                return self._fix(self.first)
            if passphrase != self.second.text():
                self.problem.setText(self.tr("The two passphrases are not the same."))
                return self._fix(self.second)
        try:
            self._wizard.created = self._manager.create(
                "passphrase" if passphrase else "keyring", passphrase=passphrase, role=self._wizard.role
            )
        except VaultError as exc:
            self.problem.setText(vault_error_text(exc))
            return False
        self._wizard.recovery_page.show_code(self._wizard.created.recovery_code)
        return True

    @staticmethod
    def _fix(field: QLineEdit) -> bool:
        """The focus to the field to fix, its text selected so typing replaces it; the page stays."""
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


class RecoveryPage(QWizardPage):
    def __init__(self, start_at_login: bool = True) -> None:
        super().__init__()
        self.setTitle(self.tr("Keep your recovery code"))
        self._layout = QVBoxLayout(self)
        self.view: RecoveryCodeView | None = None
        # ticked unless the organisation's policy says otherwise ([app] start_at_login)
        self.start_row = CheckRow(self.tr("Start WellCare when I log in, so breaks and support are there all day"))
        self.start_at_login = self.start_row.check
        self.start_at_login.setChecked(start_at_login)

    def show_code(self, code: str) -> None:
        self.view = RecoveryCodeView(code)
        self.view.kept.toggled.connect(self.completeChanged)
        self._layout.addWidget(self.view)
        self._layout.addWidget(self.start_row)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.view is not None and self.view.kept.isChecked()


class SetupWizard(QWizard):
    """Creates the vault. `created` holds it once the protection page is passed."""

    def __init__(
        self, manager: VaultManager, org_name: str, coordinator_name: str, role: str = "counselor",
        parent: QWidget | None = None, *, start_at_login: bool = True,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.created: CreatedVault | None = None
        self.setWindowTitle(self.tr("Set up WellCare"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.addPage(WelcomePage(org_name, coordinator_name))
        self.addPage(ProtectionPage(manager, self))
        self.recovery_page = RecoveryPage(start_at_login)
        self.addPage(self.recovery_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def wants_start_at_login(self) -> bool:
        """The vault was made and the counselor left "start when I log in" ticked."""
        return self.created is not None and self.recovery_page.start_at_login.isChecked()


def run_setup(
    manager: VaultManager, org_name: str, coordinator_name: str, role: str, *, start_at_login: bool
) -> tuple[bool, Vault | None]:
    """The first-run wizard, modal: (accepted, the new vault or None); turns on start at log-in if asked."""
    from wellcare.autostart import Autostart

    wizard = SetupWizard(manager, org_name, coordinator_name, role=role, start_at_login=start_at_login)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    if wizard.created is None:
        return accepted, None
    if wizard.wants_start_at_login():
        try:
            Autostart().set_enabled(True)
        except OSError:
            log.warning("start at log-in could not be turned on")
    return True, wizard.created.vault


__all__ = ["LanguageDialog", "SetupWizard", "run_setup"]
