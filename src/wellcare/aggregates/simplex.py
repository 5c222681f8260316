"""Category shares as a distribution: the estimates projected onto the probability simplex.

The unbiased estimator gives each category its own share; clipped one by one to [0, 1] they can
add up to 138% (issue #13). Shown as a distribution they must be non-negative and add up to 1:
the Euclidean projection onto the simplex (the closest such vector, Duchi et al. 2008: sort,
find the threshold τ, take max(xᵢ − τ, 0)) moves every estimate by the same amount, so it keeps
their order and changes nothing when they already form a distribution.

The interval kept per category is the estimator's own 95% interval clipped to [0, 1] (the
projection has no interval of its own); when the projection moved a share outside it (a large
correction), the interval is widened to include the shown share, so a shown number never falls
outside its own interval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wellcare.aggregates.estimate import Z_95


def project_to_simplex(values: Sequence[float]) -> list[float]:
    """The point of {x ≥ 0, Σx = 1} closest to ``values`` (Euclidean)."""
    if not values:
        raise ValueError("nothing to project")
    ordered = sorted(values, reverse=True)
    running = 0.0
    tau = 0.0
    for i, v in enumerate(ordered, start=1):
        running += v
        candidate = (running - 1.0) / i
        if v - candidate > 0:
            tau = candidate
    return [max(v - tau, 0.0) for v in values]


@dataclass(frozen=True)
class DistributionShare:
    category: str
    share: float  # projected: the shares of one distribution add up to 1
    low: float
    high: float
    unbiased: float  # the estimator's own share, before projection


def as_distribution(categories: Sequence[str], unbiased: Sequence[float], se: Sequence[float],
                    ) -> tuple[DistributionShare, ...]:
    """Shares of one group (one estimate per category, unbiased and with its SE) as a distribution."""
    if not (len(categories) == len(unbiased) == len(se)):
        raise ValueError("one estimate and one standard error per category")
    projected = project_to_simplex(unbiased)
    out = []
    for name, u, s, share in zip(categories, unbiased, se, projected, strict=True):
        low = min(max(u - Z_95 * s, 0.0), 1.0)
        high = min(max(u + Z_95 * s, 0.0), 1.0)
        out.append(DistributionShare(name, share, min(low, share), max(high, share), u))
    return tuple(out)
