"""Drawing the dashboard with matplotlib: the on-screen canvases and the PDF report.

Imported only when a chart is first shown or a PDF is written (matplotlib costs ~0.6 s and
~67 MiB), never at start. PySide6 is imported first, so matplotlib's Qt backend binds to it.
No pyplot: figures are plain Figure objects. A Hangul-capable font is put first in the
sans-serif list, so Korean labels render as text, never as boxes.

What is hidden stays hidden: a week under the minimum group size is a gap in the lines and
greyed; a hidden heat-map cell is hatched, never a number (nor why it is hidden).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: F401  (bind matplotlib's Qt backend to PySide6, not PyQt)
from matplotlib import colors as mcolors
from matplotlib import font_manager, rcParams
from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from wellcare.aggregate_format.schema import NONE
from wellcare.aggregates.report import BAND_FIELDS, FIELDS, HEAT_METRICS, AggregateReport, CountGrid, RateWeek
from wellcare.ui import locale_format as fmt
from wellcare.ui.theme import CHART_COLORS, MUTED, TEXT, WARN

KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans CJK JP", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")
FALLBACK_FONT = "DejaVu Sans"
HIDDEN_FACE = "#eceff0"
HIDDEN_EDGE = "#b7c1c3"
UNCERTAIN_FACE = (0.97, 0.97, 0.96, 1.0)  # a shown cell whose share is too uncertain to give
_LABEL_BOX = {"facecolor": HIDDEN_FACE, "edgecolor": "none", "pad": 1.5}
NONE_COLOR = "#98a4a0"
A4_LANDSCAPE = (11.69, 8.27)
COUNT_METRIC = "contributors"


def configure_fonts() -> list[str]:
    """Korean-capable sans-serif fonts first, DejaVu Sans as the fallback; returns the list set."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    families = [name for name in KOREAN_FONTS if name in installed] + [FALLBACK_FONT]
    rest = [f for f in rcParams["font.sans-serif"] if f not in families]
    rcParams["font.sans-serif"] = families + rest
    rcParams["font.family"] = ["sans-serif"]
    rcParams["axes.unicode_minus"] = False  # CJK fonts may lack U+2212
    return families


configure_fonts()


@dataclass(frozen=True)
class Texts:
    """Every word a chart shows, already translated by the page."""

    field_name: Callable[[str], str]
    category_name: Callable[[str, str], str]
    unit_name: Callable[[str], str]
    metric_name: Callable[[str], str]
    eap_kind: Callable[[str], str]
    eap_status: Callable[[str], str]
    share_axis: str  # "Share of contributions"
    interval_note: str  # "Shaded: 95% interval. ε = %1 per question; N under each week."
    hidden_week: str  # "hidden"
    hidden_cell: str  # "hidden" (never why: that would tell the small count from its complement)
    at_least: str  # "≥ %1": an EAP range count that adds up only the blocks that show it
    hidden_legend: str  # legend text for hatched cells
    rates_note: str  # how the ranges are counted
    hard_calls_title: str
    breaks_title: str
    eap_title: str
    heat_title: str
    total: str
    no_data: str
    week_axis: str
    too_uncertain: str = "too uncertain"  # a heat-map share whose 95% interval is too wide (aggregates.display)
    window_title: str = "%1 · %2-week windows"  # the wellbeing chart over pooled windows
    window_note: str = ""
    eap_covered: str = "Counted: %1 (whole 4-week blocks)."  # %1: the weeks the EAP numbers cover
    eap_left_out: str = "Left out: %1."  # %1: weeks of the range in a block cut by the range or not over yet
    eap_no_block: str = "No whole 4-week block that is over lies in these weeks."
    eap_legend: str = ""  # the hatched-cell legend for the EAP grid ("≥": some 4-week blocks hidden)
    window_heat_title: str = "Teams by %1-week window"  # the heat map over pooled windows (ui.dashboard.heat_windows)
    window_heat_note: str = ""  # says what a column is
    weeks_of: str = "%1 of %2 weeks"  # a window that pools only some of its weeks


def new_canvas() -> FigureCanvasQTAgg:
    figure = Figure(figsize=(8, 5), layout="constrained")
    figure.set_facecolor("white")
    return FigureCanvasQTAgg(figure)


