"""Matplotlib figures of the council's view (no pyplot, no Qt): a quarter's table and the trends."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib import font_manager, rcParams
from matplotlib.figure import Figure

KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans CJK JP", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo")
A4_LANDSCAPE = (11.69, 8.27)
TREND_MEASURES = ("hard_calls_per_100", "breaks_per_week", "who5.poor", "pss10.high")
HIDDEN_FACE = "#eceff0"


def configure_fonts() -> None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    families = [n for n in KOREAN_FONTS if n in installed] + ["DejaVu Sans"]
    rcParams["font.sans-serif"] = families + [f for f in rcParams["font.sans-serif"] if f not in families]
    rcParams["font.family"] = ["sans-serif"]
    rcParams["axes.unicode_minus"] = False


def table_figure(head: Sequence[str], header: Sequence[str], rows: Sequence[Sequence[str]], note: str,
                 foot: str) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE)
    fig.text(0.04, 0.95, head[0], fontsize=15, weight="bold")
    fig.text(0.04, 0.915, "  ·  ".join(head[1:]), fontsize=9, color="#555")
    ax = fig.add_axes((0.04, 0.12, 0.92, 0.77))
    ax.axis("off")
    table = ax.table(cellText=[list(r) for r in rows], colLabels=list(header), loc="upper left", cellLoc="center")
    table.auto_set_font_size(False)
    table.set_fontsize(7.5)
    table.scale(1, 1.25)
    for (r, c), cell in table.get_celld().items():
        if c == 0:
            cell.set_text_props(ha="left")
            cell.set_width(0.28)
        if r > 0 and c > 0 and rows[r - 1][c] in ("hidden", "숨김"):
            cell.set_facecolor(HIDDEN_FACE)
    fig.text(0.04, 0.07, note, fontsize=7, wrap=True)
    fig.text(0.04, 0.03, foot, fontsize=7, color="#555", wrap=True)
    return fig


def draw_trends(fig: Figure, view: Mapping[str, Any], measure_names: Mapping[str, str],
                column_names: Mapping[str, str]) -> None:
    """One small panel per trend measure: each column's quarterly value with its interval."""
    from wellcare.council.exports import trend_series

    quarters = list(view["quarters"])
    measures = [m for m in TREND_MEASURES if m in view["quarterly"]]
    for i, mid in enumerate(measures):
        ax = fig.add_subplot(2, 2, i + 1)
        for j, (cid, name) in enumerate(column_names.items()):
            series = trend_series(view, mid, cid)
            xs = [k + (j - len(column_names) / 2) * 0.06 for k, s in enumerate(series) if s is not None]
            pts = [s for s in series if s is not None]
            if not pts:
                continue
            ys = [p[0] for p in pts]
            err = [[p[0] - p[1] for p in pts], [p[2] - p[0] for p in pts]]
            ax.errorbar(xs, ys, yerr=err, marker="o", capsize=3, label=name, linewidth=2.2 if cid == "combined"
                        else 1.2)
        ax.set_title(measure_names.get(mid, mid), fontsize=9)
        ax.set_xticks(range(len(quarters)), quarters, fontsize=8)
        ax.tick_params(labelsize=8)
        if i == 0:
            handles, labels = ax.get_legend_handles_labels()
            fig.legend(handles, labels, loc="outside upper center", ncol=len(labels), fontsize=8, frameon=False)
    fig.set_layout_engine("constrained")


def trend_figure(view: Mapping[str, Any], language: str, title: str, measure_names: Mapping[str, str],
                 column_names: Mapping[str, str]) -> Figure:
    fig = Figure(figsize=A4_LANDSCAPE, layout="constrained")
    fig.suptitle(title, fontsize=14)
    draw_trends(fig, view, measure_names, column_names)
    return fig
