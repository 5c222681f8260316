"""Which softphone processes run: a running one means "on a call" (the org policy's list plus the
counselor's own).

Listing processes must stay cheap, because it repeats all shift: on Linux one pass over
/proc/<pid>/comm (~6 us a process), on Windows one Toolhelp snapshot through ctypes (no
``tasklist`` process), elsewhere ``ps``. Names compare case-insensitively, without ".exe", and
against the 15-character form Linux keeps in ``comm``.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)

Lister = Callable[[], set[str]]

_LINUX_COMM_MAX = 15


def normalize(name: str) -> str:
    name = os.path.basename(name.strip().replace("\\", "/")).casefold()
    return name[:-4] if name.endswith(".exe") else name


def linux_processes(proc: str = "/proc") -> set[str]:
    names: set[str] = set()
    try:
        entries = os.listdir(proc)
    except OSError:
        return names
    for pid in entries:
        if not pid.isdigit():
            continue
        try:
            fd = os.open(f"{proc}/{pid}/comm", os.O_RDONLY)
        except OSError:
            continue  # gone, or not ours to read
        try:
            names.add(os.read(fd, 64).decode("utf-8", "replace").strip())
        except OSError:
            pass
        finally:
            os.close(fd)
    return names


def windows_processes() -> set[str]:  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    class PROCESSENTRY32W(ctypes.Structure):
        _fields_ = (
            ("dwSize", wintypes.DWORD),
            ("cntUsage", wintypes.DWORD),
            ("th32ProcessID", wintypes.DWORD),
            ("th32DefaultHeapID", ctypes.c_void_p),
            ("th32ModuleID", wintypes.DWORD),
            ("cntThreads", wintypes.DWORD),
            ("th32ParentProcessID", wintypes.DWORD),
            ("pcPriClassBase", ctypes.c_long),
            ("dwFlags", wintypes.DWORD),
            ("szExeFile", ctypes.c_wchar * 260),
        )

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.CreateToolhelp32Snapshot.restype = wintypes.HANDLE
    snapshot = kernel32.CreateToolhelp32Snapshot(0x00000002, 0)  # TH32CS_SNAPPROCESS
    if snapshot in (None, wintypes.HANDLE(-1).value):
        return set()
    names: set[str] = set()
    try:
        entry = PROCESSENTRY32W()
        entry.dwSize = ctypes.sizeof(PROCESSENTRY32W)
        ok = kernel32.Process32FirstW(snapshot, ctypes.byref(entry))
        while ok:
            names.add(entry.szExeFile)
            ok = kernel32.Process32NextW(snapshot, ctypes.byref(entry))
    finally:
        kernel32.CloseHandle(snapshot)
    return names


def ps_processes() -> set[str]:
    try:
        out = subprocess.run(["ps", "-A", "-o", "comm="], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.stdout.splitlines() if line.strip()}


def default_lister() -> Lister:
    if sys.platform.startswith("linux") and os.path.isdir("/proc"):
        return linux_processes
    if sys.platform == "win32":
        return windows_processes
    return ps_processes


class SoftphoneWatcher:
    """Answers "is one of these processes running?"; does nothing while the list is empty."""

    def __init__(self, names: Iterable[str] = (), lister: Lister | None = None) -> None:
        self._lister = lister or default_lister()
        self._wanted: set[str] = set()
        self.set_names(names)

    @property
    def active(self) -> bool:
        return bool(self._wanted)

    def set_names(self, names: Iterable[str]) -> None:
        self._wanted = {normalize(n) for n in names if n.strip()}

    def running(self) -> set[str]:
        """The wanted names that are running now (normalized)."""
        if not self._wanted:
            return set()
        try:
            present = {normalize(n) for n in self._lister()}
        except Exception:  # never let a process listing break the app
            log.warning("could not list processes", exc_info=True)
            return set()
        truncated = {p for p in present if len(p) == _LINUX_COMM_MAX}
        found = set()
        for name in self._wanted:
            if name in present or (len(name) > _LINUX_COMM_MAX and name[:_LINUX_COMM_MAX] in truncated):
                found.add(name)
        return found
