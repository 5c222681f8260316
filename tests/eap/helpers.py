"""An organisation in miniature for EAP tests: a coordinator made by the real `coordinator init`,
a counselor vault, the policy file IT would distribute, one shared exchange folder, a ManualClock."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from wellcare.cli import run
from wellcare.coordinator.handlers import build_registry
from wellcare.eap import ContactMethod, EapService, RequestContent, RequestType, TimeWindow, Urgency
from wellcare.eap.office_inbox import EapInbox
from wellcare.eap.protocol import Attachment
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.inbox.dispatcher import HandlerSetup, Inbox, InboxReport
from wellcare.inbox.keys_store import load_keys
from wellcare.policy import Policy
from wellcare.policy import load as load_policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

KST = timezone(timedelta(hours=9))
MONDAY_9 = datetime(2025, 3, 3, 9, 0, tzinfo=KST)
MARKER = "MARKER-eap-5e1f 폭언 민원 상담 요청"  # must never appear in a file on the share


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def content(note: str = MARKER, urgency: Urgency = Urgency.SOON, **kw: object) -> RequestContent:
    fields: dict[str, object] = {
        "type": RequestType.LEGAL_SUPPORT,
        "urgency": urgency,
        "times": (TimeWindow.LUNCH, TimeWindow.AFTER_SHIFT),
        "contact_method": ContactMethod.PHONE,
        "contact": "010-1234-5678",
        "times_note": "수요일은 어려워요",
        "note": note,
        "attachments": (Attachment("incident", "Hard call, 3 March 10:12", f"Caller shouted for 9 minutes. {MARKER}"),),
        "lang": "ko",
    }
    fields.update(kw)
    return RequestContent(**fields)  # type: ignore[arg-type]


@dataclass
class Org:
    root: Path
    clock: ManualClock
    coordinator_profile: Path
    counselor_profile: Path
    exchange: Path
    policy_path: Path
    counselor_vault: Vault
    coordinator_vault: Vault

    @property
    def policy(self) -> Policy:
        return load_policy(self.policy_path)

    @property
    def transport(self) -> FolderTransport:
        return FolderTransport(self.exchange)

    @property
    def keys(self) -> CoordinatorKeys:
        keys = load_keys(self.coordinator_vault)
        assert keys is not None
        return keys

    def counselor(self) -> EapService:
        return EapService(self.counselor_vault, self.policy, self.clock)

    def eap_inbox(self) -> EapInbox:
        return EapInbox(self.coordinator_vault, self.keys, self.clock)

    def inbox(self) -> Inbox:
        registry = build_registry(HandlerSetup(self.coordinator_vault, self.keys, self.clock))
        return Inbox(self.coordinator_vault, self.keys, registry, self.clock)

    def import_once(self) -> InboxReport:
        return self.inbox().import_once(self.transport)

    def close(self) -> None:
        self.counselor_vault.close()
        self.coordinator_vault.close()


def make_org(root: Path, name: str = "EAP 상담실") -> Org:
    coordinator = root / "coordinator"
    exchange = root / "exchange"
    code, _out, err = cli(
        "--profile", str(coordinator), "coordinator", "init", "--org", "120 다산콜센터", "--exchange", str(exchange),
        "--name", name, "--eap-phone", "02-120-0000",
    )  # fmt: skip
    assert code == 0, err
    counselor = root / "counselor"
    counselor_vault = VaultManager(counselor).create("keyring").vault
    coordinator_vault = VaultManager(coordinator).unlock()
    return Org(
        root=root,
        clock=ManualClock(MONDAY_9),
        coordinator_profile=coordinator,
        counselor_profile=counselor,
        exchange=exchange,
        policy_path=coordinator / "policy.toml",
        counselor_vault=counselor_vault,
        coordinator_vault=coordinator_vault,
    )
