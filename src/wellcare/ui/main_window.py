"""The main window: a navigation list on the left, one page at a time on the right.

Capabilities add their pages through add_page(); the window knows nothing about them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)


class MainWindow(QMainWindow):
    """Shows pages; closing hides to the tray when there is one, else minimizes."""

    quit_requested = Signal()
    lock_requested = Signal()

    def __init__(self, tray_available: bool, can_lock: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tray_available = tray_available
        self._keys: list[str] = []
        self.setWindowTitle(self.tr("WellCare"))
        self.setMinimumSize(760, 520)
        self.resize(980, 680)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(
            self.tr("Arrow keys choose a page. Enter or F6 moves into the page; F6 comes back here.")
        )
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.itemActivated.connect(self._page_chosen)  # Enter on a page: into it

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(self.tr("&WellCare"))
        self._menu = menu
        self._feature_actions_end = menu.addSeparator()
        if can_lock:
            lock = QAction(self.tr("&Lock"), self)
            lock.setShortcut(QKeySequence("Ctrl+L"))
            lock.triggered.connect(self.lock_requested)
            menu.addAction(lock)
        quit_action = QAction(self.tr("&Quit WellCare"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(quit_action)

        switch = QAction(self.tr("Move between the page list and the page"), self)
        switch.setShortcuts([QKeySequence(Qt.Key.Key_F6), QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6)])
        switch.triggered.connect(self.switch_focus)
        self.addAction(switch)  # a window shortcut, not a menu entry

    def add_feature_action(self, action: QAction) -> None:
        """A feature's action: listed in the WellCare menu, its shortcut live anywhere in the window."""
        self._menu.insertAction(self._feature_actions_end, action)
        self.addAction(action)

    def add_page(self, key: str, title: str, page: QWidget, scroll: bool = True) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.addItem(item)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(page)
            area.setAccessibleName(title)
            self.stack.addWidget(area)
        else:
            self.stack.addWidget(page)
        self._keys.append(key)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._keys.index(key))
        self.bring_to_front()

    def _page_chosen(self, _item: QListWidgetItem) -> None:
        self.focus_page()

    def focus_page(self) -> None:
        """The focus to the current page's first control, exactly where Tab from the page list goes."""
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.focusNextChild()

    def switch_focus(self) -> None:
        """F6: from the page list into the page, and from anywhere in the page back to the list."""
        if self.nav.hasFocus():
            self.focus_page()
        else:
            self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page(self) -> str:
        return self._keys[self.nav.currentRow()]

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        if self._tray_available:
            self.hide()
        else:
            self.showMinimized()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
