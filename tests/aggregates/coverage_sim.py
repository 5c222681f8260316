"""Coverage of the pooled windows' 95% intervals, simulated person by person (issue #13, Done when).

Each trial is one group of ``people`` over a window of ``weeks`` weeks, run as the app runs the one-field
scheme: every person-week that sends draws one field of ``FIELDS``; the true value's permanent k-RR draw
(ε∞ = 2·ε, memoized per person and value, spanning hidden weeks too) is followed by a fresh instantaneous
draw, so each report is k-RR at ε = ln 3. The window pools every week but the hidden ones (the last
``hidden`` weeks: a team-week the report hides), and its estimate is the app's own:
:func:`~wellcare.aggregates.estimate.pooled_shares` for the floor (every category's share, as
``windows.py``), :func:`~wellcare.aggregates.verdict.concern_share` for a team (the low well-being set, as
``team_windows.py`` and the Summary). The truth is the share of the pooled person-weeks whose true value is
in the set. numpy runs every trial of a case at once (arrays trial × person × week).

Participation: ``rate`` per person-week, independently (leave, shifts, weeks skipped), or, with
``pattern="mixed"``, half of the people always send and the other half at ``2·rate − 1``; with
``pattern="leave"`` each person is away for one block of consecutive weeks with the chance that makes the
average ``rate``. Values: ``stable`` (each person's value fixed for the window: the memo shared as much as
it can be) or ``changing`` (the group's share moves by 15 points mid-window, and a person's value is drawn
afresh in 20% of weeks).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from dataclasses import dataclass
from unittest import mock

import numpy as np

from wellcare.aggregate_format.one_field import instantaneous_epsilon
from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregates.estimate import pooled_shares
from wellcare.aggregates.verdict import concern_share

CATEGORIES = ("likely_depression", "poor", "good")
LOW = (0, 1)
EPSILON = math.log(3)
FIELDS = 5
DEPRESSION = 0.08  # of the true values below the low well-being cut-off, this share is "likely depression"


@dataclass(frozen=True)
class Case:
    people: int
    weeks: int
    rate: float  # the chance a person sends in a given week (on average, for the patterns)
    values: str = "stable"  # or "changing"
    group: str = "team"  # "team": the low well-being set (concern_share); "floor": every category (pooled_shares)
    hidden: int = 0  # weeks at the end of the window not pooled
    pattern: str = "independent"  # or "mixed", "leave"

    @property
    def label(self) -> str:
        extra = "" if self.pattern == "independent" else f", {self.pattern}"
        return (f"{self.group} {self.people}×{self.weeks} wk, {self.rate:.0%} sending{extra}, {self.values}, "
                f"{self.hidden} hidden")


def _krr(rng: np.random.Generator, values: np.ndarray, epsilon: float, k: int) -> np.ndarray:
    p, _ = rr_probabilities(epsilon, k)
    keep = rng.random(values.shape) < p
    other = (values + 1 + rng.integers(0, k - 1, size=values.shape)) % k
    return np.where(keep, values, other)


def _sends(rng: np.random.Generator, case: Case, trials: int) -> np.ndarray:
    shape = (trials, case.people, case.weeks)
    if case.pattern == "independent":
        return rng.random(shape) < case.rate
    if case.pattern == "mixed":  # half always send, half at the rate that keeps the average
        rate = np.where(np.arange(case.people) % 2 == 0, 1.0, 2 * case.rate - 1)
        return rng.random(shape) < rate[None, :, None]
    if case.pattern == "leave":  # one block of `away` consecutive weeks, for a share of the people
        away = max(1, case.weeks // 4)
        while (1 - case.rate) * case.weeks > away:
            away += 1
        on_leave = rng.random(shape[:2]) < min(1.0, (1 - case.rate) * case.weeks / away)
        start = rng.integers(0, case.weeks - away + 1, size=shape[:2])
        week = np.arange(case.weeks)[None, None, :]
        absent = on_leave[..., None] & (week >= start[..., None]) & (week < start[..., None] + away)
        return ~absent
    raise ValueError(case.pattern)


def _values(rng: np.random.Generator, case: Case, trials: int, low_share: np.ndarray) -> np.ndarray:
    """True category per trial × person × week."""
    shape = (trials, case.people, case.weeks)
    level = np.broadcast_to(rng.random(shape[:2])[..., None], shape)
    share = np.broadcast_to(low_share[:, None, None], shape).copy()
    if case.values == "changing":
        share[:, :, case.weeks // 2:] += 0.15
        level = np.where(rng.random(shape) < 0.2, rng.random(shape), level)
    elif case.values != "stable":
        raise ValueError(case.values)
    return np.where(level < share * DEPRESSION / 0.5, 0, np.where(level < share, 1, 2))


UNEVEN = (  # people who send unevenly: half always and half at 2r − 1, or a block of leave each
    Case(150, 13, 0.7, "stable", "team", 0, "mixed"),
    Case(150, 13, 0.85, "stable", "team", 1, "mixed"),
    Case(100, 4, 0.7, "stable", "team", 0, "mixed"),
    Case(150, 13, 0.7, "stable", "team", 0, "leave"),
    Case(150, 13, 0.85, "stable", "floor", 0, "leave"),
    Case(100, 4, 0.7, "stable", "team", 1, "leave"),
)


def grid() -> Iterator[Case]:
    """Issue #13's grid: the floor's complete windows, and team windows complete or with a week hidden."""
    for group, hidden in (("floor", 0), ("team", 0), ("team", 1)):
        for weeks in (4, 13):
            for people in (100, 150):
                for values in ("stable", "changing"):
                    for rate in (1.0, 0.85, 0.7):
                        yield Case(people, weeks, rate, values, group, hidden)