def _week_labels(periods: Sequence[str], ns: Sequence[int | None]) -> list[str]:
    """Each week by its Monday ("Feb 23" / "2월 23일"), N below, and the year on a third line under
    the first week and where it changes (inline it made the first label collide with the next)."""
    labels, shown_year = [], None
    for period, n in zip(periods, ns, strict=True):
        monday = fmt.monday_of(period)
        label = f"{fmt.chart_day(monday)}\n" + (f"N {fmt.integer(n)}" if n is not None else "–")
        if monday.year != shown_year:
            label += f"\n{fmt.year(monday)}"
        labels.append(label)
        shown_year = monday.year
    return labels


def _style(ax: Axes, font_pt: float) -> None:
    ax.tick_params(labelsize=font_pt * 0.85, colors=TEXT)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(MUTED)
    ax.spines["bottom"].set_color(MUTED)
    ax.grid(axis="y", color="#e3e8e6", linewidth=0.8)
    ax.set_axisbelow(True)


def _epsilon_text(values: Sequence[Sequence[float]]) -> str:
    found = sorted({round(e, 3) for group in values for e in group})
    return " / ".join(f"{e:g}" for e in found) if found else "–"


def _footnote(figure: Figure, text: str, font_pt: float) -> None:
    """A note under the axes, with room kept for it (constrained layout ignores figure texts)."""
    size = font_pt * 0.8
    width_pt = sum(1.0 if ord(ch) >= 0x2E80 else 0.56 for ch in text) * size  # CJK glyphs are a full em
    lines = max(1, math.ceil(width_pt / (figure.get_figwidth() * 72 * 0.97)))
    height_in = figure.get_figheight()
    reserve = min(0.25, (lines * size * 1.3 + 8) / 72 / height_in)
    engine = figure.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(rect=(0, reserve, 1, 1 - reserve))
    pad = float(engine.get().get("w_pad", 0.0)) if engine is not None and hasattr(engine, "get") else 0.0
    x, y = max(0.01, pad / figure.get_figwidth()), max(0.01, pad / 2 / height_in)  # inside a PDF page's margin
    figure.text(x, y, text, fontsize=size, color=MUTED, ha="left", va="bottom", wrap=True)


def _hidden_weeks(ax: Axes, xs: Sequence[int], hidden: Sequence[bool], label: str, font_pt: float) -> None:
    for x, is_hidden in zip(xs, hidden, strict=True):
        if is_hidden:
            ax.axvspan(x - 0.45, x + 0.45, facecolor=HIDDEN_FACE, zorder=0, hatch="///", edgecolor=HIDDEN_EDGE,
                       linewidth=0)
            ax.text(x, 0.5, label, transform=ax.get_xaxis_transform(), ha="center", va="center", rotation=90,
                    fontsize=font_pt * 0.8, color=MUTED)


def draw_bands(figure: Figure, report: AggregateReport, field: str, texts: Texts, font_pt: float = 10.0) -> None:
    """Estimated share of each band per week, with its 95% interval as a shaded band."""
    figure.clear()
    ax = figure.add_subplot()
    _style(ax, font_pt)
    weeks = report.bands[field]
    xs = list(range(len(weeks)))
    hidden = [w.hidden for w in weeks]
    for i, category in enumerate(FIELDS[field]):
        ys, lows, highs = [], [], []
        for w in weeks:
            share = next((s for s in w.shares if s.category == category), None)
            ys.append(math.nan if share is None else share.share * 100)
            lows.append(math.nan if share is None else share.low * 100)
            highs.append(math.nan if share is None else share.high * 100)
        color = NONE_COLOR if category == NONE else CHART_COLORS[i % len(CHART_COLORS)]
        style = "--" if category == NONE else "-"
        ax.fill_between(xs, lows, highs, color=color, alpha=0.08 if category == NONE else 0.14, linewidth=0)
        ax.plot(xs, ys, color=color, marker="o", markersize=4, linewidth=1.5 if category == NONE else 2,
                linestyle=style, label=texts.category_name(field, category))
    _hidden_weeks(ax, xs, hidden, texts.hidden_week, font_pt)
    ax.set_ylim(0, 100)
    ax.set_xlim(-0.6, max(len(xs) - 0.4, 0.6))
    ax.yaxis.set_major_formatter(lambda v, _pos: fmt.percent(v))
    ax.set_xticks(xs, _week_labels([w.period for w in weeks], [w.n for w in weeks]))
    ax.set_ylabel(texts.share_axis, fontsize=font_pt * 0.9, color=TEXT)
    ax.set_title(texts.field_name(field), fontsize=font_pt * 1.15, color=TEXT, loc="left", fontweight="bold")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=font_pt * 0.85)
    _footnote(figure, texts.interval_note.replace("%1", _epsilon_text([w.epsilon for w in weeks])), font_pt)


