"""One report's reads from memory (wellcare.coordinator.report_reads) publish what the store's own reads give.

The summary, the pooled windows and the team heat map ask the store for the same weeks' one-field
tallies once per team and measure; :class:`ReportReads` reads each (field, weeks) once and splits
it by unit (issue #16). The tallies must come back the same, in the same order, for every field,
block of weeks and unit filter, and the whole published report (summary and heat map included)
must be the same text, on a mixed-scheme org with uneven teams.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.aggregates.test_report_cells import UNITS, WEEKS, contributions
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.report import build_report, periods_between
from wellcare.aggregates.store import ContributionsStore
from wellcare.aggregates.summary import build_summary
from wellcare.aggregates.team_windows import team_window_tables
from wellcare.aggregates.windows import with_windows
from wellcare.coordinator.report_reads import ReportReads
from wellcare.vault import Vault, VaultManager


@pytest.fixture
def store(tmp_path: Path) -> ContributionsStore:
    vault: Vault = VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault
    store = ContributionsStore(vault)
    store.insert_many(contributions(seed=7), "2026-11-30")
    return store


def test_window_tallies_are_the_stores_in_its_order(store: ContributionsStore) -> None:
    reads = ReportReads(store)
    blocks = [tuple(WEEKS[i:i + n]) for n in (1, 4, len(WEEKS)) for i in range(0, len(WEEKS) - n + 1)]
    filters = (None, *((u,) for u in (*UNITS, "none", "Z")), ("A", "C"), ("none", "B", "D"))
    for field in AGGREGATE_FIELDS:
        for block in blocks:
            for units in filters:
                for _ in range(2):  # read, then from memory
                    assert reads.window_tallies(field.id, block, units) == store.window_tallies(field.id, block, units)
                    assert list(reads.window_tallies(field.id, block, units)) == list(
                        store.window_tallies(field.id, block, units))
    assert reads.week_schemes(WEEKS) == store.week_schemes(WEEKS)


def published(store: ContributionsStore, first: str, last: str, unit: str | None, window: int, *,
              once: bool) -> str:
    """The dashboard's report (summary and heat map included) read through the store, or through ReportReads."""
    reads = ReportReads(store) if once else store
    report = build_report(reads, AggregatePolicy(UNITS, 5, 4.0), periods_between(first, last), unit)
    report = replace(with_windows(report, reads, window), summary=build_summary(reads, report),
                     team_windows=team_window_tables(reads, report.units))
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)


def test_the_published_report_is_the_same_text(store: ContributionsStore) -> None:
    for first, last in ((WEEKS[0], WEEKS[-1]), (WEEKS[4], WEEKS[-1]), (WEEKS[5], WEEKS[8]), (WEEKS[1], WEEKS[3])):
        for unit in (None, *UNITS, "none"):
            for window in (1, 4):
                assert published(store, first, last, unit, window, once=True) == published(
                    store, first, last, unit, window, once=False)


def test_the_dashboard_reuses_summary_and_heat_map_only_for_the_same_weeks_and_contributions(
        store: ContributionsStore) -> None:
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.schedule.clock import ManualClock

    clock = ManualClock(datetime(2026, 12, 1, tzinfo=UTC))
    data = DashboardData(store.vault, clock, AggregatePolicy(UNITS, 5, 4.0))
    whole = data.report(WEEKS[0], WEEKS[-1])
    for unit in (*UNITS, "none"):  # the same text as a dashboard that never showed another team
        again = data.report(WEEKS[0], WEEKS[-1], unit, windows=4)
        fresh = DashboardData(store.vault, clock, AggregatePolicy(UNITS, 5, 4.0)).report(WEEKS[0], WEEKS[-1], unit,
                                                                                       windows=4)
        assert again.summary is whole.summary
        assert json.dumps(again.to_json()) == json.dumps(fresh.to_json())
    assert data.report(WEEKS[1], WEEKS[-1]).summary is not whole.summary  # other weeks: computed for them
    store.insert_many(contributions(seed=8), "2026-12-01")  # new contributions: computed again
    assert data.report(WEEKS[0], WEEKS[-1]).summary is not whole.summary
