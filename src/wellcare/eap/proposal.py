"""The appointment the EAP office's reply form proposes first: inside the requester's preferred times (Qt-free).

The counselor ticked when a session would suit them (weekday mornings, lunch, afternoons, after
the shift, Saturdays, any time). The form starts on the first day from tomorrow that one of those
windows falls on, at that window's usual start; the coordinator can still change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from wellcare.eap.protocol import TimeWindow

WINDOW_START: dict[TimeWindow, time] = {
    TimeWindow.WEEKDAY_MORNING: time(10, 0),
    TimeWindow.LUNCH: time(12, 0),
    TimeWindow.WEEKDAY_AFTERNOON: time(15, 0),
    TimeWindow.AFTER_SHIFT: time(18, 30),  # after the default shift end ([breaks] shift_end 18:00)
    TimeWindow.SATURDAY: time(10, 0),
    TimeWindow.ANY: time(10, 0),
}


def _fits(window: TimeWindow, isoweekday: int) -> bool:
    return isoweekday == 6 if window is TimeWindow.SATURDAY else isoweekday <= 5


def propose_start(times: Sequence[TimeWindow], now: datetime) -> datetime:
    """The first preferred slot from tomorrow on (local to ``now``); a weekday at 10:00 when none was given."""
    windows = sorted(set(times) or {TimeWindow.ANY}, key=lambda w: WINDOW_START[w])
    for offset in range(1, 15):
        day = now.date() + timedelta(days=offset)
        for window in windows:
            if _fits(window, day.isoweekday()):
                return datetime.combine(day, WINDOW_START[window], tzinfo=now.tzinfo)
    return datetime.combine(now.date() + timedelta(days=1), WINDOW_START[TimeWindow.ANY], tzinfo=now.tzinfo)
