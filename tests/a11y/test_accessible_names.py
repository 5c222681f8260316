"""Every focusable widget on every page has an accessible name a screen reader can speak."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from tests.ui.conftest import demo_app_args
from wellcare.app import WellCareApp
from wellcare.demo import build_demo


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or ""


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(root):
            continue  # not reachable with Tab
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            widget = widget.parentWidget()  # a spin box's inner editor speaks with the spin box's name
        found.append(widget)
    return found


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    build_demo(root, counselors=30, weeks=4, seed=3)
    return root


@pytest.mark.parametrize("role", ["counselor", "coordinator"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_focusable_widget_has_a_name(qtbot, demo_root: Path, role: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    args = demo_app_args(demo_root, role, lang)
    app = WellCareApp(args, QApplication.instance())
    assert app.start()
    try:
        window = app.window
        assert window is not None
        missing: list[str] = []
        for key in window.page_keys():
            window.show_page(key)
            QApplication.processEvents()
            page = window.stack.currentWidget()
            for widget in focusable(page):
                if not spoken_name(widget).strip():
                    missing.append(f"{key}: {type(widget).__name__} {widget.objectName()!r}")
        assert missing == [], "\n".join(missing)
    finally:
        app.shutdown()
