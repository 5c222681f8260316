"""Gentle notifications: a tray balloon where there is a tray, else the window's status bar.

A notification never interrupts a call or a break: while the counselor is on a call, or a break is
on screen or about to start, it waits (``wellcare.notice_queue``) and is shown once nothing holds
it, so what came in during a call arrives after the break that follows. Every shown notification
is also kept in `history` (title and text only); tests read it to see what a counselor would have
been told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from wellcare.calls import CallState
from wellcare.notice_queue import Notice, NoticeQueue

NOTICE_MS = 8000


class Notifier:
    def __init__(self, calls: CallState | None = None) -> None:
        self.tray: QSystemTrayIcon | None = None
        self.window: Callable[[], QMainWindow | None] = lambda: None
        self.open_page: Callable[[str | None], None] = lambda page: None  # app.py: show that page
        self.history: list[tuple[str, str]] = []
        self.queue = NoticeQueue()
        self._balloon_page: str | None = None
        if calls is not None:
            self.queue.add_hold("call", lambda: calls.on_call)
            calls.subscribe(self._call_changed)

    @property
    def waiting(self) -> list[tuple[str, str]]:
        """What waits for the end of a call or a break (title and text)."""
        return [(notice.title, notice.text) for notice in self.queue.waiting]

    def hold_while(self, name: str, holding: Callable[[], bool]) -> Callable[[], None]:
        """Notifications also wait while ``holding()`` (e.g. a break); call ``release`` when it stops."""
        return self.queue.add_hold(name, holding)

    def notify(self, title: str, text: str, page: str | None = None) -> None:
        """Show now, or once no call or break holds it. `page`: what a click on the balloon opens."""
        for notice in self.queue.offer(Notice(title, text, page)):
            self._show(notice)

    def release(self) -> None:
        """Something that held notifications ended (a break): show what waited, if nothing else holds it."""
        for notice in self.queue.release():
            self._show(notice)

    def balloon_clicked(self) -> None:
        """The counselor clicked the last balloon: open what it was about (else the window)."""
        self.open_page(self._balloon_page)

    def _call_changed(self, on_call: bool) -> None:
        if not on_call:
            self.release()

    def _show(self, notice: Notice) -> None:
        self.history.append((notice.title, notice.text))
        if self.tray is not None and self.tray.isVisible():
            self._balloon_page = notice.page
            self.tray.showMessage(notice.title, notice.text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
            return
        window = self.window()
        if window is not None:
            window.statusBar().showMessage(f"{notice.title} — {notice.text}", NOTICE_MS * 2)
