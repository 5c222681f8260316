"""The coordinator's dashboard: filters, four charts, the numbers, CSV and PDF export.

Everything shown comes from one :class:`~wellcare.aggregates.report.AggregateReport`, so the
screen, the CSV and the PDF hide exactly the same cells. Filters are a range of weeks and one
team (or the whole floor); a team that cannot be shown on its own is refused with the reason.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellcare.aggregate_format.schema import NONE
from wellcare.aggregates.report import BAND_FIELDS, FIELDS, HEAT_METRICS, AggregateReport, periods_between
from wellcare.aggregates.report_files import CSV_HEADER, report_rows
from wellcare.aggregates.summary import SUMMARY_WINDOW, build_summary
from wellcare.aggregates.team_windows import preferred_window
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.ui import locale_format as fmt
from wellcare.ui.dashboard.charts import ChartView
from wellcare.ui.dashboard.summary_text import SummaryTexts, summary_texts
from wellcare.ui.dashboard.summary_view import SummaryView
from wellcare.ui.dashboard.texts import eap_kind, eap_status, metric_name, refused_text
from wellcare.ui.file_dialogs import save_file_name
from wellcare.ui.privacy.labels import category_name, field_name, field_short, unit_name
from wellcare.ui.theme import heading
from wellcare.ui.wrap import FlowLayout

COUNT_METRIC = "contributors"


def _row(*widgets: QWidget) -> QWidget:
    """Controls that belong together and wrap as one piece."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for widget in widgets:
        layout.addWidget(widget)
    return row


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "muted")
    return label


