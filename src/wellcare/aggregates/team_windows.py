"""The teams heat map over pooled windows (4 weeks, a quarter), where single team-weeks are too noisy.

At the default ε every single-week team cell is "too uncertain" (:mod:`.display`); a team's window
pools its weeks, as the Summary's windows do (:mod:`.summary`, :mod:`.windows`): consecutive blocks
counted back from the report's last week, the same estimator (:func:`~.verdict.concern_share`) and
the same "too uncertain" rule (the interval before clipping).

What a team's window may show, so that it publishes nothing the weekly heat map hides:

- it pools **only the team-weeks that are themselves shown** (their count published) and hold
  one-field contributions; a hidden week is left out, never added in;
- its N is the sum of those weeks' published counts, so "window N − shown week Ns" is 0, never a
  hidden week's count; the JSON lists the weeks pooled (``weeks``), and a window with a week left out
  says so ("3 of 4 weeks");
- a window none of whose weeks is shown is hidden;
- when the weeks asked for are fewer than one window (12 weeks and a quarter), the one window is all of
  them, marked as such ("12 of 13 weeks"), so the longest view always has a column.

Where every week is shown, a team's latest window here is the Summary's latest window for it, to the
digit (the Summary's verdict only tests complete windows; the heat map also shows partial ones, marked).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, FIELDS_BY_ID
from wellcare.aggregates.report import HEAT_METRICS, AggregateReport, UnitTable
from wellcare.aggregates.store import SCHEME_V2, ContributionsStore
from wellcare.aggregates.verdict import WindowConcern, concern_share
from wellcare.aggregates.windows import window_blocks

TEAM_WINDOW_CHOICES = (4, 13)  # four weeks, a quarter


@dataclass(frozen=True)
class TeamWindowCell:
    first: str  # the window's first and last week
    last: str
    weeks: int  # the window's length
    pooled: tuple[str, ...] = ()  # the weeks pooled: shown for this team, one-field
    n: int | None = None  # the sum of the pooled weeks' published counts (None: nothing pooled, hidden)
    metrics: Mapping[str, WindowConcern] = field(default_factory=dict)

    @property
    def hidden(self) -> bool:
        return self.n is None

    @property
    def partial(self) -> bool:
        """Some week of the window is not pooled (hidden for this team, or read from the old scheme)."""
        return 0 < len(self.pooled) < self.weeks


@dataclass(frozen=True)
class TeamWindowTable:
    window_weeks: int
    units: tuple[str, ...]
    windows: tuple[tuple[str, ...], ...]  # each window's weeks
    cells: tuple[tuple[TeamWindowCell, ...], ...]  # [unit][window]

    def shown_cells(self, metric: str) -> int:
        """Team cells that show a number for ``metric`` (not hidden, not too uncertain)."""
        return sum(1 for row in self.cells for c in row if metric in c.metrics and not c.metrics[metric].too_uncertain)


Counts = dict[tuple[float, float], list[int]]


def _tallies(store: ContributionsStore, periods: Sequence[str]) -> dict[str, dict[tuple[str, str], Counts]]:
    """field -> (period, unit) -> (ε₁, ε∞) -> report counts per category: one query per field."""
    out: dict[str, dict[tuple[str, str], Counts]] = {}
    for spec in AGGREGATE_FIELDS:
        index = {c: i for i, c in enumerate(spec.categories)}
        per: dict[tuple[str, str], Counts] = {}
        for budget, tallies in store.window_tallies(spec.id, periods).items():
            for t in tallies:
                counts = per.setdefault((t.period, t.unit), {}).setdefault(budget, [0] * len(spec.categories))
                counts[index[t.report]] += t.count
        out[spec.id] = per
    return out


def _cell(block: tuple[str, ...], weeks: int, pooled: Sequence[str], ns: Mapping[str, int], unit: str,
          tallies: Mapping[str, Mapping[tuple[str, str], Counts]]) -> TeamWindowCell:
    if not pooled:
        return TeamWindowCell(block[0], block[-1], weeks)
    n = sum(ns[p] for p in pooled)
    metrics: dict[str, WindowConcern] = {}
    for metric in HEAT_METRICS:
        categories = FIELDS_BY_ID[metric.field].categories
        chosen = [i for i, c in enumerate(categories) if c in metric.categories]
        counts: Counts = {}
        for p in pooled:
            for budget, week in tallies[metric.field].get((p, unit), {}).items():
                merged = counts.setdefault(budget, [0] * len(categories))
                for i, v in enumerate(week):
                    merged[i] += v
        estimate = concern_share(counts, chosen, contributions=n, window_weeks=len(pooled),
                                 fields=len(AGGREGATE_FIELDS), weekly=[ns[p] for p in pooled])
        if estimate is not None:
            reports = sum(sum(c) for c in counts.values())
            metrics[metric.key] = WindowConcern(block[0], block[-1], weeks, n, reports, *estimate)
    return TeamWindowCell(block[0], block[-1], weeks, tuple(pooled), n, metrics)


def team_windows(store: ContributionsStore, table: UnitTable, window_weeks: int) -> TeamWindowTable:
    """The heat map's teams × windows of ``window_weeks``, from the weekly table's shown cells only."""
    return team_window_tables(store, table, (window_weeks,))[0]


def team_window_tables(store: ContributionsStore, table: UnitTable, choices: Sequence[int] = TEAM_WINDOW_CHOICES,
                       ) -> tuple[TeamWindowTable, ...]:
    """One table per window length in ``choices`` (the store read once for all)."""
    periods = table.periods
    schemes = store.week_schemes(periods)
    tallies = _tallies(store, periods)
    out = []
    for window_weeks in choices:
        blocks = window_blocks(periods, window_weeks) or ([tuple(periods)] if periods else [])
        rows = []
        for unit, row in zip(table.units, table.cells, strict=True):
            ns = {p: c.n for p, c in zip(periods, row, strict=True) if c.n is not None}
            pooled = [[p for p in block if p in ns and schemes.get(p) == SCHEME_V2] for block in blocks]
            cells = (_cell(b, window_weeks, w, ns, unit, tallies) for b, w in zip(blocks, pooled, strict=True))
            rows.append(tuple(cells))
        out.append(TeamWindowTable(window_weeks, table.units, tuple(blocks), tuple(rows)))
    return tuple(out)


def weeks_too_noisy(table: UnitTable) -> bool:
    """True when some shown team-week's share is too uncertain to give a number."""
    return any(v.uncertain for row in table.cells for c in row for v in c.metrics.values())


