"""The teams heat map over pooled windows (:mod:`wellcare.aggregates.team_windows`).

Used where single team-weeks are too noisy: each column is one window, labelled with its first
and last week; a cell shows the window's share, its 95% interval and N (the sum of the weeks it
pools), "too uncertain" when the interval is too wide, "3 of 4 weeks" when a week of the window is
hidden for the team (and left out), and is hatched when none of its weeks is shown.
"""

from __future__ import annotations

from matplotlib import colors as mcolors
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from wellcare.aggregates.report import AggregateReport
from wellcare.aggregates.team_windows import TeamWindowCell, TeamWindowTable, preferred_window
from wellcare.ui import locale_format as fmt
from wellcare.ui.dashboard.plot import (
    _COUNT,
    _RISK,
    COUNT_METRIC,
    HIDDEN_EDGE,
    HIDDEN_FACE,
    UNCERTAIN_FACE,
    Texts,
    _cell_color,
    _footnote,
)
from wellcare.ui.theme import MUTED, TEXT


def window_table(report: AggregateReport, weeks: int) -> TeamWindowTable | None:
    """The report's team windows of ``weeks`` weeks, if it has at least one such window."""
    return next((t for t in report.team_windows if t.window_weeks == weeks and t.windows), None)


def preferred_table(report: AggregateReport) -> TeamWindowTable | None:
    """The team windows the heat map shows first (:func:`~wellcare.aggregates.team_windows.preferred_window`),
    or None: single weeks."""
    weeks = preferred_window(report)
    return None if weeks == 1 else window_table(report, weeks)


def _label(cell: TeamWindowCell, metric: str, texts: Texts, narrow: bool) -> tuple[str, float | None, bool]:
    """(text, colour value, too uncertain) of one shown cell: at most three lines (N and "3 of 4 weeks" share one)."""
    n = fmt.integer(cell.n or 0)
    part = texts.weeks_of.replace("%1", str(len(cell.pooled))).replace("%2", str(cell.weeks)) if cell.partial else ""
    if metric == COUNT_METRIC:
        return "\n".join(x for x in (n, part) if x), float(cell.n or 0), False
    size = " · ".join(x for x in (f"N {n}", part) if x)
    value = cell.metrics.get(metric)
    if value is None:
        return f"–\n{size}", None, False
    if value.too_uncertain:
        text = texts.too_uncertain.replace(" ", "\n", 1) if narrow else texts.too_uncertain
        return f"{text}\n{size}", None, True
    interval = f"{fmt.percent(value.low * 100)}–{fmt.percent(value.high * 100)}"
    return f"{fmt.percent(value.share * 100)} ({interval})\n{size}", value.share, False


def draw_heat_windows(figure: Figure, table: TeamWindowTable, metric: str, texts: Texts, font_pt: float = 10.0,
                      ) -> None:
    """Teams × pooled windows: colour = the window's share (or N), with its 95% interval; hidden cells hatched."""
    figure.clear()
    ax = figure.add_subplot()
    n_rows, n_cols = len(table.units), len(table.windows)
    count = metric == COUNT_METRIC
    vmax = max((float(c.n) for row in table.cells for c in row if c.n is not None), default=1.0) if count else 1.0
    small = font_pt * (0.72 if n_rows > 12 or n_cols > 8 else 0.82)
    shown, faces, hidden = [], [], []
    for i, row in enumerate(table.cells):
        y = n_rows - 1 - i
        for j, cell in enumerate(row):
            if cell.hidden:
                hidden.append(Rectangle((j, y), 1, 1))
                ax.text(j + 0.5, y + 0.5, texts.hidden_cell, ha="center", va="center", fontsize=small,
                        color=MUTED).set_in_layout(False)
                continue
            text, value, wide = _label(cell, metric, texts, n_cols > 6)
            face = UNCERTAIN_FACE if wide or value is None else _cell_color(value, vmax, _COUNT if count else _RISK)
            shown.append(Rectangle((j, y), 1, 1))
            faces.append(face)
            dark = mcolors.rgb_to_hsv(face[:3])[2] < 0.6
            ax.text(j + 0.5, y + 0.5, text, ha="center", va="center", fontsize=small,
                    color="white" if dark else TEXT).set_in_layout(False)
    ax.add_collection(PatchCollection(shown, facecolors=faces, edgecolors="white", linewidths=1))
    ax.add_collection(PatchCollection(hidden, facecolors=HIDDEN_FACE, edgecolors=HIDDEN_EDGE, hatch="///",
                                      linewidths=0.5))
    ax.set_xlim(0, max(n_cols, 1))
    ax.set_ylim(0, max(n_rows, 1))
    labels = [f"{fmt.chart_day(fmt.monday_of(w[0]))} –\n{fmt.chart_day(fmt.monday_of(w[-1]))}" for w in table.windows]
    ax.set_xticks([j + 0.5 for j in range(n_cols)], labels)
    ax.set_yticks([n_rows - 1 - i + 0.5 for i in range(n_rows)], [texts.unit_name(u) for u in table.units])
    ax.tick_params(labelsize=small, length=0, colors=TEXT)
    for side in ax.spines.values():
        side.set_visible(False)
    title = texts.window_heat_title.replace("%1", str(table.window_weeks))
    ax.set_title(f"{title} · {texts.metric_name(metric)}", fontsize=font_pt * 1.1, color=TEXT, loc="left",
                 fontweight="bold")
    note = texts.window_heat_note.replace("%1", str(table.window_weeks))
    _footnote(figure, f"{note} {texts.hidden_legend}".strip(), font_pt)
