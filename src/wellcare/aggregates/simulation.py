"""A seeded simulation of counselors sending weekly contributions: for tests, the benchmark, the demo.

Each simulated counselor has a lasting strain level (their unit's pressure plus their own), which
drifts week to week and rises for everyone during a "hard stretch" of a few weeks (a heat wave of
complaints, say). From it come the week's true inputs: WHO-5 / PSS-10 / CBI client bands (when
the counselor took that check that week), hard calls and breaks taken. Each contribution is built
exactly as a counselor's app builds it, sealed to the coordinator's key and written to the exchange
inbox: by default the current one-field scheme (``wellcare.contribution/2``: one field drawn per
person-week, permanent randomized response per (field, value, year) through the app's own
:func:`~wellcare.privacy.contribution.build_one_field`, and the yearly budget enforced as the
app's sender does, so a counselor whose memos reach ``epsilon_year`` sends nothing more that
year); ``scheme=1`` still writes the old five-field files (``/1``) for the migration tests.
A few are sent twice (a resend: same token, new envelope) to exercise deduplication.

Everything random comes from one ``random.Random(seed)``: the same arguments write the same
contributions (sealing itself uses fresh ephemeral keys, so the files' bytes differ). The truth
returned is the realized one: the true category of every contribution kept by the coordinator.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from wellcare.aggregate_format.one_field import sample_field
from wellcare.aggregate_format.policy import ContributionPolicy
from wellcare.aggregate_format.randomized_response import InMemoryMemoStore, MemoKey
from wellcare.aggregate_format.schema import NONE, check_period
from wellcare.aggregates.report import shift_week, week_start
from wellcare.exchange import CoordinatorPublicKeys, Kind, Transport, post, seal
from wellcare.privacy.contribution import ContributionInputs, build_contribution, build_one_field

NO_UNIT_SHARE = 0.03  # counselors who choose not to say their unit


@dataclass
class SimulationTruth:
    """What was really sent: true categories per week and field, org-wide and per unit."""

    weeks: tuple[str, ...]
    units: tuple[str, ...]
    team_sizes: dict[str, int]
    epsilon: float
    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    unit_counts: dict[tuple[str, str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    contributors: Counter[str] = field(default_factory=Counter)  # week -> contributions kept
    unit_contributors: Counter[tuple[str, str]] = field(default_factory=Counter)  # (unit, week) -> kept
    hard_calls: Counter[str] = field(default_factory=Counter)  # week -> true hard calls (not bucketed)
    breaks: Counter[str] = field(default_factory=Counter)  # week -> true breaks taken
    # scheme 2: (week, field) -> true categories of the contributions that drew that field
    field_reports: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    written: int = 0  # envelopes written, resends included
    resends: int = 0
    budget_stops: int = 0  # person-weeks not sent because the person's yearly budget was used up (v2)

    def share(self, week: str, field_name: str, category: str) -> float:
        n = self.contributors[week]
        return self.counts[(week, field_name)][category] / n if n else 0.0

    def shares(self, week: str, field_name: str) -> dict[str, float]:
        n = self.contributors[week]
        return {c: k / n for c, k in self.counts[(week, field_name)].items()} if n else {}


@dataclass
class _Counselor:
    unit: str | None
    strain: float
    abuse: float
    secret: bytes
    memo: InMemoryMemoStore = field(default_factory=InMemoryMemoStore)
    drift: float = 0.0
    cap: float = 30.0  # the yearly budget (ε∞ of the memos charged), as the policy's epsilon_year
    charged: set[tuple[str, str, str]] = field(default_factory=set)  # memos charged to their year (v2)
    spent: dict[str, float] = field(default_factory=dict)  # ISO year -> ε∞ charged
    stopped: set[str] = field(default_factory=set)  # years whose budget ran out

    def charge(self, memos: Sequence[tuple[MemoKey, float]]) -> bool:
        """Charge a report's memos to their year as the sender does; False (and the year stops) when over budget."""
        year = memos[0][0].period
        if year in self.stopped:
            return False
        new = [(k, e) for k, e in memos if (k.period, k.field, k.true_value) not in self.charged]
        if self.spent.get(year, 0.0) + sum(e for _, e in new) > self.cap + 1e-9:
            self.stopped.add(year)
            return False
        for k, e in new:
            self.charged.add((k.period, k.field, k.true_value))
            self.spent[year] = self.spent.get(year, 0.0) + e
        return True


def _team_sizes(counselors: int | Mapping[str, int], units: Sequence[str], rng: random.Random) -> dict[str, int]:
    if isinstance(counselors, Mapping):
        return {u: int(n) for u, n in counselors.items()}
    if not units:
        return {NONE: int(counselors)}
    weights = [rng.uniform(0.5, 1.5) for _ in units]
    scale = counselors / sum(weights)
    sizes = {u: max(1, int(w * scale)) for u, w in zip(units, weights, strict=True)}
    sizes[units[0]] += counselors - sum(sizes.values())  # exact total
    return sizes


