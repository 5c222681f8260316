"""Opening a profile and building its services, written once for the app, every command and the demo.

``locate_profile`` resolves the profile folder (``--profile``, ``--demo``, the per-user default),
``read_passphrase_file`` reads ``--passphrase-file``, ``open_profile`` adds the organisation policy.
``build_services`` gives the Qt-free services of one profile; each is made when first asked for,
so a command builds only what it uses and one role never loads the other's code. ``transport`` is
the one way to reach an exchange folder (services take it as their transport factory).

Qt-free: the GUI (``wellcare.app``) adapts these services to widgets through its features.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from wellcare.exchange import FolderTransport, Transport
from wellcare.policy import Policy
from wellcare.policy import load as load_policy
from wellcare.profile_location import ProfileLocation as ProfileLocation  # re-exported: where a profile lives
from wellcare.profile_location import locate_profile as locate_profile
from wellcare.profile_location import read_passphrase_file as read_passphrase_file
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

if TYPE_CHECKING:  # each is imported when first built: a counselor never loads the coordinator's code
    from wellcare.assess.service import AssessService
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.coordinator.desk import OfficeDesk
    from wellcare.eap.service import EapService
    from wellcare.exchange.keys import CoordinatorKeys
    from wellcare.inbox.dispatcher import Inbox
    from wellcare.inbox.keys_store import CoordinatorSetup
    from wellcare.incidents.notice import NoticeService
    from wellcare.incidents.notice_inbox import NoticeBook
    from wellcare.incidents.service import IncidentService
    from wellcare.privacy.sender import ContributionSender, InputsProvider
    from wellcare.programs.enrollment_inbox import EnrollmentBook
    from wellcare.programs.library import Library
    from wellcare.programs.service import ProgramService
    from wellcare.programs.surge.watch import SurgeWatch

TransportFactory = Callable[[str], Transport]

VaultAccess = Callable[[], Vault]
"""The open vault, or VaultError while the app is locked: what the services are built on."""

transport: TransportFactory = FolderTransport  # the exchange folder at a path (local or network): the one factory


# -- the profile ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    location: ProfileLocation
    policy: Policy

    @property
    def folder(self) -> Path:
        return self.location.folder


def open_profile(args: argparse.Namespace, *, coordinator: bool | None = None, build_demo: bool = False) -> Profile:
    """The profile and its organisation policy (PolicyError when the policy file cannot be used)."""
    location = locate_profile(args, coordinator=coordinator, build_demo=build_demo)
    return Profile(location, load_policy(location.policy_file))


# -- the services -----------------------------------------------------------------------------------


def _day_start(text: object) -> time:
    try:
        hours, minutes = str(text).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return time(9, 0)


class Services:
    """The Qt-free services of one profile. ``vault()`` gives the open vault (VaultError while locked).

    The assess and incidents services live as long as this object (they re-open their stores after
    an unlock); ``eap()`` and ``import_inbox()`` are made on the vault open now.
    """

    def __init__(
        self,
        profile_dir: Path,
        policy: Policy,
        vault: VaultAccess,
        clock: Clock,
        transport_factory: TransportFactory = transport,
    ) -> None:
        self.profile_dir = profile_dir
        self.policy = policy
        self.vault = vault
        self.clock = clock
        self.transport = transport_factory

    @cached_property
    def assess(self) -> AssessService:
        from wellcare.assess.service import AssessService

        return AssessService(self.vault, self.clock, day_start=_day_start(self.policy.get("breaks", "shift_start")))

    @cached_property
    def incidents(self) -> IncidentService:
        from wellcare.incidents.service import IncidentService

        return IncidentService(self.vault, self.clock, self.policy)

    def eap(self) -> EapService:
        """The counselor's EAP requests on the vault open now."""
        from wellcare.eap.service import EapService

        return EapService(self.vault(), self.policy, self.clock, self.transport)

    def contribution_sender(
        self, inputs: InputsProvider, transport_factory: TransportFactory | None = None
    ) -> ContributionSender:
        """The counselor's weekly summary (consent, plan, preview, send) on the vault open now."""
        from wellcare.privacy.sender import ContributionSender

        return ContributionSender(self.vault(), self.policy, self.clock, inputs, transport_factory or self.transport)

    def notice_book(self) -> NoticeBook:
        """The office's hand-over notices (received, taken over, closed) on the vault open now."""
        from wellcare.incidents.notice_inbox import NoticeBook

        return NoticeBook(self.vault())

    def notices(self) -> NoticeService:
        """The counselor's hand-over notices on the vault open now."""
        from wellcare.incidents.notice import NoticeService

        return NoticeService(self.vault(), self.policy, self.clock, self.transport)
    @cached_property
    def surge(self) -> SurgeWatch:
        """The coordinator's surge notices as the counselor's app holds them (the ``SurgeMode`` capability)."""
        from wellcare.programs.surge.settings import SurgeSettings
        from wellcare.programs.surge.watch import SurgeWatch

        return SurgeWatch(self.clock, SurgeSettings.from_policy(self.policy))

    def programs(self, library: Library | None = None) -> ProgramService:
        """Exercises, programs and the counselor's side of the org's offers, on the vault open now."""
        from wellcare.programs.service import ProgramService

        return ProgramService(self.vault(), self.clock, library)

    def office_desk(self) -> OfficeDesk:
        """The coordinator's EAP office (set-up, imports, requests, retention) on the vault open now."""
        from wellcare.coordinator.desk import OfficeDesk

        return OfficeDesk.open(self.vault(), self.clock, self.profile_dir, self.policy)

    def office_share(self) -> tuple[CoordinatorKeys, CoordinatorSetup] | None:
        """The coordinator's keys and share as `coordinator init` (or the set-up form) left them; None before."""
        from wellcare.inbox.keys_store import load_keys, load_setup

        vault = self.vault()
        keys, setup = load_keys(vault), load_setup(vault)
        return (keys, setup) if keys is not None and setup is not None and setup.exchange else None

    def enrollment_book(self) -> EnrollmentBook:
        """Who enrolled in the organisation's offers, as the coordinator's imports recorded it."""
        from wellcare.programs.enrollment_inbox import EnrollmentBook

        return EnrollmentBook(self.vault())

    def remember_aggregate_policy(self) -> None:
        """Keep the org policy's aggregate settings (units, budget) in the vault, for imports run without it."""
        from wellcare.aggregates.policy import remember

        remember(self.vault(), self.policy)

    def dashboard(self) -> DashboardData:
        """The floor dashboard's data on the vault open now, under the aggregate policy just remembered."""
        from wellcare.aggregates.policy import aggregate_policy
        from wellcare.coordinator.dashboard_data import DashboardData

        self.remember_aggregate_policy()
        vault = self.vault()
        return DashboardData(vault, self.clock, aggregate_policy(vault, self.profile_dir))

    def import_inbox(self, keys: CoordinatorKeys) -> Inbox:
        """The coordinator's inbox import with every handler (EAP requests, contributions, enrollments)."""
        from wellcare.coordinator.handlers import build_registry
        from wellcare.inbox.dispatcher import HandlerSetup, Inbox

        vault = self.vault()
        return Inbox(vault, keys, build_registry(HandlerSetup(vault, keys, self.clock)), self.clock)


def build_services(
    profile: Profile,
    vault: Vault | Callable[[], Vault],
    clock: Clock,
    *,
    transport_factory: TransportFactory = transport,
) -> Services:
    """The services of ``profile`` on ``vault`` (an open vault, or the app's getter that fails while locked)."""
    if isinstance(vault, Vault):
        opened = vault
        return Services(profile.folder, profile.policy, lambda: opened, clock, transport_factory)
    return Services(profile.folder, profile.policy, vault, clock, transport_factory)
