"""A chart placeholder that becomes a matplotlib canvas the first time it is shown.

Building the dashboard page costs nothing: matplotlib is imported only when a chart is actually
on screen (or a PDF is written). A new drawing is kept until the chart is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellcare.ui.chart_support import pass_wheel_to_page

Drawer = Callable[[ModuleType, Any], None]  # (the plot module, a Figure)


class ChartView(QWidget):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._accessible = accessible_name
        self._drawer: Drawer | None = None
        self._key: object = None
        self._dirty = False
        self.canvas: Any = None  # FigureCanvasQTAgg once created
        self.draws = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 16)

    def set_drawer(self, drawer: Drawer | None, key: object = None) -> None:
        """``key``: what the drawing shows; given again (not None), the chart stays as it is drawn."""
        if key is not None and key == self._key:
            return
        self._key = key
        self._drawer = drawer
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def redraw(self) -> None:
        if self._drawer is None:
            return
        from wellcare.ui.dashboard import plot  # the first chart shown loads matplotlib

        if self.canvas is None:
            self.canvas = plot.new_canvas()
            self.canvas.setAccessibleName(self._accessible)
            pass_wheel_to_page(self.canvas)
            self._layout.addWidget(self.canvas)
        self._drawer(plot, self.canvas.figure)
        self.canvas.draw_idle()  # rendered once, at the next paint (a resize would render it again)
        self._dirty = False
        self.draws += 1

    @property
    def figure(self) -> Any:
        return None if self.canvas is None else self.canvas.figure
