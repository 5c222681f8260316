"""Which surge notice is in force, by the injected clock, and its end by itself (an APScheduler job).

``SurgeWatch`` holds the last verified listing (:func:`read_surge_notices`, read off the GUI thread
by the app) and answers :meth:`active_surge` from the clock's now, every time: a notice stops the
moment its end passes even if nothing ran. So that the app also *hears* it end (breaks re-plan, the
banner goes), a ``JobSynchronizer`` holds one job at the next change (the active notice's end, or
an announced notice's start); the job tells the listeners. It is the ``SurgeMode`` capability.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.base import BaseScheduler

from wellcare.capabilities import ActiveSurge
from wellcare.programs.surge.notice import SurgeNotice
from wellcare.programs.surge.reading import SurgeListing
from wellcare.programs.surge.settings import SurgeSettings
from wellcare.schedule.clock import Clock
from wellcare.schedule.sync import JobSynchronizer, PlannedJob

log = logging.getLogger(__name__)

JOB_KEY = "surge.change"


class SurgeWatch:
    """The notices as last read, the active one by the clock, and a job at the next change."""

    def __init__(self, clock: Clock, settings: SurgeSettings) -> None:
        self._clock = clock
        self.settings = settings
        self.listing = SurgeListing()
        self.sync: JobSynchronizer | None = None
        self._listeners: list[Callable[[], None]] = []
        self._last: str | None = None  # the notice id listeners last heard about (None: no surge)

    # -- lifecycle ----------------------------------------------------------------------------------

    def start(self, scheduler: BaseScheduler) -> None:
        self.sync = JobSynchronizer(scheduler, self._clock, self._plan, prefix="surge")
        self.sync.start()

    def stop(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def update(self, listing: SurgeListing) -> None:
        """A new read of offers/: re-plan the job and tell listeners if the active notice changed."""
        self.listing = listing
        now = self._clock.now()
        for notice_id, why in listing.ignored(now, self.settings.max_duration):
            log.info("surge notice %s does nothing: %s", notice_id, why.value)
        self._resync()  # (its plan tells the listeners when the notice in force changed)
        self._check()  # not started: no synchronizer

    # -- the notice in force --------------------------------------------------------------------------

    def current_notice(self, now: datetime) -> SurgeNotice | None:
        """The notice in force: started, not ended; of several, the one issued last."""
        running = [
            n for n in self.listing.current(now, self.settings.max_duration)
            if n.start is not None and n.start <= now < n.end
        ]
        return max(running, key=lambda n: (n.issued, n.notice_id), default=None)

    def active_surge(self, now: datetime) -> ActiveSurge | None:
        notice = self.current_notice(now)
        if notice is None or notice.start is None:
            return None
        s = self.settings
        return ActiveSurge(
            notice.notice_id, notice.start, notice.end, dict(notice.reason),
            s.micro_every_min, s.rest_every_min, s.decompression_after_hard_call, notice.council,
        )

    def next_change(self, now: datetime) -> datetime | None:
        """When the answer of :meth:`active_surge` may change next: a start or an end after now."""
        moments = [
            moment
            for n in self.listing.current(now, self.settings.max_duration)
            for moment in (n.start, n.end)
            if moment is not None and moment > now
        ]
        return min(moments, default=None)

    def subscribe_surge(self, listener: Callable[[], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # -- the job ----------------------------------------------------------------------------------------

    def _plan(self, now: datetime) -> list[PlannedJob]:
        """Every sync (the periodic tick too) first tells the listeners of a change it finds, so a tick
        that lands on a start or an end, or a wake-up after a suspend, is heard as well as the job."""
        self._check()
        when = self.next_change(now)
        return [PlannedJob(JOB_KEY, when, self._changed)] if when is not None else []

    def _changed(self) -> None:
        """The job at a start or an end: tell the listeners (the synchronizer re-plans after its job)."""
        self._check()

    def _resync(self) -> None:
        if self.sync is not None:
            self.sync.sync()

    def _check(self) -> None:
        notice = self.current_notice(self._clock.now())
        current = notice.notice_id if notice is not None else None
        if current == self._last:
            return
        self._last = current
        log.info("surge %s", f"notice {current} in force" if current else "mode is over")
        for listener in list(self._listeners):
            try:
                listener()
            except Exception as exc:  # one listener's trouble is not the others'
                log.error("a surge listener failed (%s)", type(exc).__name__)
