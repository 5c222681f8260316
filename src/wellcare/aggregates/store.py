"""The coordinator's store of aggregate contributions: one row per dedup token, the first one kept.

A row holds only what the contribution held: its period (ISO week), the org unit as sent, and
each field's randomized report with the ε it was drawn with (k follows from the schema). No
envelope id is kept beside it (the inbox's ``inbox_seen`` table has ids, not contents), so rows
cannot be matched back to files on the share.

Reading is by aggregate only: :meth:`ContributionsStore.tallies` returns counts grouped by
(period, unit, ε, report) per field, which is all the estimator needs.

Two schemes (issue #13, item 6). ``agg_contributions`` holds ``wellcare.contribution/1`` (five
fields each, as received before the one-field scheme) and stays readable; ``agg_reports`` holds
``wellcare.contribution/2`` (one field each, with the memo's ε∞). They are never mixed in one
estimate: a week is read from one scheme only (:meth:`ContributionsStore.week_schemes`, the
newer as soon as the week has any), and the other's contributions of that week are left out
(counted by :meth:`ContributionsStore.left_out`).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, NONE
from wellcare.aggregates.received import ReceivedContribution, ReceivedOneField
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
    Migration(
        2,
        "one-field contributions (wellcare.contribution/2), kept apart from the five-field ones",
        """
        CREATE TABLE agg_reports (
            token TEXT PRIMARY KEY,
            period TEXT NOT NULL,
            org_unit TEXT NOT NULL,
            received_at TEXT NOT NULL,
            field TEXT NOT NULL,
            report TEXT NOT NULL,
            epsilon REAL NOT NULL,
            epsilon_value REAL NOT NULL,
            unit_report TEXT,
            unit_epsilon REAL
        ) WITHOUT ROWID;
        CREATE INDEX agg_reports_period ON agg_reports(period, field, org_unit)
        """,
    ),
)

SCHEME_V1 = 1
SCHEME_V2 = 2

_INSERT = (
    "INSERT OR IGNORE INTO agg_contributions(token, period, org_unit, received_at, "
    + ", ".join(f"{c}, {c}_eps" for c in COLUMNS.values())
    + ") VALUES(" + ", ".join("?" * (4 + 2 * len(COLUMNS))) + ")"
)


_INSERT_V2 = (
    "INSERT OR IGNORE INTO agg_reports(token, period, org_unit, received_at, field, report, epsilon, epsilon_value, "
    "unit_report, unit_epsilon) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row_v2(c: ReceivedOneField, received_at: str) -> tuple[Any, ...]:
    unit = c.unit_report
    return (c.token, c.period, c.org_unit or NONE, received_at, c.field, c.report, c.epsilon, c.epsilon_value,
            unit.report if unit else None, unit.epsilon if unit else None)


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
    def insert(cur: Any, contribution: ReceivedContribution | ReceivedOneField, received_at: str) -> bool:
        """Keep it unless its token is known (the first one wins, in either scheme); True if it was kept."""
        if isinstance(contribution, ReceivedOneField):
            if cur.execute("SELECT 1 FROM agg_contributions WHERE token = ?", (contribution.token,)).fetchone():
                return False
            cur.execute(_INSERT_V2, _row_v2(contribution, received_at))
        else:
            if cur.execute("SELECT 1 FROM agg_reports WHERE token = ?", (contribution.token,)).fetchone():
                return False
            cur.execute(_INSERT, row_values(contribution, received_at))
        return bool(cur.rowcount)

    def insert_many(self, contributions: Iterable[ReceivedContribution | ReceivedOneField], received_at: str) -> int:
        """Bulk load (tests, demo seeding); returns how many were new."""
        with self.vault.transaction() as cur:
            return sum(self.insert(cur, c, received_at) for c in contributions)

    @staticmethod
    def _count(cur: Any) -> int:
        return int(cur.execute("SELECT (SELECT count(*) FROM agg_contributions) + "
                               "(SELECT count(*) FROM agg_reports)").fetchone()[0])

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
        return any(self.vault.query_one(f"SELECT 1 FROM {table} WHERE token = ?", (token,)) is not None
                   for table in ("agg_contributions", "agg_reports"))

    def count(self) -> int:
        row = self.vault.query_one(
            "SELECT (SELECT count(*) FROM agg_contributions) + (SELECT count(*) FROM agg_reports)")
        return int(row[0]) if row else 0

    def periods(self) -> list[str]:
        """Every ISO week that has contributions (of either scheme), oldest first."""
        return [str(r[0]) for r in self.vault.query(
            "SELECT period FROM agg_contributions UNION SELECT period FROM agg_reports ORDER BY 1")]

    def units(self) -> list[str]:
        """Every unit name contributions used ("none" included when some said none)."""
        return [str(r[0]) for r in self.vault.query(
            "SELECT org_unit FROM agg_contributions UNION SELECT org_unit FROM agg_reports ORDER BY 1")]

    def week_schemes(self, periods: Sequence[str]) -> dict[str, int]:
        """period -> the scheme its estimates are read from: 2 as soon as the week has any one-field report."""
        if not periods:
            return {}
        newer = {str(r[0]) for r in self.vault.query(
            "SELECT DISTINCT period FROM agg_reports WHERE period >= ? AND period <= ?", (min(periods), max(periods)))}
        return {p: SCHEME_V2 if p in newer else SCHEME_V1 for p in periods}

    def left_out(self, periods: Sequence[str]) -> dict[str, int]:
        """period -> five-field contributions not used because the week is read from the one-field scheme."""
        schemes = self.week_schemes(periods)
        newer = [p for p, scheme in schemes.items() if scheme == SCHEME_V2]
        if not newer:
            return {}
        rows = self.vault.query(
            "SELECT period, count(*) FROM agg_contributions WHERE period >= ? AND period <= ? GROUP BY 1",
            (min(newer), max(newer)))
        return {str(p): int(n) for p, n in rows if str(p) in newer}

    def group_sizes(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        """(period, unit) -> contributions, from the scheme each week is read from."""
        if not periods:
            return {}
        schemes = self.week_schemes(periods)
        out: dict[tuple[str, str], int] = {}
        for table, scheme in (("agg_contributions", SCHEME_V1), ("agg_reports", SCHEME_V2)):
            rows = self.vault.query(
                f"SELECT period, org_unit, count(*) FROM {table} WHERE period >= ? AND period <= ? "
                "GROUP BY period, org_unit",
                (min(periods), max(periods)),
            )
            out.update({(str(p), str(u)): int(n) for p, u, n in rows if schemes.get(str(p)) == scheme})
        return out

    def tallies(self, field: str, periods: Sequence[str]) -> list[Tally]:
        """Report counts of one field, grouped by (period, unit, ε, report), each week from one scheme.

        In a one-field week only the contributions that drew this field report it; their ε is the
        one report's (ε₁), which is what the k-ary estimator of a single week needs.
        """
        column = COLUMNS[field]
        if not periods:
            return []
        schemes = self.week_schemes(periods)
        span = (min(periods), max(periods))
        old = self.vault.query(
            f"SELECT period, org_unit, {column}_eps, {column}, count(*) FROM agg_contributions "
            "WHERE period >= ? AND period <= ? GROUP BY 1, 2, 3, 4", span)
        new = self.vault.query(
            "SELECT period, org_unit, epsilon, report, count(*) FROM agg_reports "
            "WHERE period >= ? AND period <= ? AND field = ? GROUP BY 1, 2, 3, 4", (*span, field))
        return [Tally(str(p), str(u), float(e), str(r), int(n))
                for rows, scheme in ((old, SCHEME_V1), (new, SCHEME_V2))
                for p, u, e, r, n in rows if schemes.get(str(p)) == scheme]

    def window_tallies(self, field: str, periods: Sequence[str], units: Sequence[str] | None = None,
                       ) -> dict[tuple[float, float], list[Tally]]:
        """One-field reports of ``field`` in the weeks given, grouped by (ε₁, ε∞): a pooled window's input."""
        if not periods:
            return {}
        rows = self.vault.query(
            "SELECT period, org_unit, epsilon, epsilon_value, report, count(*) FROM agg_reports "
            "WHERE period >= ? AND period <= ? AND field = ? GROUP BY 1, 2, 3, 4, 5",
            (min(periods), max(periods), field))
        wanted = set(periods)
        out: dict[tuple[float, float], list[Tally]] = {}
        for p, u, e, ev, r, n in rows:
            if str(p) in wanted and (units is None or str(u) in units):
                out.setdefault((float(e), float(ev)), []).append(Tally(str(p), str(u), float(e), str(r), int(n)))
        return out
