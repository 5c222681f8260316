"""WellCare while the vault is locked: still there, still able to help.

Closing the unlock dialog never quits WellCare. It stays in the tray, locked (or, where there is
no system tray, in this small window), and what needs no vault keeps working: the crisis lines and
the protected break after a hard call. Breaks, self-checks and records wait until it is unlocked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wellcare.policy import CrisisLine
from wellcare.ui.assess.widgets import crisis_lines_box
from wellcare.ui.theme import app_icon, heading, paragraph

REMINDER_MS = 2 * 60 * 60 * 1000  # a gentle reminder while locked: not more often than every two hours


def locked_reminder() -> tuple[str, str]:
    """The notification after the unlock dialog was closed, and every two hours while locked."""
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate("Locked", "WellCare is locked"),
        QCoreApplication.translate(
            "Locked",
            "Breaks and self-checks wait until you unlock. Crisis lines and hard-call support are in the "
            "WellCare menu now.",
        ),
    )


class CrisisLinesWindow(QDialog):
    """The crisis lines (the policy's, else the national ones), numbers large and selectable."""

    def __init__(self, lines: Sequence[CrisisLine], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis lines"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("If you or someone else is in danger now, call one of these lines.")))
        layout.addWidget(crisis_lines_box(lines, language, self.tr("Crisis lines")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class LockedWindow(QWidget):
    """Where there is no tray: the locked app's only surface. Closing it minimizes it; Quit quits."""

    def __init__(
        self,
        unlock: Callable[[], None],
        crisis_lines: Callable[[], None],
        hard_call: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("WellCare (locked)"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("WellCare is locked")))
        layout.addWidget(paragraph(locked_reminder()[1]))
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.setProperty("primary", True)
        self.crisis_button = QPushButton(self.tr("Crisis lines"))
        self.hard_call_button = QPushButton(self.tr("I just had a hard call"))
        self.quit_button = QPushButton(self.tr("Quit WellCare"))
        for button, action in (
            (self.unlock_button, unlock),
            (self.crisis_button, crisis_lines),
            (self.hard_call_button, hard_call),
            (self.quit_button, quit_app),
        ):
            button.clicked.connect(lambda _=False, fn=action: fn())
            row.addWidget(button)
        layout.addLayout(row)
        self.status = paragraph("", role="muted")
        layout.addWidget(self.status)
        self.unlock_button.setDefault(True)
        self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.allow_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never gone: closing minimizes (Quit WellCare is the way out)."""
        if self.allow_close:
            event.accept()
            return
        event.ignore()
        self.showMinimized()
