"""Coordinator mode's floor dashboard: anonymous aggregates (and EAP request counts), week by week.

Contributions arrive through the coordinator's inbox import (the ``contribution`` handler in
:mod:`wellcare.aggregates.inbox`); this feature only reads. At start it keeps the
loaded org policy's aggregate settings in the vault (already in its constructor, which runs before
the inbox feature's first import), so the import validates units against the same list the
counselors' apps use.
"""

from __future__ import annotations

from contextlib import suppress

from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.ui.dashboard.page import DashboardPage
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError
from wellcare.ui.tray import TrayEntry

PAGE_KEY = "dashboard"


class DashboardFeature(Feature):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data: DashboardData | None = None
        with suppress(VaultError):  # before any feature starts: the inbox's first import validates units with it
            self.services.remember_aggregate_policy()

    def start(self) -> None:
        self.data = self.services.dashboard()

    def stop(self) -> None:
        self.data = None

    def pages(self) -> list[PageSpec]:
        if self.data is None:
            return []
        return [PageSpec(PAGE_KEY, self.tr("Floor dashboard"), DashboardPage(self.data), scroll=False)]

    def tray_entries(self) -> list[TrayEntry]:
        if self.data is None:
            return []
        return [TrayEntry(self.tr("Floor dashboard"), lambda: self.ctx.show_page(PAGE_KEY))]
