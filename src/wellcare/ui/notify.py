"""Gentle notifications: a tray balloon where there is a tray, else the window's status bar.

A notification never interrupts a call: while the counselor is on one, it waits and is shown when
the call ends. Every shown notification is also kept in `history` (title and text only); tests
read it to see what a counselor would have been told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from wellcare.calls import CallState

NOTICE_MS = 8000


class Notifier:
    def __init__(self, calls: CallState | None = None) -> None:
        self.tray: QSystemTrayIcon | None = None
        self.window: Callable[[], QMainWindow | None] = lambda: None
        self.history: list[tuple[str, str]] = []
        self.waiting: list[tuple[str, str]] = []
        self._calls = calls
        if calls is not None:
            calls.subscribe(self._call_changed)

    def notify(self, title: str, text: str) -> None:
        """Show now, or after the current call ends."""
        if self._calls is not None and self._calls.on_call:
            self.waiting.append((title, text))
            return
        self._show(title, text)

    def _call_changed(self, on_call: bool) -> None:
        if on_call:
            return
        waiting, self.waiting = self.waiting, []
        for title, text in waiting:
            self._show(title, text)

    def _show(self, title: str, text: str) -> None:
        self.history.append((title, text))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
            return
        window = self.window()
        if window is not None:
            window.statusBar().showMessage(f"{title} — {text}", NOTICE_MS * 2)
