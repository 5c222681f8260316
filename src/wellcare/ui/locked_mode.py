"""The locked state's behaviour: the tray menu or window, the reminders, and hard-call help without the vault.

app.py enters it when the unlock dialog is closed with "Later" (at log-in or after an unlock
request) and after "Lock", and leaves it once the vault is open. While locked:
- the tray offers Unlock…, Crisis lines and I just had a hard call (no tray: ``LockedWindow``);
- a notification says what waits for the unlock, at entry and then at most every two hours;
- "I just had a hard call" starts the protected break with its breathing exercise (no vault
  needed) and asks for the unlock only to log the call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wellcare.capabilities import ProtectedBreak
from wellcare.policy import Policy, crisis_lines
from wellcare.ui.notify import Notifier
from wellcare.ui.tray import Tray, TrayEntry
from wellcare.ui.tray_icons import TrayState

if TYPE_CHECKING:  # the locked windows are imported when first needed: a tray start shows its icon first (#16)
    from wellcare.ui.locked import CrisisLinesWindow, LockedWindow

log = logging.getLogger(__name__)

HARD_CALL_REASON = "hard_call"


class LockedMode(QObject):
    """What a locked WellCare offers; ``active`` while the vault is locked."""

    def __init__(
        self,
        policy: Callable[[], Policy],
        notifier: Notifier,
        language: Callable[[], str],
        unlock: Callable[[], None],
        quit_app: Callable[[], None],
        protected_break: Callable[[], ProtectedBreak | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._notifier = notifier
        self._language = language
        self._unlock = unlock
        self._quit = quit_app
        self._protected_break = protected_break
        self.active = False
        self.hard_call_waiting = False  # a hard call while locked: its log waits for the unlock
        self.window: LockedWindow | None = None
        self.crisis_window: CrisisLinesWindow | None = None
        self.reminder = QTimer(self)
        self.reminder.setObjectName("locked-reminder")
        self.reminder.timeout.connect(self.remind)

    def enter(self, tray: Tray | None) -> None:
        """Locked now: say so once, keep reminding gently, and never be invisible."""
        from wellcare.ui.locked import REMINDER_MS

        self.active = True
        if tray is not None:
            tray.set_state(TrayState.LOCKED)
            tray.setToolTip(self.tr("WellCare (locked)"))
        else:
            self.show_window()
        self.remind()
        self.reminder.start(REMINDER_MS)
        log.info("locked: tray=%s", tray is not None)

    def leave(self, tray: Tray | None) -> None:
        self.active = False
        self.reminder.stop()
        if tray is not None:
            tray.set_state(TrayState.NORMAL)
            tray.setToolTip("WellCare")
        if self.window is not None:
            self.window.allow_close = True
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def remind(self) -> None:
        from wellcare.ui.locked import locked_reminder

        title, text = locked_reminder()
        self._notifier.notify(title, text)
        if self.window is not None:
            self.window.status.setText(text if not self.hard_call_waiting else self._log_later_text())

    def show_window(self) -> LockedWindow:
        from wellcare.ui.locked import LockedWindow

        if self.window is None:
            self.window = LockedWindow(self._unlock, self.show_crisis_lines, self.hard_call, self._quit)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    # -- what works while locked ---------------------------------------------------------------

    def tray_entries(self) -> list[TrayEntry]:
        return [
            TrayEntry(self.tr("Unlock…"), self._unlock),
            TrayEntry(self.tr("Crisis lines"), self.show_crisis_lines),
            TrayEntry(self.tr("I just had a hard call"), self.hard_call),
        ]

    def show_crisis_lines(self) -> CrisisLinesWindow:
        from wellcare.ui.locked import CrisisLinesWindow

        if self.crisis_window is None:
            self.crisis_window = CrisisLinesWindow(crisis_lines(self._policy()), self._language())
        self.crisis_window.show()
        self.crisis_window.raise_()
        self.crisis_window.activateWindow()
        return self.crisis_window

    def hard_call(self) -> None:
        """The protected break now (it needs no vault); logging the call waits for the unlock."""
        minutes = int(self._policy().get("breaks", "hard_call_break_min"))
        breaks = self._protected_break()
        if breaks is not None:
            breaks.start_protected_break(minutes, None, HARD_CALL_REASON)
        self.hard_call_waiting = True
        # no balloon over the break itself: this waits until the break ends (the notifier holds it)
        self._notifier.notify(self.tr("When you are ready: note the call"), self._log_later_text())
        if self.window is not None:
            self.window.status.setText(self._log_later_text())

    def _log_later_text(self) -> str:
        return self.tr("Take this time for yourself. To note the call in your record, unlock WellCare afterwards.")

    def close(self) -> None:
        self.reminder.stop()
        if self.window is not None:
            self.window.allow_close = True
        for widget in (self.window, self.crisis_window):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.window = self.crisis_window = None
