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

Reading never scans the rows (#16: 260,000 of them took seconds per report): triggers keep two
small tables of counts, ``agg_groups`` (scheme, week, unit) and ``agg_cells`` (scheme, week,
field, unit, ε, ε∞, report; ε∞ 0 for the five-field scheme), in the same transaction as each
insert or delete, and every read below is a range of those cells.
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
# the five-field table's columns as migration 1 made them (the cells' migration and triggers name them)
_V1_COLUMNS = (("who5_band", "who5"), ("pss10_band", "pss10"), ("cbi_client_band", "cbi_client"),
               ("breaks_per_week", "breaks"), ("hard_calls_per_week", "hard_calls"))

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
    Migration(
        3,
        "weekly cells: counts per (scheme, week, field, unit, ε, report), kept by triggers (#16)",
        """
        CREATE TABLE agg_groups (
            scheme INTEGER NOT NULL, period TEXT NOT NULL, org_unit TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (scheme, period, org_unit)
        ) WITHOUT ROWID;
        CREATE TABLE agg_cells (
            scheme INTEGER NOT NULL, period TEXT NOT NULL, field TEXT NOT NULL, org_unit TEXT NOT NULL,
            epsilon REAL NOT NULL, epsilon_value REAL NOT NULL, report TEXT NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (scheme, period, field, org_unit, epsilon, epsilon_value, report)
        ) WITHOUT ROWID;
        INSERT INTO agg_groups SELECT 1, period, org_unit, count(*) FROM agg_contributions GROUP BY 2, 3;
        INSERT INTO agg_groups SELECT 2, period, org_unit, count(*) FROM agg_reports GROUP BY 2, 3;
        """
        + "".join(
            f"INSERT INTO agg_cells SELECT 1, period, '{field}', org_unit, {column}_eps, 0, {column}, count(*) "
            f"FROM agg_contributions GROUP BY 2, 4, 5, 7;\n"
            for field, column in _V1_COLUMNS
        )
        + "INSERT INTO agg_cells SELECT 2, period, field, org_unit, epsilon, epsilon_value, report, count(*) "
        "FROM agg_reports GROUP BY 2, 3, 4, 5, 6, 7",
    ),
)

SCHEME_V1 = 1
SCHEME_V2 = 2


def _cell_triggers() -> list[str]:
    """Triggers that keep ``agg_groups``/``agg_cells`` equal to counts over the rows (rows are never updated).

    Not in the migration's script: the vault splits those at every ";", which a trigger body has.
    """
    def key(scheme: int, field: str, eps: str, eps_value: str, report: str) -> str:
        return (f"scheme = {scheme} AND period = OLD.period AND field = {field} AND org_unit = OLD.org_unit "
                f"AND epsilon = {eps} AND epsilon_value = {eps_value} AND report = {report}")

    def group_key(scheme: int) -> str:
        return f"scheme = {scheme} AND period = OLD.period AND org_unit = OLD.org_unit"

    upsert = " ON CONFLICT DO UPDATE SET n = n + 1;"
    v1_cells = ", ".join(f"(1, NEW.period, '{f}', NEW.org_unit, NEW.{c}_eps, 0, NEW.{c}, 1)" for f, c in _V1_COLUMNS)
    v1_minus = "".join(
        f"UPDATE agg_cells SET n = n - 1 WHERE {key(1, repr(f), f'OLD.{c}_eps', '0', f'OLD.{c}')}; "
        f"DELETE FROM agg_cells WHERE {key(1, repr(f), f'OLD.{c}_eps', '0', f'OLD.{c}')} AND n <= 0; "
        for f, c in _V1_COLUMNS)
    v2_key = key(2, "OLD.field", "OLD.epsilon", "OLD.epsilon_value", "OLD.report")
    return [
        "CREATE TRIGGER IF NOT EXISTS agg_contributions_add AFTER INSERT ON agg_contributions BEGIN "
        f"INSERT INTO agg_groups VALUES (1, NEW.period, NEW.org_unit, 1){upsert} "
        f"INSERT INTO agg_cells VALUES {v1_cells}{upsert} END",
        "CREATE TRIGGER IF NOT EXISTS agg_contributions_remove AFTER DELETE ON agg_contributions BEGIN "
        f"UPDATE agg_groups SET n = n - 1 WHERE {group_key(1)}; "
        f"DELETE FROM agg_groups WHERE {group_key(1)} AND n <= 0; {v1_minus}END",
        "CREATE TRIGGER IF NOT EXISTS agg_reports_add AFTER INSERT ON agg_reports BEGIN "
        f"INSERT INTO agg_groups VALUES (2, NEW.period, NEW.org_unit, 1){upsert} "
        "INSERT INTO agg_cells VALUES (2, NEW.period, NEW.field, NEW.org_unit, NEW.epsilon, NEW.epsilon_value, "
        f"NEW.report, 1){upsert} END",
        "CREATE TRIGGER IF NOT EXISTS agg_reports_remove AFTER DELETE ON agg_reports BEGIN "
        f"UPDATE agg_groups SET n = n - 1 WHERE {group_key(2)}; "
        f"DELETE FROM agg_groups WHERE {group_key(2)} AND n <= 0; "
        f"UPDATE agg_cells SET n = n - 1 WHERE {v2_key}; DELETE FROM agg_cells WHERE {v2_key} AND n <= 0; END",
    ]

_INSERT = (
    "INSERT OR IGNORE INTO agg_contributions(token, period, org_unit, received_at, "
    + ", ".join(f"{c}, {c}_eps" for c in COLUMNS.values())
    + ") VALUES(" + ", ".join("?" * (4 + 2 * len(COLUMNS))) + ")"
)


