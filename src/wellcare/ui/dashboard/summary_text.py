"""The Summary's words, shared by the Summary view and the PDF's first page (so both say the same).

Three questions, answered in plain words from :class:`~wellcare.aggregates.summary.Summary` and
the report's EAP grid: how is each group doing (the latest window's share with its interval, or
"too uncertain", or "not shown"), is it getting worse (the verdict), who asks for what support.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from wellcare.aggregates.display import MAX_SHOWN_WIDTH
from wellcare.aggregates.eap_counts import CountGrid
from wellcare.aggregates.report import HEAT_METRICS
from wellcare.aggregates.summary import GroupSummary, Summary
from wellcare.aggregates.verdict import MeasureVerdict, Verdict, WindowConcern
from wellcare.ui import locale_format as fmt
from wellcare.ui.dashboard.texts import eap_kind, metric_name
from wellcare.ui.privacy.labels import unit_name


def pct(value: float) -> str:
    return fmt.percent(value * 100)


def window_text(w: WindowConcern | None) -> str:
    """ "23% (15–31%)", or why there is no number."""
    if w is None:
        return QCoreApplication.translate("DashboardSummary", "not shown")
    if w.too_uncertain:
        return QCoreApplication.translate("DashboardSummary", "too uncertain")
    return f"{pct(w.share)} ({pct(w.low)}–{pct(w.high)})"


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.WORSE: QCoreApplication.translate("DashboardSummary", "Getting worse"),
        Verdict.BETTER: QCoreApplication.translate("DashboardSummary", "Getting better"),
        Verdict.CANT_TELL: QCoreApplication.translate("DashboardSummary", "Can't tell yet"),
    }[verdict]


def measure_cell(m: MeasureVerdict) -> str:
    """The latest window, and what changed since the one before when the test says so."""
    text = window_text(m.latest)
    if m.verdict is Verdict.WORSE:
        return text + " ▲"
    if m.verdict is Verdict.BETTER:
        return text + " ▼"
    return text


def group_name(g: GroupSummary) -> str:
    return QCoreApplication.translate("DashboardSummary", "Whole floor") if g.unit is None else unit_name(g.unit)


def range_text(span: tuple[str, str]) -> str:
    first, last = span
    end = fmt.monday_of(last)
    return QCoreApplication.translate(
        "DashboardSummary", "%1 to %2").replace("%1", fmt.day(fmt.monday_of(first), weekday=False)).replace(
        "%2", fmt.day(end.fromordinal(end.toordinal() + 6), weekday=False))


@dataclass(frozen=True)
class SummaryTexts:
    """Everything the Summary says, as text: headline lines, the table, the notes."""

    title: str
    window: str  # which windows are compared
    worse: str  # "Is it getting worse?" answered
    support: str  # "Who asks for what support?" answered
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # floor first, then the teams
    notes: tuple[str, ...]


def _names(groups: Sequence[GroupSummary]) -> str:
    return ", ".join(group_name(g) for g in groups)


def _worse_line(summary: Summary) -> str:
    groups = [summary.floor, *summary.teams]
    worse = [g for g in groups if g.verdict is Verdict.WORSE]
    better = [g for g in groups if g.verdict is Verdict.BETTER]
    if summary.previous is None:
        return QCoreApplication.translate(
            "DashboardSummary", "Is it getting worse? Can't tell yet: these weeks hold only one window to compare.")
    parts = []
    if worse:
        parts.append(QCoreApplication.translate("DashboardSummary", "getting worse: %s") % _names(worse))
    if better:
        parts.append(QCoreApplication.translate("DashboardSummary", "getting better: %s") % _names(better))
    if not parts:
        return QCoreApplication.translate(
            "DashboardSummary",
            "Is it getting worse? No group has clearly changed since the window before (can't tell yet).")
    return QCoreApplication.translate(
        "DashboardSummary",
        "Is it getting worse? Clearly changed since the window before — %s; the others: can't tell yet.",
    ) % "; ".join(parts)


def _support_line(grid: CountGrid | None) -> str:
    if grid is None:
        return QCoreApplication.translate(
            "DashboardSummary", "Who asks for what support? No EAP inbox in this profile.")
    parts = []
    for kind, total, hidden in zip(grid.rows, grid.row_totals, grid.row_hidden_blocks, strict=True):
        if total is None:
            continue
        parts.append(f"{eap_kind(kind)} {'≥ ' if hidden else ''}{total}")
    if not parts:
        return QCoreApplication.translate(
            "DashboardSummary",
            "Who asks for what support? EAP requests in whole 4-week blocks of these weeks are too few to show "
            "without pointing at someone (or no whole block is over yet).")
    return QCoreApplication.translate(
        "DashboardSummary",
        "Who asks for what support? EAP requests in the whole 4-week blocks of these weeks (%s): %s "
        "(“≥”: some blocks are too few to count).",
    ) % (range_text((grid.covered[0], grid.covered[-1])), ", ".join(parts))


def summary_texts(summary: Summary, grid: CountGrid | None) -> SummaryTexts:
    """The Summary's words for the screen and the PDF."""
    latest = summary.latest
    window = (
        QCoreApplication.translate(
            "DashboardSummary",
            "Latest %1 weeks (%2) compared with the %1 weeks before (%3). Share of summaries, 95% interval in "
            "brackets; ▲ clearly higher than before, ▼ clearly lower.")
        .replace("%1", str(summary.window_weeks))
        .replace("%2", range_text(latest) if latest else "–")
        .replace("%3", range_text(summary.previous) if summary.previous else "–")
    )
    header = (
        QCoreApplication.translate("DashboardSummary", "Group"),
        QCoreApplication.translate("DashboardSummary", "Trend"),
        *(metric_name(m.key) for m in HEAT_METRICS),
    )
    rows = tuple(
        (group_name(g), verdict_text(g.verdict), *(measure_cell(m) for m in g.measures))
        for g in (summary.floor, *summary.teams)
    )
    notes = (
        QCoreApplication.translate(
            "DashboardSummary",
            "Trend: a two-sided test of the latest window against the one before at 5%, adjusted for the number of "
            "teams and measures (Holm), so a false “worse” anywhere is rare."),
        QCoreApplication.translate(
            "DashboardSummary",
            "“too uncertain”: the 95% interval is wider than %1 points; “not shown”: a week of the window is hidden "
            "for this group, or holds older summaries.").replace("%1", fmt.decimal(MAX_SHOWN_WIDTH * 100, 0)),
    )
    title = QCoreApplication.translate("DashboardSummary", "Summary")
    return SummaryTexts(title, window, _worse_line(summary), _support_line(grid), header, rows, notes)
