"""When a notification may be shown: never during a call, never over a break, and in the order raised.

A notification raised while anything holds them (a live call; a break on screen, announced, or
waiting for the call to end or for its after-call grace) waits in the queue. It is delivered when
nothing holds any more, which after a call with a due break means after that break, not in the
seconds between the call's end and the overlay. Holds are questions asked each time (plain
callables), so a hold never goes stale; whoever ends one (the call's end, the break's end) asks
the queue to ``release``. Qt-free: the UI's Notifier only shows what this returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    page: str | None = None  # what a click on it opens


class NoticeQueue:
    """Holds (named yes/no questions) and the notices waiting for all of them to say no."""

    def __init__(self) -> None:
        self._holds: dict[str, Callable[[], bool]] = {}
        self._waiting: list[Notice] = []

    def add_hold(self, name: str, holding: Callable[[], bool]) -> Callable[[], None]:
        """Notices wait while ``holding()`` is true; returns the function that removes this hold."""
        self._holds[name] = holding

        def remove() -> None:
            if self._holds.get(name) is holding:
                del self._holds[name]

        return remove

    def held_by(self) -> list[str]:
        """The names of the holds that hold notices back right now."""
        return [name for name, holding in list(self._holds.items()) if holding()]

    @property
    def waiting(self) -> list[Notice]:
        return list(self._waiting)

    def offer(self, notice: Notice) -> list[Notice]:
        """Queue ``notice``; returns what may be shown now (earlier notices first), often nothing."""
        self._waiting.append(notice)
        return self.release()

    def release(self) -> list[Notice]:
        """Everything waiting, in order, if nothing holds it any more (and empties the queue); else []."""
        if not self._waiting or self.held_by():
            return []
        out, self._waiting = self._waiting, []
        return out
