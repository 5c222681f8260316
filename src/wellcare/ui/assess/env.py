"""What every assess screen needs: the Qt-free AssessService plus where suggestions lead and the crisis lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time

from wellcare.assess.loader import Catalog
from wellcare.assess.model import Instrument
from wellcare.assess.reminders import ReminderStatus, Snooze
from wellcare.assess.service import DISPLAY_ORDER, AssessService
from wellcare.assess.store import AssessmentStore
from wellcare.policy import CrisisLine
from wellcare.schedule.clock import Clock
from wellcare.ui.assess.links import Links

__all__ = ["DISPLAY_ORDER", "SECONDS_PER_ITEM", "AssessEnv"]

SECONDS_PER_ITEM = 10  # the intro's time estimate per question (the tray's reminder uses it too)


@dataclass
class AssessEnv:
    """The screens' view of the service (same names as before the service moved out of ui/)."""

    service: AssessService
    links: Links
    lines: tuple[CrisisLine, ...]

    @property
    def store(self) -> AssessmentStore:
        return self.service.store

    @property
    def catalog(self) -> Catalog:
        return self.service.catalog

    @property
    def clock(self) -> Clock:
        return self.service.clock

    @property
    def lang(self) -> str:
        return self.service.lang

    @property
    def day_start(self) -> time:
        return self.service.day_start

    @property
    def changed(self) -> Callable[[], None]:
        return self.service.changed

    @property
    def pack_problems(self) -> tuple[str, ...]:
        return self.service.pack_problems

    def instruments(self) -> list[Instrument]:
        return self.service.instruments()

    def statuses(self) -> list[ReminderStatus]:
        return self.service.statuses()

    def snooze(self, instrument_ids: list[str], choice: Snooze) -> datetime:
        return self.service.snooze(instrument_ids, choice)

    def set_recheck(self, instrument_id: str) -> datetime:
        return self.service.set_recheck(instrument_id)

    def recheck_at(self, instrument_id: str) -> datetime | None:
        return self.service.recheck_at(instrument_id)
