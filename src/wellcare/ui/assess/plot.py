"""Drawing trends with matplotlib: the on-screen canvas and the PDF export.

Imported only when a chart is first shown or a PDF is written (matplotlib costs ~0.6 s and
~67 MiB), never at start. PySide6 is already imported by then, so matplotlib's Qt backend binds
to it (QT_API=pyside6 is set too, for safety). No pyplot: figures are plain Figure objects, so
no global backend or figure registry is touched.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: F401  (bind matplotlib's Qt backend to PySide6, not PyQt)
from matplotlib import dates as mdates
from matplotlib import font_manager, rcParams
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from wellcare.assess.trends import Trend
from wellcare.ui import locale_format as fmt
from wellcare.ui.theme import BAND_COLORS, CHART_COLORS, MUTED, TEXT

KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans CJK JP", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")
FALLBACK_FONT = "DejaVu Sans"
A4 = (8.27, 11.69)


def korean_fonts() -> list[str]:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in KOREAN_FONTS if name in installed]


def configure_fonts() -> list[str]:
    """Korean-capable sans-serif fonts first, DejaVu Sans as the fallback; returns the list set."""
    families = [*korean_fonts(), FALLBACK_FONT]
    rest = [f for f in rcParams["font.sans-serif"] if f not in families]
    rcParams["font.sans-serif"] = families + rest
    rcParams["font.family"] = ["sans-serif"]
    rcParams["axes.unicode_minus"] = False  # CJK fonts may lack U+2212
    return families


configure_fonts()


def _naive(when: datetime) -> datetime:
    """Plot each point at its own wall-clock time (matplotlib would otherwise convert to UTC)."""
    return when.replace(tzinfo=None)


class DayTicks(Formatter):
    """Date ticks as people write a short date ("Mar 3" / "3월 3일"); the year is added on the first
    tick and wherever it changes ("Dec 29, 2025", "Jan 5, 2026" / "2026년 1월 5일").
    The axis is always at least a week wide, so ticks are days or coarser and never need a time."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return fmt.chart_day(mdates.num2date(x))

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        labels, year = [], None
        for value in values:
            when = mdates.num2date(value)
            labels.append(fmt.chart_day(when, year=when.year != year))
            year = when.year
        return labels


def draw_trend(
    figure: Figure, trend: Trend, lang: str, font_pt: float = 10.0, ax_rect: Sequence[float] | None = None
) -> None:
    """Draw `trend` on `figure` (cleared first): band regions, one line per score, dates below.

    The texts come translated in `trend`; dates follow the installed language (locale_format).
    """
    figure.clear()
    figure.set_facecolor("white")
    ax = figure.add_axes(ax_rect) if ax_rect is not None else figure.add_subplot(111)
    small = font_pt * 0.85
    pad = (trend.y_high - trend.y_low) * 0.04
    side = blended_transform_factory(ax.transAxes, ax.transData)
    for region in trend.regions:
        ax.axhspan(region.low, region.high, color=BAND_COLORS[region.tone], lw=0, zorder=0)
        ax.text(
            1.01,
            (region.low + region.high) / 2,
            region.label,
            transform=side,
            ha="left",
            va="center",
            fontsize=small,
            color=MUTED,
            zorder=1,
            clip_on=False,
        )
    for index, series in enumerate(trend.series):
        xs = [_naive(when) for when, _ in series.points]
        ys = [value for _, value in series.points]
        ax.plot(
            xs,
            ys,
            marker="o",
            markersize=font_pt * 0.6,
            lw=2,
            color=CHART_COLORS[index % len(CHART_COLORS)],
            label=series.label,
            zorder=3,
        )
    ax.set_ylim(trend.y_low - pad, trend.y_high + pad)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # moods 1-5 and scores step in whole numbers
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DayTicks())
    times = [_naive(when) for s in trend.series for when, _ in s.points]
    if times:
        low, high = mdates.date2num(min(times)), mdates.date2num(max(times))
        half = max(high - low, 6.0) / 2 * 1.12  # at least a week wide, a little room at both ends
        ax.set_xlim((low + high) / 2 - half, (low + high) / 2 + half)
    ax.tick_params(labelsize=small, colors=TEXT)
    ax.xaxis.get_offset_text().set_fontsize(small)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.grid(axis="y", color="#dbe5e1", lw=0.6, zorder=0)
    if trend.y_label:
        ax.set_ylabel(trend.y_label, fontsize=small, color=MUTED)
    if len(trend.series) > 1:
        ax.legend(loc="upper left", fontsize=small, frameon=False, ncols=len(trend.series))
    ax.set_title(trend.title, fontsize=font_pt * 1.1, color=TEXT, loc="left")


def new_canvas() -> FigureCanvasQTAgg:
    return FigureCanvasQTAgg(Figure(figsize=(6, 2.5), layout="tight"))  # its size hint: 600 x 250 px


def plotted(figure: Figure) -> list[tuple[str, list[tuple[datetime, float]]]]:
    """The drawn series as (label, [(time, value)]): what a counselor sees, for tests."""
    out = []
    for ax in figure.axes:
        for line in ax.get_lines():
            xs = [mdates.num2date(x).replace(tzinfo=None) for x in mdates.date2num(line.get_xdata())]
            out.append((str(line.get_label()), list(zip(xs, [float(y) for y in line.get_ydata()], strict=True))))
    return out


@dataclass(frozen=True)
class PdfSection:
    trend: Trend
    header: Sequence[str]
    rows: Sequence[Sequence[str]]


def pdf_bytes(title: str, intro: Sequence[str], sections: Sequence[PdfSection | None], lang: str) -> bytes:
    """An A4 PDF: a title page note, then one page per instrument (chart and table of results)."""
    buffer = io.BytesIO()
    with PdfPages(buffer, metadata={"Title": title, "Creator": "WellCare"}) as pdf:
        for index, section in enumerate(sections or [None]):
            figure = Figure(figsize=A4)
            if index == 0:
                figure.text(0.08, 0.95, title, fontsize=16, weight="bold", color=TEXT, va="top")
                y = 0.915
                for line in intro:
                    figure.text(0.08, y, line, fontsize=9, color=MUTED, va="top", wrap=True)
                    y -= 0.022
            if section is None:
                pdf.savefig(figure)
                continue
            draw_trend(figure, section.trend, lang, font_pt=10, ax_rect=(0.1, 0.56, 0.82, 0.26))
            rows = list(section.rows)[-28:]  # the newest rows fit on the page
            if rows:
                table_ax = figure.add_axes((0.08, 0.05, 0.84, 0.45))
                table_ax.axis("off")
                table = table_ax.table(
                    cellText=rows, colLabels=list(section.header), loc="upper center", cellLoc="left"
                )
                table.auto_set_font_size(False)
                table.set_fontsize(8)
                table.scale(1, 1.25)
            pdf.savefig(figure)
    return buffer.getvalue()
