"""When to remind a counselor of a self-check: pure date arithmetic over the vault's record.

Each instrument has a cadence (WHO-5 weekly, PSS-10 and CBI monthly by default, the rest on
demand). A check is due one cadence after it was last completed, or, if it never was, one
cadence after reminders started for this profile. A "check again in two weeks" (the results'
`recheck` suggestion) adds a one-off due date. From the due date the plan derives when the next
notification goes out: at the due time, or at the end of a snooze, and once a reminder has been
shown, a day later if the check is still not done. Nothing here keeps timers: the UI re-derives
its single scheduler job from these answers whenever the record changes.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Cadence(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    OFF = "off"  # on demand: no reminders


class Snooze(StrEnum):
    HOUR = "hour"  # in one hour
    TOMORROW = "tomorrow"  # tomorrow at the start of the working day


CADENCES: tuple[Cadence, ...] = (Cadence.WEEKLY, Cadence.FORTNIGHTLY, Cadence.MONTHLY, Cadence.OFF)
DEFAULT_CADENCES: Mapping[str, Cadence] = {"who5": Cadence.WEEKLY, "pss10": Cadence.MONTHLY, "cbi": Cadence.MONTHLY}
REMIND_AGAIN_AFTER = timedelta(days=1)  # a shown reminder that was not acted on comes back a day later
RECHECK_AFTER = timedelta(days=14)  # the `recheck` suggestion: take it again in two weeks
SNOOZE_HOUR = timedelta(hours=1)


def default_cadence(instrument_id: str) -> Cadence:
    return DEFAULT_CADENCES.get(instrument_id, Cadence.OFF)


def add_months(when: datetime, months: int) -> datetime:
    """The same day and time `months` later; the 31st becomes the month's last day."""
    index = when.month - 1 + months
    year, month = when.year + index // 12, index % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def next_due(cadence: Cadence, after: datetime) -> datetime | None:
    """When a check with this cadence is next due, counting from `after`; None when on demand."""
    if cadence is Cadence.WEEKLY:
        return after + timedelta(days=7)
    if cadence is Cadence.FORTNIGHTLY:
        return after + timedelta(days=14)
    if cadence is Cadence.MONTHLY:
        return add_months(after, 1)
    return None


def snooze_until(now: datetime, choice: Snooze, day_start: time = time(9, 0)) -> datetime:
    """The end of a snooze chosen at `now`: in an hour, or tomorrow at `day_start` (local time)."""
    if choice is Snooze.HOUR:
        return now + SNOOZE_HOUR
    tomorrow: date = now.date() + timedelta(days=1)
    return datetime.combine(tomorrow, day_start, tzinfo=now.tzinfo)


@dataclass(frozen=True)
class ReminderRecord:
    """What the vault knows about one instrument's reminders."""

    instrument_id: str
    cadence: Cadence
    last_completed: datetime | None = None
    snoozed_until: datetime | None = None
    notified_at: datetime | None = None
    recheck_at: datetime | None = None


@dataclass(frozen=True)
class ReminderStatus:
    """The plan for one instrument: when the check is due and when to notify next."""

    instrument_id: str
    cadence: Cadence
    due_at: datetime | None
    notify_at: datetime | None
    snoozed_until: datetime | None = None

    def is_due(self, now: datetime) -> bool:
        return self.due_at is not None and self.due_at <= now

    def is_snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > now

    def waiting(self, now: datetime) -> bool:
        """Due and not snoozed: the page shows it as "due now"."""
        return self.is_due(now) and not self.is_snoozed(now)


def status(record: ReminderRecord, since: datetime) -> ReminderStatus:
    """Derive one instrument's reminder plan; `since` is when reminders started for the profile."""
    candidates: list[datetime] = []
    regular = next_due(record.cadence, record.last_completed or since)
    if regular is not None:
        candidates.append(regular)
    if record.recheck_at is not None and (record.last_completed is None or record.recheck_at > record.last_completed):
        candidates.append(record.recheck_at)
    if not candidates:
        return ReminderStatus(record.instrument_id, record.cadence, None, None, record.snoozed_until)
    due = min(candidates)
    notify = due
    if record.snoozed_until is not None and record.snoozed_until > notify:
        notify = record.snoozed_until
    if record.notified_at is not None and record.notified_at >= notify:
        notify = record.notified_at + REMIND_AGAIN_AFTER
    return ReminderStatus(record.instrument_id, record.cadence, due, notify, record.snoozed_until)


def plan(records: Iterable[ReminderRecord], since: datetime) -> list[ReminderStatus]:
    return [status(r, since) for r in records]


def next_notification(statuses: Iterable[ReminderStatus]) -> datetime | None:
    """The earliest time any reminder should be shown (one job covers them all)."""
    times = [s.notify_at for s in statuses if s.notify_at is not None]
    return min(times) if times else None


def due_notifications(statuses: Iterable[ReminderStatus], now: datetime, early: timedelta) -> list[ReminderStatus]:
    """Reminders to show at `now` (a timer may fire up to `early` before its time)."""
    return [s for s in statuses if s.notify_at is not None and s.notify_at <= now + early]
