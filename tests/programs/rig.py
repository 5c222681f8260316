"""The Programs feature on a real vault, a real QtMainThreadScheduler and a ManualClock, in a MainWindow."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from wellcare.calls import CallState
from wellcare.capabilities import Capabilities
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs import tasks
from wellcare.ui.programs.ticker import ManualTicker
from wellcare.vault import Vault, VaultManager

WINDOW_SIZE = (980, 680)


class ProgramsRig:
    def __init__(
        self,
        qtbot: Any,
        profile_dir: Path,
        clock: ManualClock,
        policy: Policy | None = None,
        language: str = "en",
        capabilities: Capabilities | None = None,
    ) -> None:
        from wellcare.ui.feature import AppContext
        from wellcare.ui.main_window import MainWindow
        from wellcare.ui.notify import Notifier
        from wellcare.ui.programs.feature import ProgramsFeature
        from wellcare.ui.qt_scheduler import QtMainThreadScheduler

        self.qtbot = qtbot
        self.clock = clock
        manager = VaultManager(profile_dir)
        self.vault: Vault = manager.unlock() if (profile_dir / "vault.db").exists() else manager.create("keyring").vault
        self.calls = CallState(clock)
        self.notifier = Notifier(self.calls)
        self.language = language
        self.shown: list[str] = []
        self.scheduler = QtMainThreadScheduler(clock=clock)
        self.scheduler.start()
        self.ctx = AppContext(
            profile_dir=profile_dir,
            policy=policy or Policy(),
            vault=lambda: self.vault,
            clock=clock,
            scheduler=self.scheduler,
            notifier=self.notifier,
            calls=self.calls,
            language=lambda: self.language,
            show_page=self.shown.append,
            capabilities=capabilities or Capabilities(),
        )
        self.tickers: list[ManualTicker] = []
        self.feature = ProgramsFeature(self.ctx)
        self.feature.ticker_factory = self._ticker
        self.feature.start()
        self.window = MainWindow(tray_available=False, can_lock=False)
        self.notifier.window = lambda: self.window
        self.page = self._add_page()
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.settle()

    def _ticker(self, _parent: object) -> ManualTicker:
        ticker = ManualTicker()
        self.tickers.append(ticker)
        return ticker

    def _add_page(self):  # type: ignore[no-untyped-def]
        [spec] = self.feature.pages()
        self.window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
        return spec.widget

    def rebuild(self, language: str):  # type: ignore[no-untyped-def]
        """What a language switch does: a new window with new pages."""
        from wellcare.ui.main_window import MainWindow

        self.language = language
        old = self.window
        self.window = MainWindow(tray_available=False, can_lock=False)
        self.page = self._add_page()
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        old.hide()
        old.deleteLater()
        self.settle()
        return self.page

    def settle(self) -> None:
        """Let due scheduler jobs and background reads finish."""

        def idle() -> bool:
            horizon = datetime.now(self.scheduler.timezone) + timedelta(milliseconds=50)
            due = [j for j in self.scheduler.get_jobs() if j.next_run_time is not None and j.next_run_time <= horizon]
            return not due and tasks.pending() == 0

        self.qtbot.waitUntil(idle, timeout=5000)
        self.qtbot.wait(1)

    def play(self, seconds: float) -> None:
        """Let the open player run ``seconds`` on the ManualClock, a frame each half second."""
        ticker = self.tickers[-1]
        left = seconds
        while left > 0:
            step = min(0.5, left)
            self.clock.advance(step)
            ticker.fire()
            left -= step

    def close(self) -> None:
        self.page.close_player()
        self.feature.stop()
        self.window.hide()
        self.window.deleteLater()
        self.scheduler.shutdown()
        self.qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
        self.vault.close()
