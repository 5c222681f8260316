"""The app's main window with its pages: Today, each feature's, Settings.

Part of the composition root (wellcare.app), which imports it only when the window is first opened
(a tray start builds none; issue #16).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from wellcare.autostart import Autostart
from wellcare.capabilities import Capabilities
from wellcare.policy import Policy
from wellcare.preferences import Preferences
from wellcare.runtime import VaultAccess
from wellcare.schedule.clock import Clock
from wellcare.ui.feature import Feature
from wellcare.ui.main_window import MainWindow
from wellcare.ui.pages.home import HomePage, HomeStatus
from wellcare.ui.pages.settings import SettingsPage
from wellcare.vault import VaultManager


class WindowHost(Protocol):
    """What the window is built from and reports to (wellcare.app.WellCareApp)."""

    @property
    def manager(self) -> VaultManager: ...

    @property
    def policy(self) -> Policy: ...

    @property
    def prefs(self) -> Preferences: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def features(self) -> Sequence[Feature]: ...

    @property
    def current_vault(self) -> VaultAccess: ...

    def quit(self) -> None: ...

    def lock(self) -> None: ...

    def set_language(self, language: str) -> None: ...

    def set_high_contrast(self, enabled: bool) -> None: ...


def build_main_window(app: WindowHost, tray_available: bool) -> MainWindow:
    """A new window for the app's open vault: its pages, the features' actions, Quit and Lock wired."""
    can_lock = app.manager.info().mode == "passphrase"
    window = MainWindow(tray_available=tray_available, can_lock=can_lock)
    window.quit_requested.connect(app.quit)
    window.lock_requested.connect(app.lock)
    status = HomeStatus(
        vault_mode=app.manager.info().mode,
        org_name=app.policy.org_name,
        coordinator_name=str(app.policy.get("coordinator", "name")),
        tray_available=tray_available,
    )
    today = HomePage(status, app.capabilities.today, app.clock, app.current_vault)
    window.add_page("home", QCoreApplication.translate("WellCareApp", "Today"), today)
    for feature in app.features:
        for spec in feature.pages():
            window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    for feature in app.features:
        for action in feature.window_actions(window):
            window.add_feature_action(action)
    settings = SettingsPage(app.prefs, Autostart(), app.manager, app.current_vault)
    settings.language_changed.connect(app.set_language)
    settings.high_contrast_changed.connect(app.set_high_contrast)
    window.add_page("settings", QCoreApplication.translate("WellCareApp", "Settings"), settings)
    return window
