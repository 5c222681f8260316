"""Is the counselor here, and on a call? Idle-time readings and softphone process scans.

Idle time comes from the platform's idle backend (``wellcare.idle``). Without one, for a reason that
may pass (a desktop still starting at login), it is probed again every ten minutes for the first
hour. A running softphone process counts as a call (source "softphone" in ``CallState``); scans run
every 30 s and right before a break is planned or shown, at most every 10 s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta

from wellcare.breaks.natural import next_poll, thresholds
from wellcare.breaks.settings import BreakSettings
from wellcare.calls import CallState
from wellcare.idle import IdleStatus, IdleUnavailable
from wellcare.idle.base import Reason
from wellcare.idle.detect import Attempt
from wellcare.idle.processes import Lister, SoftphoneWatcher
from wellcare.schedule.clock import Clock

log = logging.getLogger(__name__)

SOFTPHONE_POLL = timedelta(seconds=30)
SOFTPHONE_MIN_GAP_S = 10.0  # on-demand scans (before planning or showing a break) at most this often
IDLE_REPROBE = timedelta(minutes=10)  # without an idle backend, look again this often...
IDLE_REPROBES = 6  # ...this many times (the first hour), for reasons that may pass
_PASSING = frozenset({Reason.NO_DISPLAY, Reason.NO_SESSION_BUS, Reason.SERVICE_MISSING, Reason.CALL_FAILED})

IdleDetector = Callable[[], IdleStatus]


class Presence:
    """Idle readings and softphone scans; reports backend changes through ``on_changed``."""

    def __init__(
        self,
        clock: Clock,
        calls: CallState,
        detect: IdleDetector,
        softphones: Sequence[str],
        process_lister: Lister | None = None,
        on_changed: Callable[[], None] = lambda: None,
    ) -> None:
        self._clock = clock
        self._calls = calls
        self.detect = detect
        self._on_changed = on_changed
        self.idle_status: IdleStatus | None = None
        self._probed_at: float | None = None
        self._reprobes = 0
        self._watcher = SoftphoneWatcher(list(softphones), process_lister)
        self._softphone_on = False
        self._softphone_scanned: float | None = None
        self._quiet = 0

    # -- idle -----------------------------------------------------------------------------------

    def probe(self) -> None:
        """Find an idle backend, once (later probes happen in ``read_idle``)."""
        if self.idle_status is None:
            self.idle_status = self.detect()
            self._probed_at = self._clock.monotonic()

    def may_reprobe(self) -> bool:
        """No idle backend yet, for a reason that may pass (a desktop still starting at login)."""
        status = self.idle_status
        if status is None or status.backend is not None or self._reprobes >= IDLE_REPROBES:
            return False
        failure = status.main_failure()
        return failure is not None and failure.reason in _PASSING

    def read_idle(self) -> timedelta | None:
        """Time since the last input, or None without a working backend."""
        status = self.idle_status
        if status is not None and status.backend is None and self.may_reprobe():
            mono = self._clock.monotonic()
            if self._probed_at is None or mono - self._probed_at >= IDLE_REPROBE.total_seconds() - 1:
                self._probed_at = mono
                self._reprobes += 1
                self.idle_status = status = self.detect()
                if status.backend is not None:
                    log.info("idle detection available now: %s", status.name)
                    self._on_changed()
        if status is None or status.backend is None:
            return None
        try:
            return timedelta(seconds=status.backend.idle_seconds())
        except IdleUnavailable as exc:
            log.warning("idle detection stopped working: %s", exc)
            status.close()
            self.idle_status = IdleStatus(None, [Attempt(status.name, exc.reason, exc.detail), *status.attempts])
            self._on_changed()
            return None

    def next_wait(self, idle: timedelta | None, settings: BreakSettings) -> timedelta | None:
        """When to poll again; None when there is nothing to watch (no timer at all)."""
        waits = []
        if self.idle_status is not None and self.idle_status.backend is not None:
            waits.append(next_poll(idle, thresholds(settings)))
        if self._watcher.active:
            waits.append(SOFTPHONE_POLL)
        if self.may_reprobe():
            waits.append(IDLE_REPROBE)
        return min(waits) if waits else None

    # -- softphones -----------------------------------------------------------------------------

    def set_softphones(self, names: Sequence[str]) -> None:
        self._watcher.set_names(list(names))

    @property
    def quiet(self) -> bool:
        """True while a scan made for planning changes the call state (the plan already sees it)."""
        return self._quiet > 0

    def scan_softphones(self, quiet: bool, force: bool = False) -> None:
        if not self._watcher.active:
            if self._softphone_on:
                self._set_softphone(False, quiet)
            return
        mono = self._clock.monotonic()
        if not force and self._softphone_scanned is not None and mono - self._softphone_scanned < SOFTPHONE_MIN_GAP_S:
            return
        self._softphone_scanned = mono
        on = bool(self._watcher.running())
        if on != self._softphone_on:
            self._set_softphone(on, quiet)

    def _set_softphone(self, on: bool, quiet: bool) -> None:
        self._softphone_on = on
        if quiet:
            with self._quietly():
                self._calls.set(on, "softphone")
        else:
            self._calls.set(on, "softphone")

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
