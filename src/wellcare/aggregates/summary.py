"""The coordinator's three questions answered from one report: how are my teams, getting worse, what support.

For the whole floor and each team, per concern measure: the latest pooled window's share with its
95% interval (or "too uncertain", :mod:`.display`), the window before it, and the verdict between
them (:mod:`.verdict`). Windows follow :mod:`.windows`: consecutive blocks counted back from the
report's last week, shown for a group only when every one of their weeks is shown for it (the
floor's weekly total, the team's heat-map cell) and all hold one-field contributions, so the
summary publishes nothing the weekly report hides. The EAP part is the report's own grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, FIELDS_BY_ID
from wellcare.aggregates.display import MAX_SHOWN_WIDTH
from wellcare.aggregates.report import HEAT_METRICS, AggregateReport
from wellcare.aggregates.store import SCHEME_V2, ContributionsStore
from wellcare.aggregates.verdict import (
    LEVEL,
    MeasureVerdict,
    Verdict,
    WindowConcern,
    concern_share,
    decide,
    group_verdict,
)
from wellcare.aggregates.windows import window_blocks

SUMMARY_WINDOW = 4  # weeks per pooled window in the summary (single weeks are too noisy, issue #13)


@dataclass(frozen=True)
class GroupSummary:
    unit: str | None  # None: the whole floor
    measures: tuple[MeasureVerdict, ...]

    @property
    def verdict(self) -> Verdict:
        return group_verdict(self.measures)


@dataclass(frozen=True)
class Summary:
    window_weeks: int
    latest: tuple[str, str] | None  # first and last week of the latest window (None: the range is too short)
    previous: tuple[str, str] | None
    floor: GroupSummary
    teams: tuple[GroupSummary, ...]


def _window(store: ContributionsStore, block: Sequence[str], shown: Mapping[str, int | None],
            schemes: Mapping[str, int], field: str, chosen: Sequence[int],
            members: Sequence[str] | None) -> WindowConcern | None:
    if any(shown.get(p) is None for p in block) or any(schemes.get(p) != SCHEME_V2 for p in block):
        return None
    categories = FIELDS_BY_ID[field].categories
    index = {c: i for i, c in enumerate(categories)}
    counts: dict[tuple[float, float], list[int]] = {}
    for budget, tallies in store.window_tallies(field, block, members).items():
        group = counts.setdefault(budget, [0] * len(categories))
        for t in tallies:
            group[index[t.report]] += t.count
    weekly = [int(shown[p] or 0) for p in block]
    estimate = concern_share(counts, chosen, contributions=sum(weekly), window_weeks=len(block),
                             fields=len(AGGREGATE_FIELDS), weekly=weekly)
    if estimate is None:
        return None
    return WindowConcern(block[0], block[-1], len(block), sum(weekly), sum(sum(c) for c in counts.values()), *estimate)


def _group(store: ContributionsStore, blocks: Sequence[tuple[str, ...]], shown: Mapping[str, int | None],
           schemes: Mapping[str, int], unit: str | None) -> list[MeasureVerdict]:
    members = None if unit is None else (unit,)
    out = []
    for metric in HEAT_METRICS:
        categories = FIELDS_BY_ID[metric.field].categories
        chosen = [i for i, c in enumerate(categories) if c in metric.categories]
        latest = _window(store, blocks[-1], shown, schemes, metric.field, chosen, members) if blocks else None
        previous = (_window(store, blocks[-2], shown, schemes, metric.field, chosen, members)
                    if len(blocks) > 1 else None)
        out.append(MeasureVerdict(metric.key, latest, previous))
    return out


def build_summary(store: ContributionsStore, report: AggregateReport, window_weeks: int = SUMMARY_WINDOW) -> Summary:
    """The summary of ``report``'s weeks: floor and every team, from the cells the report shows."""
    table = report.units
    periods = table.periods
    blocks = window_blocks(periods, window_weeks)[-2:]
    schemes = store.week_schemes(periods)
    floor_shown = dict(zip(periods, table.totals, strict=True))
    floor = _group(store, blocks, floor_shown, schemes, None)
    teams = [_group(store, blocks, {p: c.n for p, c in zip(periods, row, strict=True)}, schemes, unit)
             for unit, row in zip(table.units, table.cells, strict=True)]
    [floor] = decide([floor])
    teams = decide(teams) if teams else []
    return Summary(
        window_weeks=window_weeks,
        latest=(blocks[-1][0], blocks[-1][-1]) if blocks else None,
        previous=(blocks[-2][0], blocks[-2][-1]) if len(blocks) > 1 else None,
        floor=GroupSummary(None, tuple(floor)),
        teams=tuple(GroupSummary(u, tuple(m)) for u, m in zip(table.units, teams, strict=True)),
    )


def _window_json(w: WindowConcern | None) -> dict[str, Any] | None:
    if w is None:
        return None
    out: dict[str, Any] = {"first": w.first, "last": w.last, "window_weeks": w.weeks, "n": w.n,
                           "too_uncertain": w.too_uncertain}
    if not w.too_uncertain:
        out.update(share=round(w.share, 4), low=round(w.low, 4), high=round(w.high, 4))
    return out


def _group_json(g: GroupSummary) -> dict[str, Any]:
    return {
        "unit": g.unit,
        "verdict": g.verdict.value,
        "measures": [
            {"metric": m.metric, "verdict": m.verdict.value, "latest": _window_json(m.latest),
             "previous": _window_json(m.previous), "p": None if m.p is None else round(m.p, 4)}
            for m in g.measures
        ],
    }


def summary_json(summary: Summary) -> dict[str, Any]:
    """The ``summary`` field of ``coordinator report --json`` (the same numbers as the Summary view and PDF page)."""
    return {
        "window_weeks": summary.window_weeks,
        "latest": None if summary.latest is None else list(summary.latest),
        "previous": None if summary.previous is None else list(summary.previous),
        "test": f"two-sided two-sample z-test at {LEVEL:.0%}, Holm across teams x measures",
        "max_shown_width": MAX_SHOWN_WIDTH,
        "floor": _group_json(summary.floor),
        "teams": [_group_json(t) for t in summary.teams],
    }
