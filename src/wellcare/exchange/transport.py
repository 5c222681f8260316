"""Where envelope bytes travel: an abstract Transport and the default FolderTransport.

A transport moves opaque bytes under random names in three folders and knows nothing of keys.
The folder is usually a network share that every counselor can write to, so the folder
transport trusts nothing in it: names must match a strict pattern, links and special files are
refused, sizes are checked before reading, and writes appear atomically or not at all.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import json
import os
import re
import secrets
import stat
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from wellcare.exchange.envelope import MAX_ENVELOPE_BYTES, coarse_created
from wellcare.exchange.errors import Reason, TransportError


class Folder(StrEnum):
    """The three exchange folders (see DESIGN.md, "Between machines")."""

    INBOX = "inbox"  # counselors -> coordinator
    REPLIES = "replies"  # coordinator -> one counselor
    OFFERS = "offers"  # coordinator -> everyone


QUARANTINE_DIR = "quarantine"  # <root>/quarantine/<folder>/<name> and <name>.reason.json
REASON_SUFFIX = ".reason.json"
_NAME_RE = re.compile(r"[0-9a-f]{32}\.json")  # always fullmatch
_SUFFIX = ".json"

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX; Windows relies on lstat + fstat comparison
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted under a valid name must not hang open()
_COLLISIONS = frozenset({errno.EISDIR, errno.ENOTDIR, errno.EEXIST, errno.ENOTEMPTY})
_FILE_MODE = 0o644  # the other side must read it; contents are sealed or public anyway


def name_for(envelope_id: str) -> str:
    """The file name of an envelope: its random id, nothing else."""
    return check_name(envelope_id + _SUFFIX)


def id_from_name(name: str) -> str:
    return check_name(name)[: -len(_SUFFIX)]


def check_name(name: str) -> str:
    """Refuse anything but '<32 lowercase hex>.json': no separators, dots, drive letters or links."""
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise TransportError(Reason.BAD_NAME, f"refused file name {name!r:.80}")
    return name


@dataclass(frozen=True)
class FileStat:
    """What a listing can say about a file without opening it (for readers that must bound their work)."""

    name: str
    size: int  # -1: unknown
    mtime_ns: int  # 0: unknown
    regular: bool  # False: a link, a folder or a special file under a valid name


class Transport(ABC):
    """Bytes under random names in the inbox, replies and offers folders.

    Implementations must make ``put`` atomic (readers see all of a file or none of it), list
    only valid names, and refuse to read more than ``max_bytes``.
    """

    @abstractmethod
    def put(self, folder: Folder, name: str, data: bytes) -> None:
        """Store ``data`` under ``name``, atomically."""

    @abstractmethod
    def list(self, folder: Folder) -> builtins.list[str]:
        """Valid envelope names in ``folder``, sorted; temp files and strays are not listed."""

    def scan(self, folder: Folder) -> builtins.list[FileStat]:
        """Like ``list`` but with each file's size, time and type where the transport knows them."""
        return [FileStat(name, -1, 0, True) for name in self.list(folder)]

    @abstractmethod
    def read(self, folder: Folder, name: str, *, max_bytes: int = MAX_ENVELOPE_BYTES) -> bytes:
        """The file's bytes; TransportError (symlink, not a file, too large, gone ...) otherwise."""

    @abstractmethod
    def quarantine(self, folder: Folder, name: str, reason: str, detail: str = "") -> None:
        """Move a refused file out of ``folder`` and record why beside it."""

    @abstractmethod
    def remove(self, folder: Folder, name: str) -> None:
        """Delete a processed file; a file already gone is not an error."""


def _io_error(exc: OSError, what: str) -> TransportError:
    code = errno.errorcode.get(exc.errno or 0, "?")
    if exc.errno == errno.ELOOP:
        return TransportError(Reason.SYMLINK, f"{what}: is a symbolic link")
    if isinstance(exc, FileNotFoundError):
        return TransportError(Reason.GONE, f"{what}: no longer there")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return TransportError(Reason.UNREADABLE, f"{what}: {code} permission denied")
    return TransportError(Reason.IO_ERROR, f"{what}: {code} {exc.strerror or ''}".strip())


# Inbox files (contributions, EAP requests) all carry this access and modification time
# (2000-01-01 00:00 UTC): the time a file was written would say when a counselor's computer was on.
INBOX_FILE_TIME = 946_684_800


