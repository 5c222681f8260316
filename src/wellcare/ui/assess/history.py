"""My trends: each self-check over time (chart and table), the daily mood, and Export….

Exports are written only where the counselor chooses in a file dialog, as CSV or PDF.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.assess.export import ExportWords, csv_bytes, export_target, format_value, history_rows, save_export
from wellcare.assess.store import StoredResult
from wellcare.assess.trends import Trend, charted_keys, instrument_trend, mood_trend
from wellcare.ui import locale_format as fmt
from wellcare.ui.assess.chart import TrendChart
from wellcare.ui.assess.env import AssessEnv
from wellcare.ui.assess.result_view import ResultView
from wellcare.ui.assess.texts import mood_label, screening_note, tag_label
from wellcare.ui.assess.widgets import button, label, refit
from wellcare.ui.file_dialogs import save_file_name
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import heading

log = logging.getLogger(__name__)
MOOD = "__mood__"


class ResultDialog(QDialog):
    """A stored result, read again from the history."""

    def __init__(self, stored: StoredResult, env: AssessEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        instrument = env.catalog.get(stored.instrument_id)
        self.setWindowTitle(instrument.short_name.get(env.lang))
        self.resize(720, 620)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(24, 20, 24, 20)
        self.view = ResultView(
            stored,
            instrument,
            env.lang,
            env.links,
            env.lines,
            set_recheck=env.set_recheck,
            recheck_at=env.recheck_at(stored.instrument_id),
            done_text=self.tr("Close"),
        )
        self.view.done.connect(self.accept)
        inner.addWidget(self.view)
        area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)


class HistoryPage(QWidget):
    def __init__(self, env: AssessEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.dialog: ResultDialog | None = None
        self._results: list[StoredResult] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("My trends")))
        layout.addWidget(
            label(
                self.tr("How your self-checks and daily mood move over time. The shaded bands are the result ranges.")
            )
        )
        controls = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Show"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)  # long instrument names must not widen the page
        self.choice.currentIndexChanged.connect(self._show_choice)
        controls.addWidget(label(self.tr("Show:")))
        controls.addWidget(self.choice, 1)
        self.export_button = button(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)
        self.empty_note = label(
            self.tr("Nothing here yet. Take a self-check or a quick check-in, and your results will appear here.")
        )
        layout.addWidget(self.empty_note)
        self.chart = TrendChart(env.lang)
        layout.addWidget(self.chart, 3)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.cellActivated.connect(self._open_row)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout.addWidget(self.table, 2)
        self.open_hint = label(self.tr("Double-click a result (or press Enter) to read it again."), role="muted")
        layout.addWidget(self.open_hint)
        self.status = label(role="muted")
        self.status.hide()
        layout.addWidget(self.status)
        self.refresh()

    # -- content ---------------------------------------------------------------------------------
    def choices(self) -> list[str]:
        return [str(self.choice.itemData(i)) for i in range(self.choice.count())]

    def refresh(self) -> None:
        store, lang = self.env.store, self.env.lang
        current = self.choice.currentData()
        taken = {s.instrument_id: s.completed_at for s in store.results()}
        has_mood = bool(store.checkins())
        self.choice.blockSignals(True)
        self.choice.clear()
        for instrument in self.env.instruments():
            if instrument.id in taken:
                self.choice.addItem(
                    f"{instrument.short_name.get(lang)} — {instrument.measures.get(lang)}", instrument.id
                )
        if has_mood:
            self.choice.addItem(self.tr("Daily mood (check-ins)"), MOOD)
        if current is None or self.choice.findData(current) < 0:
            latest = max(taken, key=lambda i: taken[i]) if taken else (MOOD if has_mood else None)
            current = latest
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)
        empty = self.choice.count() == 0
        self.empty_note.setVisible(empty)
        for widget in (self.chart, self.table, self.open_hint, self.choice, self.export_button):
            widget.setVisible(not empty)
        self._show_choice()
        refit(self)

    def show_choice(self, key: str) -> None:
        index = self.choice.findData(key)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    def _show_choice(self) -> None:
        key = self.choice.currentData()
        if key is None:
            self.chart.set_trend(None)
            self.table.setRowCount(0)
            return
        if key == MOOD:
            self._show_mood()
        else:
            self._show_instrument(str(key))

    def _show_instrument(self, instrument_id: str) -> None:
        instrument = self.env.catalog.get(instrument_id)
        lang = self.env.lang
        self._results = self.env.store.results(instrument_id)
        self.chart.set_trend(instrument_trend(instrument, self._results, lang))
        keys = charted_keys(instrument)
        self.table.setColumnCount(1 + 2 * len(keys) if len(keys) > 1 else 3)
        headers = [self.tr("Date")]
        for key in keys:
            name = instrument.score_rule(key).label.get(lang)
            headers += [name, self.tr("Result")] if len(keys) > 1 else [self.tr("Score"), self.tr("Result")]
        self.table.setHorizontalHeaderLabels(headers[: self.table.columnCount()])
        self.table.setRowCount(len(self._results))
        for row, stored in enumerate(reversed(self._results)):  # newest first
            cells = [fmt.day_time(stored.completed_at)]
            for key in keys:
                value = stored.result.scores.get(key)
                band_id = stored.result.bands.get(key)
                band = instrument.band(key, band_id, stored.result.sex).label.get(lang) if band_id else ""
                cells += ["" if value is None else format_value(float(value)), band]
            for column, text in enumerate(cells[: self.table.columnCount()]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, stored.id)
                self.table.setItem(row, column, item)
        self.open_hint.setVisible(bool(self._results))

    def _show_mood(self) -> None:
        checkins = self.env.store.checkins()
        self._results = []
        self.chart.set_trend(mood_trend(checkins, self.tr("Daily mood"), self.tr("Mood (1–5)")))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Mood"), self.tr("Tags")])
        self.table.setRowCount(len(checkins))
        for row, checkin in enumerate(reversed(checkins)):
            cells = [
                fmt.day_time(checkin.at),
                f"{checkin.mood} · {mood_label(checkin.mood)}",
                ", ".join(tag_label(t) for t in checkin.tags),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.open_hint.setVisible(False)

    def trend(self) -> Trend | None:
        return self.chart._trend

    def _open_row(self, row: int, _column: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        stored = self.env.store.result(int(item.data(Qt.ItemDataRole.UserRole)))
        if stored is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ResultDialog(stored, self.env, self)
        self.dialog.show()

    # -- export ----------------------------------------------------------------------------------
    def _words(self) -> ExportWords:
        return ExportWords(
            header=[
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Record"),
                self.tr("Measure"),
                self.tr("Value"),
                self.tr("Result"),
                self.tr("Questionnaire version"),
                self.tr("Tags"),
            ],
            checkin=self.tr("Check-in"),
            mood=self.tr("Mood (1–5)"),
            mood_label=mood_label,
            tag_label=tag_label,
        )

    def export(self) -> None:
        csv_filter, pdf_filter = self.tr("CSV spreadsheet (*.csv)"), self.tr("PDF document (*.pdf)")
        path_text, chosen = save_file_name(
            self, self.tr("Export my history"), "wellcare-history.csv", f"{csv_filter};;{pdf_filter}", csv_filter
        )
        if not path_text:
            return
        path, as_pdf = export_target(Path(path_text), "*.pdf" in chosen)
        try:
            data = self._pdf() if as_pdf else self._csv()
            save_export(path, data)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Export my history"), self.tr("The file could not be written: %s") % exc)
            return
        log.info("history exported (%s)", "pdf" if as_pdf else "csv")
        self.status.setText(self.tr("Saved your history to %s.") % str(path))
        self.status.show()
        refit(self)

    def _rows(self) -> list[list[str]]:
        store = self.env.store
        return history_rows(self.env.catalog, store.results(), store.checkins(), self.env.lang, self._words())

    def _csv(self) -> bytes:
        return csv_bytes(self._words().header, self._rows())

    def _pdf(self) -> bytes:
        from wellcare.ui.assess import plot  # matplotlib, only now

        store, lang = self.env.store, self.env.lang
        words = self._words()
        sections: list[plot.PdfSection] = []
        all_rows = self._rows()
        header = [words.header[0], words.header[1], words.header[3], words.header[4], words.header[5]]
        for instrument in self.env.instruments():
            results = store.results(instrument.id)
            if not results:
                continue
            name = instrument.short_name.get(lang)
            rows = [[r[0], r[1], r[3], r[4], r[5]] for r in all_rows if r[2] == name]
            sections.append(plot.PdfSection(instrument_trend(instrument, results, lang), header, rows))
        checkins = store.checkins()
        if checkins:
            rows = [[r[0], r[1], r[4], r[5], r[7]] for r in all_rows if r[2] == words.checkin]
            mood_header = [words.header[0], words.header[1], words.mood, words.header[5], words.header[7]]
            sections.append(plot.PdfSection(mood_trend(checkins, self.tr("Daily mood"), words.mood), mood_header, rows))
        now = self.env.clock.now()
        intro = [self.tr("Exported on %s.") % fmt.day_time(now), screening_note()]
        return plot.pdf_bytes(self.tr("My WellCare self-check history"), intro, sections, lang)
