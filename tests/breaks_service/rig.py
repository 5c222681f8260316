"""BreaksService without Qt: a real SQLCipher vault, a real APScheduler stepped by hand, a ManualClock.

The "screen" is a list: ``show`` hooks land in ``shown`` and, like the overlay's countdown, a
break on screen is finished once its length has passed (unless ``auto_take`` is off).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.breaks.rig import KST, MONDAY, at
from tests.schedule.harness import SteppedScheduler
from wellcare.breaks.events import BreakAction, BreakEvent
from wellcare.breaks.hooks import BreakHooks
from wellcare.breaks.screen import HeadsUp, ShownBreak
from wellcare.breaks.service import BreaksService
from wellcare.breaks.store import BreakStore
from wellcare.calls import CallState
from wellcare.idle import IdleBackend, IdleStatus
from wellcare.idle.base import Reason
from wellcare.idle.detect import Attempt
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

__all__ = ["KST", "MONDAY", "FakeIdle", "ServiceRig", "at", "org_policy"]


class FakeIdle(IdleBackend):
    """Idle time from the ManualClock and the last time the test "touched" the input."""

    name = "fake-idle"

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.last_input = clock.now()

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def idle_seconds(self) -> float:
        return max(0.0, (self.clock.now() - self.last_input).total_seconds())


def org_policy(breaks: dict[str, Any] | None = None, calls: dict[str, Any] | None = None) -> Policy:
    """An org policy (not personal mode) with the given [breaks] and [calls] keys."""
    sections = {name: keys for name, keys in (("breaks", breaks), ("calls", calls)) if keys}
    return Policy(source=Path("/etc/wellcare/policy.toml"), sections=sections)


@dataclass
class ServiceRig:
    profile_dir: Path
    start: datetime = field(default_factory=lambda: at(8, 55))
    policy: Policy = field(default_factory=Policy)
    idle: bool = False
    auto_take: bool = True
    processes: set[str] | None = None  # a fake process list (softphone tests)
    shown: list[ShownBreak] = field(default_factory=list)
    heads_ups: list[HeadsUp] = field(default_factory=list)
    hidden: int = 0

    def __post_init__(self) -> None:
        self.clock = ManualClock(self.start)
        manager = VaultManager(self.profile_dir)
        if (self.profile_dir / "vault.db").exists():
            self.vault: Vault = manager.unlock()
        else:
            self.vault = manager.create("keyring").vault
        self.scheduler = SteppedScheduler(timezone=KST)
        self.scheduler.start()
        self.calls = CallState(self.clock)
        self.fake_idle = FakeIdle(self.clock) if self.idle else None
        fake = self.fake_idle

        def detector() -> IdleStatus:
            if fake is not None:
                return IdleStatus(fake)
            return IdleStatus(None, [Attempt("x11-screensaver", Reason.NO_DISPLAY, "DISPLAY is not set")])

        lister = (lambda: set(self.processes or ())) if self.processes is not None else None
        hooks = BreakHooks(heads_up=self.heads_ups.append, show=self.shown.append, hide=self._hide)
        self.service = BreaksService(
            lambda: self.vault, self.clock, self.policy, self.scheduler, self.calls,
            idle_detector=detector, process_lister=lister, hooks=hooks,
        )
        self.service.start()
        self.scheduler.run_due()

    def _hide(self) -> None:
        self.hidden += 1

    def step(self, delta: timedelta = timedelta(seconds=30), touch: bool = True) -> None:
        """Time passes: the counselor keeps working (unless ``touch`` is False), a finished break ends,
        the periodic tick runs, presence is read, due jobs run."""
        self.clock.advance(delta)
        if touch and self.fake_idle is not None:
            self.fake_idle.touch()
        on_screen = self.service.on_screen
        if self.auto_take and on_screen is not None and self.clock.now() >= on_screen.ends:
            self.service.finish()
        self.service.tick()
        if self.fake_idle is not None or self.processes is not None:
            self.service.poll_presence()
        self.scheduler.run_due()

    def run_until(self, until: datetime, every: timedelta = timedelta(seconds=30), touch: bool = True) -> None:
        while self.clock.now() < until:
            self.step(min(every, until - self.clock.now()), touch=touch)

    def close(self) -> None:
        if not self.vault.is_open:
            return
        self.service.stop()
        self.scheduler.shutdown()
        self.vault.close()

    # -- what happened ------------------------------------------------------------------------------

    def events(self) -> list[BreakEvent]:
        return BreakStore(self.vault).events_since(self.start - timedelta(days=30))

    def shown_at(self) -> list[tuple[datetime, str]]:
        return [(e.at.astimezone(KST), str(e.kind)) for e in self.events() if e.action is BreakAction.SHOWN]

    def actions(self, *kinds: BreakAction) -> list[tuple[datetime, str, str]]:
        return [
            (e.at.astimezone(KST), str(e.kind), str(e.action)) for e in self.events() if not kinds or e.action in kinds
        ]
