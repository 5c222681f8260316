"""The council page: a table of measures × centres (and combined) for a quarter, with intervals and
hidden cells marked, shares shaded as a heat map, the trend over quarters, and CSV/PDF export.

Every number comes from :meth:`CouncilDesk.view`, the same view ``council report --json`` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.council.exports import cell_text, columns, write_csv, write_pdf
from wellcare.council.service import CouncilDesk
from wellcare.ui.dashboard.charts import ChartView
from wellcare.ui.file_dialogs import save_file_name

HIDDEN_BG = QColor("#eceff0")
HEAT = QColor(214, 90, 49)


class CouncilPage(QWidget):
    def __init__(self, desk: CouncilDesk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.language = language
        self.view: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._title())
        layout.addLayout(self._controls())
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Measures by centre"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 3)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.chart = ChartView(self.tr("Trend over quarters"), self)
        layout.addWidget(self.chart, 2)
        self.refresh()

    def _title(self) -> QLabel:
        title = QLabel(self.desk.store.name() or self.tr("Council statistics"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        return title

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Quarter:"), self))
        self.quarter = QComboBox(self)
        self.quarter.setAccessibleName(self.tr("Quarter"))
        self.quarter.currentIndexChanged.connect(self._fill_table)
        row.addWidget(self.quarter)
        row.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        return row

    def refresh(self) -> None:
        self.view = self.desk.view()
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for q in self.view["quarters"]:
            self.quarter.addItem(q, q)
        self.quarter.setCurrentIndex(len(self.view["quarters"]) - 1)
        self.quarter.blockSignals(False)
        has_data = bool(self.view["quarters"])
        self.csv_button.setEnabled(has_data)
        self.pdf_button.setEnabled(has_data)
        self._fill_table()
        self._fill_legend()
        self.chart.set_drawer(self._draw_trends if has_data else None)

    def _fill_table(self) -> None:
        view, lang = self.view, self.language
        cols = columns(view, lang)
        collected = [m for m in view["measures"] if m["collected"]]
        self.table.clear()
        self.table.setColumnCount(len(cols))
        self.table.setRowCount(len(collected))
        self.table.setHorizontalHeaderLabels([name for _, name in cols])
        self.table.setVerticalHeaderLabels([m["name"].get(lang, m["name"]["en"]) for m in collected])
        index = self.quarter.currentIndex()
        if index < 0:
            return
        for r, m in enumerate(collected):
            for c, (cid, _) in enumerate(cols):
                cell = view["quarterly"][m["id"]][cid][index]
                item = QTableWidgetItem(cell_text(cell, m["kind"], lang))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell["state"] == "hidden":
                    item.setBackground(QBrush(HIDDEN_BG))
                    item.setToolTip(self.tr("Hidden by the centre, or by the council because a centre's number "
                                            "is hidden"))
                elif cell["state"] == "shown" and m["kind"] == "share":
                    shade = QColor(HEAT)
                    shade.setAlphaF(min(0.85, 0.1 + cell["value"]))
                    item.setBackground(QBrush(shade))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_legend(self) -> None:
        lang = self.language
        missing = [m["name"].get(lang, m["name"]["en"]) for m in self.view["measures"] if not m["collected"]]
        definition = self.view["definition"]
        self.legend.setText(
            self.tr("Definition %1, version %2. Brackets: 95% interval. Grey: hidden (a small group, or one that "
                    "would let a small group be worked out; a combined number is hidden when any centre's is). "
                    "Quarters add up only the weeks shown (≥: some weeks hidden). Not collected: %3.")
            .replace("%1", definition["id"]).replace("%2", str(definition["version"]))
            .replace("%3", ", ".join(missing))
            + (" " + self.tr("EAP rows count fixed 4-week blocks (never single weeks): a quarter holds the blocks "
                             "that end in it, and only blocks a centre's report covers whole and that are over.")
               if any(m.get("per") == "4-week block" for m in self.view["measures"]) else "")
        )

    def _draw_trends(self, _plot: Any, figure: Any) -> None:
        from wellcare.council.charts import configure_fonts, draw_trends

        configure_fonts()
        figure.clear()
        names = {m["id"]: m["name"].get(self.language, m["name"]["en"]) for m in self.view["measures"]}
        draw_trends(figure, self.view, names, dict(columns(self.view, self.language)))

    def _export(self, suffix: str) -> Path | None:
        pattern = self.tr("CSV files (*.csv)") if suffix == "csv" else self.tr("PDF files (*.pdf)")
        name, _ = save_file_name(self, self.tr("Export"), f"wellcare-council.{suffix}", pattern)
        if not name:
            return None
        path = Path(name)
        self.export_to(path)
        return path

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() == ".pdf":
            write_pdf(path, self.view, self.desk.store.name(), self.language)
        else:
            write_csv(path, self.view, self.language)
