"""Unbiased estimates, with 95% intervals, of true category counts from randomized reports.

Neither OpenDP nor diffprivlib gives the estimator; this is the textbook k-ary one (INSTRUMENTS.md):
N̂_v = (n_v − N·q) / (p − q), Var = N·q(1 − q)/(p − q)² + N_v(1 − p − q)/(p − q) with N_v = clip(N̂_v, 0, N).
The interval is N̂_v ± 1.96·SE; the shown estimate and the interval are clipped to [0, N] (the true
count always lies there, so clipping never drops it from the interval).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregates.received import FieldReport

Z_95 = 1.96


@dataclass(frozen=True)
class CategoryEstimate:
    """One category's estimated true count among ``total`` reports."""

    category: str
    reported: int  # reports that said this category
    total: int  # N, all reports in the group
    unbiased: float  # N̂_v as computed: may be negative or above N
    se: float  # standard error of N̂_v

    @property
    def count(self) -> float:
        """The estimate to show: N̂_v clipped to [0, N]."""
        return _clip(self.unbiased, self.total)

    @property
    def low(self) -> float:
        return _clip(self.unbiased - Z_95 * self.se, self.total)

    @property
    def high(self) -> float:
        return _clip(self.unbiased + Z_95 * self.se, self.total)

    @property
    def share(self) -> float:
        return self.count / self.total

    @property
    def share_low(self) -> float:
        return self.low / self.total

    @property
    def share_high(self) -> float:
        return self.high / self.total


def _clip(value: float, total: int) -> float:
    return min(max(value, 0.0), float(total))


def _check_counts(counts: Sequence[int]) -> int:
    for n in counts:
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"report counts must be whole numbers, 0 or more: {list(counts)!r}")
    total = sum(counts)
    if total == 0:
        raise ValueError("no reports to estimate from")
    return total


def _unbiased_and_variance(counts: Sequence[int], epsilon: float) -> list[tuple[float, float]]:
    """(N̂_v, Var N̂_v) per category, for reports all drawn with the same ε and k = len(counts)."""
    total = _check_counts(counts)
    p, q = rr_probabilities(epsilon, len(counts))
    gap = p - q
    out = []
    for n in counts:
        unbiased = (n - total * q) / gap
        plug_in = _clip(unbiased, total)
        variance = total * q * (1 - q) / gap**2 + plug_in * (1 - p - q) / gap
        out.append((unbiased, variance))
    return out


def estimate_counts(counts: Sequence[int], epsilon: float, categories: Sequence[str] | None = None,
                    ) -> tuple[CategoryEstimate, ...]:
    """Estimate true counts from the report count of each category (k = len(counts)), one ε."""
    names = tuple(categories) if categories is not None else tuple(str(i) for i in range(len(counts)))
    if len(names) != len(counts):
        raise ValueError(f"{len(counts)} counts for {len(names)} categories")
    total = _check_counts(counts)
    return tuple(
        CategoryEstimate(category=name, reported=n, total=total, unbiased=unbiased, se=math.sqrt(variance))
        for name, n, (unbiased, variance) in zip(names, counts, _unbiased_and_variance(counts, epsilon), strict=True)
    )


def estimate_field(reports: Iterable[FieldReport], categories: Sequence[str]) -> tuple[CategoryEstimate, ...]:
    """Estimate one field from received reports, which may carry different ε (a policy change).

    Reports are grouped by ε; each group's estimate is unbiased, so their sum is, and the
    groups are independent, so the variances add.
    """
    names = tuple(categories)
    index = {name: i for i, name in enumerate(names)}
    groups: dict[float, list[int]] = defaultdict(lambda: [0] * len(names))
    for r in reports:
        if r.k != len(names) or r.report not in index:
            raise ValueError(f"report {r.report!r} with k={r.k} does not belong to categories {names!r}")
        groups[r.epsilon][index[r.report]] += 1
    if not groups:
        raise ValueError("no reports to estimate from")
    unbiased = [0.0] * len(names)
    variance = [0.0] * len(names)
    for epsilon, counts in groups.items():
        for i, (u, v) in enumerate(_unbiased_and_variance(counts, epsilon)):
            unbiased[i] += u
            variance[i] += v
    reported = Counter({name: sum(g[i] for g in groups.values()) for i, name in enumerate(names)})
    total = sum(reported.values())
    return tuple(
        CategoryEstimate(category=name, reported=reported[name], total=total, unbiased=unbiased[i],
                         se=math.sqrt(variance[i]))
        for i, name in enumerate(names)
    )


