"""How many EAP numbers a centre's reports show at real volumes: per week (before) or per 4-week block.

Not a timed test: a measuring script. Three centres of the council demo's sizes (40, 150, 400
counselors), EAP requests at about 0.03 per counselor-week (a few per centre-week: 1, 4 and 12),
kinds and statuses mixed as in :mod:`tests.coordinator.attack_orgs`, twelve weeks 2026-W29..W40
seen from 2026-W42. For the 12-week report (the dashboard's default) it prints how many of the
grid's numbers (kind × status cells and their margins) are shown, and how many of the finest
published cells (each week's or each block's total, kind totals and cells) are shown, and how
many of the kind totals and the total (the Summary's "who asks for what support" line).

Reads only the report's JSON, so it measures main too:
``PYTHONPATH=/path/to/main/src .venv/bin/python tests/perf/bench_eap_blocks.py`` (weekly cells there).
"""

from __future__ import annotations

import os
import random
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.report import periods_between
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

KINDS = {"counseling": 0.55, "stress_health": 0.22, "legal_support": 0.14, "other": 0.09}
STATUSES = {"new": 0.1, "in_progress": 0.15, "scheduled": 0.15, "done": 0.5, "declined": 0.05, "cancelled": 0.05}
RATE = 0.03  # EAP requests per counselor-week
WEEKS = periods_between("2026-W29", "2026-W40")


class Centre(DashboardData):
    def __init__(self, vault: Vault, weekly: dict[str, dict[tuple[str, str], int]], minimum: int) -> None:
        clock = ManualClock(datetime(2026, 10, 14, 12, tzinfo=UTC))
        super().__init__(vault, clock, AggregatePolicy(("A",), minimum, 4.0))
        self.eap = object()  # type: ignore[assignment]
        self.weekly = weekly

    def eap_weekly(self, periods: Sequence[str]) -> dict[str, dict[tuple[str, str], int]]:
        return {w: dict(self.weekly[w]) for w in periods if w in self.weekly}


def requests(counselors: int, rng: random.Random) -> dict[str, dict[tuple[str, str], int]]:
    out: dict[str, dict[tuple[str, str], int]] = {}
    for w in WEEKS:
        counts: Counter[tuple[str, str]] = Counter()
        for _ in range(sum(rng.random() < RATE for _ in range(counselors))):
            kind = rng.choices(list(KINDS), list(KINDS.values()))[0]
            counts[(kind, rng.choices(list(STATUSES), list(STATUSES.values()))[0])] += 1
        out[w] = dict(counts)
    return out


def shown(values: Sequence[Any]) -> tuple[int, int]:
    flat: list[Any] = []
    for v in values:
        flat += v if isinstance(v, list) else [v]
    return sum(v is not None for v in flat), len(flat)


def measure(doc: dict[str, Any]) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], str]:
    eap = doc["eap"]
    kinds = shown([eap["kind_totals"], eap["total"]])  # what the Summary's support line shows
    grid = shown([*eap["cells"], eap["kind_totals"], eap["status_totals"], eap["total"]])
    parts = eap.get("blocks", eap.get("weeks", []))
    fine = shown([x for p in parts for x in (p["total"], p["kind_totals"], *p["cells"])])
    return kinds, grid, fine, "blocks" if "blocks" in eap else "weeks"


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as root:
        for n, (counselors, minimum) in enumerate(((40, 5), (150, 5), (400, 5))):
            weekly = requests(counselors, random.Random(n))
            vault = VaultManager(Path(root) / str(n)).create("passphrase", "bench", role="coordinator").vault
            doc = Centre(vault, weekly, minimum).report(WEEKS[0], WEEKS[-1]).to_json()
            (k, kt), (g, gt), (f, ft), per = measure(doc)
            total = sum(sum(c.values()) for c in weekly.values())
            print(f"{counselors} counselors, {total} requests in 12 weeks, k = {minimum}: "
                  f"kind totals + total {k} of {kt}, grid {g} of {gt} shown; "
                  f"per-{per[:-1]} cells {f} of {ft} shown")
            vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
