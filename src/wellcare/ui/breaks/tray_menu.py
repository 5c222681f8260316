"""The breaks' part of the tray: what the counselor can do from it, the live countdown, the icon's state.

Every break app people use today lets them take a break now, pause breaks for a while and see
how long until the next one without opening anything; so does this. The tooltip is refreshed
every second from the injected clock while it counts down (a break less than an hour away, due,
waiting or on screen), and from the first second (``start``); otherwise (the next break more than
an hour away, paused, none planned) at the moment its words next change, at most a minute on: a
refresh reads the record, and an idle tray should not wake every second for words that stay the
same (issue #16). A change of plan refreshes it at once (the feature's replan). The service decides
(what is due, what the policy allows); this only words it and wires the answers.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wellcare.breaks.pause import PauseChoice, PauseRefused
from wellcare.breaks.planner import DueBreak
from wellcare.breaks.surge import surge_now
from wellcare.ui import locale_format as fmt
from wellcare.ui.surge.feature import surge_today
from wellcare.ui.surge.texts import SurgeTexts
from wellcare.ui.tray import Tray, TrayEntry
from wellcare.ui.tray_icons import TrayState

if TYPE_CHECKING:
    from wellcare.ui.breaks.feature import BreaksFeature

log = logging.getLogger(__name__)

COUNTDOWN_MS = 1000
CALM_REFRESH_MS = 60_000  # the longest the tooltip waits while nothing counts down
COUNTDOWN_FROM = timedelta(hours=1)  # "Next break in 12 min" from here on, "Next break at hh:mm" before
SECONDS_FROM = timedelta(minutes=1)  # "Next break in 0:45": the last minute counts in seconds


def _minutes(wait: timedelta) -> int:
    """Whole minutes, rounded up (as the day page says them): 12:01 left reads "13 min"."""
    return int(-(-wait.total_seconds() // 60))


def countdown(wait: timedelta) -> str:
    """m:ss (or h:mm:ss), rounded up so the last second reads 0:01, not 0:00."""
    total = max(0, int(-(-wait.total_seconds() // 1)))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class BreaksTray(QObject):
    """Entries, tooltip and icon state for the tray, over one ``BreaksFeature`` and its service."""

    def __init__(self, feature: BreaksFeature) -> None:
        super().__init__(feature)
        self._feature = feature
        self.tooltip = ""
        self.timer = QTimer(self)
        self.timer.setObjectName("breaks-countdown")
        self.timer.setInterval(COUNTDOWN_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.tooltip = ""
        tray = self._feature.ctx.notifier.tray
        if tray is not None:
            tray.setToolTip("WellCare")
            if isinstance(tray, Tray):
                tray.set_state(TrayState.NORMAL)

    # -- the tooltip and the icon ---------------------------------------------------------------

    def refresh(self) -> None:
        """Each second: the tooltip and the icon (nothing to do without a tray, or while locked)."""
        tray = self._feature.ctx.notifier.tray
        service = self._feature.service
        if tray is None or not service.running:
            return
        now = self._feature.ctx.clock.now()
        due = service.next_break(now) if service.on_screen is None else None  # one read of the record a second
        self.tooltip = self.line(now, due)
        surge = surge_today(surge_now(self._feature.ctx.capabilities.surge, now), now)
        extra = f"\n{SurgeTexts().tooltip(surge, now)}" if surge is not None else ""
        tray.setToolTip(f"WellCare — {self.tooltip}{extra}")
        if isinstance(tray, Tray):
            tray.set_state(self.state(now, due))
        self.timer.setInterval(self.next_refresh_ms(now, due))

    def next_refresh_ms(self, now: datetime, due: DueBreak | None) -> int:
        """When the tooltip's words next change (at most a minute on): each second only in a break's last minute.

        A shift always has a break within the hour, so a tooltip counting every second woke the
        app 60 times a minute all day (issue #16: idle CPU); whole minutes, as the day page shows
        them, wake it once a minute.
        """
        service = self._feature.service
        if service.on_screen is not None:
            return COUNTDOWN_MS
        paused_until = service.paused_until(now)
        if paused_until is not None:
            change = paused_until
        elif due is None:
            return CALM_REFRESH_MS
        else:
            start = due.due if due.held_by_call else due.show_at
            wait = start - now
            if wait <= SECONDS_FROM:
                return COUNTDOWN_MS
            # within the hour the minute shown drops when the wait reaches the whole minute below it
            change = start - (timedelta(minutes=_minutes(wait) - 1) if wait < COUNTDOWN_FROM else COUNTDOWN_FROM)
        wait_ms = int((change - now).total_seconds() * 1000)
        return max(COUNTDOWN_MS, min(CALM_REFRESH_MS, wait_ms))

    def line(self, now: datetime, due: DueBreak | None = None) -> str:
        """What comes next, to the second when it is less than an hour away."""
        service = self._feature.service
        if service.on_screen is not None:
            return self.tr("On a break")
        paused_until = service.paused_until(now)
        if paused_until is not None:
            return self.tr("Breaks paused until %s") % self._when(paused_until, now)
        due = due or service.next_break(now)
        if due is None:
            return self.tr("No breaks planned")
        if due.held_by_call and due.due <= now:
            return self.tr("A break is waiting for your call to end")
        wait = (due.due if due.held_by_call else due.show_at) - now
        if wait <= timedelta(0):
            return self.tr("Break due now")
        if wait <= SECONDS_FROM:
            return self.tr("Next break in %s") % countdown(wait)
        if wait < COUNTDOWN_FROM:
            return self.tr("Next break in %n min", "", _minutes(wait))
        return self.tr("Next break at %s") % self._when(due.show_at, now)

    def state(self, now: datetime, due: DueBreak | None) -> TrayState:
        service = self._feature.service
        paused = service.paused_until(now) is not None
        waiting = due is not None and (min(due.due, due.show_at) <= now or self._notice_open())
        if waiting and not paused:
            return TrayState.BREAK_WAITING
        if self._feature.ctx.calls.on_call:
            return TrayState.ON_CALL
        return TrayState.PAUSED if paused else TrayState.NORMAL

    def _notice_open(self) -> bool:
        notice = self._feature.notice
        return notice is not None and notice.isVisible()

    @staticmethod
    def _when(when: datetime, now: datetime) -> str:
        local = when.astimezone(now.tzinfo)
        return fmt.time(local) if local.date() == now.date() else f"{fmt.weekday(local)} {fmt.time(local)}"

    # -- the entries ------------------------------------------------------------------------------

    def entries(self) -> list[TrayEntry]:
        """Between the heads-up's answers and "On a call" (the feature's): break now, postpones left, pause."""
        feature, service = self._feature, self._feature.service
        self.refresh()
        if not service.running:
            return []
        entries: list[TrayEntry] = []
        if service.on_screen is None and not self._notice_open():
            entries.append(TrayEntry(self.tr("Take a break now"), feature.take_break_now))
        return entries + self._pause_entries()

    def _pause_entries(self) -> list[TrayEntry]:
        service = self._feature.service
        now = self._feature.ctx.clock.now()
        paused_until = service.paused_until(now)
        if paused_until is not None:
            text = self.tr("Resume breaks (paused until %s)") % self._when(paused_until, now)
            return [TrayEntry(text, service.resume)]
        entries: list[TrayEntry] = []
        due = service.next_break(now)
        settings = service.config.settings
        if due is not None and service.on_screen is None and settings.postpone_max_count > 0:
            left = self.tr("%n postpone(s) left for the next break", "", due.postpones_left)
            entries.append(TrayEntry(left, _nothing, enabled=False))
        if not service.pause_rules.allowed:
            return [*entries, TrayEntry(self.tr("Pausing breaks is off in your organisation"), _nothing, enabled=False)]
        for choice, until in service.pause_offers(now).items():
            if choice is PauseChoice.HALF_HOUR:
                text = self.tr("Pause breaks for 30 min")
            elif choice is PauseChoice.HOUR:
                text = self.tr("Pause breaks for 1 hour")
            else:
                text = self.tr("Pause breaks until the next shift (%s)") % self._when(until, now)
            entries.append(TrayEntry(text, lambda until=until: self.pause(until)))
        return entries

    def pause(self, until: datetime) -> None:
        try:
            self._feature.service.pause(until)
        except PauseRefused as exc:  # the offer was made a moment ago; the clock may have moved
            log.info("pause refused: %s", exc)
            self._feature.ctx.notifier.notify(self.tr("Breaks"), self.tr("This pause is not allowed any more."))
        self.refresh()


def _nothing() -> None:
    return None
