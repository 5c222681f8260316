"""A council-sized coordinator vault for the report benchmark, built without sealing (seconds, not minutes).

Rows go in through the store's own writer (``ContributionsStore.insert_many``), as the importer
writes them: the first half of the weeks five-field contributions (``wellcare.contribution/1``,
what older counselor apps sent), the second half one-field ones (``/2``), so a report over the
middle reads both schemes and a window over the end pools the new one. Reports are drawn at
random (this is about time, not estimates); units are Seoul's 25 districts.

Run: ``.venv/bin/python tests/perf/coordinator_data.py DIR [--counselors 5000] [--weeks 52]``.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.policy import SETTING, AggregatePolicy
from wellcare.aggregates.received import FieldReport, ReceivedContribution, ReceivedOneField
from wellcare.aggregates.store import ContributionsStore
from wellcare.vault import Vault, VaultManager
from wellcare.weeks import IsoWeek

PASSPHRASE = "bench passphrase"
FIRST_WEEK = "2025-W40"
EPSILON = 4.0
UNITS = (  # Seoul's 25 districts
    "강남구", "강동구", "강북구", "강서구", "관악구", "광진구", "구로구", "금천구", "노원구",
    "도봉구", "동대문구", "동작구", "마포구", "서대문구", "서초구", "성동구", "성북구", "송파구",
    "양천구", "영등포구", "용산구", "은평구", "종로구", "중구", "중랑구",
)


def weeks(count: int) -> list[str]:
    first = IsoWeek.parse(FIRST_WEEK)
    return [str(first.shifted(i)) for i in range(count)]


def contributions(counselors: int, periods: list[str], seed: int = 2026,
                  ) -> Iterator[ReceivedContribution | ReceivedOneField]:
    rng = random.Random(seed)
    homes = [UNITS[i % len(UNITS)] for i in range(counselors)]
    old = len(periods) // 2
    per_field = EPSILON / len(AGGREGATE_FIELDS)
    for w, period in enumerate(periods):
        for home in homes:
            token = f"{rng.getrandbits(256):064x}"
            unit = home if rng.random() > 0.02 else None  # a few name no unit
            if w < old:
                reports = {f.id: FieldReport(rng.choice(f.categories), per_field, len(f.categories))
                           for f in AGGREGATE_FIELDS}
                yield ReceivedContribution(period, token, unit, MappingProxyType(reports))
            else:
                f = rng.choice(AGGREGATE_FIELDS)
                yield ReceivedOneField(period, token, f.id, rng.choice(f.categories), 1.0, EPSILON,
                                       len(f.categories), unit)


def build(root: Path, counselors: int, week_count: int) -> Vault:
    """A coordinator vault under ``root`` holding counselors × weeks contributions."""
    vault = VaultManager(root).create("passphrase", PASSPHRASE, role="coordinator").vault
    vault.set_setting(SETTING, AggregatePolicy(UNITS, 5, EPSILON).to_json())
    store = ContributionsStore(vault)
    periods = weeks(week_count)
    batch: list[ReceivedContribution | ReceivedOneField] = []
    for c in contributions(counselors, periods):
        batch.append(c)
        if len(batch) >= 20_000:
            store.insert_many(batch, "2026-12-05T00:00:00+00:00")
            batch.clear()
    store.insert_many(batch, "2026-12-05T00:00:00+00:00")
    return vault


def open_built(root: Path) -> Vault:
    return VaultManager(root).unlock(PASSPHRASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--counselors", type=int, default=5000)
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    vault = build(args.dir, args.counselors, args.weeks)
    print(ContributionsStore(vault).count(), "contributions in", args.dir)
    vault.close()


if __name__ == "__main__":
    main()
