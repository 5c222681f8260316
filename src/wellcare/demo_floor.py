"""The council-sized demo's simulated contributions, built and sealed in worker processes (issue #16).

Same model as :func:`~wellcare.aggregates.simulation.simulate_contributions` (scheme 2, what the
app sends): the same people (unit, strain, device secret, drawn from ``random.Random(seed)`` in
the same order), the same hard stretch, each person-week's inputs, field draw, permanent
randomized response (the app's own :func:`~wellcare.privacy.contribution.build_one_field`), the
yearly budget stop and the seal to the coordinator's box key (the app's
:func:`~wellcare.exchange.seal`). What differs is where it runs: the people are split into
``workers`` contiguous slices, each simulated week by week in its own forked process with its own
random stream per person (``random.Random(f"{seed}/{index}")``), so the output does not depend on
the number of workers. The workers need only the coordinator's *public* key; the envelopes come
back to this process a week at a time and are put into ``transport``'s inbox, where the caller
imports them through the real inbox (``on_week``), while the workers already build the next
week. A worker is at most about one week ahead (the pipe holds the rest), which bounds memory.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from multiprocessing.connection import Connection
from typing import Any

from wellcare.aggregate_format.one_field import sample_field
from wellcare.aggregate_format.policy import ContributionPolicy
from wellcare.aggregate_format.schema import NONE, check_period
from wellcare.aggregates.report import shift_week, week_start
from wellcare.aggregates.simulation import NO_UNIT_SHARE, _Counselor, _team_sizes, _week_inputs
from wellcare.exchange import CoordinatorPublicKeys, Folder, Kind, Transport, name_for, seal
from wellcare.exchange.open_pool import die_with_parent
from wellcare.privacy.contribution import build_one_field


@dataclass(frozen=True)
class Sent:
    """What the simulation sent: envelopes (resends included), resends, person-weeks stopped by the budget."""

    written: int = 0
    resends: int = 0
    budget_stops: int = 0

    def __add__(self, other: Sent) -> Sent:
        return Sent(self.written + other.written, self.resends + other.resends, self.budget_stops + other.budget_stops)


@dataclass(frozen=True)
class _Plan:
    periods: tuple[str, ...]
    stretch: tuple[float, ...]  # per week: the hard stretch's extra strain
    policy: ContributionPolicy
    box: Any  # the coordinator's public box key
    participation: float
    resend_rate: float


_Person = tuple[_Counselor, random.Random]
_Week = tuple[list[tuple[str, bytes]], Sent]


def _week(plan: _Plan, people: Sequence[_Person], index: int) -> _Week:
    """One week of a slice of people: the sealed envelopes (file name, bytes) and the counts."""
    period, stretch = plan.periods[index], plan.stretch[index]
    sent_at = datetime.combine(week_start(period) + timedelta(days=7), time(9, 0), tzinfo=UTC)
    out: list[tuple[str, bytes]] = []
    resends = stops = 0
    for person, rng in people:
        inputs, _, _ = _week_inputs(rng, person, stretch)
        if rng.random() >= plan.participation:
            continue
        drawn = build_one_field(inputs, period=period, field=sample_field(rng).id, policy=plan.policy,
                                device_secret=person.secret, memo=person.memo, rng=rng)
        if not person.charge(drawn.memos):
            stops += 1
            continue
        content = json.loads(drawn.payload.decode("utf-8"))
        copies = 2 if rng.random() < plan.resend_rate else 1
        for _ in range(copies):
            envelope_id = rng.randbytes(16).hex()
            out.append((name_for(envelope_id), seal(Kind.CONTRIBUTION, content, plan.box, envelope_id=envelope_id,
                                                    now=sent_at)))
        resends += copies - 1
    return out, Sent(len(out), resends, stops)


def _work(parent: int, plan: _Plan, people: Sequence[_Person], conn: Connection) -> None:
    """A worker: every week of its slice, in order, down the pipe (blocks while the parent is behind)."""
    die_with_parent(parent)
    try:
        for index in range(len(plan.periods)):
            conn.send(_week(plan, people, index))
    finally:
        conn.close()


def _people(counselors: int, units: Sequence[str], seed: int, epsilon_year: float) -> tuple[list[_Person], int]:
    """Everyone, as simulate_contributions draws them, each with their own random stream; and the stretch's start."""
    rng = random.Random(seed)
    sizes = _team_sizes(counselors, units, rng)
    people: list[_Person] = []
    for unit, size in sizes.items():
        pressure = rng.gauss(0.0, 0.45)
        abuse = rng.gauss(0.0, 0.3)
        for _ in range(size):
            no_unit = unit == NONE or rng.random() < NO_UNIT_SHARE
            person = _Counselor(None if no_unit else unit, rng.gauss(pressure, 0.8), abuse, rng.randbytes(32),
                                cap=epsilon_year)
            people.append((person, random.Random(f"{seed}/{len(people)}")))
    return people, rng.randrange(1 << 30)


