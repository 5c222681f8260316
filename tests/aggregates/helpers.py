"""A small organisation for aggregate tests: a coordinator with keys, the policy IT distributes
(with units and a privacy budget), one counselor vault, one exchange folder and a ManualClock."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from wellcare.aggregates.policy import remember
from wellcare.cli import run
from wellcare.coordinator.handlers import build_registry
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.inbox.dispatcher import HandlerSetup, Inbox, InboxReport
from wellcare.inbox.keys_store import CoordinatorSetup, initialize, load_keys
from wellcare.policy import Policy
from wellcare.policy import parse as parse_policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

KST = timezone(timedelta(hours=9))
WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=KST)  # ISO week 2026-W48; the previous week is W47
UNITS = ("1팀 민원상담", "2팀 민원상담", "3팀 야간", "Pilot")


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def policy_text(base: str, units: tuple[str, ...] = UNITS, epsilon: float = 1.0986, enabled: bool = True,
                min_group_size: int = 5) -> str:
    """The coordinator's policy.toml plus the [privacy] section and the org's units."""
    units_toml = json.dumps(list(units), ensure_ascii=False)
    text = base.replace("[org]\n", f"[org]\nunits = {units_toml}\n", 1)
    return text + (
        f"\n[privacy]\naggregates_enabled = {'true' if enabled else 'false'}\n"
        f"epsilon = {epsilon}\nmin_group_size = {min_group_size}\n"
    )


@dataclass
class Org:
    root: Path
    clock: ManualClock
    coordinator_profile: Path
    counselor_profile: Path
    exchange: Path
    policy_path: Path
    coordinator_vault: Vault
    counselor_vault: Vault

    @property
    def policy(self) -> Policy:
        return parse_policy(self.policy_path.read_text(encoding="utf-8"), self.policy_path)

    def write_policy(self, **kw: object) -> Policy:
        base = (self.coordinator_profile / "policy.base.toml").read_text(encoding="utf-8")
        self.policy_path.write_text(policy_text(base, **kw), encoding="utf-8")  # type: ignore[arg-type]
        return self.policy

    @property
    def transport(self) -> FolderTransport:
        return FolderTransport(self.exchange, fsync=False)

    @property
    def keys(self) -> CoordinatorKeys:
        keys = load_keys(self.coordinator_vault)
        assert keys is not None
        return keys

    def inbox(self) -> Inbox:
        setup = HandlerSetup(self.coordinator_vault, self.keys, self.clock)
        return Inbox(self.coordinator_vault, self.keys, build_registry(setup), self.clock)

    def import_once(self) -> InboxReport:
        return self.inbox().import_once(self.transport)

    def close(self) -> None:
        for vault in (self.coordinator_vault, self.counselor_vault):
            if vault.is_open:
                vault.close()


def make_org(root: Path, **policy: object) -> Org:
    coordinator_profile = root / "coordinator"
    counselor_profile = root / "counselor"
    exchange = root / "exchange"
    coordinator_vault = VaultManager(coordinator_profile).create("keyring", role="coordinator").vault
    base = coordinator_profile / "policy.base.toml"
    initialize(coordinator_vault, CoordinatorSetup(org="서울 민원 콜센터", exchange=str(exchange)), base)
    counselor_vault = VaultManager(counselor_profile).create("keyring").vault
    org = Org(root, ManualClock(WEDNESDAY), coordinator_profile, counselor_profile, exchange, root / "policy.toml",
              coordinator_vault, counselor_vault)
    org.write_policy(**policy)
    remember(coordinator_vault, org.policy)  # what the coordinator app does at start with the org policy
    return org
