"""Coordinator mode's inbox: import runs (file watcher plus a periodic job), the page, notifications.

Imports run on the Qt main thread in bounded batches (``batch`` files a run); when a run was
full, another one follows shortly, so a large backlog never freezes the window for long.

Retention (:mod:`wellcare.eap.retention`): closed requests whose time is up lose
their content when the inbox starts (before the page is built), then through a planned job on
the app's scheduler: daily, or sooner when a request's time comes, re-derived from the vault's
record of the last run (the synchronizer's periodic tick also follows the injected clock).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from wellcare.eap import Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.eap.office_today import requests_waiting
from wellcare.eap.retention import JOB_KEY, PurgeRun
from wellcare.inbox.dispatcher import InboxReport
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.today import LastImport, RequestsWaiting
from wellcare.ui.eap.inbox_model import InboxModel
from wellcare.ui.eap.inbox_page import InboxPage
from wellcare.ui.eap.share_watch import ShareWatch
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError
from wellcare.ui.tray import TrayEntry

log = logging.getLogger(__name__)

PAGE_KEY = "inbox"
IMPORT_JOB = "coordinator:import"
RETENTION_PREFIX = "eap-retention"


class CoordinatorInboxFeature(Feature):
    """The EAP inbox for the coordinator role."""

    import_every = timedelta(minutes=1)
    batch = 200
    debounce_ms = 300

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        ctx.capabilities.inbox_imports = self  # tells others (enrollments) that an import ran
        ctx.capabilities.today.add_source(self._today, inbox=lambda: ctx.show_page(PAGE_KEY))
        self._import_listeners: list[Callable[[Mapping[str, int]], None]] = []
        self.model: InboxModel | None = None
        self.retention: JobSynchronizer | None = None
        self.share = ShareWatch(
            ctx.scheduler, IMPORT_JOB, "EAP inbox import", self.import_every, self.import_now, self.debounce_ms, self
        )

    def start(self) -> None:
        self.model = InboxModel(self.services.office_desk(), parent=self)
        self.model.changed.connect(self._ensure_running)
        self.model.imported.connect(self._tell_imported)
        self.model.changed.connect(self.ctx.capabilities.today.changed)
        self._ensure_running()

    def subscribe_imports(self, listener: Callable[[Mapping[str, int]], None]) -> Callable[[], None]:
        """``InboxImports``: hear what each import run accepted, by kind; returns the unsubscribe function."""
        self._import_listeners.append(listener)
        return lambda: self._import_listeners.remove(listener) if listener in self._import_listeners else None

    def _tell_imported(self, report: InboxReport | None) -> None:
        accepted = report.accepted_by_kind if report is not None else {}
        for listener in list(self._import_listeners):
            listener(accepted)

    def _ensure_running(self) -> None:
        """Once set up (now or later, from the page's set-up form): retention, watching and importing."""
        if self.model is None or not self.model.ready:
            return
        if self.retention is not None:
            self.retention.sync()  # a request closed (or its content went): its date joins the plan
        else:
            self.retention = JobSynchronizer(
                self.ctx.scheduler, self.ctx.clock, self._retention_plan, prefix=RETENTION_PREFIX
            )
            self.purge_now()  # at start, before any page shows what is due to go
            self.retention.start()
        if not self.share.running:
            self.share.start()

    def stop(self) -> None:
        self.share.stop()
        if self.retention is not None:
            self.retention.stop()
            self.retention = None
        if self.model is not None:
            self.model.deleteLater()
        self.model = None

    def pages(self) -> list[PageSpec]:
        if self.model is None:
            return []
        return [PageSpec(PAGE_KEY, self.tr("EAP inbox"), InboxPage(self.model, self.ctx.language()), scroll=False)]

    def tray_entries(self) -> list[TrayEntry]:
        if self.model is None or not self.model.ready:
            return []
        return [TrayEntry(self.tr("EAP inbox"), lambda: self.ctx.show_page(PAGE_KEY))]

    def import_now(self) -> InboxReport | None:
        if self.model is None or not self.model.ready:
            return None
        try:
            before = {r.envelope_id for r in self.model.requests()}
            report = self.model.import_now(max_files=self.batch)
        except VaultError:
            log.warning("inbox import skipped: the vault is not available")
            return None
        self._watch()
        if report is None:
            return None
        self.ctx.capabilities.today.changed()
        handled = report.accepted + report.duplicates + report.waiting + len(report.rejections)  # files read
        if handled >= self.batch:
            self.share.soon()  # more waiting: continue shortly, letting the window breathe
        new = [r for r in self.model.requests() if r.envelope_id not in before and r.triage is Triage.NEW]
        if new:
            urgent = sum(1 for r in new if r.urgency is Urgency.URGENT)
            text = self.tr("%n new request(s) in the EAP inbox.", "", len(new))
            if urgent:
                text += " " + self.tr("%d urgent.") % urgent
            self.ctx.notifier.notify(self.tr("WellCare"), text, page=PAGE_KEY)
        return report

    def _today(self, now: datetime) -> list[RequestsWaiting | LastImport]:
        if self.model is None or not self.model.ready:
            return []
        return [requests_waiting(self.model.requests()), self.model.desk.last_import()]

    def purge_now(self) -> PurgeRun | None:
        """Delete the content of closed requests whose retention is over (the job, and at start)."""
        if self.model is None or not self.model.ready:
            return None
        try:
            return self.model.purge()
        except VaultError:
            log.warning("EAP retention skipped: the vault is not available")
            return None

    def _retention_plan(self, now: datetime) -> list[PlannedJob]:
        if self.model is None:
            return []
        try:
            retention = self.model.retention()
            return [] if retention is None else [PlannedJob(JOB_KEY, retention.next_run(now), self.purge_now)]
        except VaultError:
            return []

    def _watch(self) -> None:
        if self.model is not None and self.model.setup is not None:
            self.share.watch(os.path.join(self.model.setup.exchange, "inbox"))
