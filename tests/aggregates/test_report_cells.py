"""The report read from the weekly cells is the report read from the rows (issue #16: no scan per report).

:class:`RowScanStore` is the store's reading as it was before the cells (every query a GROUP BY
over the contributions themselves); the published JSON must be identical for every range of
weeks, unit filter and pooled window, over both schemes, after inserts, deletes and the
migration that fills the cells of a vault that already held rows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

import pytest

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.received import FieldReport, ReceivedContribution, ReceivedOneField
from wellcare.aggregates.report import build_report, periods_between
from wellcare.aggregates.store import COLUMNS, COMPONENT, MIGRATIONS, SCHEME_V1, SCHEME_V2, ContributionsStore, Tally
from wellcare.aggregates.windows import with_windows
from wellcare.vault import Vault, VaultManager

UNITS = ("A", "B", "C", "D")
WEEKS = periods_between("2026-W30", "2026-W38")  # W30-W33 five-field, W34 both, W35-W38 one-field


class RowScanStore(ContributionsStore):
    """The reads as they were before the cells: GROUP BY over every row in the range."""

    def periods(self) -> list[str]:
        return [str(r[0]) for r in self.vault.query(
            "SELECT period FROM agg_contributions UNION SELECT period FROM agg_reports ORDER BY 1")]

    def units(self) -> list[str]:
        return [str(r[0]) for r in self.vault.query(
            "SELECT org_unit FROM agg_contributions UNION SELECT org_unit FROM agg_reports ORDER BY 1")]

    def week_schemes(self, periods: Sequence[str]) -> dict[str, int]:
        if not periods:
            return {}
        newer = {str(r[0]) for r in self.vault.query(
            "SELECT DISTINCT period FROM agg_reports WHERE period >= ? AND period <= ?", (min(periods), max(periods)))}
        return {p: SCHEME_V2 if p in newer else SCHEME_V1 for p in periods}

    def group_sizes(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        schemes = self.week_schemes(periods)
        out: dict[tuple[str, str], int] = {}
        for table, scheme in (("agg_contributions", SCHEME_V1), ("agg_reports", SCHEME_V2)):
            rows = self.vault.query(f"SELECT period, org_unit, count(*) FROM {table} WHERE period >= ? AND "
                                    "period <= ? GROUP BY period, org_unit", (min(periods), max(periods)))
            out.update({(str(p), str(u)): int(n) for p, u, n in rows if schemes.get(str(p)) == scheme})
        return out

    def tallies(self, field: str, periods: Sequence[str]) -> list[Tally]:
        column = COLUMNS[field]
        schemes = self.week_schemes(periods)
        span = (min(periods), max(periods))
        old = self.vault.query(f"SELECT period, org_unit, {column}_eps, {column}, count(*) FROM agg_contributions "
                               "WHERE period >= ? AND period <= ? GROUP BY 1, 2, 3, 4", span)
        new = self.vault.query("SELECT period, org_unit, epsilon, report, count(*) FROM agg_reports "
                               "WHERE period >= ? AND period <= ? AND field = ? GROUP BY 1, 2, 3, 4", (*span, field))
        return [Tally(str(p), str(u), float(e), str(r), int(n))
                for rows, scheme in ((old, SCHEME_V1), (new, SCHEME_V2))
                for p, u, e, r, n in rows if schemes.get(str(p)) == scheme]

    def window_tallies(self, field: str, periods: Sequence[str], units: Sequence[str] | None = None,
                       ) -> dict[tuple[float, float], list[Tally]]:
        rows = self.vault.query(
            "SELECT period, org_unit, epsilon, epsilon_value, report, count(*) FROM agg_reports "
            "WHERE period >= ? AND period <= ? AND field = ? GROUP BY 1, 2, 3, 4, 5",
            (min(periods), max(periods), field))
        out: dict[tuple[float, float], list[Tally]] = {}
        for p, u, e, ev, r, n in rows:
            if str(p) in periods and (units is None or str(u) in units):
                out.setdefault((float(e), float(ev)), []).append(Tally(str(p), str(u), float(e), str(r), int(n)))
        return out


def contributions(seed: int) -> list[ReceivedContribution | ReceivedOneField]:
    """Uneven teams (some weeks under the minimum), a few with no unit, two budgets per scheme."""
    rng = random.Random(seed)
    out: list[ReceivedContribution | ReceivedOneField] = []
    for w, period in enumerate(WEEKS):
        for unit in (*UNITS, None):
            for _ in range(rng.choice([0, 2, 4, 6, 9, 14] if unit else [0, 1, 3])):
                token = f"{rng.getrandbits(256):064x}"
                if w < 4 or (w == 4 and rng.random() < 0.5):
                    eps = rng.choice([0.5, 0.8])
                    reports = {f.id: FieldReport(rng.choice(f.categories), eps, len(f.categories))
                               for f in AGGREGATE_FIELDS}
                    out.append(ReceivedContribution(period, token, unit, MappingProxyType(reports)))
                else:
                    f = rng.choice(AGGREGATE_FIELDS)
                    out.append(ReceivedOneField(period, token, f.id, rng.choice(f.categories), rng.choice([1.0, 1.5]),
                                                rng.choice([4.0, 6.0]), len(f.categories), unit))
    return out


def published(store: ContributionsStore, first: str, last: str, unit: str | None, window: int) -> str:
    settings = AggregatePolicy(UNITS, 5, 4.0)
    report = with_windows(build_report(store, settings, periods_between(first, last), unit), store, window)
    return json.dumps(report.to_json(), sort_keys=True)


def assert_same_reports(vault: Vault) -> None:
    cells, rows = ContributionsStore(vault), RowScanStore(vault)
    assert cells.periods() == rows.periods() and cells.units() == rows.units()
    assert cells.count() == len(vault.query("SELECT token FROM agg_contributions UNION ALL "
                                            "SELECT token FROM agg_reports"))
    for i, first in enumerate(WEEKS):
        for last in WEEKS[i:]:
            for unit in (None, *UNITS, "none"):
                for window in (1, 4) if (first, last) != (WEEKS[0], WEEKS[-1]) else (1, 4, 13):
                    assert published(cells, first, last, unit, window) == published(rows, first, last, unit, window)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault


def test_every_range_filter_and_window_publishes_what_the_rows_give(vault: Vault) -> None:
    store = ContributionsStore(vault)
    received = contributions(seed=1)
    assert store.insert_many(received, "2026-11-30") == len(received)
    assert store.insert_many(received[:40], "2026-11-30") == 0  # a resend counts once, in the cells as well
    assert_same_reports(vault)


def test_deleted_rows_leave_the_cells(vault: Vault) -> None:
    store = ContributionsStore(vault)
    store.insert_many(contributions(seed=2), "2026-11-30")
    vault.execute("DELETE FROM agg_contributions WHERE period = ?", (WEEKS[1],))
    vault.execute("DELETE FROM agg_reports WHERE org_unit = 'B'")
    assert_same_reports(vault)
    vault.execute("DELETE FROM agg_contributions")
    vault.execute("DELETE FROM agg_reports")
    assert store.periods() == [] and store.count() == 0
    assert vault.query("SELECT * FROM agg_cells") == [] and vault.query("SELECT * FROM agg_groups") == []


def test_a_vault_that_held_rows_before_the_cells_gets_them_filled(vault: Vault) -> None:
    vault.migrate_component(COMPONENT, MIGRATIONS[:2])  # the store as released before the cells
    with vault.transaction() as cur:
        for c in contributions(seed=3):
            ContributionsStore.insert(cur, c, "2026-11-30")
    assert vault.query("SELECT name FROM sqlite_master WHERE name = 'agg_cells'") == []
    assert_same_reports(vault)  # constructing the store migrates: cells from the rows, then triggers
    ContributionsStore(vault).insert_many(contributions(seed=4), "2026-12-01")  # and later rows join them
    assert_same_reports(vault)
