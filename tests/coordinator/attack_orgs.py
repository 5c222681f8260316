"""Demo-like organisations for the outside attack, and every report ``coordinator report`` accepts over them.

Sizes are chosen to keep the attack to seconds while covering what goes wrong: a team of 2–3
counselors, a week in which one team hardly sends, weeks with one or two EAP requests and weeks
with many, contributions that name no unit, minimum group sizes 3, 5 and 7.

Contributions are real (built, randomized and read back as in production, see
``tests.aggregates.test_report.fill``). EAP requests enter as per-week counts by (kind, status)
through :class:`~wellcare.coordinator.dashboard_data.DashboardData`'s one reading method:
thousands of sealed requests would take minutes, and tests/aggregates/test_dashboard.py checks
that those counts come from the office's own inbox.

``python -m tests.coordinator.attack_orgs`` prints the attack's numbers for the code on the path
(this is how the numbers in docs/AGGREGATES.md were measured, also against older code).
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.aggregates.test_report import fill
from tests.coordinator.outside_attack import Knowledge, Outcome, attack
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.received import ReceivedOneField
from wellcare.aggregates.report import periods_between
from wellcare.aggregates.store import ContributionsStore
from wellcare.coordinator.dashboard_data import EAP_KINDS, EAP_STATUSES, DashboardData
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault

STATUS_MIX = (("new", 0.3), ("in_progress", 0.2), ("scheduled", 0.15), ("done", 0.28), ("declined", 0.04),
              ("cancelled", 0.03))
KIND_RATE = {"counseling": 0.12, "stress_health": 0.05, "legal_support": 0.03, "other": 0.02}  # per counselor-week


@dataclass(frozen=True)
class DemoOrg:
    name: str
    teams: Mapping[str, int]  # unit -> counselors
    weeks: int
    minimum: int
    seed: int
    quiet: tuple[str, int] | None = None  # (unit, week index): that week the team hardly sends
    no_unit: int = 0  # counselors who name no unit


ORGS = (
    DemoOrg("tiny office", {"상담1팀": 6, "야간": 3}, weeks=9, minimum=3, seed=1),
    DemoOrg("small centre", {"1팀": 14, "2팀": 11, "3팀 야간": 8, "Pilot": 2}, weeks=6, minimum=5, seed=2,
            quiet=("2팀", 2), no_unit=2),
    DemoOrg("centre", {"A": 30, "B": 24, "C": 17, "D": 9, "E": 3}, weeks=7, minimum=5, seed=3, quiet=("C", 4)),
    DemoOrg("strict centre", {"북부": 26, "남부": 21, "야간": 12}, weeks=5, minimum=7, seed=4),
)


class InjectedEap(DashboardData):
    """The dashboard's data with the EAP inbox's per-week counts given, not read from sealed requests."""

    def __init__(self, vault: Vault, settings: AggregatePolicy, weekly: Mapping[str, Mapping[tuple[str, str], int]],
                 ) -> None:
        super().__init__(vault, ManualClock(datetime(2026, 9, 30, 12, tzinfo=UTC)), settings)
        self.eap = object()  # type: ignore[assignment]  # reports carry an EAP grid
        self.weekly = weekly

    def eap_weekly(self, periods: Sequence[str]) -> dict[str, dict[tuple[str, str], int]]:
        return {w: dict(self.weekly[w]) for w in periods if w in self.weekly}

    def eap_counts(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        total: Counter[tuple[str, str]] = Counter()
        for week in self.eap_weekly(periods).values():
            total.update(week)
        return dict(total)


def _poisson(rng: random.Random, lam: float) -> int:
    n, p, limit = 0, 1.0, pow(2.718281828459045, -lam)
    while True:
        p *= rng.random()
        if p < limit:
            return n
        n += 1


def _one_field(sizes: Mapping[tuple[str, str], int], rng: random.Random) -> Iterator[ReceivedOneField]:
    for (unit, period), n in sizes.items():
        for _ in range(n):
            f = rng.choice(AGGREGATE_FIELDS)
            yield ReceivedOneField(period, f"{rng.getrandbits(256):064x}", f.id, rng.choice(f.categories), 1.0986,
                                   2.1972, len(f.categories), None if unit == "none" else unit)


def populate(org: DemoOrg, vault: Vault) -> InjectedEap:
    rng = random.Random(org.seed)
    weeks = periods_between("2026-W29", f"2026-W{28 + org.weeks}")  # W29: a 4-week EAP block starts
    sizes: dict[tuple[str, str], int] = {}
    for j, week in enumerate(weeks):
        for unit, people in org.teams.items():
            rate = 0.2 if org.quiet == (unit, j) else rng.choice([0.6, 0.8, 0.9])
            sizes[(unit, week)] = sum(rng.random() < rate for _ in range(people))
        if org.no_unit:
            sizes[("none", week)] = sum(rng.random() < 0.8 for _ in range(org.no_unit))
    units = tuple(org.teams)
    # the first two weeks five-field (older apps), the rest one-field: the heat map's team windows pool those
    old = {k: v for k, v in sizes.items() if v and k[1] in weeks[:2]}
    fill(ContributionsStore(vault), old, units=units, seed=org.seed)
    ContributionsStore(vault).insert_many(list(_one_field({k: v for k, v in sizes.items() if v and k not in old}, rng)),
                                          "2026-11-30")
    people = sum(org.teams.values()) + org.no_unit
    weekly: dict[str, dict[tuple[str, str], int]] = {}
    for j, week in enumerate(weeks):
        busy = 0.15 if j == 1 else (2.5 if j == len(weeks) - 1 else 1.0)  # a quiet week and a busy one
        counts: Counter[tuple[str, str]] = Counter()
        for kind, rate in KIND_RATE.items():
            for _ in range(_poisson(rng, rate * people * busy)):
                status = rng.choices([s for s, _ in STATUS_MIX], [w for _, w in STATUS_MIX])[0]
                counts[(kind, status)] += 1
        weekly[week] = dict(counts)
    assert set(EAP_KINDS) >= set(KIND_RATE) and set(EAP_STATUSES) >= {s for s, _ in STATUS_MIX}
    return InjectedEap(vault, AggregatePolicy(units, org.minimum, 4.0), weekly)


def every_report(data: DashboardData) -> Iterator[dict[str, Any]]:
    """What ``coordinator report --json --from A --to B [--unit U]`` prints, for every A ≤ B and U."""
    periods = data.periods()
    for a, first in enumerate(periods):
        for last in periods[a:]:
            for unit in (None, *data.units()):
                yield data.report(first, last, unit).to_json()


def attack_org(org: DemoOrg, vault: Vault, use_reasons: bool = True) -> tuple[Knowledge, Outcome]:
    data = populate(org, vault)
    knowledge = Knowledge(use_reasons=use_reasons)
    for doc in every_report(data):
        knowledge.read(doc)
    return knowledge, attack(knowledge)


def main(open_vault: Callable[[Path], Vault] | None = None) -> int:  # pragma: no cover - a measuring tool
    from wellcare.vault import VaultManager

    def passphrase_vault(path: Path) -> Vault:
        return VaultManager(path).create("passphrase", "attack-measure", role="coordinator").vault

    opener = open_vault or passphrase_vault
    use_reasons = "--no-reasons" not in sys.argv
    hidden = recovered = pinned = small = reports = 0
    with tempfile.TemporaryDirectory() as root:
        for n, org in enumerate(ORGS):
            knowledge, outcome = attack_org(org, opener(Path(root) / str(n)), use_reasons)
            print(f"{org.name}: {knowledge.reports} reports, {outcome.hidden} hidden cells, "
                  f"{len(outcome.recovered)} recovered, {len(outcome.pinned)} of them exactly "
                  f"({len(outcome.by_elimination)} by elimination), "
                  f"{len(outcome.small_published)} published counts under {knowledge.minimum}")
            hidden += outcome.hidden
            recovered += len(outcome.recovered)
            pinned += len(outcome.pinned)
            small += len(outcome.small_published)
            reports += knowledge.reports
    print(f"all: {reports} reports, {hidden} hidden cells, {recovered} recovered ({pinned} exactly), "
          f"{small} published counts under the minimum")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
