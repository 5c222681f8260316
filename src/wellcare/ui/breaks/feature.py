"""Recovery breaks in the app: the Qt side of ``wellcare.breaks.service.BreaksService``.

The service decides everything (the plan and its jobs, idle crediting, calls holding a break,
postpone/skip limits, protected breaks, what was recorded). This feature only turns its hooks into
widgets and signals: the heads-up card, the overlay, the tray entries and tooltip, the "My day"
page, and one single-shot QTimer that polls presence when the service asks it to.

The service is the ``WeeklyBreaks`` and ``ProtectedBreak`` capability (``ctx.capabilities``); it reads
``ctx.capabilities.exercise_player`` (exercises in a break) and ``hard_call_counts`` (the "My day" chart).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal

from wellcare.breaks.config import BreakConfig
from wellcare.breaks.hooks import BreakHooks
from wellcare.breaks.planner import DueBreak
from wellcare.breaks.presence import IdleDetector
from wellcare.breaks.screen import HeadsUp, ShownBreak, Status
from wellcare.breaks.service import BreaksService
from wellcare.breaks.today import next_break as today_next_break
from wellcare.idle import IdleStatus
from wellcare.idle.processes import Lister
from wellcare.schedule.sync import JobSynchronizer
from wellcare.ui import locale_format as fmt
from wellcare.ui.breaks.offers import BreakOffers
from wellcare.ui.breaks.texts import duration_words, kind_name
from wellcare.ui.breaks.tray_menu import BreaksTray
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.tray import TrayEntry

if TYPE_CHECKING:  # the heads-up and the overlay load at the first break (issue #16: idle needs neither)
    from wellcare.ui.breaks.notice import BreakNotice
    from wellcare.ui.breaks.overlay import BreakOverlay

log = logging.getLogger(__name__)


class BreaksFeature(Feature):
    """The breaks page, tray entries, heads-up and overlay over one ``BreaksService``."""

    changed = Signal()  # the record, the plan or the settings changed (pages refresh)
    replanned = Signal()  # a plan was made (each periodic tick too): "next break in N min" moves on

    def __init__(
        self,
        ctx: AppContext,
        *,
        idle_detector: IdleDetector | None = None,
        process_lister: Lister | None = None,
    ) -> None:
        super().__init__(ctx)
        hooks = BreakHooks(
            changed=self._changed,
            planned=self._update_tooltip,
            heads_up=self._show_heads_up,
            show=self._show_break,
            hide=self._hide_break,
            arm_presence=self._arm_presence,
            recommend=self._recommend,
        )
        self.service = BreaksService(
            ctx.vault, ctx.clock, ctx.policy, ctx.scheduler, ctx.calls,
            idle_detector=idle_detector, process_lister=process_lister, hooks=hooks,
        )
        ctx.capabilities.weekly_breaks = self.service
        ctx.capabilities.protected_break = self.service
        ctx.capabilities.break_now = self
        ctx.capabilities.today.add_source(
            lambda now: [today_next_break(self.service, now)], breaks=lambda: ctx.show_page("breaks")
        )
        self.changed.connect(ctx.capabilities.today.changed)
        self.overlay: BreakOverlay | None = None
        self.offers = BreakOffers(ctx, self)
        self.notice: BreakNotice | None = None
        self.shown_count = 0
        self.tooltip = ""
        self._surge_unsubscribe: Callable[[], None] | None = None
        self.tray_part = BreaksTray(self)
        self.presence_timer = QTimer(self)
        self.presence_timer.setObjectName("breaks-presence")
        self.presence_timer.setSingleShot(True)
        self.presence_timer.timeout.connect(self.poll_presence)
        # what came in during a call waits for the break that follows, and nothing shows over a break
        ctx.notifier.hold_while("break", self.service.holds_notices)

    # -- what tests, pages and other features read from the service ----------------------------------

    @property
    def running(self) -> bool:
        return self.service.running

    @property
    def sync(self) -> JobSynchronizer | None:
        return self.service.sync

    @property
    def config(self) -> BreakConfig:
        return self.service.config

    @property
    def idle_status(self) -> IdleStatus | None:
        return self.service.idle_status

    @property
    def user_softphones(self) -> list[str]:
        return self.service.user_softphones

    def next_break(self) -> DueBreak | None:
        return self.service.next_break()

    def tick(self) -> None:
        self.service.tick()

    def poll_presence(self) -> None:
        self.service.poll_presence()

    def save_settings(self, values: Mapping[str, object]) -> None:
        self.service.save_settings(values)

    def start_protected_break(
        self, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
    ) -> None:
        self.service.start_protected_break(minutes, exercise_id, reason, incident_id)

    def on_protected_break_end(self, listener: Callable[[int], None]) -> Callable[[], None]:
        return self.service.on_protected_break_end(listener)

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self) -> None:
        surge = self.service.surge = self.ctx.capabilities.surge  # a surge notice shortens the intervals
        self._surge_unsubscribe = surge.subscribe_surge(self.service.resync) if surge is not None else None
        self.service.start()
        self.tray_part.start()

    def stop(self) -> None:
        if self._surge_unsubscribe is not None:
            self._surge_unsubscribe()
            self._surge_unsubscribe = None
        self.service.stop()
        self._close_notice()
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
        self.tooltip = ""
        self.tray_part.stop()

    def _changed(self) -> None:
        self.changed.emit()
        self.ctx.notifier.release()  # a break ended or moved: what waited for it may show now

    def _arm_presence(self, wait: timedelta | None) -> None:
        if wait is None:
            self.presence_timer.stop()
        else:
            self.presence_timer.start(int(wait.total_seconds() * 1000))

    # -- the heads-up and the overlay ----------------------------------------------------------------

    def _show_heads_up(self, heads_up: HeadsUp) -> None:
        from wellcare.ui.breaks.notice import BreakNotice

        self._close_notice()
        due = heads_up.due
        title = f"{kind_name(due.kind)} · {duration_words(due.length)}"
        postpone = self.tr("Postpone %n min", "", heads_up.postpone_minutes) if heads_up.postpone_minutes > 0 else ""
        self.notice = BreakNotice(
            title, self.ctx.clock, due.show_at, postpone,
            after_call=due.after_call, hide_after_ms=(heads_up.seconds + 15) * 1000,
        )
        self.notice.postpone_requested.connect(self._postpone_from_notice)
        self.notice.show_in_corner()

    def _show_break(self, shown: ShownBreak) -> None:
        self._close_notice()
        if self.overlay is not None and self.overlay.is_open and self.overlay.spec == shown:
            self.overlay.windows[0].raise_()
            self.overlay.windows[0].activateWindow()
            return
        from wellcare.ui.breaks.overlay import BreakOverlay

        overlay = BreakOverlay(
            shown, self.ctx.clock, self.offers.exercise_factory(shown), parent=self,
            after=self.offers.after_exercise(shown),
        )
        overlay.finished.connect(self.service.finish)
        overlay.postpone_requested.connect(self.service.postpone_shown)
        overlay.skip_requested.connect(self.service.skip_shown)
        overlay.end_early_requested.connect(self.service.end_early)
        self.overlay = overlay
        self.shown_count += 1
        overlay.show()
        self._update_tooltip(self.ctx.clock.now())
        self.changed.emit()

    def _hide_break(self) -> None:
        overlay, self.overlay = self.overlay, None
        if overlay is not None:
            overlay.close()
            overlay.deleteLater()
        self.offers.break_ended()  # an EAP request asked for during the break: its form, now on top

    def _recommend(self, context: Mapping[str, object]) -> Sequence[str]:
        exercises = self.ctx.capabilities.exercise_player
        return list(exercises.recommend(context)) if exercises is not None else []

    def _postpone_from_notice(self) -> None:
        self._close_notice()
        self.service.postpone_from_notice()

    def _start_from_notice(self) -> None:
        self._close_notice()
        self.service.start_from_notice()

    def _close_notice(self) -> None:
        notice, self.notice = self.notice, None
        if notice is not None:
            notice.close()
            notice.deleteLater()

    # -- calls, the tray and the status line ----------------------------------------------------------

    def handle_message(self, message: dict[str, object]) -> bool:
        if message.get("cmd") != "call":
            return False
        self.service.call_message(message.get("state"))
        return True

    def tray_entries(self) -> list[TrayEntry]:
        """The heads-up's answers, then break now, postpones left, pause or resume (``BreaksTray``), on a call."""
        if self.service.running:
            self.tooltip = self.status_text()
        entries = []
        notice = self.notice
        if notice is not None and notice.isVisible():  # the heads-up takes no keys: answer it from here
            entries.append(TrayEntry(self.tr("Start the break now"), self._start_from_notice))
            if notice.postpone_button is not None:
                entries.append(TrayEntry(notice.postpone_button.text(), self._postpone_from_notice))
        entries.extend(self.tray_part.entries())
        entries.append(TrayEntry(self.tr("On a call"), self.service.toggle_call, True, self.ctx.calls.on_call))
        return entries

    def take_break_now(self) -> bool:
        """A break because the counselor asked for one (the tray, a self-check's "Take a break");
        if one cannot start now (one is on screen, or locked), My day opens instead."""
        if self.service.take_break_now():
            return True
        self.ctx.show_page("breaks")
        return False

    def _update_tooltip(self, now: datetime) -> None:
        self.tooltip = self.status_text(now)
        self.tray_part.refresh()
        self.replanned.emit()

    def status_text(self, now: datetime | None = None) -> str:
        """One line for the tray tooltip and the page: what comes next."""
        now = now or self.ctx.clock.now()
        status = self.service.status(now)
        if status.status is Status.ON_BREAK:
            return self.tr("On a break")
        paused_until = self.service.paused_until(now)
        if paused_until is not None:
            return self.tray_part.line(now)
        if status.status is Status.NONE_PLANNED:
            return self.tr("No breaks planned")
        if status.status is Status.HELD_BY_CALL:
            return self.tr("A break is waiting for your call to end")
        if status.status is Status.DUE_NOW:
            return self.tr("Break due now")
        if status.status is Status.IN_MINUTES:
            return self.tr("Next break in %n min", "", status.minutes)
        local = status.at
        assert local is not None
        if local.date() == now.date():
            return self.tr("Next break at %s") % fmt.time(local)
        return self.tr("Next break: %1 %2").replace("%1", fmt.weekday(local)).replace("%2", fmt.time(local))

    # -- pages --------------------------------------------------------------------------------------

    def hard_calls_per_week(self) -> list[tuple[str, int]] | None:
        """From the incidents service, if there is one: (ISO week or its Monday's ISO date, count), oldest
        first; the chart turns the key into words."""
        incidents = self.ctx.capabilities.hard_call_counts
        if incidents is None:
            return None
        try:
            counts = incidents.weekly_counts()
        except Exception:
            log.warning("could not read hard-call counts", exc_info=True)
            return None
        pairs = counts.items() if isinstance(counts, Mapping) else counts
        return [(week.isoformat() if isinstance(week, date) else str(week), int(count)) for week, count in pairs]

    def pages(self) -> list[PageSpec]:
        from wellcare.ui.breaks.day_page import DayPage

        return [PageSpec("breaks", self.tr("My day"), DayPage(self))]
