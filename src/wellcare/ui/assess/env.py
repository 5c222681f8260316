"""What every assess screen needs: the store, the instruments, the clock, links and crisis lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from wellcare.assess import reminders
from wellcare.assess.loader import Catalog
from wellcare.assess.model import Instrument
from wellcare.assess.reminders import RECHECK_AFTER, ReminderStatus, Snooze
from wellcare.assess.store import AssessmentStore
from wellcare.policy import CrisisLine
from wellcare.schedule.clock import Clock
from wellcare.ui.assess.links import Links

# The shipped instruments in the order a counselor meets them: the regular ones first.
DISPLAY_ORDER = ("who5", "pss10", "cbi", "k6", "phq9", "gad7")


def _nothing() -> None:
    return None


def _english() -> str:
    return "en"


@dataclass
class AssessEnv:
    store: AssessmentStore
    catalog: Catalog
    clock: Clock
    links: Links
    lines: tuple[CrisisLine, ...]
    language: Callable[[], str] = _english
    day_start: time = time(9, 0)
    changed: Callable[[], None] = _nothing  # results, drafts, cadences or snoozes changed
    pack_problems: tuple[str, ...] = ()  # org-pack files that were skipped, each "<file>: <key>: <problem>"

    @property
    def lang(self) -> str:
        return self.language()

    def instruments(self) -> list[Instrument]:
        """Every loaded instrument, shipped ones in DISPLAY_ORDER, then org packs as loaded."""
        rank = {instrument_id: index for index, instrument_id in enumerate(DISPLAY_ORDER)}
        return sorted(self.catalog, key=lambda i: rank.get(i.id, len(rank)))

    def statuses(self) -> list[ReminderStatus]:
        return reminders.plan(self.store.reminder_records(self.catalog.ids), self.store.reminders_since())

    def snooze(self, instrument_ids: list[str], choice: Snooze) -> datetime:
        until = reminders.snooze_until(self.clock.now(), choice, self.day_start)
        for instrument_id in instrument_ids:
            self.store.snooze(instrument_id, until)
        self.changed()
        return until

    def set_recheck(self, instrument_id: str) -> datetime:
        when = self.clock.now() + RECHECK_AFTER
        self.store.set_recheck(instrument_id, when)
        self.changed()
        return when

    def recheck_at(self, instrument_id: str) -> datetime | None:
        records = self.store.reminder_records([instrument_id])
        return records[0].recheck_at if records else None
