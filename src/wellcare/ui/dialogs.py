"""Small dialogs shared by setup and settings: choosing a passphrase, showing a recovery code."""

from __future__ import annotations

import os

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellcare.ui.announce import tell
from wellcare.ui.theme import heading, paragraph

MIN_PASSPHRASE = 8


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice (and the current one when changing it)."""

    def __init__(self, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Use at least %n character(s). A short sentence is easy to remember and hard to guess.",
                    "",
                    MIN_PASSPHRASE,
                )
            )
        )
        form = QFormLayout()
        self.current = password_field(self.tr("Current passphrase")) if ask_current else None
        if self.current is not None:
            form.addRow(self.tr("Current passphrase"), self.current)
        self.first = password_field(self.tr("New passphrase"))
        self.second = password_field(self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        layout.addLayout(form)
        self.problem = paragraph("", role="warning")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def problem_text(self) -> str:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE)
        if first != second:
            return self.tr("The two passphrases are not the same.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()
            return
        field = self.first if len(self.first.text()) < MIN_PASSPHRASE else self.second
        field.selectAll()  # typing again replaces it
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def passphrase(self) -> str:
        return self.first.text()

    def current_passphrase(self) -> str:
        return self.current.text() if self.current is not None else ""


class RecoveryCodeView(QWidget):
    """The recovery code in large type, with a copy button and an 'I have kept it' check."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your recovery code"), scale=1.2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If this computer's keyring is reset or you forget your passphrase, this code is the only "
                    "way back into your data. Write it down or print it and keep it somewhere private. "
                    "WellCare cannot recover it for you."
                )
            )
        )
        self.code_label = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        layout.addWidget(self.code_label)
        self._code = code
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code to a file"))
        self.save_button.clicked.connect(self.save)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.feedback = paragraph("", role="muted")  # "Copied", "Saved to …": what the button just did
        layout.addWidget(self.feedback)
        self.kept = QCheckBox(self.tr("I have written down or printed my recovery code"))
        self.kept.setAccessibleName(self.kept.text())
        layout.addWidget(self.kept)


    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self._tell(self.tr("Copied. Paste it somewhere private, such as a password manager."))

    def save(self) -> None:
        """Save the code to a text file the counselor names, offered in their documents folder."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = os.path.join(folder, self.tr("WellCare recovery code") + ".txt")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery code"), suggested,
                                              self.tr("Text files (*.txt)"))
        if not path:
            return
        text = self.tr("WellCare recovery code") + "\n\n" + self._code + "\n"
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # only this user may read it
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(text)
        except OSError as exc:
            self._tell(self.tr("The file could not be saved (%s). Try another folder, or write the code down.")
                       % (exc.strerror or exc.__class__.__name__))
            return
        self._tell(self.tr("Saved to %s. Keep that file somewhere private.") % path)

    def _tell(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setAccessibleName(text)
        tell(self.feedback, text)


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        layout = QVBoxLayout(self)
        self.view = RecoveryCodeView(code)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AskPassphraseDialog(QDialog):
    """Re-authentication: the current passphrase, checked by the caller."""

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm it is you"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(prompt))
        self.field = password_field(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = paragraph("", role="warning")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