def draw_wellbeing(figure: Figure, report: AggregateReport, field: str, texts: Texts, font_pt: float = 10.0) -> None:
    """Pooled windows where single weeks are too noisy (and windows exist), else the weekly lines."""
    from wellcare.ui.dashboard.pooled_plot import draw_pooled_bands, has_windows, weeks_too_noisy

    if has_windows(report, field) and weeks_too_noisy(report, field):
        draw_pooled_bands(figure, report, field, texts, font_pt)
    else:
        draw_bands(figure, report, field, texts, font_pt)


_RISK = mcolors.LinearSegmentedColormap.from_list("wellcare-risk", ["#f4faf7", "#f3dfb8", CHART_COLORS[1], WARN])
_COUNT = mcolors.LinearSegmentedColormap.from_list("wellcare-count", ["#f4faf7", "#a9d3c5", CHART_COLORS[0]])


def _cell_color(value: float, vmax: float, cmap: mcolors.Colormap = _RISK) -> tuple[float, float, float, float]:
    return cmap(min(max(value / vmax, 0.0), 1.0) if vmax > 0 else 0.0)


def draw_heat(figure: Figure, report: AggregateReport, metric: str, texts: Texts, font_pt: float = 10.0) -> None:
    """Units × weeks: colour = the metric's estimated share with its 95% interval (or N); hidden cells hatched;
    a share whose interval is too wide says "too uncertain" instead of a number.

    Cells are two patch collections (shown, hidden) and their labels stay out of the layout
    computation: a year of 25 teams is 1,300 cells, and one artist per cell would take seconds.
    """
    figure.clear()
    ax = figure.add_subplot()
    table = report.units
    n_rows, n_cols = len(table.units), len(table.periods)
    count = metric == COUNT_METRIC
    values: list[list[float | None]] = []
    intervals: dict[tuple[int, int], tuple[float, float]] = {}
    uncertain: set[tuple[int, int]] = set()
    for i in range(n_rows):
        row: list[float | None] = []
        for j in range(n_cols):
            cell = table.cells[i][j]
            if count:
                row.append(None if cell.n is None else float(cell.n))
            elif metric in cell.metrics:
                value = cell.metrics[metric]
                row.append(value.share)
                intervals[(i, j)] = (value.low, value.high)
                if value.uncertain:
                    uncertain.add((i, j))
            else:
                row.append(None)
        values.append(row)
    vmax = max((v for row in values for v in row if v is not None), default=1.0) if count else 1.0
    dense = n_rows * n_cols > 240
    small = font_pt * (0.72 if n_rows > 12 or n_cols > 12 else 0.82)
    shown_cells, faces, hidden_cells = [], [], []
    for i in range(n_rows):
        y = n_rows - 1 - i
        for j in range(n_cols):
            cell, value = table.cells[i][j], values[i][j]
            if value is None:
                hidden_cells.append(Rectangle((j, y), 1, 1))
                label = ax.text(j + 0.5, y + 0.5, texts.hidden_cell, ha="center", va="center",
                                fontsize=small, color=MUTED, bbox=None if dense else _LABEL_BOX)
                label.set_in_layout(False)
                continue
            low, high = intervals.get((i, j), (value, value))
            wide = not count and (i, j) in uncertain
            face = UNCERTAIN_FACE if wide else _cell_color(value, float(vmax), _COUNT if count else _RISK)
            shown_cells.append(Rectangle((j, y), 1, 1))
            faces.append(face)
            dark = mcolors.rgb_to_hsv(face[:3])[2] < 0.6
            if count:
                text = fmt.integer(int(value))
            elif wide:  # no number: its interval says nothing (aggregates.display)
                text = texts.too_uncertain.replace(" ", "\n", 1) if n_cols > 8 else texts.too_uncertain
            else:
                share = fmt.percent(value * 100)
                interval = f"{fmt.percent(low * 100)}–{fmt.percent(high * 100)}"
                n = "–" if cell.n is None else fmt.integer(cell.n)
                text = f"{share}\n{interval}" if n_cols > 16 else f"{share}\n{interval}\nN {n}"
            label = ax.text(j + 0.5, y + 0.5, text, ha="center", va="center", fontsize=small,
                            color="white" if dark else TEXT)
            label.set_in_layout(False)
    ax.add_collection(PatchCollection(shown_cells, facecolors=faces, edgecolors="white", linewidths=1))
    ax.add_collection(PatchCollection(hidden_cells, facecolors=HIDDEN_FACE, edgecolors=HIDDEN_EDGE, hatch="///",
                                      linewidths=0.5))
    ax.set_xlim(0, max(n_cols, 1))
    ax.set_ylim(0, max(n_rows, 1))
    ax.set_xticks([j + 0.5 for j in range(n_cols)],
                  _week_labels(table.periods, table.totals))
    ax.set_yticks([n_rows - 1 - i + 0.5 for i in range(n_rows)], [texts.unit_name(u) for u in table.units])
    ax.tick_params(labelsize=small, length=0, colors=TEXT)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(f"{texts.heat_title} · {texts.metric_name(metric)}", fontsize=font_pt * 1.1, color=TEXT,
                 loc="left", fontweight="bold")
    _footnote(figure, texts.hidden_legend, font_pt)


