"""Gentle notifications: a tray balloon where there is a tray, else the window's status bar.

Every notification is also kept in `history` (title and text, never data beyond them), which the
app shows nowhere else; tests read it to see what a counselor would have been told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

NOTICE_MS = 8000


class Notifier:
    def __init__(self) -> None:
        self.tray: QSystemTrayIcon | None = None
        self.window: Callable[[], QMainWindow | None] = lambda: None
        self.history: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.history.append((title, text))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
            return
        window = self.window()
        if window is not None:
            window.statusBar().showMessage(f"{title} — {text}", NOTICE_MS * 2)
