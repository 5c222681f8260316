"""SIGTERM and SIGINT end the GUI through its normal shutdown (vault closed, socket removed).

Python runs a signal handler only when the interpreter gets control, and a Qt event loop with no
Python code to run never gives it: SIGTERM used to kill the app outright, SIGINT to raise a
KeyboardInterrupt that was logged and ignored. The C-level handler writes the signal number to a
socket pair (signal.set_wakeup_fd); a QSocketNotifier on the other end wakes the event loop, and
its slot lets Python run the handler, which schedules the normal quit.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """While installed, a stop signal calls `stop(signum)` once, from the Qt event loop."""

    def __init__(self, stop: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self._stopping = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {sig: signal.signal(sig, self._handle) for sig in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)  # returning to Python here is what runs the handler

    def _handle(self, signum: int, _frame: object) -> None:
        if not self._stopping:
            self._stopping = True
            QTimer.singleShot(0, lambda: self._stop(signum))

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._reader.close()
        self._writer.close()
