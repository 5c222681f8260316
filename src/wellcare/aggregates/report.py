"""The aggregate report: what the dashboard draws, the CSV and PDF hold and ``coordinator report`` prints.

Every number in it is safe to publish together with every other report the same store can give:

- **Groups.** A group is the contributions of one week, from the whole org or from one unit.
  Contributions are per person-week (tokens do not link weeks), so nothing is pooled across
  weeks and every week stands alone.
- **Counts** (the unit × week table): each week's column is one partition (the week's total →
  its units), suppressed on its own by :func:`~wellcare.aggregates.partition.hidden_parts`: units
  under the minimum hidden, then shown units drawn at random (keyed by the office's secret) until
  the hidden rest is at least the minimum. A column depends only on that week's counts, the fixed
  list of units and the secret, never on the period or unit the coordinator picked, so two queries
  can never hide different cells of the same week and be subtracted from each other; unit rows
  over weeks are not added up.
- **The rest.** What a column hides adds up to the week's total minus what it shows, a group as
  well ("these 2 people are somewhere in these teams"); keeping it at the minimum or more leaves
  every hidden count anywhere between 0 and the rest for all a reader can tell.
- **Estimates.** A week's org-wide estimates are shown when it has at least the minimum number
  of contributions; a unit's (its filtered view and its heat-map cell) exactly when its count is
  shown. Estimates are additive, so the floor minus the shown units describes the hidden rest,
  which the rule above keeps at the minimum or more; every shown unit therefore also passes
  :func:`~wellcare.aggregates.suppression.check_filter` (its group and its remainder).
- **EAP requests** (:mod:`.eap_counts`): per fixed 4-week block, never per week; a range adds up
  what its whole, finished blocks show and lists the weeks it leaves out.
- **Why** a number is hidden is not published (only that it is): "small" against "complementary"
  would tell a reader which hidden count is the small one.
- Filters are one unit at a time (a partition of the org), never an arbitrary set of units:
  two sets differing by a small unit would describe it.

Every estimate carries its group size N and the ε its reports were drawn with.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, BREAKS, FIELDS_BY_ID, HARD_CALLS, NONE, check_period
from wellcare.aggregate_format.schema import BAND_FIELDS as SCHEMA_BAND_FIELDS
from wellcare.aggregates.display import too_uncertain
from wellcare.aggregates.eap_counts import CountGrid, WeekCounts, eap_grid
from wellcare.aggregates.estimate import CategoryEstimate, estimate_counts
from wellcare.aggregates.partition import hidden_parts, keyed_rng
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.rates import LinearEstimate, estimate_linear
from wellcare.aggregates.store import ContributionsStore, Tally
from wellcare.aggregates.suppression import check_filter
from wellcare.aggregates.windows import PooledWindow, pooled_windows
from wellcare.weeks import IsoWeek

if TYPE_CHECKING:  # the summary builds on this module
    from wellcare.aggregates.summary import Summary
    from wellcare.aggregates.team_windows import TeamWindowTable

# 2: "hidden" is true/false (no reason), EAP counts per week; 3: EAP counts per fixed 4-week block only
SCHEMA = "wellcare.aggregate_report/3"
FIELDS: dict[str, tuple[str, ...]] = {f.id: f.categories for f in AGGREGATE_FIELDS}
BAND_FIELDS: tuple[str, ...] = tuple(f.id for f in SCHEMA_BAND_FIELDS)

# Bucket values for means (the table's): the bucket's middle, and its lower edge for the open top
# bucket. Counts crowd at a bucket's low end (most weeks with 2-4 hard calls have 2), so the middle
# overstates them, while the open top's edge understates; the mean is an approximation whose bias
# can go either way, and on the demo's data it is an overestimate.
HARD_CALL_VALUES: dict[str, float] = dict(zip(FIELDS[HARD_CALLS], FIELDS_BY_ID[HARD_CALLS].bucket_values, strict=True))
BREAK_VALUES: dict[str, float] = dict(zip(FIELDS[BREAKS], FIELDS_BY_ID[BREAKS].bucket_values, strict=True))


@dataclass(frozen=True)
class Metric:
    """A share of one field's categories, for the unit × week heat map."""

    key: str
    field: str
    categories: tuple[str, ...]

    def weights(self) -> list[float]:
        return [1.0 if c in self.categories else 0.0 for c in FIELDS[self.field]]


