"""The tray icon. Its menu is rebuilt each time it opens, so it only ever lists entries that work now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from wellcare.ui.tray_icons import TrayState, state_icon


@dataclass(frozen=True)
class TrayEntry:
    text: str
    action: Callable[[], None]
    checkable: bool = False
    checked: bool = False
    enabled: bool = True  # False: a line of information ("2 postpones left"), not something to do


EntryProvider = Callable[[], list[TrayEntry]]


class Tray(QSystemTrayIcon):
    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(icon, parent)
        self._providers: list[EntryProvider] = []
        self._base_icon = icon
        self.state = TrayState.NORMAL
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.setContextMenu(self.menu)
        self.setToolTip("WellCare")

    def add_provider(self, provider: EntryProvider) -> None:
        """Providers are asked in order; an empty list between them adds nothing."""
        self._providers.append(provider)

    def set_state(self, state: TrayState) -> None:
        """Show on the icon where the counselor stands (on a call, a break waiting, paused, locked)."""
        if state is not self.state:
            self.state = state
            self.setIcon(state_icon(self._base_icon, state))

    def rebuild_menu(self) -> None:
        self.menu.clear()
        for index, provider in enumerate(self._providers):
            entries = provider()
            if entries and index and not self.menu.isEmpty():
                self.menu.addSeparator()
            for entry in entries:
                action = QAction(entry.text, self.menu)
                action.setCheckable(entry.checkable)
                action.setChecked(entry.checked)
                action.setEnabled(entry.enabled)
                action.triggered.connect(lambda _=False, fn=entry.action: fn())
                self.menu.addAction(action)

    def entry_texts(self) -> list[str]:
        self.rebuild_menu()
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]

    def trigger(self, text: str) -> None:
        self.rebuild_menu()
        for action in self.menu.actions():
            if action.text() == text:
                action.trigger()
                return
        raise KeyError(text)