def _unpatched() -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


def simulate(case: Case, trials: int, seed: int, *, pairs: str = "counts") -> tuple[float, float]:
    """(coverage, mean half-width in points) of the case's 95% intervals over ``trials`` windows.

    ``pairs``: "counts", the app's estimate (the memo's pairs from the published weekly counts); "bound",
    as before it (the pairs at their bound W − 1 per contribution); "linked", a diagnostic the app can never
    run: the true same-person pairs of the simulated people.
    """
    rng = np.random.default_rng(seed)
    k = len(CATEGORIES)
    low_share = np.where(np.arange(trials) % 2 == 0, 0.30, 0.45)
    values = _values(rng, case, trials, low_share)
    memos = _krr(rng, np.broadcast_to(np.arange(k), (trials, case.people, k)), 2 * EPSILON, k)
    memo = np.take_along_axis(memos, values, axis=2)  # each person-week's memo of its true value
    reports = _krr(rng, memo, instantaneous_epsilon(EPSILON, 2 * EPSILON, k), k)
    sends = _sends(rng, case, trials)
    pooled = np.arange(case.weeks) < case.weeks - case.hidden
    sends &= pooled[None, None, :]
    drew = sends & (rng.integers(0, FIELDS, size=sends.shape) == 0)
    counts = np.stack([((reports == c) & drew).sum(axis=(1, 2)) for c in range(k)], axis=1)
    truths = np.stack([((values == c) & sends).sum(axis=(1, 2)) for c in range(k)], axis=1)
    weekly = sends.sum(axis=1)[:, pooled]
    window = int(pooled.sum())
    per_person = sends.sum(axis=2)
    linked = (per_person * (per_person - 1)).sum(axis=1) / np.maximum(per_person.sum(axis=1), 1)
    hits = cells = 0
    widths = 0.0
    for t in range(trials):
        contributions = int(weekly[t].sum())
        tally = {(EPSILON, 2 * EPSILON): [int(n) for n in counts[t]]}
        week_ns = None if pairs == "bound" else [int(n) for n in weekly[t]]
        if sum(tally[(EPSILON, 2 * EPSILON)]) == 0:
            continue
        with mock.patch("wellcare.aggregates.estimate.pairs_per_contribution",
                        side_effect=lambda _, t=t: float(linked[t])) if pairs == "linked" else _unpatched():
            if case.group == "team":
                estimate = concern_share(tally, LOW, contributions=contributions, window_weeks=window,
                                         fields=FIELDS, weekly=week_ns)
                assert estimate is not None
                found = [(estimate, int(truths[t, list(LOW)].sum()) / contributions)]
            else:
                shares = pooled_shares(tally, CATEGORIES, contributions=contributions, window_weeks=window,
                                       fields=FIELDS, weekly=week_ns)
                found = [((s.unbiased, s.se), int(truths[t, c]) / contributions) for c, s in enumerate(shares)]
        for (unbiased, se), truth in found:
            cells += 1
            hits += unbiased - 1.96 * se <= truth <= unbiased + 1.96 * se
            widths += 1.96 * se
    return hits / cells, 100 * widths / cells
