"""A feature on a real vault, a real Qt scheduler and a ManualClock, shown in a real main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wellcare.calls import CallState
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault

WINDOW_SIZE = (980, 680)  # the main window's default size


class FeatureRig:
    """Builds the AppContext, starts the feature, puts its page in a MainWindow; ``close()`` undoes it."""

    def __init__(
        self,
        qtbot: Any,
        feature_class: type,
        profile_dir: Path,
        vault: Vault,
        clock: ManualClock,
        policy: Policy,
        language: str = "en",
    ) -> None:
        from wellcare.ui.feature import AppContext
        from wellcare.ui.main_window import MainWindow
        from wellcare.ui.notify import Notifier
        from wellcare.ui.qt_scheduler import QtMainThreadScheduler

        self.qtbot = qtbot
        self.clock = clock
        self.calls = CallState(clock)
        self.notifier = Notifier(self.calls)
        self.shown_pages: list[str] = []
        self.language = language
        self.scheduler = QtMainThreadScheduler(clock=clock)
        self.scheduler.start()
        self.ctx = AppContext(
            profile_dir=profile_dir,
            policy=policy,
            vault=lambda: vault,
            clock=clock,
            scheduler=self.scheduler,
            notifier=self.notifier,
            calls=self.calls,
            language=lambda: self.language,
            show_page=self._show_page,
        )
        self.feature = feature_class(self.ctx)
        self.feature.start()
        # not qtbot.addWidget: its late close() would minimize (and so show) a tray-less main window
        self.window = MainWindow(tray_available=False, can_lock=False)
        self.notifier.window = lambda: self.window
        [spec] = self.feature.pages()
        self.page = spec.widget
        self.window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        qtbot.waitExposed(self.window)

    def _show_page(self, key: str) -> None:
        self.shown_pages.append(key)

    def notices(self) -> list[str]:
        return [text for _title, text in self.notifier.history]

    def close(self) -> None:
        self.feature.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.window.hide()
        self.window.deleteLater()
