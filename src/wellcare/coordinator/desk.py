"""The coordinator's desk: set-up, inbox imports, requests and replies, retention, on one open vault.

Qt-free, so every rule the coordinator's window shows (when a request's content goes, what a run
imported, which files the share quarantined) is reachable from a plain test. The window's
``InboxModel`` only forwards these calls and turns changes into signals.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from wellcare.coordinator.handlers import build_registry
from wellcare.eap import Appointment, ReplyStatus
from wellcare.eap.office_inbox import EapInbox, InboxRequest, Triage
from wellcare.eap.retention import DEFAULT_DAYS, EapRetention, PurgeRun, retention_days
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
from wellcare.inbox.last_import import last_import, record_import
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.today import LastImport
from wellcare.vault import Vault


class OfficeDesk:
    """The coordinator's inbox and EAP requests; ``ready`` once keys and a share are set up."""

    def __init__(self, vault: Vault, clock: Clock, profile_dir: Path, retention_days: int = DEFAULT_DAYS) -> None:
        self.vault = vault
        self.clock = clock
        self.profile_dir = profile_dir
        self.retention_days = retention_days
        self.keys: CoordinatorKeys | None = None
        self.setup: CoordinatorSetup | None = None
        self.inbox: Inbox | None = None
        self.eap: EapInbox | None = None
        self.load()

    @classmethod
    def open(cls, vault: Vault, clock: Clock, profile_dir: Path, policy: Policy | None) -> OfficeDesk:
        """The office with the retention the org policy (or the remembered value) sets."""
        return cls(vault, clock, profile_dir, retention_days(vault, policy, profile_dir))

    def load(self) -> None:
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
        self.load()
        return result

    # -- import ---------------------------------------------------------------------------------
    def import_once(self, max_files: int | None = None) -> InboxReport | None:
        """One run over the share's inbox (None before set-up); TransportError when the share cannot be read."""
        if self.inbox is None or self.setup is None:
            return None
        report = self.inbox.import_once(FolderTransport(self.setup.exchange), max_files=max_files)
        record_import(self.vault, self.clock.now(), report.accepted)
        return report

    def last_import(self) -> LastImport:
        """When the inbox was last read and what it took in (the Today card)."""
        return last_import(self.vault)

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

    def _desk(self) -> EapInbox:
        if self.eap is None:
            raise RuntimeError("the EAP office is not set up yet")
        return self.eap

    def get(self, envelope_id: str) -> InboxRequest:
        return self._desk().get(envelope_id)

    def set_triage(self, envelope_id: str, triage: Triage) -> InboxRequest:
        return self._desk().set_triage(envelope_id, triage)

    def schedule(self, envelope_id: str, appointment: Appointment) -> InboxRequest:
        return self._desk().schedule(envelope_id, appointment)

    def legal_step(self, envelope_id: str, step: ReplyStatus, message: str) -> InboxRequest:
        """A legal case's signed step (reviewed by counsel, action taken), sent to the counselor."""
        return self._desk().legal_step(envelope_id, step, message)

    def close(self, envelope_id: str, *, done: bool, message: str) -> InboxRequest:
        return self._desk().close(envelope_id, done=done, message=message)

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
        """Delete the content of closed requests whose retention is over (None before set-up)."""
        retention = self.retention()
        return retention.run() if retention is not None else None