class DashboardPage(QWidget):
    def __init__(self, data: DashboardData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.report: AggregateReport | None = None
        self._loading = False
        self._count = -1
        self.setAccessibleName(self.tr("Floor dashboard"))
        settings = data.settings
        self.minimum = settings.min_group_size

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Floor dashboard"), scale=1.4))

        layout.addLayout(self._build_filters())

        epsilon = settings.epsilon
        self.info = _muted(
            self.tr(
                "Estimates from randomized summaries (ε = %1 per counselor per week; each week's summary answers one "
                "question with all of it), with 95% intervals. N = summaries in the group that week; groups under %n "
                "people are hidden, and so is any number that would let one be worked out.",
                "",
                self.minimum,
            )
            .replace("%1", fmt.decimal(epsilon, 2))
        )
        layout.addWidget(self.info)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.setObjectName("dashboard-warning")
        self.warning.hide()
        layout.addWidget(self.warning)

        layout.addWidget(self._build_tabs(), 1)

        self._fill_filters()
        self.first.currentIndexChanged.connect(self._filters_changed)
        self.last.currentIndexChanged.connect(self._filters_changed)
        self.unit.currentIndexChanged.connect(self._filters_changed)
        self.band_field.currentIndexChanged.connect(self._draw_bands)
        self.heat_metric.currentIndexChanged.connect(self._draw_heat)
        self.heat_window.currentIndexChanged.connect(self._draw_heat)
        self.heat_window.activated.connect(self._pick_window)
        self.refresh_button.clicked.connect(self.reload)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.pdf_button.clicked.connect(self.export_pdf_dialog)
        self.rebuild()

    def _build_filters(self) -> FlowLayout:
        """Which weeks and team, and the refresh and export buttons."""
        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("First week"))
        self.last = QComboBox()
        self.last.setAccessibleName(self.tr("Last week"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Team"))
        self.unit.setMinimumContentsLength(10)
        weeks = _row(QLabel(self.tr("Weeks")), self.first, QLabel("–"), self.last)
        team = _row(QLabel(self.tr("Team")), self.unit)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        filters = FlowLayout()  # wraps at large text instead of squeezing the buttons
        for widget in (weeks, team, self.refresh_button, self.csv_button, self.pdf_button):
            filters.addWidget(widget)
        return filters

    def _build_tabs(self) -> QTabWidget:
        """Wellbeing, teams by week, hard calls and breaks, EAP requests, and the numbers as a table."""
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        # the three questions first
        self.summary = SummaryView()
        self.tabs.addTab(self.summary, self.tr("Summary"))
        # wellbeing
        self.band_field = QComboBox()
        self.band_field.setAccessibleName(self.tr("Measure"))
        for field in BAND_FIELDS:
            self.band_field.addItem(field_name(field), field)
        self.band_chart = ChartView(self.tr("Estimated share in each band per week"))
        self.tabs.addTab(self._tab(self.band_field, self.band_chart), self.tr("Wellbeing and stress"))
        # teams × weeks
        self.heat_metric = QComboBox()
        self.heat_metric.setAccessibleName(self.tr("Shown in the cells"))
        self.heat_metric.addItem(metric_name(COUNT_METRIC), COUNT_METRIC)
        for metric in HEAT_METRICS:
            self.heat_metric.addItem(metric_name(metric.key), metric.key)
        self.heat_window = QComboBox()  # single weeks or pooled windows (too noisy weeks: windows first)
        self.heat_window.setAccessibleName(self.tr("Columns"))
        for text, weeks in ((self.tr("Single weeks"), 1), (self.tr("4-week windows"), 4),
                            (self.tr("Quarters (13 weeks)"), 13)):
            self.heat_window.addItem(text, weeks)
        self._window_chosen = False  # the coordinator picked one: keep it across filter changes
        self.heat_chart = ChartView(self.tr("Teams by week"))
        self.tabs.addTab(self._tab(self.heat_metric, self.heat_chart, self.heat_window), self.tr("Teams × weeks"))
        # rates
        self.rate_chart = ChartView(self.tr("Hard calls and breaks per week"))
        self.tabs.addTab(self._tab(None, self.rate_chart), self.tr("Hard calls and breaks"))
        # EAP
        self.eap_chart = ChartView(self.tr("EAP requests by kind and status"))
        self.tabs.addTab(self._tab(None, self.eap_chart), self.tr("EAP requests"))
        # numbers
        self.table = QTableWidget(0, 7)
        self.table.setTabKeyNavigation(False)  # arrows move in the table; Tab leaves it
        self.table.setObjectName("dashboard-numbers")
        self.table.setHorizontalHeaderLabels(self.number_header())
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.table, self.tr("Numbers"))
        return self.tabs

    def _tab(self, selector: QComboBox | None, chart: ChartView, *more: QComboBox) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        if selector is not None:
            row = QHBoxLayout()
            for widget in (selector, *more):
                row.addWidget(widget)
            row.addStretch(1)
            box.addLayout(row)
        box.addWidget(chart, 1)
        return page

    # -- filters -----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        self._loading = True
        try:
            have = self.data.periods()
            first_default, last_default = self.data.default_range()
            start = min([first_default, *have[:1]])
            end = max([last_default, *have[-1:], self.data.current_week()])  # this week: EAP requests so far
            weeks = periods_between(start, end)
            keep_first, keep_last = self.first.currentData(), self.last.currentData()
            keep_unit = self.unit.currentData()
            for combo in (self.first, self.last):
                combo.clear()
                for week in weeks:
                    combo.addItem(fmt.week(week), week)  # "Week of 23 Feb 2026"; the data stays the ISO week
            self.first.setCurrentIndex(max(self.first.findData(keep_first or first_default), 0))
            self.last.setCurrentIndex(max(self.last.findData(keep_last or last_default), 0))
            self.unit.clear()
            self.unit.addItem(self.tr("Whole floor"), None)
            for unit in self.data.units():
                self.unit.addItem(unit_name(unit), unit)
            self.unit.setCurrentIndex(max(self.unit.findData(keep_unit), 0))
        finally:
            self._loading = False

    def _filters_changed(self) -> None:
        if not self._loading:
            self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data.store.count() != self._count:  # new summaries were imported meanwhile
            self.reload()

    def reload(self) -> None:
        """Re-read the store (new weeks, new units) and rebuild."""
        self._fill_filters()
        self.rebuild()

    def select(self, first: str | None = None, last: str | None = None, unit: str | None = "") -> None:
        """Set filters programmatically (tests, scripts); ``unit`` "" leaves it as it is."""
        self._loading = True
        try:
            if first is not None:
                self.first.setCurrentIndex(self.first.findData(first))
            if last is not None:
                self.last.setCurrentIndex(self.last.findData(last))
            if unit != "":
                self.unit.setCurrentIndex(self.unit.findData(unit))
        finally:
            self._loading = False
        self.rebuild()

    def rebuild(self) -> None:
        first, last = self.first.currentData(), self.last.currentData()
        if first is None or last is None:
            return
        if first > last:
            first, last = last, first
        self._count = self.data.store.count()
        self.report = self.data.report(first, last, self.unit.currentData(), windows=SUMMARY_WINDOW)
        self._show_warning()
        if not self._window_chosen:
            self.heat_window.setCurrentIndex(self.heat_window.findData(preferred_window(self.report)))
        self.summary.show_texts(self.summary_texts())
        self._draw_bands()
        self._draw_heat()
        self.rate_chart.set_drawer(lambda plot, fig: plot.draw_rates(fig, self._report(), self.chart_texts(plot),
                                                                      self._font_pt()))
        self.eap_chart.set_drawer(lambda plot, fig: plot.draw_eap(fig, self._report().eap, self.chart_texts(plot),
                                                                   self._font_pt()))
        self._fill_numbers()
        has_data = any(w.n is not None for w in self.report.weeks)
        self.csv_button.setEnabled(has_data)
        self.pdf_button.setEnabled(has_data)

    def summary_texts(self) -> SummaryTexts:
        """The Summary's words (the tab and the PDF's first page)."""
        report = self._report()
        summary = report.summary or build_summary(self.data.store, report)
        return summary_texts(summary, report.eap)

    def _report(self) -> AggregateReport:
        assert self.report is not None
        return self.report

    def _font_pt(self) -> float:
        return self.font().pointSizeF() or 10.0

    def _show_warning(self) -> None:
        report = self._report()
        if not self.data.periods():
            text = self.tr("No anonymous summaries have arrived yet. They come in after each week ends, from "
                           "counselors who chose to share.")
        elif report.filter_refused:
            text = refused_text(self.minimum)
        elif all(w.n is None for w in report.weeks):
            text = self.tr("None of these weeks has summaries from at least %n people.", "", self.minimum)
        else:
            text = ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _draw_bands(self) -> None:
        field = self.band_field.currentData()
        self.band_chart.set_drawer(
            lambda plot, fig: plot.draw_wellbeing(fig, self._report(), field, self.chart_texts(plot), self._font_pt())
        )

    def _pick_window(self) -> None:
        self._window_chosen = True

    def _draw_heat(self) -> None:
        metric, weeks = self.heat_metric.currentData(), self.heat_window.currentData()
        if self.report is None:
            return
        # every team whatever the unit filter: picking a team leaves the heat map as it is drawn
        key = (metric, weeks, self.report.periods, self._count, self._font_pt())

        def draw(plot: ModuleType, fig: Any) -> None:
            from wellcare.ui.dashboard.heat_windows import draw_heat_windows, window_table

            table = window_table(self._report(), weeks) if weeks != 1 else None
            if table is None:
                plot.draw_heat(fig, self._report(), metric, self.chart_texts(plot), self._font_pt())
            else:
                draw_heat_windows(fig, table, metric, self.chart_texts(plot), self._font_pt())

        self.heat_chart.set_drawer(draw, key)

    # -- words for the charts --------------------------------------------------------------------------
    def chart_texts(self, plot: ModuleType) -> Any:
        minimum = self.minimum
        return plot.Texts(
            field_name=field_name,
            category_name=category_name,
            unit_name=unit_name,
            metric_name=metric_name,
            eap_kind=eap_kind,
            eap_status=eap_status,
            share_axis=self.tr("Share of summaries"),
            interval_note=self.tr("Shaded: 95% interval. ε = %1 per question. N under each week: summaries in the "
                                  "group."),
            hidden_week=self.tr("hidden"),
            hidden_cell=self.tr("hidden"),
            at_least=self.tr("≥ %1"),
            hidden_legend=self.tr("Hatched: hidden, because the group has fewer than %n people or because it would "
                                  "let such a group be worked out. “≥”: some weeks of the range are hidden and not "
                                  "counted.", "", minimum),
            eap_legend=self.tr("Hatched: hidden, because the group has fewer than %n people or because it would "
                               "let such a group be worked out. “≥”: some 4-week blocks are hidden and not "
                               "counted.", "", minimum),
            rates_note=self.tr("Counted from the ranges sent: hard calls 0, 1, 2–4, 5+ as 0, 1, 3, 5; breaks 0, 1–9, "
                               "10–24, 25+ as 0, 5, 17, 25. The open top range makes these, if anything, too low."),
            hard_calls_title=self.tr("Hard calls per 100 counselor-weeks"),
            breaks_title=self.tr("Breaks taken per counselor-week"),
            eap_title=self.tr("EAP requests received in whole 4-week blocks, by kind and status"),
            eap_covered=self.tr("Counted: %1 (EAP requests are counted per fixed 4-week block, never per week)."),
            eap_left_out=self.tr("Left out: %1 (a 4-week block cut by the chosen weeks or not over yet)."),
            eap_no_block=self.tr("No 4-week block lies wholly in these weeks and is over, so no EAP request is "
                                 "counted (EAP requests are counted per fixed 4-week block, never per week)."),
            heat_title=self.tr("Teams by week"),
            total=self.tr("Total"),
            no_data=self.tr("No EAP inbox in this profile."),
            week_axis=self.tr("Week"),
            too_uncertain=self.tr("too uncertain"),
            window_title=self.tr("%1 · %2-week windows"),
            window_heat_title=self.tr("Teams by %1-week window"),
            window_heat_note=self.tr("Each column pools %1 weeks (dates: first and last week). A team's window adds up "
                                     "only its weeks that are shown; “3 of 4 weeks”: the others are hidden and left "
                                     "out. N: summaries in the weeks pooled."),
            weeks_of=self.tr("%1 of %2 weeks"),
            window_note=self.tr("Single weeks are too noisy here, so the weeks are pooled into windows. Points add up "
                                "to 100% in each window; bars: 95% interval. A gap: a week of the window is hidden."),
        )

    # -- numbers ----------------------------------------------------------------------------------------
    def number_header(self) -> list[str]:
        return [self.tr("Week"), self.tr("Measure"), self.tr("Category"), self.tr("Estimate"),
                self.tr("95% interval"), self.tr("N"), self.tr("ε")]

    def number_rows(self) -> list[list[str]]:
        """The filter's estimates as text rows: every one with its N and ε beside it."""
        report = self._report()

        def pct(v: float) -> str:
            return fmt.percent(v * 100)

        def num(v: float) -> str:
            return fmt.decimal(v, 1)

        def eps(values: tuple[float, ...]) -> str:
            return " / ".join(fmt.decimal(e, 3) for e in values)

        rows: list[list[str]] = []
        for i, week in enumerate(report.weeks):
            label = fmt.day(fmt.monday_of(week.period), weekday=False)  # the week by its Monday
            if week.n is None:
                rows.append([label, self.tr("All measures"), "", "", self.tr("hidden"),
                             "", ""])
                continue
            for field in FIELDS:
                w = report.bands[field][i]
                for s in w.shares:
                    rows.append([label, field_short(field), category_name(field, s.category), pct(s.share),
                                 f"{pct(s.low)} – {pct(s.high)}", str(w.n), eps(w.epsilon)])
            for title, rate in ((self.tr("Hard calls per 100 counselor-weeks"), report.hard_calls_per_100[i]),
                                (self.tr("Breaks taken per counselor-week"), report.breaks_per_week[i])):
                if rate.value is not None and rate.low is not None and rate.high is not None:
                    rows.append([label, title, "", num(rate.value), f"{num(rate.low)} – {num(rate.high)}",
                                 str(rate.n), eps(rate.epsilon)])
        return rows

    def _fill_numbers(self) -> None:
        rows = self.number_rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # -- export -----------------------------------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        name, _ = save_file_name(self, title, suggested, pattern)
        return Path(name) if name else None

    def _suggested(self, suffix: str) -> str:
        report = self._report()
        unit = report.unit if report.unit not in (None, NONE) else "all"
        return f"wellcare-floor-{report.periods[0]}-{report.periods[-1]}-{unit}.{suffix}".replace(" ", "_")

    def export_csv_dialog(self) -> Path | None:
        path = self._ask_path(self.tr("Export CSV"), self._suggested("csv"), self.tr("CSV files (*.csv)"))
        return self._exported(path, self.export_csv) if path is not None else None

    def export_pdf_dialog(self) -> Path | None:
        path = self._ask_path(self.tr("Export PDF"), self._suggested("pdf"), self.tr("PDF files (*.pdf)"))
        return self._exported(path, self.export_pdf) if path is not None else None

    def _exported(self, path: Path, write: Callable[[Path], None]) -> Path | None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The file could not be written: %s") % (exc.strerror or exc))
            return None
        return path

    def export_csv(self, path: Path) -> None:
        """The report's rows (ids for scripts, translated labels beside them), hidden cells left empty."""
        header = (*CSV_HEADER, self.tr("Measure"), self.tr("Category"), self.tr("Team"))
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for row in report_rows(self._report()):
                field, category, unit = str(row[3]), str(row[4]), str(row[2])
                label = field_name(field) if field in FIELDS else metric_name(field)
                if row[0] == "eap_requests":
                    every = self.tr("All")
                    label = every if field == "all" else eap_kind(field)
                    cat_label = every if category == "all" else eap_status(category)
                else:
                    cat_label = category_name(field, category) if category else ""
                writer.writerow((*row, label, cat_label, "" if unit == "all" else unit_name(unit)))

    def pdf_cover(self) -> list[str]:
        """The report's title, weeks and team, then its notes (ε, minimum group, N): the PDF's first page."""
        report = self._report()
        settings = report.settings
        team = self.unit.currentText()
        first, last = (fmt.day(fmt.monday_of(p), weekday=False) for p in (report.periods[0], report.periods[-1]))
        cover = [
            self.tr("WellCare floor report"),
            self.tr("Weeks of %1 to %2 · %3").replace("%1", first).replace("%2", last).replace("%3", team),
            self.tr("Estimates from randomized anonymous summaries, with 95% intervals; ε = %1 per counselor per "
                    "week.").replace("%1", fmt.decimal(settings.epsilon, 2)),
            self.tr("Groups under %n people are hidden, and so is any number that would let one be worked out.", "",
                    self.minimum),
            self.tr("N beside each estimate: summaries in the group that week. Screening bands, not diagnoses."),
        ]
        if report.generated_at is not None:
            cover.append(self.tr("Made on %s") % fmt.day_time(report.generated_at))
        if self.warning.isVisible():
            cover.append(self.warning.text())
        return cover

    def export_pdf(self, path: Path) -> None:
        """The one-page summary first (with the report's heading and notes), then the details."""
        from wellcare.ui.dashboard import plot
        from wellcare.ui.dashboard.summary_page import summary_figures

        report = self._report()
        cover = self.pdf_cover()
        plot.write_pdf(path, report, self.chart_texts(plot), cover, self.number_rows(), self.number_header(),
                       summary_figures(self.summary_texts(), cover))