HEAT_METRICS: tuple[Metric, ...] = tuple(Metric(f.concern_key, f.id, f.concern) for f in AGGREGATE_FIELDS if f.concern)


# -- periods ---------------------------------------------------------------------------------------

def week_start(period: str) -> date:
    return IsoWeek.parse(period).monday


def periods_between(first: str, last: str) -> list[str]:
    """Every ISO week from ``first`` to ``last``, both included (empty if ``last`` is earlier)."""
    return [str(week) for week in IsoWeek.range(IsoWeek.parse(first), IsoWeek.parse(last))]


def shift_week(period: str, weeks: int) -> str:
    return str(IsoWeek.parse(period).shifted(weeks))


# -- the report's parts ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Share:
    category: str
    share: float
    low: float
    high: float
    reported: int  # reports that said this category (randomized, not people)
    uncertain: bool = False  # its interval before clipping is too wide to show a number (aggregates.display)

    @classmethod
    def of(cls, e: CategoryEstimate) -> Share:
        uncertain = too_uncertain(e.unbiased / e.total, e.se / e.total)
        return cls(e.category, e.share, e.share_low, e.share_high, e.reported, uncertain)


@dataclass(frozen=True)
class FieldWeek:
    """One field's estimated shares in one week's group, or why they are hidden."""

    period: str
    n: int | None
    epsilon: tuple[float, ...] = ()
    shares: tuple[Share, ...] = ()
    hidden: bool = False


@dataclass(frozen=True)
class RateWeek:
    """A mean per counselor-week (× scale), with its interval, for one week's group."""

    period: str
    n: int | None
    epsilon: tuple[float, ...] = ()
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hidden: bool = False


@dataclass(frozen=True)
class HeatValue:
    share: float
    low: float
    high: float
    uncertain: bool = False  # its interval before clipping is too wide to show a number (aggregates.display)


@dataclass(frozen=True)
class UnitCell:
    n: int | None  # contributions from the unit that week, None when hidden
    hidden: bool = False
    epsilon: tuple[float, ...] = ()
    metrics: Mapping[str, HeatValue] = field(default_factory=dict)  # empty unless estimates may be shown


@dataclass(frozen=True)
class UnitTable:
    units: tuple[str, ...]
    periods: tuple[str, ...]
    cells: tuple[tuple[UnitCell, ...], ...]  # [unit][week]
    totals: tuple[int | None, ...]  # org-wide contributions per week (None when under the minimum)


@dataclass(frozen=True)
class AggregateReport:
    periods: tuple[str, ...]
    unit: str | None  # the filter: one unit, or None for the whole org
    settings: AggregatePolicy
    generated_at: datetime | None
    weeks: tuple[FieldWeek, ...]  # the group per week (n, hidden); shares empty
    bands: Mapping[str, tuple[FieldWeek, ...]]  # WHO-5, PSS-10, CBI client, breaks and hard-call buckets
    hard_calls_per_100: tuple[RateWeek, ...]
    breaks_per_week: tuple[RateWeek, ...]
    units: UnitTable
    eap: CountGrid | None = None
    window_weeks: int = 1  # pooled windows (wellcare.aggregates.windows), when more than one week
    pooled: Mapping[str, tuple[PooledWindow, ...]] = field(default_factory=dict)
    summary: Summary | None = None  # the three questions' answers (wellcare.aggregates.summary), when asked for
    team_windows: tuple[TeamWindowTable, ...] = ()  # the heat map over pooled windows (aggregates.team_windows)

    @property
    def filter_refused(self) -> bool:
        """A unit filter none of whose weeks may be shown."""
        return self.unit is not None and all(w.hidden for w in self.weeks)

    def shown_counts(self) -> list[int]:
        """Every group size the report shows (for checks: none is under the minimum)."""
        out = [w.n for w in self.weeks if w.n is not None]
        out += [c.n for row in self.units.cells for c in row if c.n is not None]
        out += [t for t in self.units.totals if t is not None]
        for weeks in self.bands.values():
            out += [w.n for w in weeks if w.n is not None]
        for rates in (self.hard_calls_per_100, self.breaks_per_week):
            out += [r.n for r in rates if r.n is not None]
        if self.eap is not None:
            for block in self.eap.blocks:
                out += [v for v in (block.total, *block.kind_totals) if v is not None]
                out += [v for row in block.cells for v in row if v is not None]
        return out

    def to_json(self) -> dict[str, Any]:
        from wellcare.aggregates.report_files import report_json  # the file formats build on this module

        return report_json(self)