class FolderTransport(Transport):
    """The default transport: a local folder or a network share.

    The constructor never creates folders: if the share is not mounted, sending must fail
    loudly rather than write requests to a local folder nobody reads. ``create`` is for setup.
    ``fsync=False`` trades durability for speed (tests, benchmarks); never use it in the app.
    """

    def __init__(self, root: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self._root = os.path.abspath(os.fspath(root))
        self._fsync = fsync
        if not os.path.isdir(self._root):
            raise TransportError(Reason.MISSING_FOLDER, f"exchange folder {self._root} is not available")

    @classmethod
    def create(cls, root: str | os.PathLike[str], *, fsync: bool = True) -> FolderTransport:
        """Set up an exchange folder with its three subfolders (coordinator setup, demos, tests)."""
        path = os.path.abspath(os.fspath(root))
        os.makedirs(path, exist_ok=True)
        for folder in Folder:
            os.makedirs(os.path.join(path, folder.value), exist_ok=True)
        return cls(path, fsync=fsync)

    @property
    def root(self) -> str:
        return self._root

    # ------------------------------------------------------------ Transport

    def put(self, folder: Folder, name: str, data: bytes) -> None:
        check_name(name)
        if len(data) > MAX_ENVELOPE_BYTES:
            raise TransportError(Reason.TOO_LARGE, f"{len(data)} bytes, limit {MAX_ENVELOPE_BYTES}")
        fixed = INBOX_FILE_TIME if Folder(folder) is Folder.INBOX else None
        self._atomic_write(self._dir(Folder(folder)), name, data, fixed_time=fixed)

    def list(self, folder: Folder) -> builtins.list[str]:
        directory = self._dir(Folder(folder))
        try:
            with os.scandir(directory) as entries:
                return sorted(e.name for e in entries if _NAME_RE.fullmatch(e.name))
        except OSError as exc:
            raise _io_error(exc, str(folder)) from None

    def scan(self, folder: Folder) -> builtins.list[FileStat]:
        """One stat per valid name, links not followed: no file is opened."""
        directory = self._dir(Folder(folder))
        found: builtins.list[FileStat] = []
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    if not _NAME_RE.fullmatch(entry.name):
                        continue
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # gone meanwhile, or unreadable metadata: nothing to read either
                    found.append(FileStat(entry.name, st.st_size, st.st_mtime_ns, stat.S_ISREG(st.st_mode)))
        except OSError as exc:
            raise _io_error(exc, str(folder)) from None
        return found

    def read(self, folder: Folder, name: str, *, max_bytes: int = MAX_ENVELOPE_BYTES) -> bytes:
        path = os.path.join(self._dir(Folder(folder)), check_name(name))
        try:
            before = os.lstat(path)
        except OSError as exc:
            raise _io_error(exc, name) from None
        self._check_regular(before, name, max_bytes)
        try:
            fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY | _O_CLOEXEC)
        except OSError as exc:
            raise _io_error(exc, name) from None
        try:
            opened = os.fstat(fd)
            self._check_regular(opened, name, max_bytes)
            if (before.st_dev, before.st_ino) != (opened.st_dev, opened.st_ino) and before.st_ino and opened.st_ino:
                raise TransportError(Reason.NOT_REGULAR, f"{name}: replaced while opening")
            chunks: builtins.list[bytes] = []
            remaining = max_bytes + 1  # one byte over tells a file that grew after fstat
            while remaining > 0:
                chunk = os.read(fd, min(remaining, 1 << 16))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        except OSError as exc:
            raise _io_error(exc, name) from None
        finally:
            os.close(fd)
        data = b"".join(chunks)
        if len(data) > max_bytes:
            raise TransportError(Reason.TOO_LARGE, f"{name}: grew past {max_bytes} bytes while reading")
        return data

    def quarantine(self, folder: Folder, name: str, reason: str, detail: str = "") -> None:
        folder = Folder(folder)
        source = os.path.join(self._dir(folder), check_name(name))
        target_dir = self._quarantine_dir(folder)
        sidecar = {
            "reason": str(reason),
            "detail": detail[:500],
            "folder": folder.value,
            "quarantined": coarse_created(datetime.now(UTC)),
        }
        # the reason first: a crash in between leaves a reason without a file, never the reverse
        self._atomic_write(target_dir, name + REASON_SUFFIX, json.dumps(sidecar, indent=2).encode("utf-8"))
        target = os.path.join(target_dir, name)
        try:
            try:
                os.replace(source, target)  # moves a symlink itself, never its target
            except FileNotFoundError:
                raise
            except OSError as exc:
                if exc.errno not in _COLLISIONS:
                    raise
                # the same name was quarantined before as another type (a folder, then a file):
                # keep both, or this file would stay in the inbox and be read on every run
                os.replace(source, f"{target}.{secrets.token_hex(4)}")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _io_error(exc, name) from None
        self._sync_dir(target_dir)

    def remove(self, folder: Folder, name: str) -> None:
        path = os.path.join(self._dir(Folder(folder)), check_name(name))
        try:
            os.unlink(path)  # unlinks a symlink itself, never its target
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _io_error(exc, name) from None

    # ------------------------------------------------------------ quarantine inspection

    def quarantined(self, folder: Folder) -> dict[str, str]:
        """Quarantined names in ``folder`` and their recorded reason (for a coordinator's view)."""
        try:
            directory = self._quarantine_dir(Folder(folder), create=False)
        except TransportError:
            return {}
        found: dict[str, str] = {}
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.endswith(REASON_SUFFIX) and _NAME_RE.fullmatch(entry.name[: -len(REASON_SUFFIX)]):
                    try:
                        data = self._read_sidecar(entry.path)
                    except (OSError, ValueError):
                        data = {}
                    found[entry.name[: -len(REASON_SUFFIX)]] = str(data.get("reason", "unknown"))
        return found

    @staticmethod
    def _read_sidecar(path: str) -> dict[str, object]:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_BINARY | _O_CLOEXEC)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size > 4096:
                raise ValueError("not a sidecar")
            obj = json.loads(os.read(fd, 4096))
        finally:
            os.close(fd)
        return obj if isinstance(obj, dict) else {}

    # ------------------------------------------------------------ helpers

    def _dir(self, folder: Folder) -> str:
        """The subfolder, refused if it is missing, a link (it could point anywhere) or a file."""
        return self._real_dir(os.path.join(self._root, folder.value), str(folder))

    @staticmethod
    def _real_dir(path: str, what: str) -> str:
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            raise TransportError(Reason.MISSING_FOLDER, f"{what} folder is missing") from None
        except OSError as exc:
            raise _io_error(exc, what) from None
        if stat.S_ISLNK(st.st_mode):
            raise TransportError(Reason.SYMLINK, f"{what} folder is a link; refusing to follow it")
        if not stat.S_ISDIR(st.st_mode):
            raise TransportError(Reason.NOT_REGULAR, f"{what} is not a folder")
        return path

    def _quarantine_dir(self, folder: Folder, *, create: bool = True) -> str:
        base = os.path.join(self._root, QUARANTINE_DIR)
        path = os.path.join(base, folder.value)
        if create:
            for p in (base, path):
                try:
                    os.mkdir(p, 0o700)
                except FileExistsError:
                    pass
                except OSError as exc:
                    raise _io_error(exc, "quarantine") from None
        self._real_dir(base, "quarantine")
        return self._real_dir(path, "quarantine")

    @staticmethod
    def _check_regular(st: os.stat_result, name: str, max_bytes: int) -> None:
        if stat.S_ISLNK(st.st_mode):
            raise TransportError(Reason.SYMLINK, f"{name}: is a symbolic link")
        if not stat.S_ISREG(st.st_mode):
            raise TransportError(Reason.NOT_REGULAR, f"{name}: not a regular file")
        if st.st_size > max_bytes:
            raise TransportError(Reason.TOO_LARGE, f"{name}: {st.st_size} bytes, limit {max_bytes}")

    def _atomic_write(self, directory: str, name: str, data: bytes, *, fixed_time: int | None = None) -> None:
        """Temp file in the same folder (dot name, never listed), fsync, then rename over.

        ``fixed_time``: the file's access and modification time are set to it before the rename, so
        the share does not record when a counselor's computer wrote it (the inbox).
        """
        tmp = os.path.join(directory, f".{secrets.token_hex(16)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_BINARY | _O_CLOEXEC, _FILE_MODE)
        except OSError as exc:
            raise _io_error(exc, "temp file") from None
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if self._fsync:
                    os.fsync(fd)
            finally:
                os.close(fd)
            if fixed_time is not None:
                os.utime(tmp, (fixed_time, fixed_time))
            os.replace(tmp, os.path.join(directory, name))
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise _io_error(exc, name) from None
        self._sync_dir(directory)

    def _sync_dir(self, directory: str) -> None:
        """Make the rename itself durable where the platform allows (POSIX; not Windows, not SMB)."""
        if not self._fsync or not hasattr(os, "O_DIRECTORY"):
            return
        try:
            fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | _O_CLOEXEC)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass  # some network filesystems refuse fsync on a directory; the rename still happened
        finally:
            os.close(fd)
