"""Unbiased estimates of linear combinations of true category counts, with 95% intervals.

:mod:`.estimate` gives one category's count. A dashboard also needs a *set* of categories (WHO-5
"poor or lower") and *means* over bucketed counts (hard calls per 100 counselor-weeks from the
buckets 0 / 1 / 2–4 / 5+). Both are T = Σ_v a_v·N_v for weights a, estimated by
T̂ = Σ_v a_v·N̂_v = (Σ_v a_v·n_v − N·q·Σ_v a_v) / (p − q), unbiased because each N̂_v is.

Its variance, for the true counts N_t held fixed (the same model as :mod:`.estimate`): each report
is drawn independently; a person whose true category is t reports t with p and any other with q,
so Var(a_R) = q·Σa² + (p − q)·a_t² − (q·Σa + (p − q)·a_t)², and
Var(T̂) = Σ_t N_t·Var(a_R | t) / (p − q)². The unknown N_t are plugged in as N̂_t clipped to
[0, N] and rescaled to add up to N. For a single category this is exactly the formula in
:mod:`.estimate`. Groups with different ε are estimated separately and added (independent).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregates.estimate import Z_95


@dataclass(frozen=True)
class LinearEstimate:
    """T̂ = Σ a_v·N̂_v over ``total`` reports, its standard error, and the interval's bounds."""

    unbiased: float
    se: float
    total: int
    lowest: float  # the smallest T can be (min a × N)
    highest: float  # the largest T can be (max a × N)

    def _clip(self, value: float) -> float:
        return min(max(value, self.lowest), self.highest)

    @property
    def value(self) -> float:
        return self._clip(self.unbiased)

    @property
    def low(self) -> float:
        return self._clip(self.unbiased - Z_95 * self.se)

    @property
    def high(self) -> float:
        return self._clip(self.unbiased + Z_95 * self.se)

    def per(self, scale: float = 1.0) -> tuple[float, float, float]:
        """(estimate, low, high) per report, times ``scale`` (e.g. 100 for "per 100 counselor-weeks")."""
        return (self.value / self.total * scale, self.low / self.total * scale, self.high / self.total * scale)


def _group(counts: Sequence[int], epsilon: float, weights: Sequence[float]) -> tuple[float, float]:
    k = len(counts)
    total = sum(counts)
    p, q = rr_probabilities(epsilon, k)
    gap = p - q
    sum_a = math.fsum(weights)
    sum_a2 = math.fsum(a * a for a in weights)
    unbiased = (math.fsum(a * n for a, n in zip(weights, counts, strict=True)) - total * q * sum_a) / gap
    plug = [min(max((n - total * q) / gap, 0.0), float(total)) for n in counts]
    mass = math.fsum(plug)
    plug = [x * total / mass for x in plug] if mass > 0 else [total / k] * k
    variance = 0.0
    for n_t, a_t in zip(plug, weights, strict=True):
        mean = q * sum_a + gap * a_t
        variance += n_t * (q * sum_a2 + gap * a_t * a_t - mean * mean)
    return unbiased, max(variance, 0.0) / gap**2


def estimate_linear(groups: Mapping[float, Sequence[int]], weights: Sequence[float]) -> LinearEstimate:
    """Estimate Σ a_v·N_v from report counts grouped by ε (counts in category order, k = len(weights))."""
    if not groups:
        raise ValueError("no reports to estimate from")
    unbiased = variance = 0.0
    total = 0
    for epsilon, counts in groups.items():
        if len(counts) != len(weights):
            raise ValueError(f"{len(counts)} counts for {len(weights)} weights")
        if any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in counts):
            raise ValueError(f"report counts must be whole numbers, 0 or more: {list(counts)!r}")
        if sum(counts) == 0:
            continue
        u, v = _group(counts, epsilon, weights)
        unbiased += u
        variance += v
        total += sum(counts)
    if total == 0:
        raise ValueError("no reports to estimate from")
    return LinearEstimate(unbiased, math.sqrt(variance), total, min(weights) * total, max(weights) * total)
