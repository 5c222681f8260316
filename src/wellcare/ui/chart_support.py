"""What every matplotlib chart on a page shares: the wheel scrolls the page, and an empty chart
says so in words instead of showing bare axes.

matplotlib's Qt canvas takes every wheel event for its own scroll_event, so a page whose chart
fills the view could not be scrolled with the mouse wheel while the pointer was over the chart.
None of our charts zooms or pans, so the wheel goes to the scroll area that holds the chart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QSizePolicy, QWidget


class _WheelToPage(QObject):
    """An event filter on a chart canvas: wheel events go to the nearest scroll area's scroll bar."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        area = _scroll_area(watched)
        if area is None:
            event.ignore()  # an unscrolled page: let the parent have it, matplotlib never sees it
            return True
        horizontal = event.angleDelta().x() != 0 and event.angleDelta().y() == 0  # type: ignore[attr-defined]
        bar = area.horizontalScrollBar() if horizontal else area.verticalScrollBar()
        QCoreApplication.sendEvent(bar, event)
        return True


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def pass_wheel_to_page(canvas: QWidget) -> None:
    """Let the mouse wheel over `canvas` scroll the page around it (the filter lives as long as the canvas)."""
    canvas.installEventFilter(_WheelToPage(canvas))


def empty_chart_note(text: str = "") -> QLabel:
    """A muted, centred sentence shown in a chart's place while it has nothing to draw."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setProperty("role", "muted")
    note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    note.setObjectName("emptyChartNote")
    note.hide()
    return note
