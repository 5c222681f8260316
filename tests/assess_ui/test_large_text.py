"""Readable at 200% text, in English and Korean: every label wraps or fits, no button clips its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y.fit import clipped, sideways_scrolling, text_scale
from tests.assess_ui.conftest import Rig, answer_all, digit, press
from wellcare.ui.i18n import Translations


@pytest.fixture
def big_text() -> Iterator[None]:
    with text_scale(2):
        yield


@pytest.fixture(params=["en", "ko"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    translations = Translations(QApplication.instance())
    translations.install(request.param)
    yield request.param
    translations.install("en")


def no_sideways_scrolling(widget: QWidget) -> bool:
    return not sideways_scrolling(widget)


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
        press(qtbot, session, digit(0), Qt.Key.Key_Return)
    assert session.items.progress_label.text().endswith(("8 of 9", "8/9")) or "8" in session.items.progress_label.text()
    assert clipped(session) == [], "item 8, the longest"
    assert no_sideways_scrolling(page)
    press(qtbot, session, digit(0), Qt.Key.Key_Return, digit(3), Qt.Key.Key_Return)
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
