"""Pooled windows (4 weeks, a quarter) of the one-field scheme, where single weeks are too noisy.

One week of a 150-counselor centre gives each field about 25 reports; no interval on that says
anything. A window adds up consecutive weeks and estimates from all their reports at once, with
the memo's correlation and the field sampling in the interval
(:func:`~wellcare.aggregates.estimate.pooled_shares`).

What a window may show: only a group whose every week is shown (its per-week count published,
so at least the minimum), and only weeks read from the one-field scheme (old five-field weeks are
never pooled with new ones). Its size is the sum of the published weekly counts, and its group is
a union of published groups, so a window adds no group the weekly report hides. Windows are
consecutive blocks counted back from the last week asked for (the newest window is complete).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.estimate import WindowShare, pooled_shares
from wellcare.aggregates.store import SCHEME_V2, ContributionsStore

if TYPE_CHECKING:  # report.py builds on this module
    from wellcare.aggregates.report import AggregateReport

WINDOW_CHOICES = (1, 4, 13)  # a week, four weeks, a quarter


class WindowGap(StrEnum):
    """Why a window has no estimate."""

    WEEK_HIDDEN = "week_hidden"  # one of its weeks is not shown for this group
    OLD_SCHEME = "old_scheme"  # one of its weeks holds five-field contributions only
    NO_REPORTS = "no_reports"


@dataclass(frozen=True)
class PooledWindow:
    first: str
    last: str
    weeks: int
    n: int | None  # contributions in the window (the sum of the shown weekly counts)
    shares: tuple[WindowShare, ...] = ()
    gap: WindowGap | None = None


def window_blocks(periods: Sequence[str], window_weeks: int) -> list[tuple[str, ...]]:
    """Consecutive blocks of ``window_weeks`` counted back from the last period; an incomplete oldest one is dropped."""
    if window_weeks < 1:
        raise ValueError("a window is at least one week")
    blocks = []
    end = len(periods)
    while end - window_weeks >= 0:
        blocks.append(tuple(periods[end - window_weeks:end]))
        end -= window_weeks
    return blocks[::-1]


def pooled_windows(
    store: ContributionsStore,
    periods: Sequence[str],
    window_weeks: int,
    shown: Mapping[str, int | None],
    members: Sequence[str] | None = None,
) -> dict[str, tuple[PooledWindow, ...]]:
    """field -> its windows; ``shown``: the group's published count per week (None when hidden)."""
    schemes = store.week_schemes(periods)
    blocks = window_blocks(periods, window_weeks)
    out: dict[str, tuple[PooledWindow, ...]] = {}
    for spec in AGGREGATE_FIELDS:
        rows = []
        for block in blocks:
            gap = None
            if any(shown.get(p) is None for p in block):
                gap = WindowGap.WEEK_HIDDEN
            elif any(schemes.get(p) != SCHEME_V2 for p in block):
                gap = WindowGap.OLD_SCHEME
            if gap is not None:
                rows.append(PooledWindow(block[0], block[-1], len(block), None, gap=gap))
                continue
            n = sum(int(shown[p] or 0) for p in block)
            counts: dict[tuple[float, float], list[int]] = {}
            index = {c: i for i, c in enumerate(spec.categories)}
            for budget, tallies in store.window_tallies(spec.id, block, members).items():
                group = counts.setdefault(budget, [0] * len(spec.categories))
                for t in tallies:
                    group[index[t.report]] += t.count
            if not any(sum(c) for c in counts.values()):
                rows.append(PooledWindow(block[0], block[-1], len(block), n, gap=WindowGap.NO_REPORTS))
                continue
            shares = pooled_shares(counts, spec.categories, contributions=n, window_weeks=len(block),
                                   fields=len(AGGREGATE_FIELDS), weekly=[int(shown[p] or 0) for p in block])
            rows.append(PooledWindow(block[0], block[-1], len(block), n, shares))
        out[spec.id] = tuple(rows)
    return out


def pooled_json(report: object) -> dict[str, list[dict[str, object]]]:
    """The report's pooled windows as JSON: each window says its weeks, n and every share's interval."""
    pooled: Mapping[str, tuple[PooledWindow, ...]] = getattr(report, "pooled", {})
    return {
        name: [
            {"first": w.first, "last": w.last, "window_weeks": w.weeks, "n": w.n,
             "gap": None if w.gap is None else w.gap.value,
             "estimates": [{"category": s.categories[0], "share": round(s.share, 4), "low": round(s.low, 4),
                            "high": round(s.high, 4), "half_width": round(s.half_width, 4), "reports": s.reports}
                           for s in w.shares]}
            for w in windows
        ]
        for name, windows in pooled.items()
    }


def with_windows(report: AggregateReport, store: ContributionsStore, window_weeks: int) -> AggregateReport:
    """The report with its pooled windows added (the weekly numbers unchanged)."""
    if window_weeks <= 1:
        return report
    members = None if report.unit is None else (report.unit,)
    pooled = pooled_windows(store, report.periods, window_weeks, {w.period: w.n for w in report.weeks}, members)
    return replace(report, window_weeks=window_weeks, pooled=pooled)
