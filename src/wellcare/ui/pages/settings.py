"""Settings: language, theme, start at login, and how the vault is protected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellcare.autostart import Autostart
from wellcare.preferences import Preferences
from wellcare.ui.dialogs import AskPassphraseDialog, PassphraseDialog, RecoveryCodeDialog
from wellcare.ui.messages import vault_error_text
from wellcare.ui.theme import heading, paragraph
from wellcare.ui.wrap import FlowLayout
from wellcare.vault import Vault, VaultError, VaultManager


def recovery_file_missing_text() -> str:
    return QCoreApplication.translate(
        "SettingsPage",
        "The recovery file (recovery.json) is missing from your profile, so your recovery code can no longer "
        "open your vault. Make a new recovery code in Settings and keep it safe.",
    )


class SettingsPage(QWidget):
    language_changed = Signal(str)
    high_contrast_changed = Signal(bool)

    def __init__(
        self,
        prefs: Preferences,
        autostart: Autostart,
        manager: VaultManager,
        vault: Callable[[], Vault],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._manager = manager
        self._vault = vault
        self._autostart = autostart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Settings")))

        layout.addWidget(self._build_general(prefs, autostart))
        layout.addWidget(self._build_vault_box())
        self.keyring_note = paragraph("", role="muted")
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        self.refresh()

    def _build_general(self, prefs: Preferences, autostart: Autostart) -> QGroupBox:
        """Language, contrast and start at login."""
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for label, code in ((self.tr("System default"), ""), ("English", "en"), ("한국어", "ko")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.currentIndexChanged.connect(lambda _: self.language_changed.emit(self.language.currentData()))
        form.addRow(self.tr("Language"), self.language)
        self.high_contrast = QCheckBox(self.tr("High-contrast colours"))
        self.high_contrast.setAccessibleName(self.high_contrast.text())
        self.high_contrast.setChecked(prefs.high_contrast)
        self.high_contrast.toggled.connect(self.high_contrast_changed)
        form.addRow("", self.high_contrast)
        self.start_at_login = QCheckBox(self.tr("Start WellCare when I log in"))
        self.start_at_login.setAccessibleName(self.start_at_login.text())
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.toggled.connect(self._set_autostart)
        form.addRow("", self.start_at_login)
        return general

    def _build_vault_box(self) -> QGroupBox:
        """How the vault is protected, with the buttons that change it."""
        self.vault_box = QGroupBox(self.tr("Vault protection"))
        self.vault_layout = QVBoxLayout(self.vault_box)
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)
        self.vault_layout.addWidget(self.mode_label)
        buttons = FlowLayout()
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.use_passphrase = QPushButton(self.tr("Use a passphrase instead…"))
        self.use_keyring = QPushButton(self.tr("Keep the key in the keyring instead"))
        self.show_code = QPushButton(self.tr("Show recovery code…"))
        self.new_code = QPushButton(self.tr("Make a new recovery code…"))
        self.recovery_missing = paragraph(recovery_file_missing_text(), role="warning")
        self.vault_layout.addWidget(self.recovery_missing)
        for button in (self.change_passphrase, self.use_passphrase, self.use_keyring, self.show_code, self.new_code):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        self.vault_layout.addLayout(buttons)
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.use_passphrase.clicked.connect(self._switch_to_passphrase)
        self.use_keyring.clicked.connect(self._switch_to_keyring)
        self.show_code.clicked.connect(self._show_recovery_code)
        self.new_code.clicked.connect(self._make_new_recovery_code)
        return self.vault_box

    def refresh(self) -> None:
        mode = self._manager.info().mode
        keyring_ok = self._manager.keyring_usable()
        if mode == "keyring":
            self.mode_label.setText(self.tr("Your vault's key is kept in this computer's secure keyring."))
        else:
            self.mode_label.setText(self.tr("Your vault opens only with your passphrase."))
        self.change_passphrase.setVisible(mode == "passphrase")
        self.use_keyring.setVisible(mode == "passphrase")
        self.use_keyring.setEnabled(keyring_ok)
        self.use_passphrase.setVisible(mode == "keyring")
        missing = self._manager.recovery_file_missing()
        self.recovery_missing.setVisible(missing)
        self.show_code.setVisible(not missing)  # the old code opens nothing any more
        self.keyring_note.setText(
            "" if keyring_ok else self.tr("No secure keyring is available on this computer, so a passphrase is used.")
        )

    # -- actions -----------------------------------------------------------------------------
    def _set_autostart(self, enabled: bool) -> None:
        try:
            self._autostart.set_enabled(enabled)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Start at login"), self.tr("Could not change it: %s") % exc.strerror)

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(ask_current=True, parent=self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: self._manager.change_passphrase(self._vault(), dialog.current_passphrase(), dialog.passphrase()),
            self.tr("Your passphrase was changed. Your recovery code still works."),
        )

    def _switch_to_passphrase(self) -> None:
        dialog = PassphraseDialog(ask_current=False, parent=self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: self._manager.switch_to_passphrase(self._vault(), dialog.passphrase()),
            self.tr("Your vault now opens only with your passphrase."),
        )

    def _switch_to_keyring(self) -> None:
        if not self._reauthenticate():
            return
        self._run(
            lambda: self._manager.switch_to_keyring(self._vault()),
            self.tr("Your vault's key is now kept in this computer's keyring."),
        )

    def _show_recovery_code(self) -> None:
        if not self._reauthenticate():
            return
        code = self._manager.recovery_code(self._vault())
        if code:
            RecoveryCodeDialog(code, self).exec()

    def _make_new_recovery_code(self) -> None:
        passphrase = self._reauthenticated_passphrase()
        if passphrase is None:
            return
        try:
            code = self._manager.renew_recovery_code(self._vault(), passphrase or None)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Vault"), vault_error_text(exc))
            return
        self.refresh()
        RecoveryCodeDialog(code, self).exec()

    def _reauthenticate(self) -> bool:
        return self._reauthenticated_passphrase() is not None

    def _reauthenticated_passphrase(self) -> str | None:
        """None if not confirmed; else the passphrase (passphrase mode) or "" (keyring mode).

        Passphrase mode asks for the passphrase; keyring mode re-reads the key (the OS may ask).
        """
        if self._manager.info().mode == "keyring":
            try:
                self._manager.keystore.load(self._manager.info().vault_id)
            except VaultError as exc:
                QMessageBox.warning(self, self.tr("Vault"), vault_error_text(exc))
                return None
            answer = QMessageBox.question(
                self,
                self.tr("Confirm it is you"),
                self.tr("Make sure nobody can see your screen. Continue?"),
            )
            return "" if answer == QMessageBox.StandardButton.Yes else None
        dialog = AskPassphraseDialog(self.tr("Enter your passphrase to continue."), self)
        while dialog.exec() == AskPassphraseDialog.DialogCode.Accepted:
            try:
                self._manager.verify_passphrase(dialog.field.text())
                return dialog.field.text()
            except VaultError as exc:
                dialog.problem.setText(vault_error_text(exc))
                dialog.field.selectAll()  # shown again with the focus in the field: typing replaces it
                dialog.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def _run(self, action: Callable[[], None], done: str) -> None:
        try:
            action()
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Vault"), vault_error_text(exc))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Vault"), done)
