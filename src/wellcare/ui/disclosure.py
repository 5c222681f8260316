"""A "More" disclosure: technical detail (exact bytes, ε, key fingerprints) folded away under a
plain sentence, so a counselor's page reads in plain words and the detail is one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget


class Disclosure(QWidget):
    """A flat toggle with an arrow ("▸ More: the exact bytes"), and the widgets it shows when open."""

    def __init__(self, title: str, *widgets: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        layout.addWidget(self.toggle)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(18, 0, 0, 0)
        inner.setSpacing(6)
        for widget in widgets:
            inner.addWidget(widget)
        self.body.setVisible(False)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_open)
        previous: QWidget = self.toggle  # Tab goes from the toggle into what it opened (made before it)
        for widget in widgets:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def set_open(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)

    def is_open(self) -> bool:
        return self.body.isVisibleTo(self)
