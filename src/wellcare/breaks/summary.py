"""The daily break summary: what happened to breaks, per local day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from wellcare.breaks.events import BreakAction, BreakEvent


@dataclass(frozen=True)
class DaySummary:
    day: date
    shown: int = 0
    taken: int = 0
    natural: int = 0
    postponed: int = 0
    skipped: int = 0
    break_time: timedelta = timedelta(0)  # taken + natural

    @property
    def total_taken(self) -> int:
        """Breaks that counted, through the overlay or by being away."""
        return self.taken + self.natural


_COUNTERS = {
    BreakAction.SHOWN: "shown",
    BreakAction.TAKEN: "taken",
    BreakAction.NATURAL: "natural",
    BreakAction.POSTPONED: "postponed",
    BreakAction.SKIPPED: "skipped",
}


def daily_summary(events: Iterable[BreakEvent], tz: tzinfo) -> dict[date, DaySummary]:
    """Counts per day (days as seen in ``tz``), oldest first; days without events are absent."""
    counts: dict[date, dict[str, int]] = {}
    time_off: dict[date, timedelta] = {}
    for event in sorted(events, key=lambda e: e.at):
        day = event.at.astimezone(tz).date()
        day_counts = counts.setdefault(day, dict.fromkeys(_COUNTERS.values(), 0))
        day_counts[_COUNTERS[event.action]] += 1
        if event.action in (BreakAction.TAKEN, BreakAction.NATURAL):
            time_off[day] = time_off.get(day, timedelta(0)) + event.duration
    return {
        day: DaySummary(day, break_time=time_off.get(day, timedelta(0)), **day_counts)
        for day, day_counts in counts.items()
    }