# -- building ------------------------------------------------------------------------------------------

Groups = dict[float, list[int]]


class _Index:
    """Report counts per field, (period, unit) and ε, in schema category order."""

    def __init__(self, tallies: Mapping[str, Iterable[Tally]]) -> None:
        self._data: dict[str, dict[str, dict[str, Groups]]] = {}  # field -> period -> unit -> ε -> counts
        for name, rows in tallies.items():
            categories = FIELDS[name]
            index = {c: i for i, c in enumerate(categories)}
            per: dict[str, dict[str, Groups]] = defaultdict(lambda: defaultdict(dict))
            for t in rows:
                counts = per[t.period][t.unit].setdefault(t.epsilon, [0] * len(categories))
                counts[index[t.report]] += t.count
            self._data[name] = per

    def groups(self, name: str, period: str, units: Sequence[str] | None) -> Groups:
        """Counts per ε for one week; ``units`` None means every unit."""
        per_unit = self._data.get(name, {}).get(period, {})
        out: Groups = {}
        chosen = per_unit.values() if units is None else [per_unit[u] for u in units if u in per_unit]
        for groups in chosen:
            for epsilon, counts in groups.items():
                merged = out.setdefault(epsilon, [0] * len(counts))
                for i, n in enumerate(counts):
                    merged[i] += n
        return out


def _any(groups: Groups) -> bool:
    return any(sum(counts) for counts in groups.values())


def _epsilons(groups: Groups) -> tuple[float, ...]:
    return tuple(sorted(e for e, counts in groups.items() if sum(counts)))


def _shares(name: str, groups: Groups) -> tuple[Share, ...]:
    """Estimated shares per category: each ε group estimated alone, then added (independent)."""
    categories = FIELDS[name]
    unbiased = [0.0] * len(categories)
    variance = [0.0] * len(categories)
    reported = [0] * len(categories)
    for epsilon, counts in groups.items():
        if not sum(counts):
            continue
        for i, e in enumerate(estimate_counts(counts, epsilon, categories)):
            unbiased[i] += e.unbiased
            variance[i] += e.se**2
            reported[i] += counts[i]
    total = sum(reported)
    return tuple(
        Share.of(CategoryEstimate(c, reported[i], total, unbiased[i], math.sqrt(variance[i])))
        for i, c in enumerate(categories)
    )


def _rate(name: str, groups: Groups, values: Mapping[str, float], scale: float) -> tuple[float, float, float]:
    estimate: LinearEstimate = estimate_linear(groups, [values[c] for c in FIELDS[name]])
    return estimate.per(scale)


@dataclass(frozen=True)
class _Week:
    period: str
    total: int
    column: tuple[UnitCell, ...]  # counts per unit, suppressed
    estimable: frozenset[str]  # units whose estimates may be shown


def _week(period: str, units: Sequence[str], sizes: Mapping[tuple[str, str], int], minimum: int,
          secret: bytes) -> _Week:
    counts = [sizes.get((period, u), 0) for u in units]
    total = sum(counts)
    hidden = hidden_parts(counts, minimum, keyed_rng(secret, "units", period), total_hidden=total < minimum)
    cells = tuple(UnitCell(None, True) if h else UnitCell(n) for n, h in zip(counts, hidden, strict=True))
    shown = [i for i, h in enumerate(hidden) if not h]
    for i in shown:  # belt and braces: the documented filter rule holds for every team shown
        assert check_filter(total, counts[i], minimum).allowed
    return _Week(period, total, cells, frozenset(units[i] for i in shown))


def report_units(store: ContributionsStore, settings: AggregatePolicy) -> tuple[str, ...]:
    """The fixed row set: the policy's units, then any other unit contributions named, then "none" if used.

    It must not depend on the period asked for: a row that came and went with the period would
    change how each week's column is suppressed.
    """
    seen = store.units()
    extra = [u for u in seen if u not in settings.org_units and u != NONE]
    return (*settings.org_units, *extra, *((NONE,) if NONE in seen else ()))


