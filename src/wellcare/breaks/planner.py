"""The break plan: what break is due next, and what the counselor may do about it.

Everything is derived from the settings, the record of break events and the clock's now; the
planner keeps nothing between calls, so a restart, a suspend or a clock jump cannot leave it in
a stale state.

Rules, in the order they apply:

- A break's timer runs from the end of the last break of its kind that was taken, taken
  naturally (idle) or skipped, but never from before the current shift started: the first
  micro-break comes one interval after the shift starts. A rest or recovery break also resets
  the micro-break timer.
- A break that could not finish before the shift ends is not planned in this shift.
- Missed breaks coalesce: however long ago a break fell due, there is one due break, and if
  both are due the rest break is the one (it covers the micro-break). A micro-break due less
  than half a micro interval before the rest break waits for the rest break.
- Events dated after now (the clock went back) count as happening now, so a jump back neither
  fires a break early nor fires a taken break again. The price: after a jump back by J the next
  break can come up to J late, once (the record holds no clock-jump marker to correct by).
- A due break waits while a call is live, for at most ``call_wait_max`` from when both the
  break was due and the call was on.
- A shown break that gets no answer in the record (taken, postponed, skipped) is shown again
  once its length and a grace period have passed, e.g. after a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.settings import BreakSettings
from wellcare.breaks.shift import ShiftWindow, current_or_next_shift, next_shift

SHOWN_GRACE = timedelta(minutes=2)
_SCHEDULED = (BreakKind.MICRO, BreakKind.REST)
_MAX_WINDOWS = 8


class BreakRefused(Exception):
    """The rules do not allow it: nothing is due, postponed too often or too long, strict mode."""


@dataclass(frozen=True)
class DueBreak:
    """The next break and when to act on it (all times from the planner's clock)."""

    kind: BreakKind
    due: datetime  # when the schedule makes it due (may be in the past: it is overdue)
    show_at: datetime  # when to show it: ``due``, later while a call holds it, or a re-show time
    notice_at: datetime  # when to give the heads-up
    length: timedelta
    postpones_left: int
    can_skip: bool
    held_by_call: bool = False
    shown_at: datetime | None = None  # already on screen since then, with no answer yet
    after_call: bool = False  # moved to the end of the after-call grace (``wellcare.breaks.after_call``)

    def is_current(self, now: datetime) -> bool:
        """Whether the counselor can act on it now (in the heads-up, or on screen, or overdue)."""
        return self.shown_at is not None or now >= self.notice_at


@dataclass(frozen=True)
class _Reset:
    index: int  # position in the sorted record of the event that started the cycle (-1: none)
    when: datetime | None


@dataclass(frozen=True)
class _Cycle:
    kind: BreakKind
    due: datetime
    postpones: int
    shown_at: datetime | None


class BreakPlanner:
    """Pure break arithmetic over (settings, record, now)."""

    def __init__(self, settings: BreakSettings) -> None:
        self.settings = settings

    # -- the plan -------------------------------------------------------------------------------

    def next_break(
        self, events: Sequence[BreakEvent], now: datetime, call_started: datetime | None = None
    ) -> DueBreak | None:
        """The one break to act on next, or None when no break fits in any coming shift."""
        ordered = sorted(events, key=lambda e: e.at)
        window = current_or_next_shift(self.settings, now)
        for _ in range(_MAX_WINDOWS):
            if window is None:
                return None
            cycle = self._choose(ordered, now, window)
            if cycle is not None:
                return self._due_break(now, cycle, call_started)
            window = next_shift(self.settings, window)
        return None

    def _choose(self, events: Sequence[BreakEvent], now: datetime, window: ShiftWindow) -> _Cycle | None:
        resets = self._resets(events, now)
        cycles = {}
        for kind in _SCHEDULED:
            if not self.settings.enabled(kind):
                continue
            cycle = self._cycle(events, now, window, kind, resets[kind])
            if cycle.due + self.settings.length(kind) <= window.end:
                cycles[kind] = cycle
        micro, rest = cycles.get(BreakKind.MICRO), cycles.get(BreakKind.REST)
        if micro is not None and rest is not None:
            # overdue together, or the rest break close behind: the rest break covers the micro-break
            return rest if rest.due <= max(micro.due, now) + self.settings.micro_every / 2 else micro
        return rest or micro

    def _resets(self, events: Sequence[BreakEvent], now: datetime) -> dict[BreakKind, _Reset]:
        """Where each scheduled break's current cycle starts: record position and time (never after now)."""
        resets = {kind: _Reset(-1, None) for kind in _SCHEDULED}
        for index, event in enumerate(events):
            if event.resolves:
                when = min(event.at, now)
            elif event.kind is BreakKind.RECOVERY and event.action is BreakAction.SHOWN:
                # protected, runs to its end: its own length when the event carries one
                length = event.duration if event.duration_s > 0 else self.settings.recovery_length
                when = min(event.at + length, now)
            else:
                continue
            kinds = (BreakKind.MICRO,) if event.kind is BreakKind.MICRO else _SCHEDULED
            for kind in kinds:
                previous = resets[kind].when
                resets[kind] = _Reset(index, when if previous is None else max(previous, when))
        return resets

    def _cycle(
        self, events: Sequence[BreakEvent], now: datetime, window: ShiftWindow, kind: BreakKind, reset: _Reset
    ) -> _Cycle:
        base = window.start if reset.when is None else max(reset.when, window.start)
        # this cycle's events: after the reset in the record, and in this shift
        mine = [e for e in events[reset.index + 1 :] if e.kind is kind and min(e.at, now) >= window.start]
        postponed_at = [i for i, e in enumerate(mine) if e.action is BreakAction.POSTPONED]
        due = base + self.settings.every(kind)
        if postponed_at:
            last = mine[postponed_at[-1]]
            due = max(due, min(last.at, now) + last.duration)
        since_postpone = mine[postponed_at[-1] + 1 :] if postponed_at else mine
        shown = [min(e.at, now) for e in since_postpone if e.action is BreakAction.SHOWN]
        return _Cycle(kind, due, len(postponed_at), shown[-1] if shown else None)

    def _due_break(self, now: datetime, cycle: _Cycle, call_started: datetime | None) -> DueBreak:
        settings = self.settings
        length = settings.length(cycle.kind)
        held = False
        if cycle.shown_at is not None:
            show_at = max(cycle.due, cycle.shown_at + length + SHOWN_GRACE)
            notice_at = show_at
        else:
            show_at = cycle.due
            if call_started is not None and call_started <= now:
                limit = max(cycle.due, call_started) + settings.call_wait_max
                held = limit > now and limit > cycle.due
                show_at = max(cycle.due, limit) if held else max(cycle.due, min(limit, now))
            notice_at = show_at - settings.notice
        return DueBreak(
            kind=cycle.kind,
            due=cycle.due,
            show_at=show_at,
            notice_at=notice_at,
            length=length,
            postpones_left=max(0, settings.postpone_max_count - cycle.postpones),
            can_skip=not settings.strict_mode,
            held_by_call=held,
            shown_at=cycle.shown_at,
        )

    # -- what the counselor may do --------------------------------------------------------------

    def postpone(
        self,
        events: Sequence[BreakEvent],
        now: datetime,
        length: timedelta | None = None,
        kind: BreakKind | None = None,
    ) -> BreakEvent:
        """The event to record for postponing the current break; BreakRefused past the limits."""
        current = self._current(events, now, kind)
        if current.postpones_left <= 0:
            raise BreakRefused(f"this break was already postponed {self.settings.postpone_max_count} times")
        length = self.settings.postpone_length if length is None else length
        if length <= timedelta(0) or length > self.settings.postpone_length:
            raise BreakRefused(f"a break can be postponed by at most {self.settings.postpone_length_min} minutes")
        return BreakEvent(current.kind, BreakAction.POSTPONED, now, length.total_seconds())

    def skip(self, events: Sequence[BreakEvent], now: datetime, kind: BreakKind | None = None) -> BreakEvent:
        """The event to record for skipping the current break; BreakRefused in strict mode."""
        current = self._current(events, now, kind)
        if not current.can_skip:
            raise BreakRefused("breaks cannot be skipped in strict mode")
        return BreakEvent(current.kind, BreakAction.SKIPPED, now)

    def natural_break(self, idle_start: datetime, idle_end: datetime) -> BreakEvent | None:
        """The event to record for an idle period: the longest break it covers, if any."""
        idle = idle_end - idle_start
        if self.settings.rest_enabled and idle >= self.settings.rest_length:
            kind = BreakKind.REST
        elif idle >= self.settings.micro_length:
            kind = BreakKind.MICRO
        else:
            return None
        return BreakEvent(kind, BreakAction.NATURAL, idle_end, idle.total_seconds())

    def _current(self, events: Sequence[BreakEvent], now: datetime, kind: BreakKind | None) -> DueBreak:
        current = self.next_break(events, now)
        if current is None or not current.is_current(now):
            raise BreakRefused("no break is due")
        if kind is not None and current.kind is not kind:
            raise BreakRefused(f"the due break is a {current.kind} break, not a {kind} break")
        return current
