"""What drives the player: a ticker calls back every frame; tests step a manual one by hand.

The player never reads time from the ticker: it asks its clock how much time passed, so a test
moves a ``ManualClock`` and calls :meth:`ManualTicker.fire`, and nothing ever sleeps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer

FRAME_MS = 40  # 25 frames a second: smooth enough for a slowly growing circle, cheap on CPU


class Ticker(Protocol):
    def start(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` every frame from now on (replacing an earlier callback)."""
        ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


class QtTicker:
    """A QTimer owned by ``parent``: it dies with the widget and is stopped whenever the player stops."""

    def __init__(self, parent: QObject, interval_ms: int = FRAME_MS) -> None:
        self.timer = QTimer(parent)
        self.timer.setObjectName("wellcare-player-frame")
        self.timer.setInterval(interval_ms)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._callback: Callable[[], None] | None = None
        self.timer.timeout.connect(self._fire)

    def _fire(self) -> None:
        if self._callback is not None:
            self._callback()

    def start(self, callback: Callable[[], None]) -> None:
        self._callback = callback
        self.timer.start()

    def stop(self) -> None:
        if shiboken6.isValid(self.timer):  # already gone with its parent: nothing left to stop
            self.timer.stop()

    def is_active(self) -> bool:
        return shiboken6.isValid(self.timer) and self.timer.isActive()


class ManualTicker:
    """For tests: ``fire()`` runs one frame while started."""

    def __init__(self) -> None:
        self._callback: Callable[[], None] | None = None
        self._active = False
        self.frames = 0

    def start(self, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._active = True

    def stop(self) -> None:
        self._active = False

    def is_active(self) -> bool:
        return self._active

    def fire(self) -> None:
        if self._active and self._callback is not None:
            self.frames += 1
            self._callback()
