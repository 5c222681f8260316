"""The breaks feature end to end: real vault, real QtMainThreadScheduler, real overlay, ManualClock.

APScheduler waits in real time, but the JobSynchronizer hands it delays measured on the clock, so
after moving the ManualClock a tick re-maps the jobs and the ones now due run on the next pass of
the Qt event loop. ``step()`` does what a running app would: time passes, the overlay's countdown
looks at the clock, the periodic tick runs, and due jobs run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from tests.breaks.rig import KST, MONDAY, at
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.store import BreakStore
from wellcare.calls import CallState
from wellcare.capabilities import Capabilities
from wellcare.idle import IdleBackend, IdleStatus
from wellcare.idle.base import Reason
from wellcare.idle.detect import Attempt
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.ui.breaks.feature import BreaksFeature
from wellcare.ui.feature import AppContext
from wellcare.ui.notify import Notifier
from wellcare.ui.qt_scheduler import QtMainThreadScheduler
from wellcare.vault import Vault, VaultManager

__all__ = ["KST", "MONDAY", "FakeIdle", "FeatureRig", "at", "make_policy"]


class FakeIdle(IdleBackend):
    """Idle time computed from the ManualClock and the last time the test "touched" the input."""

    name = "fake-idle"

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.last_input = clock.now()

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def idle_seconds(self) -> float:
        return max(0.0, (self.clock.now() - self.last_input).total_seconds())


def make_policy(breaks: dict[str, Any] | None = None, calls: dict[str, Any] | None = None) -> Policy:
    """An org policy (not personal mode) with the given [breaks] and [calls] keys."""
    sections: dict[str, dict[str, Any]] = {}
    if breaks:
        sections["breaks"] = breaks
    if calls:
        sections["calls"] = calls
    return Policy(source=Path("/etc/wellcare/policy.toml"), sections=sections)


@dataclass
class FeatureRig:
    qtbot: QtBot
    profile_dir: Path
    start: datetime = field(default_factory=lambda: at(8, 55))
    policy: Policy = field(default_factory=Policy)
    idle: bool = False  # give the feature a FakeIdle backend
    processes: set[str] | None = None  # a fake process list (softphone tests)
    capabilities: Capabilities = field(default_factory=Capabilities)

    def __post_init__(self) -> None:
        self.clock = ManualClock(self.start)
        manager = VaultManager(self.profile_dir)
        if (self.profile_dir / "vault.db").exists():
            self.vault: Vault = manager.unlock()
        else:
            self.vault = manager.create("keyring").vault
        self.scheduler = QtMainThreadScheduler(clock=self.clock, timezone=KST)
        self.scheduler.start()
        self.calls = CallState(self.clock)
        self.notifier = Notifier(self.calls)
        self.ctx = AppContext(
            profile_dir=self.profile_dir,
            policy=self.policy,
            vault=lambda: self.vault,
            clock=self.clock,
            scheduler=self.scheduler,
            notifier=self.notifier,
            calls=self.calls,
            language=lambda: "en",
            capabilities=self.capabilities,
        )
        self.fake_idle = FakeIdle(self.clock) if self.idle else None
        fake = self.fake_idle

        def detector() -> IdleStatus:
            if fake is not None:
                return IdleStatus(fake)
            return IdleStatus(None, [Attempt("x11-screensaver", Reason.NO_DISPLAY, "DISPLAY is not set")])

        lister = (lambda: set(self.processes or ())) if self.processes is not None else None
        self.feature = BreaksFeature(self.ctx, idle_detector=detector, process_lister=lister)
        self.feature.start()
        self.settle()

    # -- driving time -------------------------------------------------------------------------------

    def settle(self) -> None:
        """Let the Qt loop run every scheduler job that is due now."""

        def nothing_due() -> bool:
            horizon = datetime.now(self.scheduler.timezone) + timedelta(milliseconds=50)
            return all(j.next_run_time is None or j.next_run_time > horizon for j in self.scheduler.get_jobs())

        self.qtbot.waitUntil(nothing_due, timeout=3000)
        self.qtbot.wait(1)

    def step(self, delta: timedelta = timedelta(seconds=30), touch: bool = True) -> None:
        """Time passes (the counselor keeps working unless ``touch`` is False)."""
        self.clock.advance(delta)
        if touch and self.fake_idle is not None:
            self.fake_idle.touch()
        overlay = self.feature.overlay
        if overlay is not None and overlay.is_open:
            overlay.refresh()
        self.feature.tick()
        if self.fake_idle is not None or self.processes is not None:
            self.feature.poll_presence()
        self.settle()

    def run_until(self, until: datetime, every: timedelta = timedelta(seconds=30), touch: bool = True) -> None:
        while self.clock.now() < until:
            self.step(min(every, until - self.clock.now()), touch=touch)

    def close(self) -> None:
        if not self.vault.is_open:
            return
        self.feature.stop()
        self.scheduler.shutdown()
        self.vault.close()

    # -- what happened ------------------------------------------------------------------------------

    def events(self) -> list[BreakEvent]:
        return BreakStore(self.vault).events_since(self.start - timedelta(days=30))

    def shown(self) -> list[tuple[datetime, str]]:
        return [(e.at.astimezone(KST), str(e.kind)) for e in self.events() if e.action is BreakAction.SHOWN]

    def actions(self, *kinds: BreakAction) -> list[tuple[datetime, str, str]]:
        return [
            (e.at.astimezone(KST), str(e.kind), str(e.action)) for e in self.events() if not kinds or e.action in kinds
        ]

    def overlay_open(self) -> bool:
        return self.feature.overlay is not None and self.feature.overlay.is_open

    def buttons(self) -> Sequence[str]:
        overlay = self.feature.overlay
        assert overlay is not None
        names = []
        for name in ("postpone_button", "skip_button", "end_button"):
            if getattr(overlay, name) is not None:
                names.append(name.removesuffix("_button"))
        return names


MICRO, REST, RECOVERY = BreakKind.MICRO, BreakKind.REST, BreakKind.RECOVERY
