"""Owner-only permissions for a profile: folders 0700, files 0600, whatever the umask.

The vault is encrypted, but its size, its timestamps, the log and the recovery file are still
nobody else's business on a shared computer. New files and folders are made private from the
start (a mode given at creation can only be narrowed by the umask, never widened); folders and
files made by an older version, or by SQLite under a wide umask, are tightened when opened.
Other platforms keep their own ACLs, so this is POSIX only.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
POSIX = os.name == "posix"
# What belongs to the profile and is tightened on open; the shared exchange folder never is.
_PROFILE_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.db-journal", "profile.json", "recovery.json")
_PROFILE_FOLDERS = ("backups", "logs")


def make_private_dir(folder: Path) -> None:
    """Create folder (and its parents) if missing; the folder itself ends up owner-only."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tighten(folder)


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file, failing if it exists (so SQLite and its -wal/-shm start private)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def tighten(path: Path) -> None:
    """Remove group and other access from one file or folder; never widens, never follows a link."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):  # a read-only drive or another owner: opening says so itself
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            return
        if info.st_mode & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & ~0o077)


def tighten_profile(profile_dir: Path) -> None:
    """Make an existing profile owner-only: the folder, the vault's files, backups and logs."""
    if not POSIX:
        return
    tighten(profile_dir)
    for name in _PROFILE_FILES:
        tighten(profile_dir / name)
    for name in _PROFILE_FOLDERS:
        folder = profile_dir / name
        if folder.is_dir() and not folder.is_symlink():
            tighten(folder)
            for child in folder.iterdir():
                tighten(child)
    for child in profile_dir.glob("*.json"):
        tighten(child)
