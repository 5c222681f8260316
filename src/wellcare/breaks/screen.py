"""What the service asks the UI to put on screen, in plain data: the break shown, its heads-up, a status.

The service decides (what is offered, what the counselor may do, which exercise fits); the UI only
renders these values and reports the counselor's answer back to the service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wellcare.breaks.events import BreakKind
from wellcare.breaks.planner import DueBreak

log = logging.getLogger(__name__)

# Exercises for scheduled breaks when the programs capability suggests none (without it, or if it
# cannot play the id, the overlay shows its own breathing guide).
SCHEDULED_EXERCISES = {BreakKind.MICRO: "micro_reset", BreakKind.REST: "neck_shoulder_release"}

Recommend = Callable[[Mapping[str, object]], Sequence[str]]


@dataclass(frozen=True)
class ShownBreak:
    """A break on screen and what the counselor may do about it."""

    kind: BreakKind
    length: timedelta
    started: datetime  # clock time the break began
    protected: bool = False  # a recovery break: no postpone, no skip, Esc does nothing
    postpone_minutes: int = 0  # 0: postponing is not offered
    postpones_left: int = 0
    can_skip: bool = False
    can_end_early: bool = False
    exercise_id: str | None = None
    incident_id: int | None = None  # the hard call a protected break follows (its notes, an EAP request)

    @property
    def can_postpone(self) -> bool:
        return not self.protected and self.postpone_minutes > 0 and self.postpones_left > 0

    @property
    def ends(self) -> datetime:
        return self.started + self.length

    def elapsed(self, now: datetime) -> timedelta:
        """Time on the break so far, within [0, length] (the clock may have been set back)."""
        return min(max(now - self.started, timedelta(0)), self.length)


@dataclass(frozen=True)
class HeadsUp:
    """The heads-up before a break: how many seconds until it shows, and the postpone offered (0: none)."""

    due: DueBreak
    seconds: int
    postpone_minutes: int


class Status(StrEnum):
    """What comes next, for the tray tooltip and the page (the UI words it)."""

    ON_BREAK = "on_break"
    NONE_PLANNED = "none_planned"
    HELD_BY_CALL = "held_by_call"
    DUE_NOW = "due_now"
    IN_MINUTES = "in_minutes"  # ``minutes`` from now, under an hour
    AT = "at"  # at ``at`` (local time), today or a later day


@dataclass(frozen=True)
class BreakStatus:
    status: Status
    minutes: int = 0
    at: datetime | None = None


def break_status(due: DueBreak | None, now: datetime, on_break: bool) -> BreakStatus:
    if on_break:
        return BreakStatus(Status.ON_BREAK)
    if due is None:
        return BreakStatus(Status.NONE_PLANNED)
    if due.held_by_call:
        return BreakStatus(Status.HELD_BY_CALL)
    wait = due.show_at - now
    if wait <= timedelta(seconds=59):
        return BreakStatus(Status.DUE_NOW)
    minutes = int(-(-wait.total_seconds() // 60))
    if minutes < 60:
        return BreakStatus(Status.IN_MINUTES, minutes=minutes)
    return BreakStatus(Status.AT, at=due.show_at.astimezone(now.tzinfo))


def scheduled_exercise(due: DueBreak, recommend: Recommend | None) -> str | None:
    """The programs capability's suggestion for this break, else a fixed one that fits it."""
    if recommend is not None:
        context = {"after": f"{due.kind}_break", "max_seconds": int(due.length.total_seconds())}
        try:
            ids = list(recommend(context))
        except Exception:
            log.warning("no exercise suggestion for a %s break", due.kind, exc_info=True)
            ids = []
        if ids:
            return str(ids[0])
    return SCHEDULED_EXERCISES.get(due.kind)
