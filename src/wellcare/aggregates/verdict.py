""""Better / worse / can't tell yet": a two-sample test between the latest pooled window and the one before.

The coordinator's question "is it getting worse" is answered per concern measure (the heat map's
metrics: low WHO-5 well-being, high PSS-10 stress, high client burnout, any hard call; for each a
higher share is worse) and per group (the whole floor, each team):

- **Windows.** Two consecutive pooled windows of the same length (:mod:`.windows`), the latest
  and the one before. A window enters only when it is shown: every one of its weeks is shown for
  the group, it holds one-field contributions only, and its interval is narrow enough to be shown
  (:data:`~wellcare.aggregates.display.MAX_SHOWN_WIDTH`). Otherwise the verdict is "can't tell yet".
- **Test.** A two-sided two-sample z-test (Wald) at level :data:`LEVEL` = 5%:
  z = (p̂_new − p̂_old) / √(SE_new² + SE_old²), with each window's unbiased share and standard error
  from :func:`~wellcare.aggregates.estimate.estimate_window_share` (randomization, the memo's
  correlation with its pairs from the weekly counts, field sampling). The windows share people,
  whose unchanged values share a permanent draw, so the two estimates are positively correlated
  and the true variance of the difference is at most the sum used here: the test is conservative.
  When nothing changed, "worse" comes out at most 2.5% of the time (half the two-sided level),
  "better" likewise.
- **Many teams.** The p-values of every team × measure are adjusted together with Holm's step-down
  method, so the chance of any false verdict among all teams stays at 5%; the floor's measures
  form their own family. A group is "worse" when any of its measures is, "better" when some are
  and none is worse, else "can't tell yet".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wellcare.aggregates.display import too_uncertain
from wellcare.aggregates.estimate import ShareInterval, estimate_window_share

LEVEL = 0.05  # family-wise: the chance of any false "better" or "worse" in one family of tests


class Verdict(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    CANT_TELL = "cant_tell"


@dataclass(frozen=True)
class WindowConcern(ShareInterval):
    """One concern measure's share in one shown window of one group."""

    first: str
    last: str
    weeks: int
    n: int  # contributions in the window (the sum of the shown weekly counts)
    reports: int  # of them, the ones that drew this measure's field
    unbiased: float
    se: float

    @property
    def too_uncertain(self) -> bool:
        return too_uncertain(self.unbiased, self.se)


def concern_share(
    counts_by_budget: Mapping[tuple[float, float], Sequence[int]],
    chosen: Sequence[int],
    *,
    contributions: int,
    window_weeks: int,
    fields: float,
    weekly: Sequence[int] | None = None,
) -> tuple[float, float] | None:
    """(unbiased share, SE) of the categories at ``chosen``; groups drawn under different (ε₁, ε∞) are weighted
    by their reports as in :func:`~wellcare.aggregates.estimate.pooled_shares`. ``weekly``: the group's published
    count in each pooled week (the memo's pairs, :func:`~wellcare.aggregates.estimate.pairs_per_contribution`).
    None without reports."""
    groups = {b: list(c) for b, c in counts_by_budget.items() if sum(c)}
    reports = sum(sum(c) for c in groups.values())
    if not reports:
        return None
    unbiased = variance = 0.0
    for (epsilon_report, epsilon_value), counts in groups.items():
        weight = sum(counts) / reports
        part = estimate_window_share(counts, chosen, epsilon_report=epsilon_report, epsilon_value=epsilon_value,
                                     contributions=max(sum(counts), round(contributions * weight)),
                                     window_weeks=window_weeks, fields=fields, weekly=weekly)
        unbiased += weight * part.unbiased
        variance += (weight * part.se) ** 2
    return unbiased, math.sqrt(variance)


def two_sample_p(old: WindowConcern, new: WindowConcern) -> tuple[float, float]:
    """(z, two-sided p) for "the share changed between the windows"; z > 0: it rose (worse)."""
    spread = math.sqrt(old.se**2 + new.se**2)
    if spread == 0.0:
        return 0.0, 1.0
    z = (new.unbiased - old.unbiased) / spread
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def holm(p_values: Sequence[float], level: float = LEVEL) -> list[bool]:
    """Holm's step-down: which hypotheses are rejected with the family-wise error kept at ``level``."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    rejected = [False] * len(p_values)
    m = len(p_values)
    for rank, i in enumerate(order):
        if p_values[i] > level / (m - rank):
            break
        rejected[i] = True
    return rejected


@dataclass(frozen=True)
class MeasureVerdict:
    """One measure of one group: the two windows compared (None when not shown) and the verdict."""

    metric: str
    latest: WindowConcern | None
    previous: WindowConcern | None
    verdict: Verdict = Verdict.CANT_TELL
    z: float | None = None
    p: float | None = None


def _testable(m: MeasureVerdict) -> bool:
    return (m.latest is not None and m.previous is not None
            and not m.latest.too_uncertain and not m.previous.too_uncertain)


def decide(family: Sequence[Sequence[MeasureVerdict]], level: float = LEVEL) -> list[list[MeasureVerdict]]:
    """Verdicts for one family (the floor's measures, or every team's): Holm over all its testable pairs."""
    tests: list[tuple[int, int, float, float]] = []
    for g, group in enumerate(family):
        for j, m in enumerate(group):
            if _testable(m):
                assert m.latest is not None and m.previous is not None
                z, p = two_sample_p(m.previous, m.latest)
                tests.append((g, j, z, p))
    rejected = holm([t[3] for t in tests], level)
    out = [list(group) for group in family]
    for (g, j, z, p), reject in zip(tests, rejected, strict=True):
        verdict = Verdict.CANT_TELL if not reject else (Verdict.WORSE if z > 0 else Verdict.BETTER)
        m = out[g][j]
        out[g][j] = MeasureVerdict(m.metric, m.latest, m.previous, verdict, z, p)
    return out


def group_verdict(measures: Sequence[MeasureVerdict]) -> Verdict:
    """Worse if any measure is; better if some are and none is worse; else can't tell yet."""
    verdicts = {m.verdict for m in measures}
    if Verdict.WORSE in verdicts:
        return Verdict.WORSE
    if Verdict.BETTER in verdicts:
        return Verdict.BETTER
    return Verdict.CANT_TELL
