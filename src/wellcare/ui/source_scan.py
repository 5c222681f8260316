"""PySide6 without a copy of every imported module's source kept in memory (issue #16).

Once shiboken6 is loaded, PySide6 asks of every module imported after it whether its source
mentions "PySide6" (``shibokensupport.feature._mod_uses_pyside``, for its ``__feature__``
switching: PYSIDE-2029). It asks with ``inspect.getsource``, which reads the file through
``linecache``, and linecache keeps every line of it: at a counselor's ``--minimized`` start that
was 305 source files, about 8 MB of Python strings held for as long as the tray app runs, for an
answer that is one boolean per module.

Importing this module loads shiboken6, puts in a check that gives the same answer from one read
of the file's bytes and keeps nothing, and drops the lines the original check cached while
shiboken6 itself was loading (inspect, enum, argparse, dataclasses, …: about 1 MB). It is
imported first by wellcare.app_early, before any other module of the app. A module without a
readable ``.py`` file (built-in, extension, source-less, inside an archive) counts as not using
PySide6, as it does when ``inspect.getsource`` fails on it in the original. The app never selects
a ``__feature__``, so the answer changes nothing for it; it is kept the same anyway.

If a PySide6 release renames the check, nothing is replaced (``LIGHT`` is False) and the app
works as before, with the sources kept; tests/ui/test_source_scan.py fails then, so a pin update
notices it.
"""

from __future__ import annotations

import linecache
import sys
import types

_CACHED_BEFORE = set(linecache.cache)
import shiboken6  # noqa: E402, F401 - loads shibokensupport.feature, whose check is replaced below


def uses_pyside(module: types.ModuleType) -> bool:
    """Does this module's source file mention PySide6? (The file is read once; nothing is cached.)"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _replace_check() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    for name in set(linecache.cache) - _CACHED_BEFORE:  # what the check read while shiboken6 itself loaded
        linecache.cache.pop(name, None)
    return True


LIGHT = _replace_check()
