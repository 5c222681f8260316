"""Numbered schema migrations. The vault's PRAGMA user_version is the last core one applied.

Append only: a released migration never changes. Each service keeps its own numbered list and
applies it through Vault.migrate_component(), tracked in the component_versions table, so
capabilities can grow their tables without one shared, conflict-prone list. Before tables that
already hold data are migrated, the database copies itself to backups/ (still encrypted).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "settings and secrets",
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE secrets (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            body TEXT NOT NULL
        );
        """,
    ),
    Migration(
        2,
        "per-component schema versions",
        "CREATE TABLE component_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)",
    ),
)


def latest_version() -> int:
    return MIGRATIONS[-1].version
