"""Import APScheduler without the standard-library packages the tray never uses (issue #16).

``import apscheduler.schedulers.base`` costs about 17 MB of RSS in a counselor's tray app, most of it
not APScheduler's own code:

* ``apscheduler.util`` imports ``asyncio`` (with ``ssl``, ``socket``, ``subprocess``: ~11 MB) only
  for ``iscoroutinefunction``; the stand-in gives it ``inspect``'s, which answers the same for
  the plain functions our jobs are (APScheduler itself uses ``inspect``'s from Python 3.14 on);
* ``apscheduler/__init__`` asks ``importlib.metadata`` for its own version, and
  ``apscheduler.schedulers.base`` scans every installed distribution's entry points for plugins
  (``email``, ``zipfile``, ``csv``: ~7 MB, and the scan itself). Here that scan finds nothing, and
  :class:`~wellcare.ui.qt_scheduler.QtMainThreadScheduler` registers the triggers ("date",
  "interval", "cron") and the executor ("debug") it uses by class instead.
* ``apscheduler.executors.pool`` imports ``multiprocessing`` and ``concurrent.futures.process``
  (~6 MB) for the default thread-pool executor, which :class:`~wellcare.ui.qt_scheduler.QtMainThreadScheduler`
  refuses (jobs run on the Qt main thread). Its ``ThreadPoolExecutor`` name is a stand-in that
  imports the real module if it is ever called.

Every placeholder is removed from ``sys.modules`` right after the import, so a later
``import asyncio`` (a test, a library) gets the real package.

A module that is already imported is used as it is. tests/ui/test_lean_start.py checks that a
tray start does not load them.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_POOL = "apscheduler.executors.pool"


def _entry_points(**params: Any) -> tuple[()]:
    """No plugins by entry point (the scheduler registers what it uses by class)."""
    return ()


class _NotInstalledError(Exception):
    """Stands for ``PackageNotFoundError`` while the real ``importlib.metadata`` is not loaded."""


def _version(name: str) -> str:
    raise _NotInstalledError(name)  # apscheduler/__init__ then names itself "3.5.0"; nothing here reads it


def _thread_pool(*args: Any, **kwargs: Any) -> Any:
    """APScheduler's default executor, imported only if something really asks for it."""
    from apscheduler.executors.pool import ThreadPoolExecutor

    return ThreadPoolExecutor(*args, **kwargs)


def _stand_ins() -> dict[str, types.ModuleType]:
    coroutines = types.ModuleType("asyncio")
    coroutines.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata = types.ModuleType("importlib.metadata")
    metadata.entry_points = _entry_points  # type: ignore[attr-defined]
    metadata.version = _version  # type: ignore[attr-defined]
    metadata.PackageNotFoundError = _NotInstalledError  # type: ignore[attr-defined]
    pool = types.ModuleType(_POOL)
    pool.ThreadPoolExecutor = _thread_pool  # type: ignore[attr-defined]
    return {"asyncio": coroutines, "importlib.metadata": metadata, _POOL: pool}


@contextmanager
def without_unused_stdlib() -> Iterator[None]:
    """Inside: ``asyncio``, ``importlib.metadata`` and the pool executor's module are the stand-ins above."""
    placed = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def import_apscheduler() -> None:
    """Import the APScheduler modules the Qt scheduler uses, leanly (see the module docstring)."""
    if "apscheduler.schedulers.base" in sys.modules:
        return
    with without_unused_stdlib():
        import apscheduler.executors.debug
        import apscheduler.schedulers.base  # noqa: F401
