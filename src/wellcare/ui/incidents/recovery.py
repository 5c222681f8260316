"""A calm, protected pause after a hard call, for when no breaks capability is running.

It counts down the policy's hard-call break from the monotonic clock (so a hidden window or a
wall-clock change does not shorten or stretch it), paces a slow breath, and shows a short
decompression exercise. Its one-second timer runs only while it is shown and has time left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.schedule.clock import Clock
from wellcare.ui.theme import heading, paragraph

BREATH_IN_S = 4
BREATH_OUT_S = 6


def mmss(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes:d}:{secs:02d}"


class DecompressionSteps(QWidget):
    """A short built-in decompression exercise (used when no programs capability offers one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Decompression"), scale=1.05))
        steps = (
            self.tr("Take the headset off and put it down."),
            self.tr("Breathe in for 4, out slowly for 6. Let the out-breath be the long one."),
            self.tr("Press your feet into the floor. Name five things you can see."),
            self.tr("Say to yourself: what the caller said was about their situation, not about who I am."),
            self.tr("Roll your shoulders, stretch your neck, have some water."),
        )
        for number, step in enumerate(steps, start=1):
            label = paragraph(f"{number}. {step}")
            label.setAccessibleName(step)
            layout.addWidget(label)
        self.caution = paragraph(self.tr("If you feel dizzy, breathe normally."), role="muted")
        layout.addWidget(self.caution)


class RecoveryPanel(QWidget):
    """The countdown, a breath pacer and an exercise; `finished` when the time is up or ended early."""

    finished = Signal()

    def __init__(self, clock: Clock, minutes: int, exercise: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self._deadline: float | None = None
        self._started: float = 0.0
        self.timer = QTimer(self)
        self.timer.setObjectName("wellcare-incidents-recovery")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = heading(self.tr("Your protected break: %n minute(s)", "", minutes), scale=1.2)
        layout.addWidget(self.title)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This time is yours. Set your phone to away and step back from the calls. "
                    "You do not need to do anything else."
                )
            )
        )
        self.countdown = QLabel(mmss(minutes * 60))
        font = QFont(self.countdown.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left in your break"))
        layout.addWidget(self.countdown)
        self.pacer = QLabel("")
        self.pacer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pacer.setProperty("role", "muted")
        layout.addWidget(self.pacer)
        self.exercise = exercise if exercise is not None else DecompressionSteps()
        layout.addWidget(self.exercise)
        self.end_button = QPushButton(self.tr("End my break now"))
        self.end_button.setAccessibleName(self.end_button.text())
        self.end_button.clicked.connect(self.end_early)
        layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- state --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._deadline is not None

    def remaining(self) -> int:
        """Whole seconds left (rounded up), 0 when over or not started."""
        if self._deadline is None:
            return 0
        left = self._deadline - self._clock.monotonic()
        return max(0, int(-(-left // 1)))

    def start(self) -> None:
        self._started = self._clock.monotonic()
        self._deadline = self._started + self.minutes * 60
        self.tick()
        if self.isVisible():
            self.timer.start()

    def stop(self) -> None:
        """End the pause without ceremony (the dialog closed, the app locked or quit)."""
        self.timer.stop()
        self._deadline = None

    def end_early(self) -> None:
        self._finish(self.tr("You ended your break. Come back gently, and take more time if you need it."))

    def tick(self) -> None:
        if self._deadline is None:
            return
        left = self.remaining()
        self.countdown.setText(mmss(left))
        if left <= 0:
            self._finish(self.tr("Your break is over. Come back when you are ready."))
            return
        elapsed = int(self._clock.monotonic() - self._started)
        phase = elapsed % (BREATH_IN_S + BREATH_OUT_S)
        self.pacer.setText(self.tr("Breathe in…") if phase < BREATH_IN_S else self.tr("Breathe out slowly…"))

    def _finish(self, message: str) -> None:
        self.stop()
        self.countdown.setText(mmss(0))
        self.pacer.setText(message)
        self.end_button.hide()
        self.finished.emit()

    # -- the timer runs only while shown -------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._deadline is not None:
            self.tick()
            if self._deadline is not None:
                self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