def _rate_axis(ax: Axes, rates: Sequence[RateWeek], title: str, color: str, texts: Texts, font_pt: float) -> None:
    _style(ax, font_pt)
    xs = list(range(len(rates)))
    ys = [math.nan if r.value is None else r.value for r in rates]
    lows = [math.nan if r.low is None else r.low for r in rates]
    highs = [math.nan if r.high is None else r.high for r in rates]
    ax.fill_between(xs, lows, highs, color=color, alpha=0.15, linewidth=0)
    ax.plot(xs, ys, color=color, marker="o", markersize=4, linewidth=2)
    _hidden_weeks(ax, xs, [r.hidden for r in rates], texts.hidden_week, font_pt)
    top = max((h for h in highs if not math.isnan(h)), default=1.0)
    ax.set_ylim(0, top * 1.1 if top > 0 else 1.0)
    ax.set_xlim(-0.6, max(len(xs) - 0.4, 0.6))
    ax.set_xticks(xs, _week_labels([r.period for r in rates], [r.n for r in rates]))
    ax.set_title(title, fontsize=font_pt * 1.05, color=TEXT, loc="left", fontweight="bold")


def draw_rates(figure: Figure, report: AggregateReport, texts: Texts, font_pt: float = 10.0) -> None:
    """Hard calls per 100 counselor-weeks, and breaks taken per counselor-week, with intervals."""
    figure.clear()
    top, bottom = figure.subplots(2, 1, sharex=True)
    _rate_axis(top, report.hard_calls_per_100, texts.hard_calls_title, WARN, texts, font_pt)
    _rate_axis(bottom, report.breaks_per_week, texts.breaks_title, CHART_COLORS[0], texts, font_pt)
    eps = _epsilon_text([r.epsilon for r in report.hard_calls_per_100])
    _footnote(figure, texts.interval_note.replace("%1", eps) + " " + texts.rates_note, font_pt)


