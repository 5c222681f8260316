"""Small building blocks of the assess screens: answer buttons that wrap, cards, crisis lines.

Nothing here has a fixed pixel font size or a fixed height: at 200% text every label wraps and
every button grows with its text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellcare.policy import KOREA_CRISIS_LINES, CrisisLine
from wellcare.ui.theme import heading

OPTION_STYLE = """
QPushButton[option="true"] { text-align: left; padding: 0px; }
QPushButton[option="true"]:checked { border: 3px solid palette(highlight); }
QPushButton[option="true"]:checked:focus { border-width: 5px; }
"""


def label(text: str = "", role: str = "", selectable: bool = False, scale: float = 1.0, bold: bool = False) -> QLabel:
    """A word-wrapping plain-text label."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        font = QFont(widget.font())
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        widget.setFont(font)
    return widget


def card(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(18, 14, 18, 14)
    inner.setSpacing(8)
    return frame, inner


def button(text: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAutoDefault(False)
    widget.setAccessibleName(text.rstrip("…"))
    if primary:
        widget.setProperty("primary", True)
    return widget


def button_row(*buttons: QWidget, stretch_at: int | None = None) -> QHBoxLayout:
    """Buttons in a row; a stretch goes before index `stretch_at` (None: at the end)."""
    row = QHBoxLayout()
    row.setSpacing(10)
    for index, widget in enumerate(buttons):
        if stretch_at == index:
            row.addStretch(1)
        row.addWidget(widget)
    if stretch_at is None:
        row.addStretch(1)
    return row


class WrapButton(QPushButton):
    """A push button whose text wraps: a label inside, so long Korean labels at 200% still fit."""

    def __init__(self, text: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)
        self.setProperty("option", True)
        self.setStyleSheet(OPTION_STYLE)
        # parented at once: a parentless label made visible would flash up as a window of its own
        self.hint_label = QLabel(hint, self)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        for part in (self.hint_label, self.text_label):
            part.setTextFormat(Qt.TextFormat.PlainText)
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setVisible(bool(hint))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 11, 14, 11)
        layout.setSpacing(14)
        layout.addWidget(self.hint_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text_label, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{hint}. {text}" if hint else text)
        self.toggled.connect(self._mark)

    def _mark(self, checked: bool) -> None:
        font = QFont(self.text_label.font())
        font.setBold(checked)
        self.text_label.setFont(font)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class OptionButton(WrapButton):
    """One answer of a questionnaire item, with the number key that picks it."""

    def __init__(self, key: int, text: str, value: int, parent: QWidget | None = None) -> None:
        super().__init__(text, str(key), parent)
        self.setCheckable(True)
        self.value = value
        self.key = key


class Switcher(QWidget):
    """Shows one of its widgets, like QStackedWidget, but sized by the shown one alone.

    QStackedWidget sizes itself for its largest page, and a scroll area around it misses the
    height-for-width of wrapped text when the page changes; hidden widgets in a plain layout
    take no room at all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:
        # Into the layout first: shown while still parentless, the widget would flash up as a
        # window of its own and take the activation (and the keyboard) from the main window.
        self._layout.addWidget(widget)
        widget.setVisible(self._current is None)
        if self._current is None:
            self._current = widget

    def removeWidget(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)
        widget.setParent(None)  # type: ignore[call-overload]
        if self._current is widget:
            self._current = None

    def setCurrentWidget(self, widget: QWidget) -> None:
        if self._layout.indexOf(widget) < 0:
            self.addWidget(widget)
        for index in range(self._layout.count()):
            other = self._layout.itemAt(index).widget()
            if other is not None and other is not widget:
                other.hide()
        widget.show()
        self._current = widget

    def currentWidget(self) -> QWidget | None:
        return self._current


def refit(widget: QWidget) -> None:
    """Have the scroll area around `widget` measure its page again.

    New wrapped text changes only a page's height-for-width, which Qt neither passes up to the
    scroll area nor clears from the parent layouts' caches; without this the page keeps its old
    height and the new text is cut off (seen at 200% text).
    """
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    page = parent.widget()
    if page is not None:
        for layout in page.findChildren(QLayout):
            layout.invalidate()
        if page.layout() is not None:
            page.layout().invalidate()
    QCoreApplication.postEvent(parent, QEvent(QEvent.Type.LayoutRequest))


def crisis_lines_box(lines: Sequence[CrisisLine], lang: str, title: str, source: str = "") -> QFrame:
    """The crisis lines, numbers first and large, selectable so they can be copied."""
    frame, inner = card()
    inner.addWidget(heading(title, scale=1.15))
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(6)
    for row, line in enumerate(lines):
        number = label(line.number, selectable=True, scale=1.3, bold=True)
        number.setWordWrap(False)
        number.setAccessibleName(line.number)
        text = label(line.label_ko if lang == "ko" else line.label_en, selectable=True)
        grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, row, 1)
    grid.setColumnStretch(1, 1)
    inner.addLayout(grid)
    if source:
        inner.addWidget(label(source, role="muted"))
    return frame


def is_default_lines(lines: Sequence[CrisisLine]) -> bool:
    return tuple(lines) == KOREA_CRISIS_LINES
