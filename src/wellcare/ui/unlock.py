"""Unlocking the vault, and what to do when it will not open.

Every failure is explained in plain words, and the way forward is offered: the passphrase
again, the recovery code, or (only when asked for, and confirmed) a reset. Nothing here ever
creates a vault over an existing one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellcare.ui.dialogs import MIN_PASSPHRASE, password_field
from wellcare.ui.messages import NOT_KEY_PROBLEMS, vault_error_text
from wellcare.ui.theme import heading, paragraph
from wellcare.vault import Vault, VaultError, VaultManager


class RecoveryDialog(QDialog):
    def __init__(self, passphrase_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use your recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Type the recovery code you were shown when you set up WellCare.")))
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        form.addRow(self.tr("Recovery code"), self.code)
        self.new_passphrase: QLineEdit | None = None
        if passphrase_mode:
            self.new_passphrase = password_field(self.tr("New passphrase"))
            form.addRow(self.tr("New passphrase"), self.new_passphrase)
        layout.addLayout(form)
        self.problem = paragraph("", role="warning")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fix(self, field: QLineEdit | None) -> None:
        """Shown again with the focus in the field to fix, its text selected so typing replaces it."""
        if field is not None:
            field.selectAll()
            field.setFocus(Qt.FocusReason.OtherFocusReason)


class UnlockDialog(QDialog):
    """Result: `vault` (opened), `reset_done` (the user chose to start over) or `retry`, else rejected.

    For a problem with the file or disk (not the key) the way forward is "Try again" once it is
    fixed; recovery is not offered (no code can fix a folder), and a reset only for a damaged file.
    """

    def __init__(self, manager: VaultManager, error: VaultError | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._manager = manager
        self.vault: Vault | None = None
        self.reset_done = False
        self.retry = False
        not_key_problem = error is not None and error.code in NOT_KEY_PROBLEMS
        self.setWindowTitle(self.tr("Unlock WellCare"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Unlock WellCare") if error is None else self.tr("WellCare cannot open")))
        self.message = paragraph(
            vault_error_text(error)
            if error is not None
            else self.tr("Type your passphrase to open your breaks, self-checks and notes. Choose Later to keep "
                         "WellCare locked for now: the crisis lines and hard-call help still work.")
        )
        layout.addWidget(self.message)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase_mode = self._passphrase_mode()
        self.passphrase.setVisible(self.passphrase_mode and error is None)
        layout.addWidget(self.passphrase)
        self.problem = paragraph("", role="warning")
        layout.addWidget(self.problem)

        layout.addLayout(self._button_row(error, not_key_problem))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.recover_button.clicked.connect(self.recover)
        self.reset_button.clicked.connect(self.reset)
        self.later_button.clicked.connect(self.reject)
        self.retry_button.clicked.connect(self.try_again)
        if self.passphrase.isVisibleTo(self):  # typing starts in the field, whatever the window system does
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button_row(self, error: VaultError | None, not_key_problem: bool) -> QHBoxLayout:
        """Recovery and reset on the left; Later, then the way forward (Unlock or Try again) on the right."""
        row = QHBoxLayout()
        self.recover_button = QPushButton(self.tr("Use recovery code…"))
        self.reset_button = QPushButton(self.tr("Reset WellCare…"))
        # Not "Quit": closing this leaves WellCare running, locked, with the crisis lines and hard-call help
        self.later_button = QPushButton(self.tr("Later"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.setVisible(self.passphrase.isVisibleTo(self))  # isVisible() is False until shown
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setProperty("primary", True)
        self.retry_button.setVisible(not_key_problem)
        self.recover_button.setVisible(not not_key_problem)
        self.reset_button.setVisible(error is not None and (not not_key_problem or error.code == "damaged"))
        if not_key_problem:
            self.unlock_button.setDefault(False)
            self.retry_button.setDefault(True)
        for button in (
            self.recover_button,
            self.reset_button,
            self.later_button,
            self.retry_button,
            self.unlock_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        row.addWidget(self.recover_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        row.addWidget(self.retry_button)
        row.addWidget(self.unlock_button)
        return row

    def _passphrase_mode(self) -> bool:
        try:
            return self._manager.info().mode == "passphrase"
        except VaultError:
            return False

    def try_unlock(self) -> None:
        try:
            self.vault = self._manager.unlock(self.passphrase.text())
        except VaultError as exc:
            self.problem.setText(vault_error_text(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)  # also after Unlock was pressed
            return
        self.accept()

    def try_again(self) -> None:
        """Closed so the caller opens the vault afresh (the folder or disk may have been fixed)."""
        self.retry = True
        self.accept()

    def recover(self) -> None:
        dialog = RecoveryDialog(self.passphrase_mode, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.new_passphrase.text() if dialog.new_passphrase is not None else None
            if new is not None and 0 < len(new) < MIN_PASSPHRASE:
                dialog.problem.setText(self.tr("The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE))
                dialog.fix(dialog.new_passphrase)
                continue
            try:
                self.vault = self._manager.recover(dialog.code.text(), new_passphrase=new or None)
            except VaultError as exc:
                dialog.problem.setText(vault_error_text(exc))
                dialog.fix(dialog.code)
                continue
            self.accept()
            return

    def reset(self) -> None:
        word = self.tr("DELETE")
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reset WellCare"),
            self.tr(
                "This deletes your vault, its backups and your recovery file. Your check-ins, notes and records "
                "will be gone for good. Type %s to confirm."
            )
            % word,
        )
        if not ok or text.strip() != word:
            return
        self._manager.wipe()
        QMessageBox.information(self, self.tr("Reset WellCare"), self.tr("WellCare was reset. Let's set it up again."))
        self.reset_done = True
        self.accept()
