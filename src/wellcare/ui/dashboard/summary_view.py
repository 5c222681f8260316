"""The dashboard's first tab: the coordinator's three questions answered in plain words.

How is the floor and each team doing (the latest pooled window with its 95% interval, or "too
uncertain"), is it getting worse (the verdict), who asks for what support (EAP counts where they
are safe). The words come from :mod:`.summary_text`, which the PDF's first page uses too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.aggregates.verdict import Verdict
from wellcare.ui.dashboard.summary_text import SummaryTexts, verdict_text
from wellcare.ui.theme import WARN


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class SummaryView(QWidget):
    """Three answers, then the table of groups × measures, then how to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard-summary")
        self.setAccessibleName(self.tr("Summary"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(6)
        self.window_label = _label()
        self.worse_label = _label()
        self.support_label = _label()
        for label in (self.worse_label, self.support_label):
            font = label.font()
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("dashboard-summary-table")
        self.table.setAccessibleName(self.tr("Floor and teams"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.notes_label = _label("muted")
        for widget in (self.worse_label, self.support_label, self.window_label):
            box.addWidget(widget)
        box.addWidget(self.table, 1)
        box.addWidget(self.notes_label)

    def show_texts(self, texts: SummaryTexts) -> None:
        self.window_label.setText(texts.window)
        self.worse_label.setText(texts.worse)
        self.support_label.setText(texts.support)
        self.notes_label.setText("\n".join(texts.notes))
        self.table.clear()
        self.table.setColumnCount(len(texts.header))
        self.table.setHorizontalHeaderLabels(list(texts.header))
        self.table.setRowCount(len(texts.rows))
        worse = verdict_text(Verdict.WORSE)
        for r, row in enumerate(texts.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c <= 1 and r == 0:  # the whole floor
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if c == 1 and text == worse:
                    item.setForeground(QColor(WARN))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 10)  # the measures' names wrap on 2-3 lines
        self.table.resizeRowsToContents()

    def cell_texts(self) -> list[list[str]]:
        """The table as shown (for tests and screen readers' checks)."""
        rows = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.table.columnCount())]
            rows.append(["" if item is None else item.text() for item in items])
        return rows