def draw_eap(figure: Figure, grid: CountGrid | None, texts: Texts, font_pt: float = 10.0) -> None:
    """EAP requests by kind × status, totals included; hidden counts hatched, partial sums marked "≥"."""
    figure.clear()
    ax = figure.add_subplot()
    if grid is None:
        ax.axis("off")
        ax.text(0.5, 0.5, texts.no_data, ha="center", va="center", fontsize=font_pt, color=MUTED)
        return
    rows = [*grid.rows, None]
    cols = [*grid.cols, None]
    n_rows, n_cols = len(rows), len(cols)
    counts = [v for row in grid.cells for v in row if v is not None]
    vmax = max(counts, default=1)
    for r, kind in enumerate(rows):
        for c, status in enumerate(cols):
            if kind is None and status is None:
                value, partial = grid.total, grid.total_hidden_blocks > 0
            elif kind is None:
                value, partial = grid.col_totals[c], grid.col_partial[c]
            elif status is None:
                value, partial = grid.row_totals[r], grid.row_hidden_blocks[r] > 0
            else:
                value, partial = grid.cells[r][c], grid.hidden_blocks[r][c] > 0
            y = n_rows - 1 - r
            margin = kind is None or status is None
            if value is None:
                ax.add_patch(Rectangle((c, y), 1, 1, facecolor=HIDDEN_FACE, edgecolor=HIDDEN_EDGE, hatch="///",
                                       linewidth=0.5))
                ax.text(c + 0.5, y + 0.5, texts.hidden_cell, ha="center", va="center",
                        fontsize=font_pt * 0.85, color=MUTED, bbox=_LABEL_BOX)
                continue
            face = (1, 1, 1, 1) if margin else _cell_color(float(value), float(vmax), _COUNT)
            ax.add_patch(Rectangle((c, y), 1, 1, facecolor=face, edgecolor="#dbe5e1", linewidth=1))
            dark = mcolors.rgb_to_hsv(face[:3])[2] < 0.6
            text = texts.at_least.replace("%1", fmt.integer(value)) if partial else fmt.integer(value)
            ax.text(c + 0.5, y + 0.5, text, ha="center", va="center", fontsize=font_pt * 0.95,
                    color="white" if dark else TEXT, fontweight="bold" if margin else "normal")
    ax.set_xlim(0, n_cols)
    ax.set_ylim(0, n_rows)
    ax.set_xticks([c + 0.5 for c in range(n_cols)], [texts.total if s is None else texts.eap_status(s) for s in cols])
    ax.set_yticks([n_rows - 1 - r + 0.5 for r in range(n_rows)],
                  [texts.total if k is None else texts.eap_kind(k) for k in rows])
    ax.tick_params(labelsize=font_pt * 0.85, length=0, colors=TEXT)
    ax.xaxis.tick_top()
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_title(texts.eap_title, fontsize=font_pt * 1.1, color=TEXT, loc="left", fontweight="bold", pad=28)
    _footnote(figure, eap_coverage(grid, texts) + " " + (texts.eap_legend or texts.hidden_legend), font_pt)


def week_spans(periods: Sequence[str]) -> str:
    """Consecutive weeks as day spans: "5 Jan – 1 Feb 2026, 2 Mar – 15 Mar 2026"."""
    runs: list[list[str]] = []
    for p in periods:
        if runs and fmt.monday_of(p).toordinal() - fmt.monday_of(runs[-1][-1]).toordinal() == 7:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(
        f"{fmt.day(fmt.monday_of(r[0]), weekday=False)} – "
        f"{fmt.day(fmt.monday_of(r[-1]).fromordinal(fmt.monday_of(r[-1]).toordinal() + 6), weekday=False)}"
        for r in runs
    )


def eap_coverage(grid: CountGrid, texts: Texts) -> str:
    """Which weeks the EAP numbers cover, and which weeks of the range they leave out."""
    parts = [texts.eap_covered.replace("%1", week_spans(grid.covered)) if grid.covered else texts.eap_no_block]
    if grid.left_out:
        parts.append(texts.eap_left_out.replace("%1", week_spans(grid.left_out)))
    return " ".join(parts)


def plotted_lines(figure: Figure) -> list[tuple[str, list[float]]]:
    """(label, y values) of every labelled line on the figure (for tests)."""
    out = []
    for ax in figure.axes:
        for line in ax.get_lines():
            label = str(line.get_label())
            if not label.startswith("_"):
                out.append((label, [float(v) for v in line.get_ydata()]))
    return out


