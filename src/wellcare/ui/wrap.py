"""Controls that wrap onto more lines instead of widening the page.

A row of buttons in a QHBoxLayout, or a QCheckBox with a long text, forces the page to be as
wide as the whole line: at 200% text, or in Korean, that meant sideways scrolling on a 1280-pixel
screen. These ask only for their widest word or control and grow downwards instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Places items left to right (right to left in RTL), starting a new line when one is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All items on one line, as a QHBoxLayout would ask."""
        width = height = 0
        visible = [item for item in self._items if not item.isEmpty()]
        for item in visible:
            hint = item.sizeHint()
            width += hint.width()
            height = max(height, hint.height())
        width += max(0, len(visible) - 1) * self._gap(Qt.Orientation.Horizontal)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """Only the widest item: everything else may wrap."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        value = parent.style().pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out inside rect (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        h_gap = self._gap(Qt.Orientation.Horizontal)
        v_gap = self._gap(Qt.Orientation.Vertical)
        parent = self.parentWidget()
        rtl = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            policy = item.widget().sizePolicy() if item.widget() is not None else None
            width = min(hint.width(), area.width())
            if policy is not None and policy.horizontalPolicy() == QSizePolicy.Policy.Fixed:
                width = hint.width()
            if x > area.x() and x + width > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + v_gap, 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if apply:
                left = area.right() + 1 - (x - area.x()) - width if rtl else x
                item.setGeometry(QRect(QPoint(left, y), QSize(width, height)))
            x += width + h_gap
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()


class CheckRow(QWidget):
    """A check box whose text wraps (QCheckBox's own text never does); clicking the text ticks it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.check)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.check.isEnabled()
        ):
            self.check.click()
            return True
        return super().eventFilter(watched, event)
