"""The counselor's EAP capability: its page, tray entry, reply pick-up and appointment reminders.

Replies are picked up two ways: a file watcher on the exchange's replies folder (immediate on a
local disk; network shares often do not report changes) and a periodic scan. Either one only
triggers :meth:`EapService.sync`, which fetches exactly this counselor's reply slots.
Reminders are jobs derived from the vault's record by a ``JobSynchronizer``.

Notifications say little on purpose (a tray balloon can be read over a shoulder): "a reply
arrived", "appointment today at 14:00", never the word counseling or what was asked.

Attachment sources are wired by the composition root: ``EapFeature.with_sources(source, ...)``
returns a feature factory to list in ``features_for`` in app.py (e.g. the assessment summary). Hard-call
incidents are offered without wiring when ``ctx.capabilities.incident_summaries`` is there.

It is ``ctx.capabilities.eap_requests`` (``wellcare.capabilities.EapRequests``) for other capabilities:

* ``open_request(kind, urgent)``: show the EAP page with the form open, ``kind`` a
  :class:`~wellcare.eap.RequestType` value (the page alone when requests cannot be sent);
* ``request_urgent_call_back``: a callable ``(phone) -> UrgentOutcome`` sending an urgent call-back
  request to that phone in one step and saying whether it was sent, is waiting to be sent (the
  share cannot be reached) or could not be made; None when no request can be sent from here (no
  usable coordinator): callers then show the EAP phone and crisis lines;
* ``saved_phone()``: the phone number of the last request, if it was given as a phone, else "".
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QObject

from wellcare.eap import (
    INCIDENT,
    AttachmentChoice,
    AttachmentSource,
    ContactMethod,
    EapReminders,
    EapService,
    KeyState,
    MyRequest,
    ReplyStatus,
    ReplyUpdate,
    SyncResult,
)
from wellcare.eap.office import UrgentOutcome
from wellcare.schedule.sync import JobSynchronizer
from wellcare.today import EapReplies
from wellcare.ui.eap import texts
from wellcare.ui.eap.model import EapModel
from wellcare.ui.eap.share_watch import ShareWatch
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError
from wellcare.ui.tray import TrayEntry

log = logging.getLogger(__name__)

PAGE_KEY = "eap"
POLL_JOB = "eap:poll"


class EapFeature(Feature):
    """Confidential EAP requests for the counselor role."""

    poll_every = timedelta(minutes=2)
    debounce_ms = 300

    @classmethod
    def with_sources(cls, *sources: AttachmentSource) -> Callable[[AppContext], EapFeature]:
        """A factory of this feature with attachment sources, for ``features_for`` in app.py."""
        return partial(cls, sources=tuple(sources))

    def __init__(self, ctx: AppContext, *, sources: tuple[AttachmentSource, ...] = ()) -> None:
        super().__init__(ctx)
        self.attachment_sources = sources
        ctx.capabilities.eap_requests = self
        self.service: EapService | None = None
        self.model: EapModel | None = None
        self.reminders: JobSynchronizer | None = None
        self.share = ShareWatch(
            ctx.scheduler, POLL_JOB, "EAP: send waiting requests, fetch replies", self.poll_every, self.check_now,
            self.debounce_ms, self,
        )
        self.last_result: SyncResult | None = None
        ctx.capabilities.today.add_source(self._today, eap=self._open_replies)

    # -- life cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        ctx = self.ctx
        self.service = self.services.eap()
        sources = (*self.attachment_sources, self._incident_choices)
        self.model = EapModel(self.service, ctx.policy, ctx.language, sources, parent=self)
        self.model.changed.connect(ctx.capabilities.today.changed)
        coordinator = self.service.coordinator()  # pins the key on first use
        if coordinator.state is KeyState.CHANGED:
            ctx.notifier.notify(
                self.tr("WellCare: important"),
                self.tr("The EAP coordinator's key has changed. Open WellCare before sending a request."),
                page=PAGE_KEY,
            )
        self.reminders = JobSynchronizer(
            ctx.scheduler, ctx.clock, EapReminders(self.service, self._remind).plan, prefix="eap"
        )
        self.reminders.start()
        self.share.start()

    def stop(self) -> None:
        self.share.stop()
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None
        if self.model is not None:
            self.model.deleteLater()
        self.model = None
        self.service = None

    def pages(self) -> list[PageSpec]:
        if self.model is None:
            return []
        from wellcare.ui.eap.page import EapPage  # imported when the window is first built (issue #16)

        page = EapPage(self.model)
        page.installEventFilter(self)  # shown: its replies are no longer news on Today
        return [PageSpec(PAGE_KEY, self.tr("EAP support"), page)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from wellcare.ui.eap.page import EapPage  # loaded: this filter is installed on one

        if event.type() == QEvent.Type.Show and isinstance(watched, EapPage):
            self._replies_seen()
        return False

    # -- Today --------------------------------------------------------------------------------------
    def _today(self, now: datetime) -> list[EapReplies]:
        if self.service is None:
            return []
        return [self.service.new_replies()]

    def _replies_seen(self) -> None:
        if self.service is None:
            return
        try:
            self.service.mark_replies_seen()
        except VaultError:
            return
        self.ctx.capabilities.today.changed()

    def _open_replies(self) -> None:
        self.ctx.show_page(PAGE_KEY)
        self._replies_seen()

    def tray_entries(self) -> list[TrayEntry]:
        if self.model is None:
            return []
        return [TrayEntry(self.tr("Ask for EAP support…"), lambda: self.ctx.show_page(PAGE_KEY))]

    # -- for other capabilities ------------------------------------------------------------------
    def open_request(self, kind: str, urgent: bool = False, attach: Sequence[str] = ()) -> None:
        """Show the EAP page with the form open (kind: a RequestType value), ``attach`` keys ticked."""
        self.ctx.show_page(PAGE_KEY)
        if self.model is not None:
            self.model.preattach = tuple(attach)
            self.model.form_requested.emit(kind, urgent)

    @property
    def request_urgent_call_back(self) -> Callable[[str], UrgentOutcome] | None:
        """One-step urgent call-back, or None when it cannot be sent (see the module docstring)."""
        if self.service is None:
            return None
        try:
            if not self.service.coordinator().can_send:
                return None
        except VaultError:
            return None
        return self._urgent_call_back

    def _urgent_call_back(self, phone: str) -> UrgentOutcome:
        if self.service is None or self.model is None:
            return UrgentOutcome.FAILED
        try:
            result = self.service.request_urgent_call_back(phone, self.ctx.language() or "ko")
        except VaultError:
            log.warning("urgent call-back request not made (the vault is not available)")
            return UrgentOutcome.FAILED
        if result.request_id is not None:
            self.model.changed.emit()
        return result.outcome

    def saved_phone(self) -> str:
        """The last request's contact if it was a phone (or SMS) number, else ""."""
        try:
            last = self.service.last_contact() if self.service is not None else None
        except VaultError:
            return ""
        if last is None or last[0] not in (ContactMethod.PHONE, ContactMethod.SMS):
            return ""
        return last[1]

    def _incident_choices(self, _vault: object, _language: str) -> list[AttachmentChoice]:
        """The hard-call journal's one-line summaries (never notes), newest first, the last ten."""
        incidents = self.ctx.capabilities.incident_summaries
        if incidents is None:
            return []
        return [AttachmentChoice(f"incident:{i}", INCIDENT, line, line) for i, line in list(incidents.summaries())[:10]]

    # -- reply pick-up --------------------------------------------------------------------------
    def check_now(self) -> SyncResult | None:
        """Send what waits, fetch replies, notify, re-derive reminders. Safe to call any time."""
        if self.service is None or self.model is None:
            return None
        try:
            result = self.service.sync()
        except VaultError:
            log.warning("EAP check skipped: the vault is not available")
            return None
        self._watch()
        for update in result.updates:
            self._notify(update)
        if self.reminders is not None and (result.updates or result.sent):
            self.reminders.sync()
        if result.updates or result.sent or result.refused:
            self.model.changed.emit()
        self.last_result = result
        return result

    def _watch(self) -> None:
        if self.service is not None:
            path = self.service.coordinator().exchange
            self.share.watch(os.path.join(path, "replies") if path else "")

    def _notify(self, update: ReplyUpdate) -> None:
        request = update.request
        title = self.tr("WellCare")
        if update.status is ReplyStatus.SCHEDULED and request.appointment is not None:
            when = texts.relative_day(request.appointment.start, self.ctx.clock.now())
            text = self.tr("A reply arrived: your appointment is %s.") % when
        elif update.status is ReplyStatus.RECEIVED:
            text = self.tr("Your request was received.")
        elif update.status is ReplyStatus.DONE:
            text = self.tr("Your request was marked done.")
        else:
            text = self.tr("Your request was closed. Open WellCare to read why.")
        self.ctx.notifier.notify(title, text, page=PAGE_KEY)

    def _remind(self, request: MyRequest) -> None:
        if request.appointment is None:
            return
        when = texts.relative_day(request.appointment.start, self.ctx.clock.now())
        self.ctx.notifier.notify(
            self.tr("Appointment reminder"), self.tr("Your appointment is %s.") % when, page=PAGE_KEY
        )
        if self.model is not None:
            self.model.changed.emit()
