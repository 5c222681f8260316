"""A marker that makes a profile's first setup recoverable after a crash or a kill -9.

Setup writes vault.db, recovery.json and a keyring entry before profile.json (written last);
killed in between, it used to leave a vault without a description, and every later start
refused it. Now setup first writes `.creating` (the new vault's id) and holds a lock on it
until profile.json is in place. A marker whose lock nobody holds, with no profile.json beside
it, is provably a setup that died: nothing could have opened that vault (no profile.json, so no
way in), so it holds no user data and is removed so the setup can run again. The lock is an
OS file lock, released by the kernel when the process dies however it dies.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from wellcare.vault.diagnosis import error_from_os
from wellcare.vault.errors import VaultError
from wellcare.vault.permissions import PRIVATE_FILE, make_private_dir

if sys.platform != "win32":
    import fcntl

MARKER_FILE = ".creating"


class SetupUnderWay(VaultError):
    code = "setup_under_way"
    message = "WellCare is being set up in this profile by another window or command. Wait for it, then try again."


class CreationMarker:
    """profile_dir/.creating: written and locked for the whole of a first setup."""

    def __init__(self, profile_dir: Path) -> None:
        self.path = profile_dir / MARKER_FILE
        self._fd: int | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def begin(self, vault_id: str) -> None:
        try:
            make_private_dir(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            raise error_from_os(exc) from None
        if not _try_lock(fd):
            os.close(fd)
            raise SetupUnderWay()
        self._fd = fd
        try:
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"vault_id": vault_id}).encode("ascii"))
            os.fsync(fd)
        except OSError as exc:
            self.end()
            raise error_from_os(exc) from None

    def end(self) -> None:
        """Setup finished (profile.json is written) or was undone: the marker goes, then its lock.

        An SMB share (and Windows itself) refuses to delete a file that is still open (EBUSY or
        EACCES): there the lock is released first. A process that takes it in between finds either
        profile.json (setup done) or a marker it may rightly call abandoned (setup undone).
        """
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            self._release()
            self.path.unlink(missing_ok=True)
        self._release()

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def abandoned(self) -> bool:
        """True when a marker exists and no living process holds its lock."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        try:
            return _try_lock(fd, shared=True)
        finally:
            os.close(fd)  # also drops the probe's lock

    def vault_id(self) -> str | None:
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            value = json.loads(self.path.read_text(encoding="ascii")).get("vault_id")
            return value if isinstance(value, str) else None
        return None


def _try_lock(fd: int, shared: bool = False) -> bool:
    if sys.platform == "win32":  # no advisory locks here; a marker without profile.json counts as abandoned
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
