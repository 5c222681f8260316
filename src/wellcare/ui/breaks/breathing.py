"""A calm breathing guide: a circle that grows while you breathe in (4 s) and shrinks while you
breathe out (6 s). Used in the break overlay when no guided exercise is available.

The animation runs only while the widget is visible and stops when it is hidden or closed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from wellcare.ui.theme import ACCENT, TEXT

IN_MS = 4000
OUT_MS = 6000
CYCLE_MS = IN_MS + OUT_MS
SMALLEST = 0.42  # of the full radius


def _ease(x: float) -> float:
    return (1 - math.cos(math.pi * min(max(x, 0.0), 1.0))) / 2


def breath(ms: int) -> tuple[bool, float]:
    """(breathing in?, circle size 0..1) at ``ms`` into the cycle."""
    ms %= CYCLE_MS
    if ms < IN_MS:
        return True, _ease(ms / IN_MS)
    return False, 1 - _ease((ms - IN_MS) / OUT_MS)


class BreathingCircle(QWidget):
    def __init__(self, parent: QWidget | None = None, start_ms: int = 2600) -> None:
        super().__init__(parent)
        self.setObjectName("breathing-circle")
        self.setMinimumSize(220, 220)
        self.setAccessibleName(self.tr("Breathing guide"))
        self._ms = start_ms
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0)
        self.animation.setEndValue(CYCLE_MS)
        self.animation.setDuration(CYCLE_MS)
        self.animation.setLoopCount(-1)
        self.animation.valueChanged.connect(self._advance)
        self._inhale, self._size = breath(start_ms)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def phase_text(self) -> str:
        return self.tr("Breathe in") if self._inhale else self.tr("Breathe out")

    def _advance(self, value: object) -> None:
        self._ms = int(value)  # type: ignore[call-overload]
        inhale, self._size = breath(self._ms)
        if inhale != self._inhale:
            self._inhale = inhale
            self.setAccessibleDescription(self.phase_text())
        self.update()

    def start(self) -> None:
        if self.animation.state() != QVariantAnimation.State.Running:
            self.animation.start()
            self.animation.setCurrentTime(self._ms % CYCLE_MS)

    def stop(self) -> None:
        self.animation.stop()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.stop()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 8
        full = side / 2
        radius = full * (SMALLEST + (1 - SMALLEST) * self._size)
        center = QRectF(self.rect()).center()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        halo = QColor(ACCENT)
        halo.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(center, full, full)
        fill = QColor(ACCENT)
        fill.setAlpha(55 + int(50 * self._size))
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.drawEllipse(center, radius, radius)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.phase_text())
        painter.end()