# -- pooled windows of the one-field scheme (wellcare.contribution/2) --------------------------------

class ShareInterval:
    """A share's point estimate and 95% interval, clipped to [0, 1], from ``unbiased`` and ``se``."""

    unbiased: float  # may fall outside [0, 1]
    se: float

    @property
    def share(self) -> float:
        return min(max(self.unbiased, 0.0), 1.0)

    @property
    def low(self) -> float:
        return min(max(self.unbiased - Z_95 * self.se, 0.0), 1.0)

    @property
    def high(self) -> float:
        return min(max(self.unbiased + Z_95 * self.se, 0.0), 1.0)


@dataclass(frozen=True)
class WindowShare(ShareInterval):
    """The share of a window's person-weeks whose true value of one field is in ``categories``.

    ``reports``: the window's reports of that field; ``contributions``: all the window's
    contributions (every field), the person-weeks the share is of.
    """

    categories: tuple[str, ...]
    reports: int
    contributions: int
    window_weeks: int
    unbiased: float  # may fall outside [0, 1]
    se: float


    @property
    def half_width(self) -> float:
        """Z·SE, before clipping: the honest width of the interval (in share units)."""
        return Z_95 * self.se


def pairs_per_contribution(weekly: Sequence[int]) -> float:
    """Same-person ordered pairs of weeks per contribution, ρ = Σᵢ sᵢ(sᵢ − 1) / C, from the weekly counts alone.

    ``weekly``: the group's contributions in each pooled week (published numbers: this uses nothing a
    reader of the report lacks, and links nobody). A week holds at most one contribution per person,
    so the group has P ≥ max N_w people. If each week's N_w senders are any N_w of P people, drawn
    afresh each week, two weeks share N_w·N_v/P of them on average, and Σᵢ sᵢ(sᵢ − 1) =
    Σ_{w≠v} N_w·N_v / P. Taking P = max N_w (the fewest people the counts allow) makes this as
    large as the counts let it be under that model: ((Σ N_w)² − Σ N_w²) / (max N_w · Σ N_w) ≤ W − 1,
    with equality when every week has the same count (everybody may be sending every week).
    When some people send more often than others the pairs grow (Σ rᵢ² ≥ (Σ rᵢ)²/P), but max N_w
    also falls short of P by more than that needs in every case simulated (tests/aggregates/
    test_team_windows.py, tests/perf/coverage_grid.py).
    """
    counts = [int(n) for n in weekly]
    if not counts or any(n < 0 for n in counts):
        raise ValueError(f"weekly counts must be 0 or more, at least one week: {counts!r}")
    total = sum(counts)
    if total == 0:
        return 0.0
    return (total**2 - sum(n * n for n in counts)) / (max(counts) * total)


