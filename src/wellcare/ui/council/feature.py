"""The council's feature: one page, opened when the profile's role is ``council``."""

from __future__ import annotations

from wellcare.council.service import CouncilDesk
from wellcare.ui.council.page import CouncilPage
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.tray import TrayEntry

PAGE_KEY = "council"


class CouncilFeature(Feature):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.desk: CouncilDesk | None = None

    def start(self) -> None:
        self.desk = CouncilDesk(self.ctx.vault())

    def stop(self) -> None:
        self.desk = None

    def pages(self) -> list[PageSpec]:
        if self.desk is None:
            return []
        page = CouncilPage(self.desk, self.ctx.language())
        return [PageSpec(PAGE_KEY, self.tr("Council statistics"), page, scroll=False)]

    def tray_entries(self) -> list[TrayEntry]:
        if self.desk is None:
            return []
        return [TrayEntry(self.tr("Council statistics"), lambda: self.ctx.show_page(PAGE_KEY))]
