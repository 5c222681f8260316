"""The wellbeing chart over pooled windows, when single weeks are too noisy to say anything.

Each window's category shares are projected onto the simplex (:mod:`wellcare.aggregates.simplex`)
so they add up to 100%, drawn as points with their 95% intervals as error bars; a window that is
not shown (a hidden week, older summaries) is a gap, and the title says the window's length.
"""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from wellcare.aggregate_format.schema import NONE
from wellcare.aggregates.report import FIELDS, AggregateReport
from wellcare.aggregates.simplex import as_distribution
from wellcare.ui import locale_format as fmt
from wellcare.ui.dashboard.plot import NONE_COLOR, Texts, _footnote, _style
from wellcare.ui.theme import CHART_COLORS, TEXT


def weeks_too_noisy(report: AggregateReport, field: str) -> bool:
    """True when some shown week's share of ``field`` has an interval too wide to show (pool instead)."""
    return any(s.uncertain for w in report.bands[field] for s in w.shares)


def has_windows(report: AggregateReport, field: str) -> bool:
    return any(w.shares for w in report.pooled.get(field, ()))


def draw_pooled_bands(figure: Figure, report: AggregateReport, field: str, texts: Texts, font_pt: float = 10.0,
                      ) -> None:
    """Each category's share per pooled window: the point (projected), its 95% interval as an error bar."""
    figure.clear()
    ax = figure.add_subplot()
    _style(ax, font_pt)
    windows = report.pooled[field]
    categories = FIELDS[field]
    xs = list(range(len(windows)))
    spread = 0.5 / max(len(categories), 1)
    for i, category in enumerate(categories):
        ys, below, above = [], [], []
        for w in windows:
            if not w.shares:
                ys.append(math.nan)
                below.append(0.0)
                above.append(0.0)
                continue
            shares = as_distribution(categories, [s.unbiased for s in w.shares], [s.se for s in w.shares])
            s = shares[i]
            ys.append(s.share * 100)
            below.append((s.share - s.low) * 100)
            above.append((s.high - s.share) * 100)
        color = NONE_COLOR if category == NONE else CHART_COLORS[i % len(CHART_COLORS)]
        offset = [x + (i - (len(categories) - 1) / 2) * spread for x in xs]
        ax.errorbar(offset, ys, yerr=[below, above], fmt="o", color=color, capsize=3, markersize=5,
                    linewidth=1.5, label=texts.category_name(field, category))
    ax.set_ylim(0, 100)
    ax.set_xlim(-0.6, max(len(xs) - 0.4, 0.6))
    ax.yaxis.set_major_formatter(lambda v, _pos: fmt.percent(v))
    labels = []
    for w in windows:
        first, last = fmt.monday_of(w.first), fmt.monday_of(w.last)
        n = "–" if w.n is None or not w.shares else f"N {fmt.integer(w.n)}"
        labels.append(f"{fmt.chart_day(first)} – {fmt.chart_day(last)}\n{n}")
    ax.set_xticks(xs, labels)
    ax.set_ylabel(texts.share_axis, fontsize=font_pt * 0.9, color=TEXT)
    title = texts.window_title.replace("%1", texts.field_name(field)).replace("%2", str(report.window_weeks))
    ax.set_title(title, fontsize=font_pt * 1.15, color=TEXT, loc="left", fontweight="bold")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=font_pt * 0.85)
    _footnote(figure, texts.window_note, font_pt)