def preferred_window(report: AggregateReport) -> int:
    """The heat map's default column: single weeks (1) unless some is too uncertain, then the shortest window
    in which some team shows a number, else the longest with a shown team (its cells then say "too uncertain");
    single weeks when no window shows a team (older five-field summaries are never pooled)."""
    tables = [t for t in report.team_windows if any(not c.hidden for row in t.cells for c in row)]
    if not tables or not weeks_too_noisy(report.units):
        return 1
    useful = [t for t in tables if any(t.shown_cells(m.key) for m in HEAT_METRICS)]
    return (useful or tables[-1:])[0].window_weeks


def _metric_json(w: WindowConcern) -> dict[str, Any]:
    out: dict[str, Any] = {"too_uncertain": w.too_uncertain}
    if not w.too_uncertain:
        out.update(share=round(w.share, 4), low=round(w.low, 4), high=round(w.high, 4))
    return out


def team_windows_json(table: TeamWindowTable) -> dict[str, Any]:
    """One entry of ``team_windows`` in ``coordinator report --json``."""
    return {
        "window_weeks": table.window_weeks,
        "units": list(table.units),
        "windows": [[b[0], b[-1]] for b in table.windows],
        "cells": [
            [{"first": c.first, "last": c.last, "weeks": list(c.pooled), "n": c.n, "hidden": c.hidden,
              "partial": c.partial, "metrics": {k: _metric_json(v) for k, v in c.metrics.items()}}
             for c in row]
            for row in table.cells
        ],
    }
