"""The "My day" chart: breaks per day (taken, taken while away, postponed, skipped) and, when the
hard-call feature provides them, hard calls per week.

matplotlib costs ~0.6 s and ~67 MiB at import, so nothing here imports it until the chart is
first shown; a Korean-capable Noto Sans CJK font is used when installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from wellcare.breaks.summary import DaySummary
from wellcare.ui import locale_format as fmt
from wellcare.ui.chart_support import empty_chart_note, pass_wheel_to_page
from wellcare.ui.theme import CHART_COLORS, MUTED, TEXT

CJK_FONTS = (
    "Noto Sans CJK KR",
    "Noto Sans CJK JP",
    "Noto Sans KR",
    "NanumGothic",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
)


@dataclass(frozen=True)
class ChartLabels:
    title: str
    taken: str
    natural: str
    postponed: str
    skipped: str
    hard_calls_title: str
    hard_calls: str
    empty: str = ""  # shown instead of the chart while it has nothing to draw


@dataclass(frozen=True)
class ChartData:
    days: Sequence[DaySummary]
    weeks: Sequence[tuple[str, int]] | None  # (ISO week or Monday, count); None: no hard-call counts to show

    @property
    def empty(self) -> bool:
        """No break offered, taken or skipped on any day, and no hard call in any week."""
        return not any(d.shown or d.taken or d.natural or d.postponed or d.skipped for d in self.days) and not any(
            count for _, count in self.weeks or ()
        )


def korean_font() -> str | None:
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def use_korean_font() -> None:
    """Put a Hangul-capable font in matplotlib's sans-serif list (global, idempotent: text is laid
    out again at every redraw, so a per-figure setting would be lost on the next resize)."""
    from matplotlib import rcParams

    font = korean_font()
    if font is None:
        return
    families = list(rcParams["font.sans-serif"])
    if font not in families:
        rcParams["font.sans-serif"] = [font, *families]
    rcParams["axes.unicode_minus"] = False  # CJK fonts may lack U+2212


class BreakChart(QWidget):
    """A placeholder until first shown; then a matplotlib canvas, redrawn by ``refresh()``."""

    def __init__(self, data: Callable[[], ChartData], labels: ChartLabels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._labels = labels
        self.canvas: Any = None
        self._figure: Any = None
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel("")
        self._layout.addWidget(self._placeholder)
        self.empty_note = empty_chart_note(labels.empty)
        self._layout.addWidget(self.empty_note)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return
        data = self._data()
        self.empty_note.setVisible(data.empty)
        if self.canvas is not None:
            self.canvas.setVisible(not data.empty)
        if data.empty:  # words instead of bare axes (and matplotlib is not loaded for them)
            return
        if self.canvas is None:
            self._create_canvas()
        self._draw(data)

    def _create_canvas(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(7.2, 3.2), dpi=100, layout="constrained")
        self._figure.patch.set_alpha(0)
        self.canvas = FigureCanvasQTAgg(self._figure)
        self.canvas.setMinimumHeight(300)
        self.canvas.setAccessibleName(self._labels.title)
        pass_wheel_to_page(self.canvas)
        self._layout.removeWidget(self._placeholder)
        self._placeholder.deleteLater()
        self._layout.addWidget(self.canvas)
        self.canvas.show()  # created after the page was shown (its first data was empty)

    def _draw(self, data: ChartData) -> None:
        use_korean_font()
        self._figure.clear()
        weeks = data.weeks
        if weeks:
            axes, week_axes = self._figure.subplots(1, 2, width_ratios=(3, 1))
        else:
            axes, week_axes = self._figure.subplots(1, 1), None
        self._draw_days(axes, data.days)
        if week_axes is not None and weeks:
            self._draw_weeks(week_axes, weeks)
        self.canvas.draw_idle()

    def _style(self, axes: Any) -> None:
        axes.set_facecolor("none")
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            axes.spines[side].set_color("#c9d6d1")
        axes.tick_params(colors=MUTED, labelsize=8)
        axes.yaxis.get_major_locator().set_params(integer=True)

    def _draw_days(self, axes: Any, days: Sequence[DaySummary]) -> None:
        labels = self._labels
        xs = list(range(len(days)))
        series = (
            (labels.taken, [d.taken for d in days], CHART_COLORS[0]),
            (labels.natural, [d.natural for d in days], CHART_COLORS[4]),
            (labels.postponed, [d.postponed for d in days], CHART_COLORS[1]),
            (labels.skipped, [d.skipped for d in days], CHART_COLORS[3]),
        )
        bottom = [0] * len(days)
        for name, values, color in series:
            axes.bar(xs, values, bottom=bottom, color=color, width=0.65, label=name)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        axes.set_xticks(xs, fmt.day_ticks([d.day for d in days]))  # upright: a legend below never meets them
        axes.set_title(labels.title, loc="left", fontsize=10, color=TEXT)
        axes.set_ylim(0, max([4, *bottom]) + 1)
        axes.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.14), ncols=4, frameon=False, fontsize=8, labelcolor=TEXT
        )
        self._style(axes)

    def _draw_weeks(self, axes: Any, weeks: Sequence[tuple[str, int]]) -> None:
        shown = list(weeks)[-6:]
        xs = list(range(len(shown)))
        axes.bar(xs, [c for _, c in shown], color=CHART_COLORS[2], width=0.6, label=self._labels.hard_calls)
        axes.set_xticks(xs, [fmt.chart_day(fmt.monday_of(w)) for w, _ in shown], rotation=45, ha="right")
        axes.set_title(self._labels.hard_calls_title, loc="left", fontsize=10, color=TEXT)
        axes.set_ylim(0, max([3, *(c for _, c in shown)]) + 1)
        self._style(axes)
