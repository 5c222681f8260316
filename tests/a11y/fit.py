"""Does every piece of text get the room it needs? Measured from Qt's own size hints."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)


@contextmanager
def text_scale(factor: float) -> Iterator[None]:
    """The system text size times `factor`, as a user's accessibility setting would make it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * factor)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def settle() -> None:
    for _ in range(3):  # layout requests, then the scroll bar that may follow, then its resize
        QApplication.processEvents()


def _need(widget: QWidget) -> tuple[int, int] | None:
    """The size the widget's text needs, or None when it has no text to clip."""
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            return 0, widget.heightForWidth(widget.width())
        hint = widget.sizeHint()
        return hint.width(), hint.height()
    if isinstance(widget, QAbstractButton) and widget.text():
        if widget.hasHeightForWidth():  # buttons that wrap their text
            return widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
        if isinstance(widget, QPushButton):
            hint = widget.minimumSizeHint()
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            hint = widget.sizeHint()
        else:
            return None
        return hint.width(), hint.height()
    if isinstance(widget, QGroupBox) and widget.title():
        option = QStyleOptionGroupBox()
        widget.initStyleOption(option)
        title = widget.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, widget
        )
        return title.x() + QFontMetrics(widget.font()).horizontalAdvance(widget.title()), 0
    return None


def clipped(root: QWidget) -> list[str]:
    """Visible widgets under root whose text needs more room than they got."""
    settle()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        need = _need(widget)
        if need is None:
            continue
        need_w, need_h = need
        if need_w > widget.width() + 1 or need_h > widget.height() + 1:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]
            problems.append(
                f"{type(widget).__name__} {text[:40]!r}: {widget.size().toTuple()} < {(need_w, need_h)}"
            )
    return problems


def sideways_scrolling(widget: QWidget) -> bool:
    """Does the scroll area around widget (if any) make the reader scroll sideways?"""
    area = widget if isinstance(widget, QScrollArea) else None
    parent = widget.parentWidget()
    while area is None and parent is not None:
        area = parent if isinstance(parent, QScrollArea) else None
        parent = parent.parentWidget()
    return area is not None and area.horizontalScrollBar().maximum() > 0


def too_wide(area: QScrollArea) -> list[str]:
    """The innermost widgets (and their direct children's widths) that make area scroll sideways."""
    page = area.widget()
    if page is None:
        return []
    room = area.viewport().width()

    def need(widget: QWidget) -> int:
        return max(widget.minimumWidth(), widget.minimumSizeHint().width())

    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or need(widget) <= room * 0.8:
            continue
        if any(c.isVisibleTo(page) and need(c) > room * 0.8 for c in widget.findChildren(QWidget)):
            continue
        children = [
            f"{type(c).__name__}:{need(c)}" for c in widget.findChildren(QWidget)
            if c.parentWidget() is widget and c.isVisibleTo(page)
        ]
        text = getattr(widget, "text", lambda: "")
        found.append(f"{type(widget).__name__} {widget.objectName()!r} {str(text())[:40]!r} needs {need(widget)} "
                     f"of {room}: {children[:8]}")
    return found
