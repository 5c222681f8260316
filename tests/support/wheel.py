"""Turn the mouse wheel over a widget, as a person does, and see what scrolled."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget


def wheel_down(widget: QWidget, notches: int = 3) -> None:
    """`notches` clicks of the wheel towards the user (the page should move down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def tall_page_with(chart: QWidget) -> QScrollArea:
    """`chart` at the top of a page three screens tall, inside a scroll area of 600 x 400."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(chart)
    spacer = QWidget()
    spacer.setMinimumHeight(1200)
    layout.addWidget(spacer)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(600, 400)
    return area
