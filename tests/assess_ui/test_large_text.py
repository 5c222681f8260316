"""Readable at 200% text, in English and Korean: every label wraps or fits, no button clips its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget

from tests.assess_ui.conftest import Rig, answer_all, digit, press
from wellcare.ui.assess.widgets import WrapButton
from wellcare.ui.i18n import Translations


@pytest.fixture
def big_text() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    yield
    app.setFont(before)


@pytest.fixture(params=["en", "ko"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    translations.install(request.param)
    yield request.param
    translations.install("en")


def clipped(root: QWidget) -> list[str]:
    """Widgets whose text needs more room than they got."""
    for _ in range(3):  # layout requests, then the scroll bar that may follow, then its resize
        QApplication.processEvents()
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need_w, need_h = 0, widget.heightForWidth(widget.width())
            else:
                need_w, need_h = widget.sizeHint().width(), widget.sizeHint().height()
        elif isinstance(widget, WrapButton):
            need_w, need_h = widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
        elif isinstance(widget, QPushButton) and widget.text():
            need_w, need_h = widget.minimumSizeHint().width(), widget.minimumSizeHint().height()
        else:
            continue
        if need_w > widget.width() + 1 or need_h > widget.height() + 1:
            text = widget.text() if hasattr(widget, "text") else type(widget).__name__
            problems.append(f"{type(widget).__name__} {text[:40]!r}: {widget.size().toTuple()} < {(need_w, need_h)}")
    return problems


def no_sideways_scrolling(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent is None or parent.horizontalScrollBar().maximum() == 0


def test_every_screen_fits_at_double_text_size(qtbot, big_text, lang: str, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.language[0] = lang
    rig.rebuild()
    rig.window.show_page("assess")
    page = rig.feature.page
    assert page is not None
    screens = {"overview": page}
    session = page.start("phq9")
    screens["intro"] = session
    assert clipped(session) == [] and no_sideways_scrolling(page)
    press(qtbot, session, Qt.Key.Key_Return)
    for _ in range(7):
        press(qtbot, session, digit(1), Qt.Key.Key_Return)
    assert session.items.progress_label.text().endswith(("8 of 9", "8/9")) or "8" in session.items.progress_label.text()
    assert clipped(session) == [], "item 8, the longest"
    assert no_sideways_scrolling(page)
    press(qtbot, session, digit(1), Qt.Key.Key_Return, digit(4), Qt.Key.Key_Return)
    assert session.screen == "safety"
    assert clipped(session) == [] and no_sideways_scrolling(page)
    assert session.safety is not None
    qtbot.mouseClick(session.safety.read_button, Qt.MouseButton.LeftButton)
    assert clipped(session) == [] and no_sideways_scrolling(page)
    assert session.result_view is not None
    qtbot.mouseClick(session.result_view.done_button, Qt.MouseButton.LeftButton)

    session = page.start("who5")  # six answers per item
    answer_all(qtbot, session, [1, 2])
    assert clipped(session) == [] and no_sideways_scrolling(page)
    press(qtbot, session, Qt.Key.Key_Escape)
    assert clipped(page) == [] and no_sideways_scrolling(page)

    rig.window.show_page("history")
    history = rig.feature.history
    assert history is not None
    assert clipped(history) == [] and no_sideways_scrolling(history)
    popup = rig.feature.open_checkin()
    assert popup is not None
    qtbot.keyClick(popup, digit(3))
    assert clipped(popup) == []
    popup.close()
