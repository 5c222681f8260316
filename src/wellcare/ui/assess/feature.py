"""Self-assessments as an app capability: pages, tray entries, reminder jobs and the check-in.

Reminders: one scheduler job (through wellcare.schedule.sync.JobSynchronizer, so its id derives
from the plan and is replaced, never duplicated) at the earliest time any instrument's reminder
is due. The plan is recomputed from the vault's record (last completion, cadence, snooze, last
notification) at start, after every change, after each job and on the synchronizer's tick.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from wellcare.assess.loader import Catalog
from wellcare.assess.reminders import ReminderStatus, Snooze, due_notifications, next_notification
from wellcare.assess.service import load_catalog
from wellcare.assess.today import today_cards
from wellcare.eap.office import EapOffice
from wellcare.policy import crisis_lines, instrument_pack_folder
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.today import CheckInToday, SelfChecksDue
from wellcare.ui.assess.env import SECONDS_PER_ITEM, AssessEnv
from wellcare.ui.assess.links import Links, UrgentEapRequest
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.tray import TrayEntry

if TYPE_CHECKING:  # the pages' modules are imported when the window is first built (issue #16)
    from wellcare.ui.assess.checkin import CheckInPopup
    from wellcare.ui.assess.history import HistoryPage
    from wellcare.ui.assess.page import AssessPage
    from wellcare.ui.assess.wizard import AssessmentSession

log = logging.getLogger(__name__)

PAGE_KEY = "assess"
HISTORY_KEY = "history"
EARLY = timedelta(seconds=1)  # a timer may fire this much before its time


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


class AssessFeature(Feature):
    """Self-checks, the daily check-in, trends and reminders.

    Parameters
    ----------
    catalog
        The instruments (default: the shipped ones).
    urgent_eap
        Sends an urgent EAP call-back request in one step (see links.UrgentEapRequest). Without
        it, ``ctx.capabilities.eap_requests.request_urgent_call_back`` is used when there is one;
        else the safety panel shows the policy's EAP phone and the crisis lines.

    Its Qt-free ``service`` (``wellcare.assess.service.AssessService``) is ``ctx.capabilities.weekly_bands``.
    """

    def __init__(
        self, ctx: AppContext, *, catalog: Catalog | None = None, urgent_eap: UrgentEapRequest | None = None
    ) -> None:
        super().__init__(ctx)
        self.service = self.services.assess
        self.service.language = ctx.language
        self.service.changed = self.changed  # the screens refresh and the reminder job is re-derived
        ctx.capabilities.weekly_bands = self.service
        ctx.capabilities.today.add_source(
            self._today, checkin=self.open_checkin, self_checks=self._open_first_due
        )
        self._catalog = catalog
        self.urgent_eap = urgent_eap
        self.env: AssessEnv | None = None
        self.sync: JobSynchronizer | None = None
        self.page: AssessPage | None = None
        self.history: HistoryPage | None = None
        self.popup: CheckInPopup | None = None

    # -- Feature ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self._catalog is None:
            loaded = load_catalog(instrument_pack_folder(self.ctx.policy))
            if loaded.catalog is None:
                return
            self._catalog, self.service.pack_problems = loaded.catalog, loaded.pack_problems
        ctx = self.ctx
        self.service.catalog = self._catalog
        self.service.store.reminders_since()
        links = Links(
            show_page=ctx.show_page,
            capabilities=ctx.capabilities,
            urgent_eap_provider=self.urgent_eap_request,
            eap_phone=str(ctx.policy.get("coordinator", "eap_phone")),
            eap_email=str(ctx.policy.get("coordinator", "eap_email")),
            saved_phone_provider=self.saved_phone,
            office=EapOffice.from_policy(ctx.policy),
            now=ctx.clock.now,
        )
        self.env = AssessEnv(self.service, links, tuple(crisis_lines(ctx.policy)))
        self.sync = JobSynchronizer(ctx.scheduler, ctx.clock, self.plan, prefix="assess")
        self.sync.start()

    def stop(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if _alive(self.popup):
            assert self.popup is not None
            self.popup.close()
        self.popup = None
        self.env = None

    def pages(self) -> list[PageSpec]:
        if self.env is None:
            return []
        from wellcare.ui.assess.history import HistoryPage
        from wellcare.ui.assess.page import AssessPage

        self.page = AssessPage(self.env, self.open_checkin)
        self.history = HistoryPage(self.env)
        return [
            PageSpec(PAGE_KEY, self.tr("Self-checks"), self.page),
            PageSpec(HISTORY_KEY, self.tr("My trends"), self.history),
        ]

    def tray_entries(self) -> list[TrayEntry]:
        if self.env is None:
            return []
        entries = [TrayEntry(self.tr("Quick check-in…"), self.open_checkin)]
        waiting = self.waiting()
        for status in waiting:
            name = self.env.catalog.get(status.instrument_id).short_name.get(self.env.lang)
            entries.append(
                TrayEntry(
                    self.tr("Start the %s check (due)") % name, lambda i=status.instrument_id: self.open_instrument(i)
                )
            )
        if waiting:
            ids = [s.instrument_id for s in waiting]
            entries.append(TrayEntry(self.tr("Remind me in an hour"), lambda: self.snooze(ids, Snooze.HOUR)))
            entries.append(TrayEntry(self.tr("Remind me tomorrow"), lambda: self.snooze(ids, Snooze.TOMORROW)))
        return entries

    def handle_message(self, message: dict[str, object]) -> bool:
        if message.get("cmd") == "checkin" and self.env is not None:
            self.open_checkin()
            return True
        return False

    def urgent_eap_request(self) -> UrgentEapRequest | None:
        """The one-step urgent call-back request, if the EAP capability offers one (else None)."""
        if self.urgent_eap is not None:
            return self.urgent_eap
        eap = self.ctx.capabilities.eap_requests
        return eap.request_urgent_call_back if eap is not None else None

    def saved_phone(self) -> str:
        """The phone number the EAP capability remembers from the last request, or ""."""
        eap = self.ctx.capabilities.eap_requests
        return eap.saved_phone() if eap is not None else ""

    # -- reminders -------------------------------------------------------------------------------
    def statuses(self) -> list[ReminderStatus]:
        return self.env.statuses() if self.env is not None else []

    def waiting(self) -> list[ReminderStatus]:
        now = self.ctx.clock.now()
        return [
            s
            for s in self.statuses()
            if s.waiting(now) and self.env is not None and s.instrument_id in self.env.catalog
        ]

    def plan(self, now: datetime) -> list[PlannedJob]:
        when = next_notification(self.statuses())
        return [] if when is None else [PlannedJob("assess.remind", when, self._remind)]

    def _remind(self) -> None:
        env = self.env
        if env is None:
            return
        now = self.ctx.clock.now()
        due = [s for s in due_notifications(env.statuses(), now, EARLY) if s.instrument_id in env.catalog]
        if not due:
            return
        for status in due:
            assert status.notify_at is not None
            env.store.mark_notified(status.instrument_id, max(now, status.notify_at))
        instruments = [env.catalog.get(s.instrument_id) for s in due]
        names = ", ".join(i.short_name.get(env.lang) for i in instruments)
        if len(instruments) == 1:
            minutes = max(1, math.ceil(len(instruments[0].items) * SECONDS_PER_ITEM / 60))
            text = self.tr(
                "Your %1 check is due; it takes about %n min. Open WellCare ▸ Self-checks when you are free.",
                "",
                minutes,
            ).replace("%1", names)
        else:
            text = self.tr("Due now: %s. Open WellCare ▸ Self-checks when you are free.") % names
        log.info("self-check reminder shown (%d due)", len(due))
        self.ctx.notifier.notify(self.tr("Time for a self-check"), text, page=PAGE_KEY)
        self._refresh_pages()

    def snooze(self, instrument_ids: list[str], choice: Snooze) -> None:
        if self.env is not None:
            self.env.snooze(instrument_ids, choice)

    # -- changes ---------------------------------------------------------------------------------
    def changed(self) -> None:
        """Something in the record changed: refresh what is on screen and re-derive the job."""
        self._refresh_pages()
        if self.sync is not None:
            self.sync.sync()

    def _today(self, now: datetime) -> list[CheckInToday | SelfChecksDue]:
        return today_cards(self.service, now) if self.env is not None else []

    def _open_first_due(self) -> None:
        waiting = self.waiting()
        if waiting:
            self.open_instrument(waiting[0].instrument_id)
        else:
            self.ctx.show_page(PAGE_KEY)

    def _refresh_pages(self) -> None:
        self.ctx.capabilities.today.changed()
        if _alive(self.page):
            assert self.page is not None
            self.page.refresh()
        if _alive(self.history):
            assert self.history is not None
            self.history.refresh()

    # -- actions ---------------------------------------------------------------------------------
    def open_checkin(self, anchor: QRect | None = None) -> CheckInPopup | None:
        if self.env is None:
            return None
        if _alive(self.popup) and self.popup is not None and self.popup.isVisible():
            self.popup.raise_()
            self.popup.activateWindow()
            return self.popup
        tray = self.ctx.notifier.tray
        if anchor is None and tray is not None and tray.isVisible():
            anchor = tray.geometry()
        from wellcare.ui.assess.checkin import CheckInPopup  # on first use (issue #16)

        self.popup = CheckInPopup(self.env.store)
        self.popup.saved.connect(self._refresh_history)
        self.popup.saved.connect(self.ctx.capabilities.today.changed)
        self.popup.open(anchor)
        return self.popup

    def _refresh_history(self) -> None:
        if _alive(self.history):
            assert self.history is not None
            self.history.refresh()

    def open_instrument(self, instrument_id: str) -> AssessmentSession | None:
        self.ctx.show_page(PAGE_KEY)
        if _alive(self.page):
            assert self.page is not None
            return self.page.start(instrument_id)
        return None
