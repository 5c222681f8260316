"""Shift windows in local time: when breaks may happen at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from wellcare.breaks.settings import BreakSettings

_LOOKAHEAD_DAYS = 8  # a week plus one, so a single workday a week is still found


@dataclass(frozen=True)
class ShiftWindow:
    start: datetime
    end: datetime

    def __contains__(self, when: datetime) -> bool:
        return self.start <= when < self.end


def current_or_next_shift(settings: BreakSettings, now: datetime) -> ShiftWindow | None:
    """The shift ``now`` falls in, else the next one to start; None if there are no workdays.

    Times are read in ``now``'s time zone, so the clock decides what "local" means.
    """
    tz = now.tzinfo
    today = now.date()
    overnight = settings.shift_end <= settings.shift_start
    for offset in range(-1, _LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        if day.weekday() not in settings.workdays:
            continue
        start = datetime.combine(day, settings.shift_start, tzinfo=tz)
        end_day = day + timedelta(days=1) if overnight else day
        end = datetime.combine(end_day, settings.shift_end, tzinfo=tz)
        if end > now:
            return ShiftWindow(start, end)
    return None


def next_shift(settings: BreakSettings, window: ShiftWindow) -> ShiftWindow | None:
    """The shift that starts after ``window`` ends."""
    return current_or_next_shift(settings, window.end)
