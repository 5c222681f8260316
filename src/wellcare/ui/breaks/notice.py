"""The heads-up before a break: a small card in the corner that never takes keyboard focus.

It is a tool window with ``WindowDoesNotAcceptFocus`` and shown without activating, so whatever
the counselor is typing (a CRM note, a chat reply) keeps every keystroke. A mouse click on its
button still works; from the keyboard, the tray menu offers the same (start now, postpone) while
it is up. A screen reader hears it as a polite announcement. It closes itself when the break
starts, or after a while.

Its "starts in N seconds" counts down from the injected clock once a second (never a number frozen
at the moment it appeared); after a call it says the break waits for the after-call work.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.schedule.clock import Clock
from wellcare.ui.announce import tell
from wellcare.ui.theme import ACCENT, MUTED, TEXT

_STYLE = f"""
QFrame#break-notice {{ background: #fbfdfc; border: 1px solid {ACCENT}; border-radius: 12px; }}
QFrame#break-notice QLabel {{ color: {TEXT}; background: transparent; border: none; }}
QFrame#break-notice QLabel[role="muted"] {{ color: {MUTED}; }}
QPushButton {{ padding: 4px 12px; border-radius: 6px; border: 1px solid #b9c7c2; background: white; }}
"""


class BreakNotice(QFrame):
    postpone_requested = Signal()

    def __init__(
        self,
        title: str,
        clock: Clock,
        starts_at: datetime,
        postpone_label: str = "",
        *,
        after_call: bool = False,
        hide_after_ms: int = 60_000,
    ) -> None:
        super().__init__(None)
        self._clock = clock
        self.starts_at = starts_at
        self.after_call = after_call
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setWindowFlags(flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("break-notice")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.body = QLabel(self.text_now())
        self.body.setWordWrap(True)
        self.body.setProperty("role", "muted")
        self.setAccessibleDescription(self.body.text())
        layout.addWidget(self.body)
        self.postpone_button: QPushButton | None = None
        if postpone_label:
            row = QHBoxLayout()
            row.addStretch(1)
            self.postpone_button = QPushButton(postpone_label)
            self.postpone_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.postpone_button.clicked.connect(self.postpone_requested)
            row.addWidget(self.postpone_button)
            layout.addLayout(row)
        self.setFixedWidth(360)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(hide_after_ms)
        self.hide_timer.timeout.connect(self.close)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setObjectName("break-notice-countdown")
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self.refresh)

    def seconds_left(self) -> int:
        """Whole seconds until the break starts (rounded up), never negative."""
        left = (self.starts_at - self._clock.now()).total_seconds()
        return max(0, int(-(-left // 1)))

    def text_now(self) -> str:
        seconds = self.seconds_left()
        if seconds <= 0:
            return self.tr("Starting now.")
        if self.after_call:
            return self.tr("Your call has ended. Finish your after-call notes: the break starts in %n second(s).", "",
                           seconds)
        return self.tr("Starts in %n second(s). Finish your sentence; there is no need to hurry.", "", seconds)

    def refresh(self) -> None:
        """Update the countdown from the clock (the timer calls it every second)."""
        self.body.setText(self.text_now())
        if self.seconds_left() <= 0:
            self.countdown_timer.stop()

    def show_in_corner(self) -> None:
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 24)
        self.show()
        self.hide_timer.start()
        self.countdown_timer.start()
        tell(self, f"{self.accessibleName()}. {self.accessibleDescription()}")

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.hide_timer.stop()
        self.countdown_timer.stop()
        super().closeEvent(event)

    @staticmethod
    def takes_focus(widget: QWidget) -> bool:
        """Whether the window could take keyboard focus (tests check it never does)."""
        return not bool(widget.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus)
