"""The trend chart widget. matplotlib is imported the first time a chart is actually shown.

Until then the widget is an empty placeholder: building the history page at start costs nothing,
and a counselor who never opens it never loads matplotlib.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellcare.assess.trends import Trend
from wellcare.ui.chart_support import empty_chart_note, pass_wheel_to_page


class TrendChart(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._trend: Trend | None = None
        self._drawn: Trend | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg once created
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.empty_note = empty_chart_note()
        self._layout.addWidget(self.empty_note)

    def set_trend(self, trend: Trend | None) -> None:
        self._trend = trend
        if self.isVisible():
            self._draw()

    def is_empty(self) -> bool:
        """Nothing to draw: the chart shows a sentence instead of bare axes."""
        return self._trend is None or self._trend.empty

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw()

    def _draw(self) -> None:
        empty = self.is_empty()
        if empty:
            title = self._trend.title if self._trend is not None else ""
            text = self.tr("Nothing to draw yet: each result you save adds a point here.")
            self.empty_note.setText(f"{title}\n\n{text}" if title else text)
        self.empty_note.setVisible(empty)
        if self.canvas is not None:
            self.canvas.setVisible(not empty)
        if self._trend is None or empty or self._trend is self._drawn:
            return
        from wellcare.ui.assess import plot  # the first chart loads matplotlib

        if self.canvas is None:
            self.canvas = plot.new_canvas()
            self.canvas.setAccessibleName(self.tr("Trend chart"))
            pass_wheel_to_page(self.canvas)
            self._layout.addWidget(self.canvas)
            self.canvas.show()  # added after the page was shown (the first trend was empty)
        plot.draw_trend(self.canvas.figure, self._trend, self._lang, font_pt=self.font().pointSizeF() or 10.0)
        self.canvas.draw()
        self._drawn = self._trend

    def plotted(self) -> list[tuple[str, list[tuple[datetime, float]]]]:
        """What is on screen now: (series label, points); empty before the first draw."""
        if self.canvas is None:
            return []
        from wellcare.ui.assess import plot

        return plot.plotted(self.canvas.figure)