# the first contribution with a token wins, in either scheme: one lookup in both tables (the inbox's hot path)
_TOKEN_KEPT = ("SELECT EXISTS(SELECT 1 FROM agg_contributions WHERE token = ?) "
               "OR EXISTS(SELECT 1 FROM agg_reports WHERE token = ?)")

_INSERT_V2 = (
    "INSERT OR IGNORE INTO agg_reports(token, period, org_unit, received_at, field, report, epsilon, epsilon_value, "
    "unit_report, unit_epsilon) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row_v2(c: ReceivedOneField, received_at: str) -> tuple[Any, ...]:
    unit = c.unit_report
    return (c.token, c.period, c.org_unit or NONE, received_at, c.field, c.report, c.epsilon, c.epsilon_value,
            unit.report if unit else None, unit.epsilon if unit else None)


_CELL_TRIGGERS = _cell_triggers()


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
        have = vault.query_one("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg_%'")
        if not have or int(have[0]) < len(_CELL_TRIGGERS):  # once, right after migration 3 made the cells
            with vault.transaction() as cur:
                for statement in _CELL_TRIGGERS:
                    cur.execute(statement)

    # -- writing (inside the inbox's transaction) ------------------------------------------------
    @staticmethod
    def insert(cur: Any, contribution: ReceivedContribution | ReceivedOneField, received_at: str) -> bool:
        """Keep it unless its token is known (the first one wins, in either scheme); True if it was kept."""
        if cur.execute(_TOKEN_KEPT, (contribution.token, contribution.token)).fetchone()[0]:
            return False
        if isinstance(contribution, ReceivedOneField):
            cur.execute(_INSERT_V2, _row_v2(contribution, received_at))
        else:
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
        row = self.vault.query_one("SELECT coalesce(sum(n), 0) FROM agg_groups")
        return int(row[0]) if row else 0

    def periods(self) -> list[str]:
        """Every ISO week that has contributions (of either scheme), oldest first."""
        return [str(r[0]) for r in self.vault.query("SELECT DISTINCT period FROM agg_groups ORDER BY 1")]

    def units(self) -> list[str]:
        """Every unit name contributions used ("none" included when some said none)."""
        return [str(r[0]) for r in self.vault.query("SELECT DISTINCT org_unit FROM agg_groups ORDER BY 1")]

    def week_schemes(self, periods: Sequence[str]) -> dict[str, int]:
        """period -> the scheme its estimates are read from: 2 as soon as the week has any one-field report."""
        if not periods:
            return {}
        newer = {str(r[0]) for r in self.vault.query(
            "SELECT DISTINCT period FROM agg_groups WHERE scheme = 2 AND period >= ? AND period <= ?",
            (min(periods), max(periods)))}
        return {p: SCHEME_V2 if p in newer else SCHEME_V1 for p in periods}

    def left_out(self, periods: Sequence[str]) -> dict[str, int]:
        """period -> five-field contributions not used because the week is read from the one-field scheme."""
        schemes = self.week_schemes(periods)
        newer = [p for p, scheme in schemes.items() if scheme == SCHEME_V2]
        if not newer:
            return {}
        rows = self.vault.query(
            "SELECT period, sum(n) FROM agg_groups WHERE scheme = 1 AND period >= ? AND period <= ? GROUP BY 1",
            (min(newer), max(newer)))
        return {str(p): int(n) for p, n in rows if str(p) in newer}

    def group_sizes(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        """(period, unit) -> contributions, from the scheme each week is read from."""
        if not periods:
            return {}
        schemes = self.week_schemes(periods)
        rows = self.vault.query(
            "SELECT scheme, period, org_unit, n FROM agg_groups WHERE period >= ? AND period <= ? "
            "ORDER BY period, org_unit", (min(periods), max(periods)))
        return {(str(p), str(u)): int(n) for scheme, p, u, n in rows if schemes.get(str(p)) == scheme}

    def tallies(self, field: str, periods: Sequence[str]) -> list[Tally]:
        """Report counts of one field, grouped by (period, unit, ε, report), each week from one scheme.

        In a one-field week only the contributions that drew this field report it; their ε is the
        one report's (ε₁), which is what the k-ary estimator of a single week needs.
        """
        if field not in COLUMNS:
            raise KeyError(field)
        if not periods:
            return []
        schemes = self.week_schemes(periods)
        rows = self.vault.query(
            "SELECT scheme, period, org_unit, epsilon, report, sum(n) FROM agg_cells "
            "WHERE scheme IN (1, 2) AND period >= ? AND period <= ? AND field = ? "
            "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5", (min(periods), max(periods), field))
        return [Tally(str(p), str(u), float(e), str(r), int(n))
                for scheme, p, u, e, r, n in rows if schemes.get(str(p)) == scheme]

    def window_tallies(self, field: str, periods: Sequence[str], units: Sequence[str] | None = None,
                       ) -> dict[tuple[float, float], list[Tally]]:
        """One-field reports of ``field`` in the weeks given, grouped by (ε₁, ε∞): a pooled window's input."""
        if not periods:
            return {}
        rows = self.vault.query(
            "SELECT period, org_unit, epsilon, epsilon_value, report, n FROM agg_cells "
            "WHERE scheme = 2 AND period >= ? AND period <= ? AND field = ? ORDER BY 1, 2, 3, 4, 5",
            (min(periods), max(periods), field))
        wanted = set(periods)
        out: dict[tuple[float, float], list[Tally]] = {}
        for p, u, e, ev, r, n in rows:
            if str(p) in wanted and (units is None or str(u) in units):
                out.setdefault((float(e), float(ev)), []).append(Tally(str(p), str(u), float(e), str(r), int(n)))
        return out
