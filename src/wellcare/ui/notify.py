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
        self.open_page: Callable[[str | None], None] = lambda page: None  # app.py: show that page
        self.history: list[tuple[str, str]] = []
        self._queue: list[tuple[str, str, str | None]] = []
        self._balloon_page: str | None = None
        self._calls = calls
        if calls is not None:
            calls.subscribe(self._call_changed)

    @property
    def waiting(self) -> list[tuple[str, str]]:
        """What waits for the end of a call (title and text)."""
        return [(title, text) for title, text, _page in self._queue]

    def notify(self, title: str, text: str, page: str | None = None) -> None:
        """Show now, or after the current call ends. `page`: what a click on the balloon opens."""
        if self._calls is not None and self._calls.on_call:
            self._queue.append((title, text, page))
            return
        self._show(title, text, page)

    def balloon_clicked(self) -> None:
        """The counselor clicked the last balloon: open what it was about (else the window)."""
        self.open_page(self._balloon_page)

    def _call_changed(self, on_call: bool) -> None:
        if on_call:
            return
        waiting, self._queue = self._queue, []
        for title, text, page in waiting:
            self._show(title, text, page)

    def _show(self, title: str, text: str, page: str | None) -> None:
        self.history.append((title, text))
        if self.tray is not None and self.tray.isVisible():
            self._balloon_page = page
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
            return
        window = self.window()
        if window is not None:
            window.statusBar().showMessage(f"{title} — {text}", NOTICE_MS * 2)
