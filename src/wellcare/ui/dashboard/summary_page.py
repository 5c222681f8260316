"""The PDF's first page: the report's heading and the Summary view's answers on one A4 page.

The heading (what, which weeks and team, when made) sits above the answers and the report's notes
(ε, minimum group size, what N is) below them, so a coordinator who prints one page has all of it;
the details follow on the next pages.

Drawn from the same :class:`~wellcare.ui.dashboard.summary_text.SummaryTexts` as the Summary tab,
so the paper and the screen say the same numbers. The table's font shrinks (not below 6 pt)
until every cell fits, so a floor of many teams still takes one page.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.figure import Figure

from wellcare.ui.dashboard.plot import A4_LANDSCAPE, MARGIN_IN, overflowing_cells
from wellcare.ui.dashboard.summary_text import SummaryTexts
from wellcare.ui.theme import MUTED, TEXT

WRAP = 130  # characters per line of the answers (A4 landscape at 10 pt)


def _wrapped(text: str, width: int = WRAP) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def summary_figures(texts: SummaryTexts, cover: Sequence[str] = ()) -> list[Figure]:
    """The summary as PDF pages: one page. ``cover``: the report's title, its weeks, then its notes."""
    figure = Figure(figsize=A4_LANDSCAPE)
    width, height = A4_LANDSCAPE
    left = MARGIN_IN / width
    title, subtitle, cover_notes = (cover[0], cover[1], cover[2:]) if len(cover) >= 2 else (texts.title, "", ())
    figure.text(left, 1 - MARGIN_IN / height, title, fontsize=18, fontweight="bold", color=TEXT, va="top")
    y = 1 - (MARGIN_IN + 0.45) / height
    if subtitle:
        figure.text(left, y, subtitle, fontsize=11, color=TEXT, va="top")
        y -= 0.32 / height
    for line, weight in ((texts.worse, "bold"), (texts.support, "bold"), (texts.window, "normal")):
        wrapped = _wrapped(line)
        figure.text(left, y, wrapped, fontsize=10, fontweight=weight, color=TEXT, va="top")
        y -= (0.2 * (wrapped.count("\n") + 1) + 0.08) / height
    notes = "\n".join(_wrapped(n, 150) for n in (*texts.notes, *cover_notes))
    notes_height = (0.17 * (notes.count("\n") + 1) + 0.1) / height
    figure.text(left, MARGIN_IN / height, notes, fontsize=8, color=MUTED, va="bottom")
    bottom = MARGIN_IN / height + notes_height
    ax = figure.add_axes((left, bottom, 1 - 2 * left, max(0.1, y - bottom - 0.02)))
    ax.axis("off")
    header = ["\n".join(textwrap.wrap(h, 22)) for h in texts.header]
    n = len(header)
    widths = [0.16, 0.12, *([0.72 / max(n - 2, 1)] * (n - 2))]
    table = ax.table(cellText=[list(r) for r in texts.rows], colLabels=header, loc="upper center", cellLoc="center",
                     colWidths=widths)
    table.auto_set_font_size(False)
    for (row, _col), cell in table.get_celld().items():
        cell.set_height(0.09 if row == 0 else 0.06)
        if row == 0:
            cell.set_text_props(fontweight="bold")
    size = 9.5
    while True:
        table.set_fontsize(size)
        if size <= 6 or not overflowing_cells(figure, table):
            return [figure]
        size -= 0.5
