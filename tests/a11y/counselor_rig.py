"""The real counselor app on a copy of the demo organisation, with a ManualClock and manual frame tickers.

Everything is the app's own composition (features, services, window, theme, translations); only
time is injected, so breaks, countdowns and exercises move when a test says so and never sleep.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import demo_app_args
from wellcare.app import WellCareApp
from wellcare.calls import CallState
from wellcare.demo import build_demo
from wellcare.schedule.clock import ManualClock
from wellcare.ui.feature import Feature
from wellcare.ui.main_window import MainWindow
from wellcare.ui.notify import Notifier
from wellcare.ui.programs.ticker import ManualTicker

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2025, 3, 4, 10, 0, tzinfo=SEOUL)  # a Tuesday morning, an hour into the shift


@dataclass
class CounselorApp:
    app: WellCareApp
    clock: ManualClock
    tickers: list[ManualTicker] = field(default_factory=list)

    @property
    def window(self) -> MainWindow:
        assert self.app.window is not None
        return self.app.window

    def feature(self, name: str) -> Any:
        """A running feature by its short name or class name ("breaks", "AssessFeature")."""
        for feature in self.app.features:
            if type(feature).__name__ in (name, f"{name.capitalize()}Feature"):
                return feature
        raise KeyError(name)

    def features(self) -> list[Feature]:
        return list(self.app.features)

    def frames(self, seconds: float, fps: int = 4) -> None:
        """Time passes for the exercise players: the clock moves, every running ticker fires."""
        for _ in range(int(seconds * fps)):
            self.clock.advance(timedelta(seconds=1 / fps))
            for ticker in self.tickers:
                ticker.fire()

    def _ticker(self, _parent: object) -> ManualTicker:
        ticker = ManualTicker()
        self.tickers.append(ticker)
        return ticker


@pytest.fixture(scope="session")
def demo_org(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("keyboard-demo")
    build_demo(root, counselors=3, weeks=3, seed=5, now=NOW - timedelta(hours=1))
    return root


def start_counselor(demo_org: Path, workdir: Path, lang: str) -> CounselorApp:
    profile = workdir / "counselor"
    shutil.copytree(demo_org / "counselor", profile)
    args = demo_app_args(demo_org, "counselor", lang, profile=profile)
    app = WellCareApp(args, QApplication.instance())
    clock = ManualClock(NOW)
    app.clock = clock  # the composition root's own clock, replaced before anything reads it
    app.calls = CallState(clock)
    app.notifier = Notifier(app.calls)
    app.notifier.window = lambda: app.window
    rig = CounselorApp(app, clock)
    assert app.start()
    rig.feature("programs").ticker_factory = rig._ticker
    rig.window.activateWindow()
    QApplication.processEvents()
    return rig


@pytest.fixture
def counselor(qtbot, demo_org: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[CounselorApp]:  # type: ignore[no-untyped-def]
    lang = getattr(request, "param", "en")
    rig = start_counselor(demo_org, tmp_path, lang)
    yield rig
    rig.app.shutdown()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    qapp.setStyleSheet("")
    QApplication.processEvents()
