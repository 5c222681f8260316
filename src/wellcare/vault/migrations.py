"""Numbered schema migrations. The vault's PRAGMA user_version is the last one applied.

Append only: a released migration never changes. Before a vault that already holds data is
migrated, the database copies itself to backups/ (still encrypted, same key).
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
)


def latest_version() -> int:
    return MIGRATIONS[-1].version
