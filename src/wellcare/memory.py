"""The tray app's memory after start-up (issue #16): fewer malloc arenas, free pages handed back.

Qt-free and safe everywhere: on a C library other than glibc (macOS, Windows, musl) every call
here does nothing and says so by returning False.

* :func:`limit_arenas` (called once the icon is shown, before the vault step): glibc gives each
  thread that allocates its own arena (the keyring helper's reader, the organisation hooks'
  workers), each keeping freed pages for itself; two are plenty for an app that idles in the tray.
  Qt's X11 thread has its arena already: calling it before the icon would cost the icon ~10 ms
  (importing ctypes) for no measured gain.
* :func:`settle` (called once start-up is over): the start-up garbage collected and the free
  pages that glibc keeps after start-up returned to the system (``malloc_trim``).

Not done: ``gc.freeze()``. It frees nothing in a process that does not fork, and an object frozen
at start that later falls into a reference cycle (the window rebuilt on a change of language, a
feature after a lock) would never be collected: a slow leak in an app that runs all day.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from functools import cache

M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


@cache
def _glibc() -> ctypes.CDLL | None:
    """glibc's handle, or None where the C library is another (or cannot be loaded)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # by name: ctypes.util.find_library would run ldconfig before the icon
        libc.gnu_get_libc_version  # noqa: B018 - only glibc has it (musl does not)
    except (OSError, AttributeError):
        return None
    return libc


def limit_arenas(arenas: int = 2) -> bool:
    """At most ``arenas`` malloc arenas for the threads to come; True when glibc took it."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, arenas) == 1)


def settle() -> bool:
    """Collect start-up's garbage and return free heap pages to the system; True when pages were returned."""
    gc.collect()
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0) == 1)