def figure_texts(figure: Figure) -> list[str]:
    """Every text drawn on the figure, tick labels and titles included (for tests)."""
    out = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        out += [t.get_text() for t in ax.texts]
        out += [ax.get_title(loc="left"), ax.get_ylabel()]
        out += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        legend = ax.get_legend()
        if legend is not None:
            out += [t.get_text() for t in legend.get_texts()]
    return [t for t in out if t]


MARGIN_IN = 0.45  # around every PDF page: titles and cells clear of the paper's edge


def pdf_page() -> Figure:
    """An A4 landscape page whose layout keeps everything MARGIN_IN inside the paper's edge."""
    figure = Figure(figsize=A4_LANDSCAPE, layout="constrained")
    engine = figure.get_layout_engine()
    if engine is not None and hasattr(engine, "set"):
        engine.set(w_pad=MARGIN_IN, h_pad=MARGIN_IN)
    return figure


def table_page(rows: Sequence[Sequence[str]], header: Sequence[str]) -> Figure:
    """One page of the numbers table; the font shrinks (not below 6 pt) until every cell's text fits."""
    figure = Figure(figsize=A4_LANDSCAPE)
    width, height = A4_LANDSCAPE
    ax = figure.add_axes((MARGIN_IN / width, MARGIN_IN / height, 1 - 2 * MARGIN_IN / width, 1 - 2 * MARGIN_IN / height))
    ax.axis("off")
    widths = [0.1, 0.27, 0.18, 0.1, 0.15, 0.08, 0.12][: len(header)]
    table = ax.table(cellText=[list(r) for r in rows], colLabels=list(header), loc="upper center", cellLoc="left",
                     colWidths=widths)
    table.auto_set_font_size(False)
    table.scale(1, 1.25)
    size = 8.5
    while True:
        table.set_fontsize(size)
        if size <= 6 or not overflowing_cells(figure, table):
            return figure
        size -= 0.5


def overflowing_cells(figure: Figure, table: Any) -> list[str]:
    """The texts wider than their cell (cut off on paper)."""
    renderer = figure._get_renderer()
    out = []
    for cell in table.get_celld().values():
        text = cell.get_text()
        if text.get_text() and text.get_window_extent(renderer).width > cell.get_window_extent(renderer).width - 2:
            out.append(text.get_text())
    return out


def write_pdf(path: Path, report: AggregateReport, texts: Texts, cover: Sequence[str],
              table_rows: Sequence[Sequence[str]], table_header: Sequence[str], first: Sequence[Figure] = ()) -> None:
    """The report as a PDF: ``first`` (the one-page summary, which then carries the cover's lines) or else a
    cover page, then each chart, the heat maps, EAP counts, the numbers."""
    page = pdf_page
    with PdfPages(path) as pdf:
        for fig in first:
            pdf.savefig(fig)
        if not first:
            fig = page()
            y = 0.93
            for i, line in enumerate(cover):
                fig.text(0.06, y, line, fontsize=18 if i == 0 else 11, color=TEXT,
                         fontweight="bold" if i == 0 else None, va="top", wrap=True)
                y -= 0.07 if i == 0 else 0.045
            pdf.savefig(fig)
        for field in BAND_FIELDS:
            fig = page()
            draw_wellbeing(fig, report, field, texts, font_pt=11)
            pdf.savefig(fig)
        from wellcare.ui.dashboard.heat_windows import draw_heat_windows, preferred_table

        pooled = preferred_table(report)  # the teams' windows where single weeks are too noisy, as on screen
        for metric in (COUNT_METRIC, *(m.key for m in HEAT_METRICS)):
            fig = page()
            if pooled is not None and metric != COUNT_METRIC:
                draw_heat_windows(fig, pooled, metric, texts, font_pt=11)
            else:
                draw_heat(fig, report, metric, texts, font_pt=11)
            pdf.savefig(fig)
        fig = page()
        draw_rates(fig, report, texts, font_pt=11)
        pdf.savefig(fig)
        fig = page()
        draw_eap(fig, report.eap, texts, font_pt=11)
        pdf.savefig(fig)
        per_page = 28
        for start in range(0, len(table_rows), per_page):
            pdf.savefig(table_page(table_rows[start:start + per_page], table_header))
