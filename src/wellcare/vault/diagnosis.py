"""Why a vault did not open: a wrong key, a damaged file, no access, a full disk, or not a file at all.

Each cause needs a different remedy, and telling a user with a read-only folder that the key is
wrong may send them to recovery or to a reset. The file type is checked before anything opens it
(a pipe named vault.db would block the open for ever), and SQLite's error code decides the rest.
SQLCipher reports a wrong key and a damaged first page alike ("not a database"); its per-page
HMAC check tells them apart: with a wrong key every page fails, with damage only some do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from wellcare.vault.errors import (
    DiskFull,
    NotAVaultFile,
    VaultAccessDenied,
    VaultDamaged,
    VaultError,
    VaultNotFound,
    WrongKey,
)

PAGE_SIZE = 4096
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")
# Opening in WAL mode makes a 32 KiB -shm and a -wal; below this much free space a bare I/O error
# on open is the disk being full.
_LOW_SPACE = 256 * 1024

_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 3, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH, _SQLITE_NOTADB = 13, 14, 23, 26
_ACCESS_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


def precheck_file(path: Path, *, writable: bool = True) -> None:
    """Refuse, before any open, what cannot be a whole vault or cannot be used here."""
    try:
        info = path.stat()  # follows a symlink: a link to a device is judged by the device
    except FileNotFoundError:
        raise VaultNotFound() from None
    except OSError as exc:
        raise error_from_os(exc) from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAVaultFile()
    check_folder_access(path.parent, writable=writable)
    if not os.access(path, os.R_OK | (os.W_OK if writable else 0)):
        raise VaultAccessDenied()
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise error_from_os(exc) from None
    if info.st_size == 0 or info.st_size % PAGE_SIZE:
        raise VaultDamaged()
    if head == SQLITE_PLAIN_HEADER:
        raise VaultDamaged("This file is an unencrypted SQLite database, not a WellCare vault. It was left untouched.")


def check_folder_access(folder: Path, *, writable: bool = True) -> None:
    """The vault's folder must let us read and (for WAL's side files) write, on a writable drive."""
    need = os.R_OK | os.X_OK | (os.W_OK if writable else 0)
    if not os.access(folder, need):
        raise VaultAccessDenied()
    if writable:
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                raise VaultAccessDenied()


def error_from_os(exc: OSError) -> VaultError:
    if exc.errno == errno.ENOSPC:
        return DiskFull()
    if exc.errno in _ACCESS_ERRNOS:
        return VaultAccessDenied()
    return VaultError(f"The vault file could not be read: {exc.strerror}. It was not changed.")


def low_on_space(folder: Path) -> bool:
    try:
        fs = os.statvfs(folder)
    except OSError:
        return False
    return fs.f_bavail * fs.f_frsize < _LOW_SPACE


def diagnose(exc: sqlcipher.Error, path: Path, conn: sqlcipher.Connection | None = None) -> VaultError:
    """The VaultError a failed open or first read stands for (never the SQL text or data)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return DiskFull()
    if code in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_AUTH) or "readonly" in text:
        return VaultAccessDenied()
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return DiskFull() if low_on_space(path.parent) else VaultAccessDenied()
    if code == _SQLITE_CORRUPT or "malformed" in text:
        return VaultDamaged()
    if code == _SQLITE_NOTADB or "not a database" in text:
        return VaultDamaged() if conn is not None and _some_pages_intact(conn, path) else WrongKey()
    return VaultError(f"The vault reported an error ({type(exc).__name__}). Nothing was changed.")


def _some_pages_intact(conn: sqlcipher.Connection, path: Path) -> bool:
    """True when the key authenticates some pages but not all: the key is right, the file is damaged."""
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = path.stat().st_size // PAGE_SIZE
    except (sqlcipher.Error, OSError):
        return False
    return pages > 1 and 0 < len(failures) < pages


def existing_side_files(path: Path) -> set[Path]:
    return {p for p in (Path(f"{path}{suffix}") for suffix in SIDE_FILES) if p.exists()}


def remove_new_side_files(path: Path, existed: set[Path]) -> None:
    """After a failed open, remove the -wal/-shm that open made; one that was there may hold data."""
    for side in (Path(f"{path}{suffix}") for suffix in SIDE_FILES):
        if side not in existed:
            with contextlib.suppress(OSError):
                side.unlink(missing_ok=True)