def build_report(
    store: ContributionsStore,
    settings: AggregatePolicy,
    periods: Sequence[str],
    unit: str | None = None,
    *,
    eap: Mapping[str, WeekCounts] | None = None,
    eap_kinds: Sequence[str] = (),
    eap_statuses: Sequence[str] = (),
    generated_at: datetime | None = None,
    window_weeks: int = 1,
    eap_before: str | None = None,
) -> AggregateReport:
    """The report for the given weeks, for the whole org (``unit`` None) or one unit.

    ``eap`` holds the EAP requests received per week, by (kind, status); weeks missing had none.
    They are published per whole 4-week block only, and only blocks over before ``eap_before``
    (the current week) when it is given.
    """
    periods = tuple(check_period(p) for p in periods)
    minimum = settings.min_group_size
    units = report_units(store, settings)
    if unit is not None and unit not in units:
        raise ValueError(f"{unit!r} is not a unit of this organisation")
    sizes = store.group_sizes(periods)
    secret = store.suppression_secret()
    weeks = [_week(p, units, sizes, minimum, secret) for p in periods]
    index = _Index({name: store.tallies(name, periods) for name in FIELDS})

    def group(w: _Week) -> tuple[int | None, bool, Sequence[str] | None]:
        if unit is None:
            return (w.total, False, None) if w.total >= minimum else (None, True, None)
        if unit in w.estimable:
            return sizes.get((w.period, unit), 0), False, (unit,)
        return None, True, None

    week_rows: list[FieldWeek] = []
    bands: dict[str, list[FieldWeek]] = {name: [] for name in FIELDS}
    hard_calls: list[RateWeek] = []
    breaks: list[RateWeek] = []
    for w in weeks:
        n, hidden, members = group(w)
        week_rows.append(FieldWeek(w.period, n, hidden=hidden))
        if n is None:
            for name in FIELDS:
                bands[name].append(FieldWeek(w.period, None, hidden=hidden))
            hard_calls.append(RateWeek(w.period, None, hidden=hidden))
            breaks.append(RateWeek(w.period, None, hidden=hidden))
            continue
        for name in FIELDS:
            groups = index.groups(name, w.period, members)
            # a one-field week may have no report of a field in a group: no estimate, not a zero
            bands[name].append(FieldWeek(w.period, n, _epsilons(groups), _shares(name, groups) if _any(groups) else ()))
        calls = index.groups(HARD_CALLS, w.period, members)
        value, low, high = _rate(HARD_CALLS, calls, HARD_CALL_VALUES, 100.0) if _any(calls) else (None, None, None)
        hard_calls.append(RateWeek(w.period, n, _epsilons(calls), value, low, high))
        taken = index.groups(BREAKS, w.period, members)
        value, low, high = _rate(BREAKS, taken, BREAK_VALUES, 1.0) if _any(taken) else (None, None, None)
        breaks.append(RateWeek(w.period, n, _epsilons(taken), value, low, high))

    cells: list[list[UnitCell]] = []
    for i, u in enumerate(units):
        row = []
        for w in weeks:
            cell = w.column[i]
            if u in w.estimable:
                metrics = {}
                eps: set[float] = set()
                for metric in HEAT_METRICS:
                    groups = index.groups(metric.field, w.period, (u,))
                    if not _any(groups):
                        continue
                    eps.update(_epsilons(groups))
                    est = estimate_linear(groups, metric.weights())
                    uncertain = too_uncertain(est.unbiased / est.total, est.se / est.total)
                    metrics[metric.key] = HeatValue(*est.per(1.0), uncertain=uncertain)
                cell = UnitCell(cell.n, False, tuple(sorted(eps)), metrics)
            row.append(cell)
        cells.append(row)
    table = UnitTable(
        units, periods, tuple(tuple(r) for r in cells), tuple(w.total if w.total >= minimum else None for w in weeks)
    )
    grid = eap_grid(eap, periods, eap_kinds, eap_statuses, minimum, secret, eap_before) if eap is not None else None
    pooled = {} if window_weeks <= 1 else pooled_windows(
        store, periods, window_weeks, {w.period: w.n for w in week_rows}, None if unit is None else (unit,))
    return AggregateReport(
        periods=periods,
        unit=unit,
        settings=settings,
        generated_at=generated_at,
        weeks=tuple(week_rows),
        bands={name: tuple(rows) for name, rows in bands.items()},
        hard_calls_per_100=tuple(hard_calls),
        breaks_per_week=tuple(breaks),
        units=table,
        eap=grid,
        window_weeks=max(1, window_weeks),
        pooled=pooled,
    )
