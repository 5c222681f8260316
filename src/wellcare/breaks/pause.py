"""Pausing breaks for a while (a meeting, a training, a rush), and taking one now: the counselor's own choices.

A pause is kept in the vault's settings (``breaks.pause``), so a restart keeps it. While paused no
heads-up and no scheduled break appears; a protected break after a hard call, and a break the
counselor asks for, still do. When the pause ends (its time passes, or ``resume()``) the break
timers restart from then: nobody comes back from a meeting to a break that fell due during it.

The policy decides whether pausing is allowed at all (``[breaks] allow_pause``) and for how long at
most (``max_pause_min``, 0: no cap). "Until tomorrow" means until the next shift starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from wellcare.breaks.config import BreakConfig
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.planner import DueBreak
from wellcare.breaks.screen import ShownBreak
from wellcare.breaks.settings import BreakSettings
from wellcare.breaks.shift import current_or_next_shift, next_shift
from wellcare.breaks.store import BreakStore
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

log = logging.getLogger(__name__)

PAUSE_KEY = "breaks.pause"


class PauseRefused(Exception):
    """The policy does not allow this pause (not at all, or not that long); the message says which."""


class PauseChoice(StrEnum):
    HALF_HOUR = "30min"
    HOUR = "1h"
    TOMORROW = "tomorrow"


@dataclass(frozen=True)
class Pause:
    since: datetime
    until: datetime

    def active(self, now: datetime) -> bool:
        return self.since <= now < self.until


@dataclass(frozen=True)
class PauseRules:
    allowed: bool = True
    max_minutes: int = 0  # 0: no cap

    @classmethod
    def from_policy(cls, section: Mapping[str, Any]) -> PauseRules:
        return cls(bool(section.get("allow_pause", True)), int(section.get("max_pause_min", 0)))

    def check(self, now: datetime, until: datetime) -> None:
        if not self.allowed:
            raise PauseRefused("your organisation's policy does not allow pausing breaks")
        if until <= now:
            raise PauseRefused("a pause must end in the future")
        if self.max_minutes and until - now > timedelta(minutes=self.max_minutes):
            raise PauseRefused(f"your organisation's policy allows pauses of at most {self.max_minutes} minutes")


def pause_end(choice: PauseChoice, now: datetime, settings: BreakSettings) -> datetime | None:
    """When a pause chosen now ends; "until tomorrow" is the start of the next shift after today (None: no shifts)."""
    if choice is PauseChoice.HALF_HOUR:
        return now + timedelta(minutes=30)
    if choice is PauseChoice.HOUR:
        return now + timedelta(hours=1)
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
    window = current_or_next_shift(settings, midnight)
    if window is not None and window.start < midnight:  # an overnight shift still running at midnight
        window = next_shift(settings, window)
    return None if window is None else window.start


def read_pause(vault: Vault) -> Pause | None:
    note = vault.get_setting(PAUSE_KEY, None)
    if not isinstance(note, Mapping):
        return None
    try:
        pause = Pause(datetime.fromisoformat(str(note["since"])), datetime.fromisoformat(str(note["until"])))
    except (KeyError, ValueError):
        log.warning("ignoring an unreadable break pause note")
        return None
    if pause.since.tzinfo is None or pause.until.tzinfo is None or pause.until < pause.since:
        return None
    return pause


def write_pause(vault: Vault, pause: Pause) -> None:
    vault.set_setting(PAUSE_KEY, {"since": pause.since.isoformat(), "until": pause.until.isoformat()})


class ShiftControls:
    """Pause, resume and "take a break now", mixed into ``BreaksService`` (which owns the record and the plan).

    The annotations below are what the service provides.
    """

    _vault: Callable[[], Vault]
    _clock: Clock
    _policy: Policy
    store: BreakStore | None
    on_screen: ShownBreak | None
    config: BreakConfig
    next_break: Callable[[datetime | None], DueBreak | None]
    record: Callable[[BreakEvent], None]
    resync: Callable[[], None]
    _put_on_screen: Callable[[ShownBreak], None]
    _pause: Pause | None = None

    # -- pausing -----------------------------------------------------------------------------------

    @property
    def pause_rules(self) -> PauseRules:
        return PauseRules.from_policy(self._policy.section("breaks"))

    def _load_pause(self) -> None:
        self._pause = read_pause(self._vault())

    def paused_until(self, now: datetime | None = None) -> datetime | None:
        """When the current pause ends; None if breaks are not paused."""
        now = now or self._clock.now()
        pause = self._pause
        return pause.until if pause is not None and pause.active(now) else None

    def pause_offers(self, now: datetime | None = None) -> dict[PauseChoice, datetime]:
        """The pauses the policy allows now, with their ends (empty when pausing is not allowed)."""
        now = now or self._clock.now()
        offers: dict[PauseChoice, datetime] = {}
        for choice in PauseChoice:
            until = pause_end(choice, now, self.config.settings)
            if until is None:
                continue
            try:
                self.pause_rules.check(now, until)
            except PauseRefused:
                continue
            offers[choice] = until
        return offers

    def pause(self, until: datetime) -> None:
        """Pause breaks until then (PauseRefused if the policy does not allow it); kept in the vault."""
        now = self._clock.now()
        self.pause_rules.check(now, until)
        pause = Pause(now, until)
        write_pause(self._vault(), pause)
        self._pause = pause
        log.info("breaks paused for %s", until - now)
        self.resync()

    def resume(self) -> None:
        """End the pause now; the break timers restart from now."""
        now = self._clock.now()
        pause = self._pause
        if pause is None or not pause.active(now):
            return
        self._pause = Pause(pause.since, now)
        write_pause(self._vault(), self._pause)
        log.info("breaks resumed")
        self.resync()

    def _pause_restart(self, now: datetime) -> BreakEvent | None:
        """A planning-only event at the end of a finished pause (timers restart then); never recorded."""
        pause = self._pause
        if pause is None or pause.until > now or now - pause.until > timedelta(days=3):
            return None
        return BreakEvent(BreakKind.REST, BreakAction.NATURAL, pause.until)

    # -- a break now -------------------------------------------------------------------------------

    def take_break_now(self) -> bool:
        """Show a break now because the counselor asked for one (also while paused); False while locked
        or while a break is already on screen."""
        if self.store is None or self.on_screen is not None:
            return False
        now = self._clock.now()
        settings = self.config.settings
        due = self.next_break(now)
        kind = due.kind if due is not None else BreakKind.MICRO
        length = due.length if due is not None else timedelta(seconds=settings.micro_length_s)
        self.record(BreakEvent(kind, BreakAction.SHOWN, now))
        self._put_on_screen(
            ShownBreak(kind=kind, length=length, started=now, can_skip=False, can_end_early=True)
        )
        self.resync()
        return True
