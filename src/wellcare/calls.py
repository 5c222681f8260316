"""Whether the counselor is on a call right now. No desktop app can see a call by itself.

Call state comes from outside: the tray toggle, a watched softphone process, or `wellcare call
start|end` from a softphone's or CTI's scripts. Anything that must not interrupt a call (a break,
a reminder) asks here, or subscribes to hear when the call ends.

A source that says "start" once and must say "end" later (the tray toggle, a CTI hook) may never
say it: a script crashes, a toggle is forgotten. Such a call ends by itself after `max_call`, the
next time anyone asks, so breaks and notifications are not held back for the rest of the shift.
The softphone watcher is exempt: it looks at the process again and again and knows the truth.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from wellcare.schedule.clock import Clock

Listener = Callable[[bool], None]

log = logging.getLogger("wellcare.calls")

DEFAULT_MAX_CALL = timedelta(hours=2)
WATCHED_SOURCES = frozenset({"softphone"})  # re-checked all the time: never expired


class CallState:
    def __init__(self, clock: Clock, max_call: timedelta = DEFAULT_MAX_CALL) -> None:
        self._clock = clock
        self.max_call = max_call
        self._sources: dict[str, float] = {}  # source -> monotonic time it last said "start"
        self._since: datetime | None = None
        self._listeners: list[Listener] = []

    @property
    def on_call(self) -> bool:
        self.expire_stale()
        return bool(self._sources)

    def expire_stale(self) -> None:
        """End the call of every once-asserted source that started max_call ago or more.

        Measured on the monotonic clock: setting the wall clock never ends a call; a long
        suspend does.
        """
        now = self._clock.monotonic()
        for source, started in list(self._sources.items()):
            if source not in WATCHED_SOURCES and now - started >= self.max_call.total_seconds():
                log.warning("a call from %r had no end after %s; treating it as ended", source, self.max_call)
                self.set(False, source)

    @property
    def since(self) -> datetime | None:
        """When the current call started (None when not on a call)."""
        return self._since

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(self._sources)

    def set(self, on_call: bool, source: str = "manual") -> None:
        """Mark a source (toggle, process watcher, hook) as on or off a call; listeners hear changes.

        A repeated "start" from the same source counts from the new start.
        """
        before = bool(self._sources)
        if on_call:
            self._sources[source] = self._clock.monotonic()
        else:
            self._sources.pop(source, None)
        after = bool(self._sources)
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
