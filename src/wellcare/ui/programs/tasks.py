"""Run slow I/O (the exchange share) off the GUI thread; hand ``(result, error)`` back on it.

The work function must not touch widgets or the vault (its connection belongs to the GUI
thread); the ``done`` callback runs on the GUI thread and may do both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    done = Signal(object, object)


_pending: set[_Relay] = set()  # keeps each relay alive until its result is delivered


def run_in_background(work: Callable[[], Any], done: Done) -> None:
    relay = _Relay()  # created here, so it lives on the GUI thread and its signal is queued there
    _pending.add(relay)

    def deliver(result: Any, error: BaseException | None) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        done(result, error)

    relay.done.connect(deliver)

    def task() -> None:
        try:
            result, error = work(), None
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            result, error = None, exc
        relay.done.emit(result, error)

    QThreadPool.globalInstance().start(task)


def pending() -> int:
    """Tasks whose results have not been delivered yet (tests wait for zero)."""
    return len(_pending)
