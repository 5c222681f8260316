"""A counselor's self-checks on a real vault, a real APScheduler on the Qt loop and a ManualClock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from wellcare.calls import CallState
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.ui.assess.feature import AssessFeature
from wellcare.ui.assess.wizard import AssessmentSession
from wellcare.ui.feature import AppContext
from wellcare.ui.i18n import Translations
from wellcare.ui.main_window import MainWindow
from wellcare.ui.notify import Notifier
from wellcare.ui.qt_scheduler import QtMainThreadScheduler
from wellcare.ui.theme import apply_theme
from wellcare.vault import Vault, VaultManager

KST = timezone(timedelta(hours=9))
START = datetime(2025, 3, 3, 10, 0, tzinfo=KST)  # a Monday morning in Seoul


@dataclass
class Rig:
    profile_dir: Path
    vault: Vault
    clock: ManualClock
    calls: CallState
    notifier: Notifier
    scheduler: QtMainThreadScheduler
    window: MainWindow
    feature: AssessFeature
    ctx: AppContext
    language: list[str] = field(default_factory=lambda: ["en"])

    @property
    def store(self):  # type: ignore[no-untyped-def]
        assert self.feature.env is not None
        return self.feature.env.store

    def rebuild(self) -> None:
        """What a language switch does: a new window with new pages."""
        old = self.window
        self.window = make_window(self.feature)
        self.notifier.window = lambda: self.window
        old.hide()
        old.deleteLater()


def make_window(feature: AssessFeature) -> MainWindow:
    window = MainWindow(tray_available=False, can_lock=False)
    for spec in feature.pages():
        window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(980, 680)
    window.show()
    return window


@pytest.fixture
def policy() -> Policy:
    return Policy()


@pytest.fixture
def rig(qtbot, profile_dir: Path, policy: Policy) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    vault = VaultManager(profile_dir).create("keyring").vault
    clock = ManualClock(START)
    calls = CallState(clock)
    notifier = Notifier(calls)
    scheduler = QtMainThreadScheduler(clock=clock)
    scheduler.start()
    holder: dict[str, MainWindow] = {}

    def show_page(key: str) -> None:
        window = holder.get("window")
        if window is not None and key in window.page_keys():
            window.show_page(key)

    language = ["en"]
    ctx = AppContext(
        profile_dir=profile_dir,
        policy=policy,
        vault=lambda: vault,
        clock=clock,
        scheduler=scheduler,
        notifier=notifier,
        calls=calls,
        language=lambda: language[0],
        show_page=show_page,
    )
    feature = AssessFeature(ctx)
    feature.start()
    window = make_window(feature)
    holder["window"] = window
    notifier.window = lambda: holder["window"]
    rig = Rig(profile_dir, vault, clock, calls, notifier, scheduler, window, feature, ctx, language)
    yield rig
    feature.stop()
    scheduler.shutdown()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
    rig.window.deleteLater()
    vault.close()
    app.setStyleSheet("")


@pytest.fixture
def korean() -> Iterator[None]:
    """The interface in Korean for one test (translators and QLocale), English again afterwards."""
    app = QApplication.instance()
    translations = Translations(app)
    translations.install("ko")
    yield
    translations.install("en")


def press(qtbot, session: QWidget, *keys: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Type keys as a counselor would: to whatever has the keyboard focus inside the session."""
    for key in keys:
        focus = QApplication.focusWidget()
        target = focus if focus is not None and (focus is session or session.isAncestorOf(focus)) else session
        qtbot.keyClick(target, key)


def digit(n: int) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{n}")


def visible_texts(widget: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    QApplication.processEvents()  # widgets added to a shown layout appear on the next pass
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget) and w.text()]
    return texts


def answer_all(qtbot, session: AssessmentSession, numbers: list[int]) -> None:  # type: ignore[no-untyped-def]
    """From the intro: Enter, then for each item its number key and Enter."""
    press(qtbot, session, Qt.Key.Key_Return)
    for n in numbers:
        press(qtbot, session, digit(n), Qt.Key.Key_Return)
