"""End to end on simulated counselors: build, read, dedup, estimate, suppress (fixed seed)."""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass

from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregate_format.schema import STATIC_FIELDS
from wellcare.aggregates.estimate import estimate_field
from wellcare.aggregates.partition import hidden_parts, keyed_rng
from wellcare.aggregates.received import ReceivedContribution, read_contribution
from wellcare.privacy.contribution import ContributionInputs, ContributionPolicy, build_contribution

UNIT_SIZES = {"north": 90, "south": 70, "east": 50, "west": 40, "harbor": 30, "airport": 12, "night": 5, "pilot": 3}
WEEKS = [f"2026-W{w:02d}" for w in range(40, 50)]
SHARES = {
    "who5_band": {"good": 0.45, "poor": 0.35, "likely_depression": 0.12, None: 0.08},
    "pss10_band": {"low": 0.3, "moderate": 0.5, "high": 0.15, None: 0.05},
    "cbi_client_band": {"low": 0.6, "high": 0.3, None: 0.1},
}


@dataclass
class Counselor:
    unit: str
    secret: bytes
    memo: InMemoryMemoStore


def _draw(rng: random.Random, shares: dict[str | None, float]) -> str | None:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _simulate(epsilon: float, seed: int = 48) -> tuple[list[ReceivedContribution], dict[tuple[str, str], Counter[str]],
                                                         int]:
    rng = random.Random(seed)
    policy = ContributionPolicy(epsilon=epsilon, org_units=tuple(UNIT_SIZES))
    people = [Counselor(unit, rng.randbytes(32), InMemoryMemoStore())
              for unit, size in UNIT_SIZES.items() for _ in range(size)]
    assert len(people) == 300
    inbox: list[bytes] = []
    truth: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for week in WEEKS:
        for person in people:
            if rng.random() > 0.9:  # some skip a week
                continue
            inputs = ContributionInputs(
                who5_band=_draw(rng, SHARES["who5_band"]),
                pss10_band=_draw(rng, SHARES["pss10_band"]),
                cbi_client_band=_draw(rng, SHARES["cbi_client_band"]),
                breaks_taken=rng.choice([0, 3, 8, 12, 20, 30]),
                hard_calls=rng.choice([0, 0, 1, 2, 3, 6]),
                org_unit=person.unit,
            )
            for name, category in inputs.categories(policy).items():
                truth[(week, name)][category] += 1
            data = build_contribution(inputs, period=week, policy=policy, device_secret=person.secret,
                                      memo=person.memo, rng=rng)
            inbox.append(data)
            if rng.random() < 0.05:  # a resend re-derives the same bytes
                inbox.append(build_contribution(inputs, period=week, policy=policy, device_secret=person.secret,
                                                memo=person.memo, rng=rng))
    received: dict[str, ReceivedContribution] = {}
    duplicates = 0
    for data in inbox:
        contribution = read_contribution(data, policy)
        if contribution.token in received:
            duplicates += 1
            continue
        received[contribution.token] = contribution
    return list(received.values()), truth, duplicates


def _coverage(epsilon: float) -> tuple[float, float, int]:
    contributions, truth, _ = _simulate(epsilon)
    hits = cells = 0
    widths = []
    for week in WEEKS:
        in_week = [c for c in contributions if c.period == week]
        for spec in STATIC_FIELDS:
            for est in estimate_field([c.reports[spec.name] for c in in_week], spec.categories):
                true_count = truth[(week, spec.name)][est.category]
                cells += 1
                hits += est.low <= true_count <= est.high
                widths.append(est.share_high - est.share_low)
    return hits / cells, sum(widths) / len(widths), cells


def test_intervals_cover_the_true_org_wide_shares() -> None:
    coverage, mean_width, cells = _coverage(epsilon=10.0)  # 2.0 per field
    assert cells == 10 * 19
    assert coverage >= 0.90, coverage
    assert mean_width < 0.25, mean_width  # and the intervals are not trivially wide


def test_at_the_default_budget_intervals_still_cover_but_are_honestly_wide() -> None:
    # ln 3 per period over 5 fields is ≈ 0.22 per field: at N ≈ 270 an interval spans most of [0, 1]
    coverage, mean_width, _ = _coverage(epsilon=math.log(3))
    assert coverage >= 0.90, coverage
    assert mean_width > 0.5, mean_width


def test_dedup_and_the_unit_week_table_shows_no_small_group() -> None:
    contributions, truth, duplicates = _simulate(epsilon=10.0)
    assert duplicates > 0
    assert len(contributions) == sum(truth[(week, "who5_band")].total() for week in WEEKS)
    per_cell = Counter((c.org_unit, c.period) for c in contributions)
    units = list(UNIT_SIZES)
    for week in WEEKS:  # each week's column on its own (a unit's weeks add up to person-weeks, not people)
        counts = [per_cell[(u, week)] for u in units]
        hidden = hidden_parts(counts, 5, keyed_rng(b"s" * 32, "units", week))
        assert all(n >= 5 for n, h in zip(counts, hidden, strict=True) if not h)
        assert hidden[units.index("pilot")]  # 3 people: never shown
        rest = sum(n for n, h in zip(counts, hidden, strict=True) if h)
        assert rest >= 5 and sum(hidden) >= 2