def simulate_in_workers(
    transport: Transport,
    coordinator_public_keys: CoordinatorPublicKeys,
    counselors: int,
    weeks: int,
    seed: int,
    units: Sequence[str],
    epsilon: float,
    start_week: str,
    *,
    workers: int,
    participation: float = 0.85,
    resend_rate: float = 0.03,
    on_week: Callable[[int, int], None] | None = None,
    epsilon_year: float = 30.0,
) -> Sent:
    """Put ``weeks`` weeks of sealed one-field contributions into ``transport``'s inbox, week by week.

    ``on_week(done, weeks)`` is called before each week's envelopes are put (and once at the end),
    as by ``simulate_contributions``: the demo imports the inbox there. ``workers`` <= 1 (or no
    ``fork`` on this system) builds them in this process; the envelopes are the same either way.
    """
    check_period(start_week)
    policy = ContributionPolicy(epsilon=epsilon, org_units=tuple(units), epsilon_year=epsilon_year)
    people, draw = _people(counselors, units, seed, epsilon_year)
    stretch_from = draw % max(1, weeks - 3) if weeks > 4 else weeks
    plan = _Plan(periods=tuple(shift_week(start_week, i) for i in range(weeks)),
                 stretch=tuple(0.8 if stretch_from <= i < stretch_from + 3 else 0.0 for i in range(weeks)),
                 policy=policy, box=coordinator_public_keys.box_key, participation=participation,
                 resend_rate=resend_rate)
    count = max(1, min(workers, len(people)))
    if "fork" not in multiprocessing.get_all_start_methods():
        count = 1
    if count == 1:
        weekly: Callable[[int], list[_Week]] = lambda index: [_week(plan, people, index)]  # noqa: E731
        return _deliver(transport, plan, weekly, on_week)
    context = multiprocessing.get_context("fork")
    size = math.ceil(len(people) / count)
    pipes: list[Connection] = []
    procs = []
    try:
        for first in range(0, len(people), size):
            receiver, sender = context.Pipe(duplex=False)
            proc = context.Process(target=_work, args=(os.getpid(), plan, people[first:first + size], sender),
                                   daemon=True)
            proc.start()
            sender.close()
            pipes.append(receiver)
            procs.append(proc)
        return _deliver(transport, plan, lambda _index: [pipe.recv() for pipe in pipes], on_week)
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        for pipe in pipes:
            pipe.close()


def _deliver(
    transport: Transport, plan: _Plan, weekly: Callable[[int], list[_Week]], on_week: Callable[[int, int], None] | None
) -> Sent:
    total = Sent()
    weeks = len(plan.periods)
    for index in range(weeks):
        if on_week is not None:
            on_week(index, weeks)
        for envelopes, sent in weekly(index):
            for name, data in envelopes:
                transport.put(Folder.INBOX, name, data)
            total += sent
    if on_week is not None:
        on_week(weeks, weeks)
    return total
