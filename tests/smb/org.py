"""An organisation whose exchange folder is the SMB share: the coordinator through the office
share, counselors through the share with the counselor's rights (``--counselor-exchange``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.aggregates.helpers import cli, policy_text
from tests.smb.samba import SmbShare
from wellcare.aggregates.policy import remember
from wellcare.coordinator.handlers import build_registry
from wellcare.eap import EapService
from wellcare.eap.office_inbox import EapInbox
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.inbox.dispatcher import HandlerSetup, Inbox, InboxReport
from wellcare.inbox.keys_store import load_keys
from wellcare.policy import Policy
from wellcare.policy import parse as parse_policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager


@dataclass
class ShareOrg:
    smb: SmbShare
    clock: ManualClock
    policy_path: Path
    coordinator_vault: Vault
    counselor_vault: Vault

    @property
    def policy(self) -> Policy:
        return parse_policy(self.policy_path.read_text(encoding="utf-8"), self.policy_path)

    @property
    def office(self) -> FolderTransport:
        """The exchange as the coordinator reaches it."""
        return FolderTransport(self.smb.office)

    @property
    def keys(self) -> CoordinatorKeys:
        keys = load_keys(self.coordinator_vault)
        assert keys is not None
        return keys

    def counselor(self) -> EapService:
        return EapService(self.counselor_vault, self.policy, self.clock)

    def eap_inbox(self) -> EapInbox:
        return EapInbox(self.coordinator_vault, self.keys, self.clock)

    def import_once(self) -> InboxReport:
        setup = HandlerSetup(self.coordinator_vault, self.keys, self.clock)
        return Inbox(self.coordinator_vault, self.keys, build_registry(setup), self.clock).import_once(self.office)

    def close(self) -> None:
        for vault in (self.coordinator_vault, self.counselor_vault):
            if vault.is_open:
                vault.close()


def make_share_org(root: Path, smb: SmbShare, clock: ManualClock) -> ShareOrg:
    coordinator = root / "coordinator"
    code, _out, err = cli(
        "--profile", str(coordinator), "coordinator", "init", "--org", "120 다산콜센터",
        "--exchange", str(smb.office), "--counselor-exchange", str(smb.desk),
        "--name", "EAP 상담실", "--eap-phone", "02-120-0000",
    )  # fmt: skip
    assert code == 0, err
    policy_path = coordinator / "policy.toml"
    policy_path.write_text(policy_text(policy_path.read_text(encoding="utf-8")), encoding="utf-8")
    coordinator_vault = VaultManager(coordinator).unlock()
    counselor_vault = VaultManager(root / "counselor").create("keyring").vault
    org = ShareOrg(smb, clock, policy_path, coordinator_vault, counselor_vault)
    remember(coordinator_vault, org.policy)
    smb.apply_counselor_rights()  # init made the folders as the office; counselors get the documented rights
    return org
