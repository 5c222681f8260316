"""Opt-in anonymous weekly summaries, the counselor's side: the Privacy page and the weekly job.

The job (through a JobSynchronizer, re-derived
from the vault's record of what was sent) sends the previous ISO week's contribution once, only
while the counselor has opted in and the org policy allows it (see
:class:`wellcare.privacy.sender.ContributionSender`).

Inputs come from the other capabilities (see :mod:`wellcare.privacy.inputs`), read from
``ctx.capabilities`` when the feature starts: ``weekly_bands``, ``weekly_breaks``, ``hard_call_counts``.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Signal

from wellcare.privacy.inputs import ServiceInputs
from wellcare.privacy.sender import ContributionSender, Outcome, SendResult, TransportFactory
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError

log = logging.getLogger(__name__)

PAGE_KEY = "privacy"


class PrivacyFeature(Feature):
    """The "privacy" service: consent, the next payload's preview, the sent log, the weekly send."""

    changed = Signal()  # consent, unit or the sent log changed (the page refreshes)

    def __init__(self, ctx: AppContext, *, transport_factory: TransportFactory | None = None) -> None:
        super().__init__(ctx)
        self._transport_factory = transport_factory or self.services.transport
        self.sender: ContributionSender | None = None
        self.inputs: ServiceInputs | None = None
        self.sync: JobSynchronizer | None = None
        self.last_result: SendResult | None = None

    # -- Feature -------------------------------------------------------------------------------
    def start(self) -> None:
        ctx = self.ctx
        caps = ctx.capabilities
        self.inputs = ServiceInputs(
            ctx.clock, bands=caps.weekly_bands, breaks=caps.weekly_breaks, hard_calls=caps.hard_call_counts
        )
        self.sender = self.services.contribution_sender(self.inputs.inputs, self._transport_factory)
        self.sync = JobSynchronizer(ctx.scheduler, ctx.clock, self.plan, prefix="privacy")
        self.sync.start()

    def stop(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        self.sender = None

    def pages(self) -> list[PageSpec]:
        if self.sender is None:
            return []
        from wellcare.ui.privacy.page import PrivacyPage  # imported when the window is first built (issue #16)

        return [PageSpec(PAGE_KEY, self.tr("Privacy"), PrivacyPage(self, self.ctx.policy))]

    # -- the job -------------------------------------------------------------------------------
    def plan(self, now: datetime) -> list[PlannedJob]:
        if self.sender is None:
            return []
        try:
            run_at = self.sender.next_run(now)
        except VaultError:
            return []
        return [] if run_at is None else [PlannedJob("send", run_at, self.send_due)]

    def send_due(self) -> SendResult | None:
        if self.sender is None:
            return None
        try:
            result = self.sender.send_due()
        except VaultError:
            log.warning("contribution not sent: the vault is not available")
            return None
        except Exception:  # never let a bad week's data break the scheduler loop
            log.exception("contribution not sent")
            return None
        self.last_result = result
        if result.outcome is Outcome.SENT:
            log.info("sent the contribution for %s", result.period)
            self.changed.emit()
        elif result.outcome is Outcome.BUDGET_SPENT:
            log.info("the year's privacy budget is used up: nothing more is sent this year")
            self.changed.emit()
        return result

    # -- what the page does --------------------------------------------------------------------
    def set_consent(self, on: bool) -> None:
        assert self.sender is not None
        self.sender.set_consent(on)
        self.changed.emit()
        if self.sync is not None:
            self.sync.sync()  # opting in plans the send; withdrawing removes it

    def set_unit(self, unit: str | None) -> None:
        assert self.sender is not None
        self.sender.set_org_unit(unit)
        self.changed.emit()
