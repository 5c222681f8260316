"""Small file helpers that never leave a half-written file or a plaintext temp behind."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from wellcare.vault.errors import DiskFull, VaultError


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write data to path via a temp file in the same folder, fsync, then rename over it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder is private; an old one stays
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise VaultError(f"Could not write {path.name}: {exc.strerror}") from None
