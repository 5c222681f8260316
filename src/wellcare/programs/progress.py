"""Following a multi-day program: its schedule, progress, forgiving streaks and reminder times.

Pure functions over a :class:`ProgramRun` (what the vault recorded) and the clock's now. The rules:

- A run follows one program at a time of day on chosen weekdays. Sessions are done in order;
  a missed day never skips a session, the program simply waits for you.
- Progress is sessions done out of sessions in the program; the run finishes with the last one.
- The streak counts days practised. Days off (not in the schedule) and paused days never count
  against it; one missed scheduled day is forgiven; only two missed scheduled days in a row
  end it. Today is never a miss while it lasts.
- A reminder is due at the chosen time on a scheduled day when no session was done that day.
  If the app was not running then, it comes up to ``CATCH_UP`` late, once; never for past days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from wellcare.programs.model import Program, ProgramSession

FORGIVEN_MISSES = 1  # missed scheduled days in a row that leave a streak standing
CATCH_UP = timedelta(hours=3)  # how late a reminder may still come after the app was off
WEEKDAYS = range(1, 8)  # ISO: 1 = Monday


class RunStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"
    FINISHED = "finished"


@dataclass(frozen=True)
class ProgramSchedule:
    """When sessions are planned: one time of day on some ISO weekdays."""

    at: time
    weekdays: frozenset[int]

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(WEEKDAYS):
            raise ValueError("a schedule needs at least one weekday, 1 (Monday) to 7")
        if self.at.tzinfo is not None:
            raise ValueError("the time of day is local: no time zone")

    def occurs_on(self, day: date) -> bool:
        return day.isoweekday() in self.weekdays

    def slot(self, day: date, now: datetime) -> datetime:
        """The reminder moment on ``day``, in now's time zone."""
        return datetime.combine(day, self.at, tzinfo=now.tzinfo)

    def to_record(self) -> dict[str, object]:
        return {"at": self.at.strftime("%H:%M"), "weekdays": sorted(self.weekdays)}

    @classmethod
    def from_record(cls, record: dict[str, object]) -> ProgramSchedule:
        hh, mm = str(record["at"]).split(":")
        days = record["weekdays"]
        if not isinstance(days, list):
            raise ValueError("weekdays must be a list")
        return cls(time(int(hh), int(mm)), frozenset(int(d) for d in days))


@dataclass(frozen=True)
class ProgramRun:
    """One counselor following one program, as recorded in the vault."""

    id: int
    program_id: str
    started: datetime
    schedule: ProgramSchedule
    status: RunStatus
    pauses: tuple[tuple[date, date | None], ...] = ()  # [first paused day, day resumed)
    done: tuple[tuple[int, datetime], ...] = ()  # (session index, when), in the order done
    reminded: frozenset[date] = field(default_factory=frozenset)
    ended: datetime | None = None

    @property
    def open(self) -> bool:
        """Active or paused: the run still belongs on the page."""
        return self.status in (RunStatus.ACTIVE, RunStatus.PAUSED)

    def done_indexes(self) -> set[int]:
        return {index for index, _ in self.done}

    def done_days(self) -> set[date]:
        return {when.date() for _, when in self.done}

    def paused_on(self, day: date) -> bool:
        return any(start <= day and (end is None or day < end) for start, end in self.pauses)


@dataclass(frozen=True)
class Streak:
    current: int  # days practised in the current streak
    best: int
    forgiven: int  # missed days the current streak forgave


def next_session(program: Program, run: ProgramRun) -> ProgramSession | None:
    """The first session not done yet (None when the program is complete)."""
    done = run.done_indexes()
    return next((s for s in program.sessions if s.index not in done), None)


def sessions_done(program: Program, run: ProgramRun) -> int:
    return len(run.done_indexes() & {s.index for s in program.sessions})


def scheduled_days(run: ProgramRun, until: date) -> list[date]:
    """Days the schedule planned a session, from the start to ``until``, paused days left out."""
    day = run.started.date()
    out: list[date] = []
    while day <= until:
        if run.schedule.occurs_on(day) and not run.paused_on(day):
            out.append(day)
        day += timedelta(days=1)
    return out


def streak(run: ProgramRun, today: date) -> Streak:
    """Days practised, forgiving up to ``FORGIVEN_MISSES`` missed scheduled days in a row."""
    done = run.done_days()
    days = sorted(set(scheduled_days(run, today)) | {d for d in done if d <= today})
    current = best = forgiven = misses = 0
    for day in days:
        if day in done:
            current += 1
            misses = 0
        elif day == today:
            continue  # the day is not over
        else:
            misses += 1
            if misses > FORGIVEN_MISSES:
                current = forgiven = 0
            elif current:
                forgiven += 1
        best = max(best, current)
    return Streak(current=current, best=best, forgiven=forgiven)


def due_today(program: Program, run: ProgramRun, now: datetime) -> bool:
    """A session is planned today and none was done yet."""
    today = now.date()
    return (
        run.status is RunStatus.ACTIVE
        and run.schedule.occurs_on(today)
        and not run.paused_on(today)
        and today not in run.done_days()
        and next_session(program, run) is not None
    )


def next_reminder(program: Program, run: ProgramRun, now: datetime) -> datetime | None:
    """When to remind next: today's slot (also a missed one, up to CATCH_UP late), else a later day."""
    if run.status is not RunStatus.ACTIVE or next_session(program, run) is None:
        return None
    today = now.date()
    slot = run.schedule.slot(today, now)
    if (
        due_today(program, run, now)
        and today not in run.reminded
        and now <= slot + CATCH_UP
        and slot >= run.started  # the start itself is not missed
    ):
        return slot
    day = today + timedelta(days=1)
    for _ in range(7):
        if run.schedule.occurs_on(day):
            return run.schedule.slot(day, now)
        day += timedelta(days=1)
    return None  # unreachable: a schedule has at least one weekday


def next_session_day(run: ProgramRun, now: datetime) -> date | None:
    """The next day a session is planned, today included when nothing was done yet (for the page)."""
    if run.status is not RunStatus.ACTIVE:
        return None
    day = now.date()
    if day in run.done_days():
        day += timedelta(days=1)
    for _ in range(8):
        if run.schedule.occurs_on(day):
            return day
        day += timedelta(days=1)
    return None


def weekdays_from(values: Iterable[int]) -> frozenset[int]:
    days = frozenset(int(v) for v in values)
    if not days or not days <= frozenset(WEEKDAYS):
        raise ValueError("weekdays are 1 (Monday) to 7 (Sunday), at least one")
    return days
