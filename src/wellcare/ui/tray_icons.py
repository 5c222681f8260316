"""The tray icon's states, drawn in code: a small badge in a corner of the app icon.

A counselor glances at the tray to know where they stand: on a call (blue dot), a break waiting
(amber dot), breaks paused (grey with two bars), locked (a padlock). Shapes as well as colours, so
the state reads without colour vision too.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZE = 64


class TrayState(StrEnum):
    NORMAL = "normal"
    ON_CALL = "on_call"
    BREAK_WAITING = "break_waiting"
    PAUSED = "paused"
    LOCKED = "locked"


_COLOURS = {
    TrayState.ON_CALL: "#1f6feb",
    TrayState.BREAK_WAITING: "#c77700",
    TrayState.PAUSED: "#5f6b76",
    TrayState.LOCKED: "#3b3b3b",
}


def state_icon(base: QIcon, state: TrayState) -> QIcon:
    """``base`` with the badge for ``state`` (``base`` itself for NORMAL)."""
    if state is TrayState.NORMAL:
        return base
    pixmap = base.pixmap(SIZE, SIZE)
    if pixmap.isNull():
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRectF(SIZE * 0.48, SIZE * 0.48, SIZE * 0.5, SIZE * 0.5)
    painter.setPen(QPen(QColor("white"), 3))
    painter.setBrush(QColor(_COLOURS[state]))
    painter.drawEllipse(badge)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    cx, cy, unit = badge.center().x(), badge.center().y(), badge.width() / 10
    if state is TrayState.PAUSED:
        painter.drawRect(QRectF(cx - 2.5 * unit, cy - 2.5 * unit, 1.6 * unit, 5 * unit))
        painter.drawRect(QRectF(cx + 0.9 * unit, cy - 2.5 * unit, 1.6 * unit, 5 * unit))
    elif state is TrayState.LOCKED:
        painter.drawRect(QRectF(cx - 2.6 * unit, cy - 0.6 * unit, 5.2 * unit, 3.6 * unit))
        painter.setPen(QPen(QColor("white"), unit * 1.1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(cx - 1.7 * unit, cy - 3.4 * unit, 3.4 * unit, 4.4 * unit), 0, 180 * 16)
    elif state is TrayState.BREAK_WAITING:
        painter.drawRect(QRectF(cx - 0.7 * unit, cy - 3 * unit, 1.4 * unit, 3.8 * unit))
        painter.drawEllipse(QRectF(cx - 0.8 * unit, cy + 1.6 * unit, 1.6 * unit, 1.6 * unit))
    else:  # on a call: a filled inner dot
        painter.drawEllipse(QRectF(cx - 2 * unit, cy - 2 * unit, 4 * unit, 4 * unit))
    painter.end()
    return QIcon(pixmap)
