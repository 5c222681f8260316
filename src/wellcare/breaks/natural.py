"""Natural breaks: time away from the keyboard that counts as a break taken.

``IdleTracker`` turns periodic readings of "seconds since the last input" into finished idle
periods. ``natural_event`` decides what, if anything, to record for one: the longest break it
covers (``BreakPlanner.natural_break``), counting only the part inside the shift, and nothing if
the record already holds a break at least as long inside that period (the overlay ran while the
counselor was away; a suspend that the idle clock also saw).

A live call is never a break, even with hands off the keyboard (a counselor listening on a
headset): a call start ends the current idle period, and a period cannot begin before the call
ended.

``next_poll`` keeps polling cheap but exact where it matters: about once a minute, and just after
the idle time crosses a break's length, so a period is never measured short of a break it covered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellcare.breaks.events import BreakEvent, BreakKind
from wellcare.breaks.planner import BreakPlanner
from wellcare.breaks.settings import BreakSettings
from wellcare.breaks.shift import current_or_next_shift

_RANK = {BreakKind.MICRO: 0, BreakKind.REST: 1, BreakKind.RECOVERY: 2}
_TOLERANCE = timedelta(seconds=5)

POLL_MIN = timedelta(seconds=5)
POLL_MAX = timedelta(seconds=60)
_MARGIN = timedelta(seconds=1)


@dataclass(frozen=True)
class IdlePeriod:
    start: datetime
    end: datetime  # the last moment the user was seen idle

    @property
    def length(self) -> timedelta:
        return self.end - self.start


class IdleTracker:
    """Finished idle periods from readings of idle time; knows nothing about breaks."""

    def __init__(self) -> None:
        self._start: datetime | None = None  # start of the idle period in progress
        self._seen: datetime | None = None  # when it was last seen still going
        self._floor: datetime | None = None  # no period may start before this (a call's end)
        self._on_call = False

    @property
    def current_start(self) -> datetime | None:
        return self._start

    def observe(self, now: datetime, idle: timedelta) -> IdlePeriod | None:
        """A reading: ``idle`` since the last input at ``now``. Returns a period that just ended."""
        if self._on_call:
            return None
        start = now - max(idle, timedelta(0))
        if self._floor is not None and start < self._floor:
            start = min(self._floor, now)
        finished = None
        if self._start is not None and self._seen is not None:
            if start > self._start + _TOLERANCE:  # there was input since the last reading
                finished = IdlePeriod(self._start, self._seen)
            elif start >= self._start - _TOLERANCE:  # the same period goes on
                self._seen = now
                return None
            # else: the wall clock went back; start over without crediting anything
        self._start, self._seen = start, now
        return finished if finished is not None and finished.length > timedelta(0) else None

    def call_started(self, now: datetime) -> IdlePeriod | None:
        """A call began: the idle period in progress (if any) ends with the last reading."""
        finished = None
        if self._start is not None and self._seen is not None and self._seen > self._start:
            finished = IdlePeriod(self._start, self._seen)
        self._start = self._seen = None
        self._on_call = True
        return finished

    def call_ended(self, now: datetime) -> None:
        self._on_call = False
        self._floor = now
        self._start = self._seen = None


def natural_event(settings: BreakSettings, period: IdlePeriod, record: Iterable[BreakEvent]) -> BreakEvent | None:
    """The NATURAL event to record for an idle period, or None (too short, off shift, already counted)."""
    window = current_or_next_shift(settings, period.end)
    if window is None or period.end not in window:
        return None
    start = max(period.start, window.start)
    event = BreakPlanner(settings).natural_break(start, period.end)
    if event is None:
        return None
    for earlier in record:
        if earlier.resolves and start <= earlier.at <= period.end and _RANK[earlier.kind] >= _RANK[event.kind]:
            return None
    return event


def thresholds(settings: BreakSettings) -> list[timedelta]:
    """The idle lengths that change what an idle period counts as."""
    out = []
    if settings.micro_enabled:
        out.append(settings.micro_length)
    if settings.rest_enabled:
        out.append(settings.rest_length)
    return sorted(out)


def next_poll(idle: timedelta | None, marks: Sequence[timedelta]) -> timedelta:
    """How long to wait before reading idle time again."""
    if idle is None:
        return POLL_MAX
    for mark in marks:
        if idle < mark:
            return min(max(mark - idle + _MARGIN, POLL_MIN), POLL_MAX)
    return POLL_MAX
