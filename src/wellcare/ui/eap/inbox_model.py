"""The Qt side of the coordinator's inbox: the office desk's calls, and one signal when anything changed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wellcare.coordinator.desk import OfficeDesk
from wellcare.eap import Appointment, ReplyStatus
from wellcare.eap.office_inbox import EapInbox, InboxRequest, Triage
from wellcare.eap.retention import EapRetention, PurgeRun
from wellcare.exchange import CoordinatorKeys, TransportError
from wellcare.inbox.dispatcher import InboxReport
from wellcare.inbox.keys_store import CoordinatorSetup, InitResult
from wellcare.schedule.clock import Clock


class InboxModel(QObject):
    """Views subscribe to ``changed``; ``imported`` carries each run's report (None: the share failed)."""

    changed = Signal()
    imported = Signal(object)

    def __init__(self, desk: OfficeDesk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_report: InboxReport | None = None
        self.last_checked: datetime | None = None
        self.last_error: str = ""

    # -- what the desk holds, for the views ---------------------------------------------------
    @property
    def clock(self) -> Clock:
        return self.desk.clock

    @property
    def retention_days(self) -> int:
        return self.desk.retention_days

    @property
    def keys(self) -> CoordinatorKeys | None:
        return self.desk.keys

    @property
    def setup(self) -> CoordinatorSetup | None:
        return self.desk.setup

    @property
    def eap(self) -> EapInbox | None:
        return self.desk.eap

    @property
    def ready(self) -> bool:
        return self.desk.ready

    @property
    def fingerprint(self) -> str:
        return self.desk.fingerprint

    @property
    def policy_path(self) -> Path:
        return self.desk.policy_path

    def set_up(self, setup: CoordinatorSetup) -> InitResult:
        result = self.desk.set_up(setup)
        self.changed.emit()
        return result

    # -- import ---------------------------------------------------------------------------------
    def import_now(self, max_files: int | None = None) -> InboxReport | None:
        """One run over the inbox; None (with ``last_error``) when the share cannot be read."""
        if not self.desk.ready or self.desk.setup is None:
            return None
        self.last_checked = self.clock.now()
        had_error = self.last_error
        try:
            report = self.desk.import_once(max_files=max_files)
        except TransportError as exc:
            self.last_error = exc.reason.value
            self.imported.emit(None)
            return None
        if report is None:
            return None
        self.last_error = ""
        self.last_report = report
        self.imported.emit(report)
        if report.accepted or report.quarantined or had_error:  # else only the status line changes
            self.changed.emit()
        return report

    def quarantined(self) -> dict[str, str]:
        return self.desk.quarantined()

    # -- requests -------------------------------------------------------------------------------
    def requests(self) -> list[InboxRequest]:
        return self.desk.requests()

    def get(self, envelope_id: str) -> InboxRequest:
        return self.desk.get(envelope_id)

    def set_triage(self, envelope_id: str, triage: Triage) -> InboxRequest:
        request = self.desk.set_triage(envelope_id, triage)
        self.changed.emit()
        return request

    def schedule(self, envelope_id: str, appointment: Appointment) -> InboxRequest:
        request = self.desk.schedule(envelope_id, appointment)
        self.changed.emit()
        return request

    def legal_step(self, envelope_id: str, step: ReplyStatus, message: str) -> InboxRequest:
        request = self.desk.legal_step(envelope_id, step, message)
        self.changed.emit()
        return request

    def close(self, envelope_id: str, *, done: bool, message: str) -> InboxRequest:
        request = self.desk.close(envelope_id, done=done, message=message)
        self.changed.emit()
        return request

    def pending_replies(self) -> int:
        return self.desk.pending_replies()

    # -- retention ------------------------------------------------------------------------------
    def retention(self) -> EapRetention | None:
        return self.desk.retention()

    def purge_date(self, request: InboxRequest) -> datetime | None:
        return self.desk.purge_date(request)

    def purge(self) -> PurgeRun | None:
        """Delete the content of closed requests whose retention is over; ``changed`` if any was."""
        run = self.desk.purge()
        if run is not None and run.purged:
            self.changed.emit()
        return run
