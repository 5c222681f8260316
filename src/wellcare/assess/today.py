"""The Today page's check-in and self-check cards from the assess service (Qt-free)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from wellcare.assess.checkin import CheckIn
from wellcare.assess.service import AssessService
from wellcare.today import CheckInToday, SelfChecksDue


def checkin_today(checkins: Sequence[CheckIn], now: datetime) -> CheckInToday:
    """The latest check-in made today (local date of ``now``), or none."""
    today = [c.at for c in checkins if c.at.astimezone(now.tzinfo).date() == now.date() and c.at <= now]
    return CheckInToday(max(today) if today else None)


def self_checks_due(service: AssessService, now: datetime) -> SelfChecksDue:
    """Checks whose reminder is due and not snoozed, in the catalog's display order."""
    waiting = {s.instrument_id for s in service.statuses() if s.waiting(now)}
    lang = service.lang
    return SelfChecksDue(
        tuple((i.id, i.short_name.get(lang)) for i in service.instruments() if i.id in waiting)
    )


def today_cards(service: AssessService, now: datetime) -> list[CheckInToday | SelfChecksDue]:
    return [checkin_today(service.store.checkins(), now), self_checks_due(service, now)]
