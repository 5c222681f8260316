"""Whether the counselor is on a call right now. No desktop app can see a call by itself.

Call state comes from outside: the tray toggle, a watched softphone process, or `wellcare call
start|end` from a softphone's or CTI's scripts. Anything that must not interrupt a call (a break,
a reminder) asks here, or subscribes to hear when the call ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from wellcare.schedule.clock import Clock

Listener = Callable[[bool], None]


class CallState:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._sources: set[str] = set()
        self._since: datetime | None = None
        self._listeners: list[Listener] = []

    @property
    def on_call(self) -> bool:
        return bool(self._sources)

    @property
    def since(self) -> datetime | None:
        """When the current call started (None when not on a call)."""
        return self._since

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(self._sources)

    def set(self, on_call: bool, source: str = "manual") -> None:
        """Mark a source (toggle, process watcher, hook) as on or off a call; listeners hear changes."""
        before = self.on_call
        if on_call:
            self._sources.add(source)
        else:
            self._sources.discard(source)
        after = self.on_call
        if after and not before:
            self._since = self._clock.now()
        if not after:
            self._since = None
        if after != before:
            for listener in list(self._listeners):
                listener(after)

    def end_all(self) -> None:
        for source in list(self._sources):
            self.set(False, source)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None
