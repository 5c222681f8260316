"""An open SQLCipher 4 vault: keyed, checked, migrated; every write committed or rolled back.

Opening never creates anything: an existing vault is opened with mode=rw, so a typo in a path
or a missing file can never turn into a fresh, empty vault. A wrong key only shows at the first
read, so the key is checked right after keying. Temp data stays in memory (temp_store), and
WAL with synchronous=FULL means a committed write survives a killed process.

On a network folder (a roaming profile, a team drive: see wellcare.netfs) WAL is unsafe, because
its shared-memory index cannot be shared between machines: two computers opening the same vault
would each trust their own index and corrupt it. There the vault uses a rollback journal
(journal_mode=DELETE) and holds an exclusive lock for as long as it is open, so a second computer
is refused ("open elsewhere") instead of writing beside the first.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import urllib.parse
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from wellcare.netfs import NetworkLocation, network_location
from wellcare.vault.diagnosis import (
    check_folder_access,
    diagnose,
    error_from_os,
    existing_side_files,
    low_on_space,
    precheck_file,
    remove_new_side_files,
)
from wellcare.vault.errors import DiskFull, VaultDamaged, VaultError, VaultExists, VaultInUse
from wellcare.vault.migrations import MIGRATIONS, Migration
from wellcare.vault.permissions import PRIVATE_FILE, create_private_file, make_private_dir, tighten_profile

DB_FILE = "vault.db"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 3
# A backup exists to undo a migration that went wrong, which shows the first time the app runs.
# Kept for long it would keep readable, in a second file, what the counselor has since deleted
# (or what the coordinator's retention purged).
BACKUP_MAX_AGE = timedelta(days=14)
_BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"

Row = tuple[Any, ...]


def raw_key_pragma(key_hex: str) -> str:
    if len(key_hex) != 64 or any(c not in "0123456789abcdef" for c in key_hex):
        raise ValueError("a raw vault key is 64 lower-case hex digits")
    return f"PRAGMA key = \"x'{key_hex}'\""


def passphrase_pragma(passphrase: str, pragma: str = "key") -> str:
    if not passphrase or "\x00" in passphrase:
        raise ValueError("a passphrase must be non-empty text")
    return f"PRAGMA {pragma} = '" + passphrase.replace("'", "''") + "'"


def translate_error(exc: BaseException, path: Path | None = None) -> VaultError:
    """Map a database exception to a VaultError with a plain message (never the SQL or data).

    With the vault's path, a bare I/O error on a disk with almost no space left is a full disk.
    """
    text = str(exc).lower()
    if "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull()
    if "not a database" in text or "malformed" in text:
        return VaultDamaged()
    if isinstance(exc, OSError):
        return error_from_os(exc)
    if path is not None and "disk i/o error" in text and low_on_space(path.parent):
        return DiskFull()
    return VaultError(f"The vault reported an error ({type(exc).__name__}). Nothing was changed.")


def _connect(
    path: Path, key_pragma: str, *, create: bool, network: NetworkLocation | None
) -> sqlcipher.Connection:
    """Open and key the database; any failure is diagnosed and leaves no new -wal/-shm behind."""
    existed = existing_side_files(path)
    uri = "file:" + urllib.parse.quote(str(path)) + ("?mode=rwc" if create else "?mode=rw")
    conn: sqlcipher.Connection | None = None
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        if network is None:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        else:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # leaving WAL checkpoints it first
            conn.execute("BEGIN EXCLUSIVE")  # the lock is taken now and kept until close
            conn.execute("COMMIT")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # a deleted note is overwritten, not left in a free page
    except sqlcipher.Error as exc:
        error = VaultInUse() if _is_busy(exc) else diagnose(exc, path, conn)
        if conn is not None:
            with contextlib.suppress(sqlcipher.Error):
                conn.close()
        remove_new_side_files(path, existed)
        raise error from None
    return conn


def _is_busy(exc: sqlcipher.Error) -> bool:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    return code == _SQLITE_BUSY or "database is locked" in str(exc).lower()


_SQLITE_BUSY = 5


class Vault:
    """One open vault. Use query() to read and transaction() to write; close() when done."""

    def __init__(self, conn: sqlcipher.Connection, path: Path, network: NetworkLocation | None = None) -> None:
        self._conn: sqlcipher.Connection | None = conn
        self.path = path
        self.network = network  # where a vault on a network folder lives (it then runs without WAL)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, profile_dir: Path, key_pragma: str) -> Vault:
        path = profile_dir / DB_FILE
        if path.exists() or path.is_symlink():
            raise VaultExists()
        try:
            make_private_dir(profile_dir)
            check_folder_access(profile_dir)
            create_private_file(path)  # SQLite gives the -wal and -shm the database file's mode
        except FileExistsError:
            raise VaultExists() from None
        except OSError as exc:
            raise error_from_os(exc) from None
        network = network_location(profile_dir)
        try:
            vault = cls(_connect(path, key_pragma, create=True, network=network), path, network)
            vault.migrate()
        except BaseException:
            # Only ever remove what this call itself created a moment ago.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return vault

    @classmethod
    def open(cls, profile_dir: Path, key_pragma: str, *, check: bool = True) -> Vault:
        """Open and migrate; ``check=False`` skips the whole-file ``quick_check`` unless a migration is due.

        The check reads and decrypts every page (0.4 s for a council-sized coordinator vault). A read-only
        command can do without: SQLCipher verifies each page it reads (HMAC), and a damaged one then
        fails the read as VaultDamaged. A vault about to be migrated is always checked first.
        """
        path = profile_dir / DB_FILE
        precheck_file(path)
        tighten_profile(profile_dir)
        network = network_location(profile_dir)
        vault = cls(_connect(path, key_pragma, create=False, network=network), path, network)
        try:
            if check or vault.schema_version() < MIGRATIONS[-1].version:
                found = vault.query_one("PRAGMA quick_check")
                if found is None or found[0] != "ok":
                    raise VaultDamaged()
            vault.migrate()
        except BaseException:
            vault.close()
            raise
        expire_backups(profile_dir, datetime.now(UTC))
        return vault

    # -- reading and writing -------------------------------------------------------------------
    @property
    def conn(self) -> sqlcipher.Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            rows: list[Row] = self.conn.execute(sql, params).fetchall()
            return rows
        except sqlcipher.Error as exc:
            raise translate_error(exc, self.path) from None

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher.Cursor]:
        """BEGIN IMMEDIATE … COMMIT; on any error ROLLBACK and raise a VaultError."""
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            yield cur
            cur.execute("COMMIT")
        except sqlcipher.Error as exc:
            self._rollback()
            raise translate_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise

    @contextlib.contextmanager
    def savepoint(self, cur: sqlcipher.Cursor) -> Iterator[sqlcipher.Cursor]:
        """Inside ``transaction()``: undo only this part when it raises, keep the rest of the transaction.

        For a batch of independent items in one commit (the inbox): one item's failure must not
        take the others with it. A database error is a VaultError, as from ``transaction()``.
        """
        try:
            cur.execute("SAVEPOINT item")
        except sqlcipher.Error as exc:
            raise translate_error(exc, self.path) from None
        try:
            yield cur
        except BaseException as exc:
            with contextlib.suppress(sqlcipher.Error):
                cur.execute("ROLLBACK TO item")
                cur.execute("RELEASE item")
            if isinstance(exc, sqlcipher.Error):
                raise translate_error(exc, self.path) from None
            raise
        try:
            cur.execute("RELEASE item")
        except sqlcipher.Error as exc:
            raise translate_error(exc, self.path) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one write statement in its own transaction; returns lastrowid."""
        with self.transaction() as cur:
            cur.execute(sql, params)
            return int(cur.lastrowid or 0)

    def _rollback(self) -> None:
        with contextlib.suppress(sqlcipher.Error):
            self.conn.execute("ROLLBACK")

    # -- settings and secrets (JSON values) ------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self.execute(
            "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def get_secret(self, key: str) -> str | None:
        row = self.query_one("SELECT value FROM secrets WHERE key = ?", (key,))
        return None if row is None else str(row[0])

    def set_secret(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO secrets(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- maintenance ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        row = self.query_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    def migrate(self) -> list[int]:
        """Apply pending migrations in order, each in its own transaction, after one backup."""
        current = self.schema_version()
        pending = [m for m in MIGRATIONS if m.version > current]
        if not pending:
            return []
        if current > 0:
            self.backup(reason=f"v{current}")
        for migration in pending:
            with self.transaction() as cur:
                for statement in _split_sql(migration.sql):
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version = {int(migration.version)}")
        return [m.version for m in pending]

    def component_version(self, component: str) -> int:
        row = self.query_one("SELECT version FROM component_versions WHERE component = ?", (component,))
        return int(row[0]) if row else 0

    def migrate_component(self, component: str, migrations: Sequence[Migration]) -> list[int]:
        """Apply a service's own numbered migrations (each in a transaction, after one backup)."""
        current = self.component_version(component)
        pending = sorted((m for m in migrations if m.version > current), key=lambda m: m.version)
        if not pending:
            return []
        if current > 0:
            self.backup(reason=f"{component}-v{current}")
        for migration in pending:
            with self.transaction() as cur:
                for statement in _split_sql(migration.sql):
                    cur.execute(statement)
                cur.execute(
                    "INSERT INTO component_versions(component, version) VALUES(?, ?) "
                    "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                    (component, migration.version),
                )
        return [m.version for m in pending]

    def backup(self, reason: str) -> Path:
        """Copy the (encrypted) database file to backups/, keeping the newest few."""
        self.checkpoint()
        folder = self.path.parent / BACKUP_DIR
        stamp = datetime.now(UTC).strftime(_BACKUP_STAMP)
        target = folder / f"vault-{reason}-{stamp}.db"
        try:
            make_private_dir(folder)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as out, self.path.open("rb") as source:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise translate_error(exc, self.path) from None
        for old in sorted(folder.glob("vault-*.db"))[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
        return target

    def checkpoint(self) -> None:
        self.query("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_ok(self) -> bool:
        row = self.query_one("PRAGMA integrity_check")
        return row is not None and row[0] == "ok"

    def rekey(self, key_pragma: str) -> None:
        """Re-encrypt with a new key; key_pragma must be a 'PRAGMA rekey = …' statement.

        The backups, still under the old key, are deleted: a passphrase is changed because the
        old one may be known, and the old key must then open nothing.
        """
        try:
            self.conn.execute(key_pragma)
        except sqlcipher.Error as exc:
            raise translate_error(exc, self.path) from None
        for old in (self.path.parent / BACKUP_DIR).glob("vault-*.db"):
            old.unlink(missing_ok=True)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlcipher.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None


def expire_backups(profile_dir: Path, now: datetime, max_age: timedelta = BACKUP_MAX_AGE) -> list[Path]:
    """Delete the migration backups made more than max_age before now; returns what went."""
    gone = []
    for backup in (profile_dir / BACKUP_DIR).glob("vault-*.db"):
        try:
            made = datetime.strptime(backup.stem.rsplit("-", 1)[-1], _BACKUP_STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not a name this code wrote: not ours to delete
        if now - made > max_age:
            backup.unlink(missing_ok=True)
            gone.append(backup)
    return gone


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def list_vault_files(profile_dir: Path) -> list[Path]:
    """Every file that belongs to the vault proper (database, WAL, shared memory)."""
    base = profile_dir / DB_FILE
    return [p for p in (base, Path(f"{base}-wal"), Path(f"{base}-shm"), Path(f"{base}-journal")) if p.exists()]