def estimate_window_share(
    counts: Sequence[int],
    chosen: Sequence[int],
    *,
    epsilon_report: float,
    epsilon_value: float,
    contributions: int,
    window_weeks: int,
    fields: float,
    categories: Sequence[str] | None = None,
    weekly: Sequence[int] | None = None,
) -> WindowShare:
    """Unbiased share, with a 95% interval, of the categories at indices ``chosen`` over a pooled window.

    ``counts``: the window's reports of one field per category, all drawn with (ε₁, ε∞).
    The variance has three parts, each a bound the coordinator can compute without linking anybody:

    - the randomization, as for one group of k-RR reports at ε₁ (the two layers compose to k-RR);
    - the memo: reports of one person's unchanged value share their permanent draw, so they are
      positively correlated, Cov = Var(1[memo ∈ S]) / (p∞ − q∞)² per ordered pair; a person with s
      contributions in the window has on average s(s − 1)/F² ordered pairs of reports of one field
      (F fields: 1/F is the chance a person-week draws this field), so the pairs are
      C·ρ/F² with ρ = Σ s(s − 1)/C the same-person pairs per contribution (C contributions).
      Without ``weekly`` ρ is its bound W − 1 (everybody sends every week, s = W). With the
      group's published ``weekly`` counts N_w (see :func:`pairs_per_contribution`) ρ is what
      senders drawn afresh each week from at least max N_w people would give: fewer people
      sending each week (leave, shifts, weeks skipped) make fewer same-person pairs;
    - the sampling: only the person-weeks that drew this field report it (R of C, without replacement).
    """
    total = _check_counts(counts)
    k = len(counts)
    picked = sorted(set(chosen))
    if not picked or picked[0] < 0 or picked[-1] >= k or len(picked) == k:
        raise ValueError(f"choose some but not all of the {k} categories, not {list(chosen)!r}")
    if contributions < total or window_weeks < 1 or fields < 1:
        raise ValueError("a window has at least as many contributions as reports of one field, and a week")
    s = len(picked)
    p, q = rr_probabilities(epsilon_report, k)
    gap = p - q
    p_set, q_set = p + (s - 1) * q, s * q
    reported = sum(counts[i] for i in picked)
    unbiased_count = (reported - total * q_set) / gap
    truth = _clip(unbiased_count, total)
    randomization = total * q_set * (1 - q_set) / gap**2 + truth * (1 - p_set - q_set) / gap
    p_value, q_value = rr_probabilities(epsilon_value, k)
    in_set, out_set = p_value + (s - 1) * q_value, s * q_value
    f = truth / total
    per_pair = (f * in_set * (1 - in_set) + (1 - f) * out_set * (1 - out_set)) / (p_value - q_value) ** 2
    rho = window_weeks - 1.0 if weekly is None else min(window_weeks - 1.0, pairs_per_contribution(weekly))
    pairs = contributions * rho / fields**2
    sampling = f * (1 - f) * (1 - total / contributions) / total
    variance = (randomization + pairs * per_pair) / total**2 + sampling
    names = tuple(categories) if categories is not None else tuple(str(i) for i in range(k))
    return WindowShare(tuple(names[i] for i in picked), total, contributions, window_weeks,
                       unbiased_count / total, math.sqrt(variance))


def pooled_shares(
    counts_by_budget: dict[tuple[float, float], list[int]],
    categories: Sequence[str],
    *,
    contributions: int,
    window_weeks: int,
    fields: float,
    weekly: Sequence[int] | None = None,
) -> tuple[WindowShare, ...]:
    """Every category's pooled share; reports drawn under different (ε₁, ε∞) (a policy change) are
    estimated apart and weighted by their number of reports. ``weekly``: the group's published count in
    each pooled week (:func:`estimate_window_share`)."""
    groups = {b: c for b, c in counts_by_budget.items() if sum(c)}
    if not groups:
        raise ValueError("no reports to estimate from")
    reports = sum(sum(c) for c in groups.values())
    out = []
    for i, name in enumerate(categories):
        unbiased = variance = 0.0
        for (epsilon_report, epsilon_value), counts in groups.items():
            weight = sum(counts) / reports
            part = estimate_window_share(counts, [i], epsilon_report=epsilon_report, epsilon_value=epsilon_value,
                                         contributions=max(sum(counts), round(contributions * weight)),
                                         window_weeks=window_weeks, fields=fields, categories=categories,
                                         weekly=weekly)
            unbiased += weight * part.unbiased
            variance += (weight * part.se) ** 2
        out.append(WindowShare((name,), reports, contributions, window_weeks, unbiased, math.sqrt(variance)))
    return tuple(out)
