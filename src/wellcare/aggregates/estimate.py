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
