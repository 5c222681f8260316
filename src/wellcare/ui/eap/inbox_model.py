"""The Qt side of the coordinator's inbox: set-up, import runs, requests and replies, one signal."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from wellcare.coordinator.handlers import build_registry
from wellcare.eap import Appointment, ReplyStatus
from wellcare.eap.office_inbox import EapInbox, InboxRequest, Triage
from wellcare.eap.retention import DEFAULT_DAYS, EapRetention, PurgeRun
from wellcare.exchange import CoordinatorKeys, Folder, FolderTransport, TransportError
from wellcare.inbox.dispatcher import HandlerSetup, Inbox, InboxReport
from wellcare.inbox.keys_store import (
    POLICY_FILE,
    CoordinatorSetup,
    InitResult,
    initialize,
    load_keys,
    load_setup,
)
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault


class InboxModel(QObject):
    """Views subscribe to ``changed``; ``imported`` carries each run's report."""

    changed = Signal()
    imported = Signal(object)

    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        profile_dir: Path,
        parent: QObject | None = None,
        *,
        retention_days: int = DEFAULT_DAYS,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.clock = clock
        self.profile_dir = profile_dir
        self.retention_days = retention_days
        self.keys: CoordinatorKeys | None = None
        self.setup: CoordinatorSetup | None = None
        self.inbox: Inbox | None = None
        self.eap: EapInbox | None = None
        self.last_report: InboxReport | None = None
        self.last_checked: datetime | None = None
        self.last_error: str = ""
        self._load()

    def _load(self) -> None:
        self.keys = load_keys(self.vault)
        self.setup = load_setup(self.vault)
        if self.keys is not None and self.setup is not None:
            registry = build_registry(HandlerSetup(self.vault, self.keys, self.clock))
            self.inbox = Inbox(self.vault, self.keys, registry, self.clock)
            self.eap = EapInbox(self.vault, self.keys, self.clock)

    @property
    def ready(self) -> bool:
        return self.inbox is not None and self.eap is not None

    @property
    def fingerprint(self) -> str:
        return self.keys.public().fingerprint() if self.keys is not None else ""

    @property
    def policy_path(self) -> Path:
        return self.profile_dir / POLICY_FILE

    def set_up(self, setup: CoordinatorSetup) -> InitResult:
        result = initialize(self.vault, setup, self.policy_path)
        self._load()
        self.changed.emit()
        return result

    # -- import ---------------------------------------------------------------------------------
    def import_now(self, max_files: int | None = None) -> InboxReport | None:
        """One run over the inbox; None (with ``last_error``) when the share cannot be read."""
        if self.inbox is None or self.setup is None:
            return None
        self.last_checked = self.clock.now()
        had_error = self.last_error
        try:
            report = self.inbox.import_once(FolderTransport(self.setup.exchange), max_files=max_files)
        except TransportError as exc:
            self.last_error = exc.reason.value
            self.imported.emit(None)
            return None
        self.last_error = ""
        self.last_report = report
        self.imported.emit(report)
        if report.accepted or report.quarantined or had_error:  # else only the status line changes
            self.changed.emit()
        return report

    def quarantined(self) -> dict[str, str]:
        """Every file ever quarantined in the inbox (name -> reason), from the share's sidecars."""
        if self.setup is None:
            return {}
        try:
            return FolderTransport(self.setup.exchange).quarantined(Folder.INBOX)
        except (TransportError, OSError):
            return {}

    # -- requests -------------------------------------------------------------------------------
    def requests(self) -> list[InboxRequest]:
        return self.eap.requests() if self.eap is not None else []

    def get(self, envelope_id: str) -> InboxRequest:
        assert self.eap is not None
        return self.eap.get(envelope_id)

    def set_triage(self, envelope_id: str, triage: Triage) -> InboxRequest:
        assert self.eap is not None
        request = self.eap.set_triage(envelope_id, triage)
        self.changed.emit()
        return request

    def schedule(self, envelope_id: str, appointment: Appointment) -> InboxRequest:
        assert self.eap is not None
        request = self.eap.schedule(envelope_id, appointment)
        self.changed.emit()
        return request

    def legal_step(self, envelope_id: str, step: ReplyStatus, message: str) -> InboxRequest:
        assert self.eap is not None
        request = self.eap.legal_step(envelope_id, step, message)
        self.changed.emit()
        return request

    def close(self, envelope_id: str, *, done: bool, message: str) -> InboxRequest:
        assert self.eap is not None
        request = self.eap.close(envelope_id, done=done, message=message)
        self.changed.emit()
        return request

    def pending_replies(self) -> int:
        return self.eap.pending_replies() if self.eap is not None else 0

    # -- retention ------------------------------------------------------------------------------
    def retention(self) -> EapRetention | None:
        return EapRetention(self.eap, self.retention_days) if self.eap is not None else None

    def purge_date(self, request: InboxRequest) -> datetime | None:
        """When a closed request's content will be deleted (None: open, or already deleted)."""
        if request.purged or request.closed_at is None or request.triage.is_open:
            return None
        return request.closed_at + timedelta(days=self.retention_days)

    def purge(self) -> PurgeRun | None:
        """Delete the content of closed requests whose retention is over; ``changed`` if any was."""
        retention = self.retention()
        if retention is None:
            return None
        run = retention.run()
        if run.purged:
            self.changed.emit()
        return run
