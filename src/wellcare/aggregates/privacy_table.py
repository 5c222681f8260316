"""What the one-field scheme can tell, measured: half-widths and interval coverage by simulation.

The table behind ``wellcare coordinator privacy-table``, docs/PRIVACY.md and the benchmark. For a
centre of N counselors it simulates the scheme exactly as the app runs it (each person-week sends
one field drawn uniformly from the table; permanent k-RR at ε∞ memoized per value, then a fresh
draw making each report ε₁) over windows of 1, 4 and 13 weeks, estimates with
:func:`~wellcare.aggregates.estimate.estimate_window_share` (given the centre's count in each week, as
the report publishes it) and counts how often the 95% interval holds the true share. True values stay
fixed within a window (the memo is shared as much as it can be, the worst case for pooling). numpy
keeps it to seconds (it comes with matplotlib).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from wellcare.aggregate_format.one_field import OneFieldBudget
from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, WHO5, WHO5_BANDS
from wellcare.aggregates.estimate import estimate_window_share

WINDOWS = (1, 4, 13)
PARTICIPATION = 0.85
# A plausible WHO-5 week (good, poor, likely_depression, none: not taken that week); the demo's shape.
WHO5_TRUTH = (0.30, 0.17, 0.08, 0.45)
LOW = (1, 2)  # poor and likely_depression: "low well-being", WHO-5 at or below 50
# rows of the table: (row name, the categories whose share is estimated)
METRICS: tuple[tuple[str, tuple[tuple[int, ...], ...]], ...] = (
    ("who5_low", (LOW,)),  # a yes/no share: WHO-5 below the cut-off
    ("who5_band", ((0,), (1,), (2,), (3,))),  # every band's share
)


@dataclass(frozen=True)
class TableRow:
    counselors: int
    window_weeks: int
    field: str
    epsilon_per_week: float
    epsilon_per_value: float
    epsilon_per_year: float
    half_width_points: float  # mean over simulated windows (the widest band for who5_band)
    coverage: float  # share of simulated 95% intervals that held the true share
    formula_half_width_points: float  # the estimator's variance formula at the true shares
    runs: int

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        for key in ("epsilon_per_week", "epsilon_per_value", "epsilon_per_year"):
            out[key] = round(float(out[key]), 4)
        for key in ("half_width_points", "formula_half_width_points", "coverage"):
            out[key] = round(float(out[key]), 3)
        return out


def _krr(rng: np.random.Generator, values: np.ndarray, epsilon: float, k: int) -> np.ndarray:
    p, _ = rr_probabilities(epsilon, k)
    keep = rng.random(values.shape) < p
    other = (values + 1 + rng.integers(0, k - 1, size=values.shape)) % k
    return np.where(keep, values, other)


def _runs_for(counselors: int) -> int:
    """Enough windows for a coverage estimate within about ±2 points, within a second or two."""
    return max(300, min(1000, 400_000 // max(counselors, 1)))


def simulate_rows(
    counselors: int,
    budget: OneFieldBudget,
    *,
    windows: Sequence[int] = WINDOWS,
    runs: int | None = None,
    seed: int = 13,
    participation: float = PARTICIPATION,
    field_share: float | None = None,
) -> list[TableRow]:
    """Rows (window × metric) for a centre of ``counselors``; deterministic for a seed.

    ``field_share``: the chance a person-week sends the WHO-5 field (default: one field in
    five, as the app does); another value answers "what if WHO-5 were drawn more often".
    """
    if counselors < 1:
        raise ValueError("a centre has at least one counselor")
    rng = np.random.default_rng(seed)
    runs = runs or _runs_for(counselors)
    k = len(WHO5_BANDS)
    share_of_weeks = field_share if field_share is not None else 1 / len(AGGREGATE_FIELDS)
    if not 0 < share_of_weeks <= 1:
        raise ValueError("field_share is a probability above 0")
    fields = 1 / share_of_weeks
    instantaneous = budget.instantaneous_epsilon(k)
    rows: list[TableRow] = []
    for weeks in windows:
        truth = rng.choice(k, size=(runs, counselors), p=WHO5_TRUTH)
        memo = _krr(rng, truth, budget.epsilon_value, k)
        counts = np.zeros((runs, k), dtype=np.int64)
        weeks_in = np.zeros((runs, k), dtype=np.int64)  # true person-weeks per category
        weekly = np.zeros((runs, weeks), dtype=np.int64)  # the centre's published count per week
        for week in range(weeks):
            sends = rng.random((runs, counselors)) < participation
            this_field = sends & (rng.random((runs, counselors)) < share_of_weeks)
            reports = _krr(rng, memo, instantaneous, k)
            for c in range(k):
                counts[:, c] += ((reports == c) & this_field).sum(axis=1)
                weeks_in[:, c] += ((truth == c) & sends).sum(axis=1)
            weekly[:, week] = sends.sum(axis=1)
        contributions = weekly.sum(axis=1)
        for name, chosen_sets in METRICS:
            widths: list[float] = []
            formula: list[float] = []
            covered = trials = 0
            for chosen in chosen_sets:
                for r in range(runs):
                    if counts[r].sum() == 0:
                        continue
                    est = estimate_window_share(
                        [int(n) for n in counts[r]], chosen, epsilon_report=budget.epsilon_report,
                        epsilon_value=budget.epsilon_value, contributions=int(contributions[r]),
                        window_weeks=weeks, fields=fields, weekly=[int(n) for n in weekly[r]])
                    true_share = sum(int(weeks_in[r, c]) for c in chosen) / int(contributions[r])
                    widths.append(est.half_width)
                    covered += est.unbiased - 1.96 * est.se <= true_share <= est.unbiased + 1.96 * est.se
                    trials += 1
                formula.append(_formula_half_width(counselors, weeks, chosen, budget, participation, fields))
            per_set = len(widths) // len(chosen_sets) or 1
            widest = max(float(np.mean(widths[i:i + per_set])) for i in range(0, len(widths), per_set))
            rows.append(TableRow(counselors, weeks, name, budget.epsilon_report, budget.epsilon_value,
                                 budget.epsilon_year, 100 * widest, covered / max(trials, 1),
                                 100 * max(formula), runs))
    return rows


def _formula_half_width(counselors: int, weeks: int, chosen: Sequence[int], budget: OneFieldBudget,
                        participation: float, fields: float) -> float:
    """The estimator's own half-width at the expected counts (no simulation): a cross-check."""
    k = len(WHO5_BANDS)
    contributions = max(1, round(counselors * weeks * participation))
    reports = max(1, round(contributions / fields))
    p, q = rr_probabilities(budget.epsilon_report, k)
    expected = [reports * (WHO5_TRUTH[c] * p + (1 - WHO5_TRUTH[c]) * q) for c in range(k)]
    counts = [max(0, round(x)) for x in expected]
    if sum(counts) == 0:
        return math.inf
    est = estimate_window_share(counts, chosen, epsilon_report=budget.epsilon_report,
                                epsilon_value=budget.epsilon_value, contributions=contributions,
                                window_weeks=weeks, fields=fields)
    return est.half_width


def table_json(rows: Sequence[TableRow]) -> list[dict[str, object]]:
    return [row.to_json() for row in rows]


def table_markdown(rows: Sequence[TableRow]) -> str:
    lines = ["| counselors | window (weeks) | field | ε per week | ε per value | ε per year | ± points (95%) "
             "| coverage |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.counselors} | {r.window_weeks} | {r.field} | {r.epsilon_per_week:.3g} | "
                     f"{r.epsilon_per_value:.3g} | {r.epsilon_per_year:.3g} | {r.half_width_points:.1f} | "
                     f"{100 * r.coverage:.1f}% |")
    return "\n".join(lines)


__all__ = ["WHO5", "TableRow", "simulate_rows", "table_json", "table_markdown"]
