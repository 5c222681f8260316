"""The coordinator's store of aggregate contributions: one row per dedup token, the first one kept.

A row holds only what the contribution held: its period (ISO week), the org unit as sent, and
each field's randomized report with the ε it was drawn with (k follows from the schema). No
envelope id is kept beside it (the inbox's ``inbox_seen`` table has ids, not contents), so rows
cannot be matched back to files on the share.

Reading is by aggregate only: :meth:`ContributionsStore.tallies` returns counts grouped by
(period, unit, ε, report) per field, which is all the estimator needs.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, NONE
from wellcare.aggregates.received import ReceivedContribution
from wellcare.vault import Vault
from wellcare.vault.migrations import Migration

COMPONENT = "coordinator_aggregates"
SUPPRESSION_SECRET = "aggregates.suppression_secret"

# payload field -> column stem (columns <stem> for the report, <stem>_eps for its ε). A new field of
# the table needs a migration below adding its two columns (NOT NULL DEFAULT 'none' and 0).
COLUMNS: dict[str, str] = {f.id: f.column for f in AGGREGATE_FIELDS}

MIGRATIONS = (
    Migration(
        1,
        "aggregate contributions, one per dedup token",
        """
        CREATE TABLE agg_contributions (
            token TEXT PRIMARY KEY,
            period TEXT NOT NULL,
            org_unit TEXT NOT NULL,
            received_at TEXT NOT NULL,
            who5 TEXT NOT NULL, who5_eps REAL NOT NULL,
            pss10 TEXT NOT NULL, pss10_eps REAL NOT NULL,
            cbi_client TEXT NOT NULL, cbi_client_eps REAL NOT NULL,
            breaks TEXT NOT NULL, breaks_eps REAL NOT NULL,
            hard_calls TEXT NOT NULL, hard_calls_eps REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX agg_contributions_period ON agg_contributions(period, org_unit)
        """,
    ),
)

_INSERT = (
    "INSERT OR IGNORE INTO agg_contributions(token, period, org_unit, received_at, "
    + ", ".join(f"{c}, {c}_eps" for c in COLUMNS.values())
    + ") VALUES(" + ", ".join("?" * (4 + 2 * len(COLUMNS))) + ")"
)


@dataclass(frozen=True)
class Tally:
    """``count`` contributions of ``period`` from ``unit`` reported ``report`` with budget ``epsilon``."""

    period: str
    unit: str
    epsilon: float
    report: str
    count: int


def row_values(contribution: ReceivedContribution, received_at: str) -> tuple[Any, ...]:
    values: list[Any] = [contribution.token, contribution.period, contribution.org_unit or NONE, received_at]
    for name in COLUMNS:
        report = contribution.reports[name]
        values += [report.report, report.epsilon]
    return tuple(values)


class ContributionsStore:
    """Contributions in the coordinator's vault; migrates its table on construction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- writing (inside the inbox's transaction) ------------------------------------------------
    @staticmethod
    def insert(cur: Any, contribution: ReceivedContribution, received_at: str) -> bool:
        """Keep it unless its token is known (the first one wins); True if it was kept."""
        cur.execute(_INSERT, row_values(contribution, received_at))
        return bool(cur.rowcount)

    def insert_many(self, contributions: Iterable[ReceivedContribution], received_at: str) -> int:
        """Bulk load (tests, demo seeding); returns how many were new."""
        with self.vault.transaction() as cur:
            before = self._count(cur)
            cur.executemany(_INSERT, (row_values(c, received_at) for c in contributions))
            return self._count(cur) - before

    @staticmethod
    def _count(cur: Any) -> int:
        return int(cur.execute("SELECT count(*) FROM agg_contributions").fetchone()[0])

    def suppression_secret(self) -> bytes:
        """The office's key for drawing complementary suppressions (made on first use, kept in the vault).

        Never shown: with it, a reader could replay which hidden counts were drawn as complements.
        """
        stored = self.vault.get_secret(SUPPRESSION_SECRET)
        if stored is None:
            stored = secrets.token_hex(32)
            self.vault.set_secret(SUPPRESSION_SECRET, stored)
        return bytes.fromhex(stored)

    # -- reading ---------------------------------------------------------------------------------
    def has_token(self, token: str) -> bool:
        return self.vault.query_one("SELECT 1 FROM agg_contributions WHERE token = ?", (token,)) is not None

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM agg_contributions")
        return int(row[0]) if row else 0

    def periods(self) -> list[str]:
        """Every ISO week that has contributions, oldest first."""
        return [str(r[0]) for r in self.vault.query("SELECT DISTINCT period FROM agg_contributions ORDER BY period")]

    def units(self) -> list[str]:
        """Every unit name contributions used ("none" included when some said none)."""
        return [str(r[0]) for r in self.vault.query("SELECT DISTINCT org_unit FROM agg_contributions ORDER BY 1")]

    def group_sizes(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        """(period, unit) -> contributions."""
        if not periods:
            return {}
        rows = self.vault.query(
            "SELECT period, org_unit, count(*) FROM agg_contributions WHERE period >= ? AND period <= ? "
            "GROUP BY period, org_unit",
            (min(periods), max(periods)),
        )
        wanted = set(periods)
        return {(str(p), str(u)): int(n) for p, u, n in rows if p in wanted}

    def tallies(self, field: str, periods: Sequence[str]) -> list[Tally]:
        """Report counts of one field, grouped by (period, unit, ε, report)."""
        column = COLUMNS[field]
        if not periods:
            return []
        rows = self.vault.query(
            f"SELECT period, org_unit, {column}_eps, {column}, count(*) FROM agg_contributions "
            "WHERE period >= ? AND period <= ? GROUP BY 1, 2, 3, 4",
            (min(periods), max(periods)),
        )
        wanted = set(periods)
        return [Tally(str(p), str(u), float(e), str(r), int(n)) for p, u, e, r, n in rows if p in wanted]
