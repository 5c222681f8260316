"""Every table lets Tab leave it: arrows move inside, Tab goes on (no trap, no cell-by-cell walk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.ui.conftest import demo_app_args
from wellcare.app import WellCareApp
from wellcare.demo import build_demo


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    build_demo(root, counselors=20, weeks=3, seed=7)
    return root


@pytest.mark.parametrize("role", ["counselor", "coordinator"])
def test_no_table_walks_cells_with_tab(qtbot, demo_root: Path, role: str) -> None:  # type: ignore[no-untyped-def]
    app = WellCareApp(demo_app_args(demo_root, role, "en"), QApplication.instance())
    assert app.start()
    try:
        window = app.window
        assert window is not None
        trapping = []
        for key in window.page_keys():
            window.show_page(key)
            page = window.stack.currentWidget()
            trapping += [f"{key}: {view.accessibleName() or view.objectName()}"
                         for view in page.findChildren(QAbstractItemView) if view.tabKeyNavigation()]
        assert trapping == []
    finally:
        app.shutdown()