def _pick(rng: random.Random, x: float, cuts: Sequence[float], labels: Sequence[str]) -> str:
    value = x + rng.gauss(0.0, 0.7)
    for cut, label in zip(cuts, labels, strict=False):
        if value < cut:
            return label
    return labels[-1]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: fine for the small means used here."""
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _week_inputs(rng: random.Random, person: _Counselor, stretch: float) -> tuple[ContributionInputs, int, int]:
    person.drift = 0.7 * person.drift + rng.gauss(0.0, 0.35)
    s = person.strain + person.drift + stretch
    hard = _poisson(rng, math.exp(-0.4 + 0.45 * s + person.abuse + 0.6 * stretch))
    breaks = max(0, round(rng.gauss(14.0 - 3.0 * s, 4.0))) if rng.random() > 0.06 else 0
    who5 = _pick(rng, -s, (-1.4, -0.3), ("likely_depression", "poor", "good")) if rng.random() < 0.55 else None
    pss10 = _pick(rng, s, (-0.4, 1.0), ("low", "moderate", "high")) if rng.random() < 0.45 else None
    cbi = _pick(rng, s + 0.15 * hard, (0.7,), ("low", "high")) if rng.random() < 0.35 else None
    inputs = ContributionInputs(who5_band=who5, pss10_band=pss10, cbi_client_band=cbi, breaks_taken=breaks,
                                hard_calls=hard, org_unit=person.unit)
    return inputs, hard, breaks


def simulate_contributions(
    transport: Transport,
    coordinator_public_keys: CoordinatorPublicKeys,
    counselors: int | Mapping[str, int],
    weeks: int,
    seed: int,
    units: Sequence[str],
    epsilon: float,
    start_week: str,
    *,
    participation: float = 0.85,
    resend_rate: float = 0.03,
    on_week: Callable[[int, int], None] | None = None,
    scheme: int = 2,
    epsilon_year: float = 30.0,
) -> SimulationTruth:
    """Write ``weeks`` weeks of sealed contributions from ``counselors`` people to ``transport``'s inbox.

    Parameters
    ----------
    counselors
        How many (split over ``units`` by seeded, uneven team sizes, a few saying no unit), or
        exactly how many per unit (``{"Team 1": 40, ..., "none": 3}``).
    units
        The org policy's unit list (the contributions are validated against it).
    epsilon
        The policy's budget per period: one report's ε (scheme 2; its memos get twice that, as the
        policy's default), or split over the five fields (scheme 1).
    start_week
        The first ISO week, e.g. "2026-W36"; the envelopes are dated the Monday after each week.
    participation
        The chance a counselor's contribution for a week is sent (opted in, app running).
    resend_rate
        The chance a sent contribution is written a second time (same token, new envelope).
    on_week
        Told ``(weeks done, weeks)`` as the weeks are written (a progress line on a terminal).
    scheme
        2 (default, what the app sends): one field per person-week (``/2``); ``truth.counts``
        holds every kept contribution's true categories, ``truth.field_reports`` only those of
        the field each one drew. 1: five fields at ε/5 each (``wellcare.contribution/1``, as
        received before issue #13), for the migration tests.
    epsilon_year
        Scheme 2's yearly cap per person (the policy's ``epsilon_year``).
    """
    rng = random.Random(seed)
    check_period(start_week)
    policy = ContributionPolicy(epsilon=epsilon, org_units=tuple(units), epsilon_year=epsilon_year)
    if scheme not in (1, 2):
        raise ValueError(f"scheme must be 1 or 2, not {scheme!r}")
    sizes = _team_sizes(counselors, units, rng)
    box = coordinator_public_keys.box_key
    people: list[_Counselor] = []
    for unit, size in sizes.items():
        pressure = rng.gauss(0.0, 0.45)
        abuse = rng.gauss(0.0, 0.3)
        for _ in range(size):
            no_unit = unit == NONE or rng.random() < NO_UNIT_SHARE
            people.append(_Counselor(None if no_unit else unit, rng.gauss(pressure, 0.8), abuse, rng.randbytes(32),
                                     cap=epsilon_year))
    periods = tuple(shift_week(start_week, i) for i in range(weeks))
    truth = SimulationTruth(periods, tuple(units), sizes, epsilon)
    stretch_from = rng.randrange(max(1, weeks - 3)) if weeks > 4 else weeks
    for index, period in enumerate(periods):
        if on_week is not None:
            on_week(index, len(periods))
        stretch = 0.8 if stretch_from <= index < stretch_from + 3 else 0.0
        sent_at = datetime.combine(week_start(period) + timedelta(days=7), time(9, 0), tzinfo=UTC)
        for person in people:
            inputs, hard, taken = _week_inputs(rng, person, stretch)
            if rng.random() >= participation:
                continue
            drawn_field = sample_field(rng).id if scheme == 2 else ""
            if scheme == 2:
                drawn = build_one_field(inputs, period=period, field=drawn_field, policy=policy,
                                        device_secret=person.secret, memo=person.memo, rng=rng)
                if not person.charge(drawn.memos):
                    truth.budget_stops += 1
                    continue
                payload = drawn.payload
            else:
                payload = build_contribution(inputs, period=period, policy=policy, device_secret=person.secret,
                                             memo=person.memo, rng=rng)
            content = json.loads(payload.decode("utf-8"))
            copies = 2 if rng.random() < resend_rate else 1
            for _ in range(copies):
                post(transport, seal(Kind.CONTRIBUTION, content, box, envelope_id=rng.randbytes(16).hex(),
                                     now=sent_at))
            truth.written += copies
            truth.resends += copies - 1
            unit = person.unit or NONE
            truth.contributors[period] += 1
            truth.unit_contributors[(unit, period)] += 1
            truth.hard_calls[period] += hard
            truth.breaks[period] += taken
            for name, category in inputs.categories(policy).items():
                if name == drawn_field:
                    truth.field_reports[(period, name)][category] += 1
                truth.counts[(period, name)][category] += 1
                truth.unit_counts[(period, unit, name)][category] += 1
    if on_week is not None:
        on_week(len(periods), len(periods))
    return truth
