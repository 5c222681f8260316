"""Is a path on a network filesystem? (SMB/CIFS, NFS, FUSE network clients; UNC paths, mapped drives)

SQLite's WAL mode needs shared memory that every process opening the database can map, which a
network filesystem cannot give two machines: a vault in a roaming profile or on a team drive must
use a rollback journal and hold its lock for as long as it is open (see vault.database). The
exchange's rights check also only makes sense on a real share. Linux reads /proc/self/mountinfo;
Windows looks at the path (\\\\server\\share) and asks the drive's type (a mapped network drive).
Both inputs can be injected, so every case is testable on any machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

# Kernel filesystems that live on another machine.
NETWORK_FSTYPES = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "coda", "ceph", "glusterfs", "lustre", "9p",
    "davfs", "gpfs", "beegfs", "orangefs", "ocfs2", "gfs2", "virtiofs",
})  # fmt: skip
# FUSE clients of network storage (mountinfo shows them as "fuse.<name>").
FUSE_NETWORK_CLIENTS = frozenset({
    "smbnetfs", "fusesmb", "sshfs", "rclone", "s3fs", "gvfsd-fuse", "davfs2", "glusterfs", "ceph-fuse",
    "curlftpfs", "gcsfuse", "goofys", "blobfuse", "blobfuse2", "juicefs", "mountpoint-s3", "cephfs", "smb",
})  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

DriveType = Callable[[str], int]


@dataclass(frozen=True)
class NetworkLocation:
    """Where a network path lives: the filesystem (or "unc"/"mapped drive") and its mount or share."""

    kind: str
    mount: str


def network_location(
    path: str | os.PathLike[str],
    *,
    platform: str = os.name,
    mountinfo: str | None = None,
    drive_type: DriveType | None = None,
) -> NetworkLocation | None:
    """The network filesystem ``path`` is on, or None when it is local (or cannot be told)."""
    text = os.fspath(path)
    if platform == "nt":
        return windows_network_location(text, drive_type)
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
                mountinfo = fh.read()
        except OSError:
            return None  # not Linux (macOS, BSD): no cheap answer; treated as local
        text = _existing_real_path(text)
    return linux_network_location(text, mountinfo)


def linux_network_location(path: str, mountinfo: str) -> NetworkLocation | None:
    """The mount holding ``path`` (longest mount point that contains it) if it is a network one."""
    best: tuple[str, str, str] | None = None  # (mount point, fstype, source)
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        sep = fields.index("-")
        if len(fields) < sep + 3:
            continue
        mount_point = _unescape(fields[4])
        if _contains(mount_point, path) and (best is None or len(mount_point) >= len(best[0])):
            best = (mount_point, fields[sep + 1], fields[sep + 2])
    if best is None:
        return None
    mount_point, fstype, source = best
    if is_network_fstype(fstype, source):
        return NetworkLocation(fstype, mount_point)
    return None


def is_network_fstype(fstype: str, source: str = "") -> bool:
    if fstype in NETWORK_FSTYPES:
        return True
    if fstype.startswith("fuse."):
        client = fstype[len("fuse.") :]
        if client in FUSE_NETWORK_CLIENTS:
            return True
        # an unknown FUSE client mounting "host:/path" or "//host/share" is a network one
        return source.startswith("//") or (":" in source and not source.startswith("/"))
    return False


def windows_network_location(path: str, drive_type: DriveType | None = None) -> NetworkLocation | None:
    r"""UNC paths (\\server\share, \\?\UNC\server\share) and drive letters Windows calls remote."""
    norm = path.replace("/", "\\")
    upper = norm.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return NetworkLocation("unc", _unc_share(norm[len("\\\\?\\UNC\\") :]))
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        norm = norm[4:]  # a long local path (\\?\C:\...) or a device path: judged by its drive
    elif norm.startswith("\\\\"):
        return NetworkLocation("unc", _unc_share(norm[2:]))
    if len(norm) >= 2 and norm[1] == ":" and norm[0].isalpha():
        root = norm[0].upper() + ":\\"
        if (drive_type or _windows_drive_type)(root) == DRIVE_REMOTE:
            return NetworkLocation("mapped drive", root)
    return None


def _unc_share(rest: str) -> str:
    parts = [p for p in rest.split("\\") if p]
    return "\\\\" + "\\".join(parts[:2])


def _windows_drive_type(root: str) -> int:
    import ctypes  # only on Windows

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _existing_real_path(path: str) -> str:
    """The real path of ``path`` or of its nearest existing parent (a profile may not exist yet)."""
    current = os.path.abspath(path)
    while not os.path.exists(current):
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    return os.path.realpath(current)


def _contains(mount_point: str, path: str) -> bool:
    if mount_point == "/":
        return path.startswith("/")
    return path == mount_point or path.startswith(mount_point.rstrip("/") + "/")


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    out, i = [], 0
    while i < len(field):
        digits = field[i + 1 : i + 4]
        if field[i] == "\\" and len(digits) == 3 and digits.isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
