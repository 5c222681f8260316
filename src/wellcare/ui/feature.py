"""How a capability plugs into the app: its pages, its tray entries, its jobs and messages.

app.py builds each Feature with one AppContext (every collaborator, passed in explicitly) and
asks it for pages whenever the window is (re)built, for tray entries whenever the menu opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wellcare.calls import CallState
from wellcare.capabilities import Capabilities
from wellcare.policy import Policy
from wellcare.runtime import Services, VaultAccess
from wellcare.schedule.clock import Clock
from wellcare.ui.notify import Notifier
from wellcare.ui.qt_scheduler import QtMainThreadScheduler
from wellcare.ui.tray import TrayEntry


@dataclass
class AppContext:
    """Everything a feature may use. `vault()` raises VaultError while the app is locked.

    Features hand the vault getter to services only; the vault itself (settings, secrets, tables) is
    read and written by the Qt-free services (import-linter keeps wellcare.vault out of the ui).
    """

    profile_dir: Path
    policy: Policy
    vault: VaultAccess
    clock: Clock
    scheduler: QtMainThreadScheduler
    notifier: Notifier
    calls: CallState
    language: Callable[[], str]
    show_page: Callable[[str], None] = field(default=lambda key: None)
    # What features ask of each other (wellcare.capabilities): an owner fills in its field when
    # constructed, a user reads it when it starts or acts; None while the owner is absent (not in this role).
    capabilities: Capabilities = field(default_factory=Capabilities)
    # The Qt-free services of this profile (wellcare.runtime.build_services); app.py hands in the ones
    # it built, a test rig may leave it out and gets them built here from the fields above.
    services: Services | None = None

    def __post_init__(self) -> None:
        if self.services is None:
            self.services = Services(self.profile_dir, self.policy, lambda: self.vault(), self.clock)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    widget: QWidget
    scroll: bool = True


class Feature(QObject):
    """Base class: override what the capability needs; the defaults add nothing."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    @property
    def services(self) -> Services:
        """The profile's Qt-free services (always set once the AppContext is built)."""
        assert self.ctx.services is not None
        return self.ctx.services

    def start(self) -> None:
        """Called once the vault is open (at start and after unlock)."""

    def stop(self) -> None:
        """Called before the vault closes (lock, quit); remove jobs, close dialogs."""

    def pages(self) -> list[PageSpec]:
        return []

    def tray_entries(self) -> list[TrayEntry]:
        return []

    def window_actions(self, window: QWidget) -> list[QAction]:
        """Actions with shortcuts for the main window; they also appear in its WellCare menu."""
        return []

    def handle_message(self, message: dict[str, object]) -> bool:
        """A message from `wellcare ...` on the single-instance channel; True if handled."""
        return False
