"""Surge mode as a Feature: read the coordinator's notices off the GUI thread and hold them.

The Qt-free ``SurgeWatch`` (``ctx.services.surge``) is the ``SurgeMode`` capability: breaks take
their intervals from it, incidents the exercise after a hard call. This feature reads offers/ at
start and every ``READ_EVERY`` (on a worker thread, verified against the pinned coordinator key as
offers are), hands each listing to the watch, and puts the banner on the Today board. The watch's
own job ends a notice at its end time; the Today card and the tray tooltip follow it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from wellcare.exchange import CoordinatorPublicKeys, ExchangeError, FolderTransport, KeyFormatError
from wellcare.programs.surge import SurgeListing, read_surge_notices
from wellcare.today import SurgeToday, TodaySummary
from wellcare.ui.feature import AppContext, Feature
from wellcare.ui.programs.tasks import run_in_background

log = logging.getLogger(__name__)

READ_EVERY = timedelta(minutes=5)
READ_JOB = "surge:read"


def surge_today(watch_value: object, now: datetime) -> SurgeToday | None:
    """The Today summary of the surge in force (``watch_value`` is an ``ActiveSurge`` or None)."""
    from wellcare.capabilities import ActiveSurge

    if not isinstance(watch_value, ActiveSurge):
        return None
    return SurgeToday(
        tuple(sorted(watch_value.reason.items())), watch_value.end,
        watch_value.micro_every_min, watch_value.rest_every_min, watch_value.decompression_after_hard_call,
        watch_value.council,
    )


class SurgeFeature(Feature):
    """Keeps the surge watch fed from offers/; the banner is the Today board's and the tray's."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.watch = self.services.surge
        ctx.capabilities.surge = self.watch
        ctx.capabilities.today.add_source(self._today)
        self.watch.subscribe_surge(ctx.capabilities.today.changed)
        self.reading = False

    def _today(self, now: datetime) -> list[TodaySummary]:
        summary = surge_today(self.watch.active_surge(now), now)
        return [summary] if summary is not None else []

    # -- lifecycle ------------------------------------------------------------------------------------

    def start(self) -> None:
        self.watch.start(self.ctx.scheduler)
        if self._keys() is None:
            return
        self.ctx.scheduler.add_job(
            self.read, "interval", seconds=READ_EVERY.total_seconds(), id=READ_JOB, name="surge notices",
            replace_existing=True, coalesce=True, max_instances=1, misfire_grace_time=None,
        )  # fmt: skip
        self.read()

    def stop(self) -> None:
        self.watch.stop()
        if self.ctx.scheduler.get_job(READ_JOB) is not None:
            self.ctx.scheduler.remove_job(READ_JOB)

    # -- reading ----------------------------------------------------------------------------------------

    def _keys(self) -> CoordinatorPublicKeys | None:
        """The coordinator key to trust: the pinned one if the EAP side pins, else the policy's; None: none."""
        policy = self.ctx.policy
        if policy.personal_mode or not policy.get("exchange", "path"):
            return None
        pinned = self.ctx.capabilities.pinned_keys
        if pinned is not None:
            keys = pinned.pinned_keys()
            return keys if isinstance(keys, CoordinatorPublicKeys) else None
        try:
            return CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
        except KeyFormatError as exc:
            log.warning("coordinator keys in the policy are unusable: %s", exc.reason.value)
            return None

    def read(self) -> None:
        """Read offers/ for surge notices now, off the GUI thread; the watch gets the listing on it."""
        keys = self._keys()
        if keys is None or self.reading:
            return
        self.reading = True
        folder, verify = str(self.ctx.policy.get("exchange", "path")), keys.verify_key
        run_in_background(lambda: read_surge_notices(FolderTransport(folder), verify), self._loaded)

    def _loaded(self, listing: SurgeListing | None, error: BaseException | None) -> None:
        self.reading = False
        if error is not None or listing is None:
            if not isinstance(error, ExchangeError | OSError):
                log.error("reading surge notices failed", exc_info=error)
            return  # the share is away: keep what was read last (its end times still apply)
        for rejection in listing.rejected:
            log.warning("surge notice %s refused: %s", rejection.name, rejection.reason)
        self.watch.update(listing)
