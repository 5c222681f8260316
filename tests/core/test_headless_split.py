"""The headless job's split between UI tests and the rest stays declared and true (tests/headless.py).

The job without PySide6 leaves out only the declared UI modules. These checks keep the declaration
honest: a module that needs Qt but is not declared would fail the headless job, and a declared
module that no longer needs Qt would hide a test from it (the list can only shrink).
"""

from __future__ import annotations

from pathlib import Path

from tests.headless import TESTS_DIR, UI_TEST_MODULES, declared_ui, needs_qt
from tests.headless import test_modules as all_test_modules


def _relative(paths: list[Path]) -> list[str]:
    return [p.relative_to(TESTS_DIR).as_posix() for p in paths]


def test_every_module_that_needs_qt_is_declared_ui() -> None:
    undeclared = [p for p in all_test_modules() if needs_qt(p) and not declared_ui(p)]
    assert not undeclared, (
        f"these tests need Qt (PySide6, wellcare.ui/app or a Qt fixture) but would run in the headless job: "
        f"{_relative(undeclared)}; move them to a *_ui folder or add them to UI_TEST_MODULES in tests/headless.py"
    )


def test_every_declared_ui_module_exists_and_needs_qt() -> None:
    stale = [m for m in sorted(UI_TEST_MODULES) if not (TESTS_DIR / m).is_file() or not needs_qt(TESTS_DIR / m)]
    assert not stale, (
        f"declared UI in tests/headless.py but missing or Qt-free (let the headless job run them): {stale}"
    )


def test_most_tests_run_without_qt() -> None:
    headless = [p for p in all_test_modules() if not declared_ui(p)]
    assert len(headless) >= 70, _relative(headless)


def test_the_analysis_sees_lazy_imports_and_fixtures_that_need_qt(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef window(qtbot):\n    return qtbot\n\n"
        "@pytest.fixture\ndef page(window):\n    return window\n",
        encoding="utf-8",
    )
    cases = {
        "test_plain.py": ("from wellcare.vault import Vault\n\ndef test_a(tmp_path):\n    pass\n", False),
        "test_lazy.py": ("def test_a():\n    from PySide6.QtCore import QTimer\n", True),
        "test_ui.py": ("import wellcare.ui.i18n\n", True),
        "test_chain.py": ("def test_a(page):\n    pass\n", True),
        "test_helper.py": ("from tests.a11y.fit import *\n", True),  # a helper that imports Qt at module level
    }
    for name, (source, expected) in cases.items():
        (tmp_path / name).write_text(source, encoding="utf-8")
        assert needs_qt(tmp_path / name) is expected, name
