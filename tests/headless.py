"""Which test modules need Qt: the split behind the headless job (scripts/test.sh, no PySide6 installed).

A test module is a UI module when it imports PySide6, pytest-qt, `wellcare.ui` or `wellcare.app`
(anywhere in the file, lazily too), imports a test helper that does so at module level, or asks
for a Qt fixture (`qtbot`, `qapp`, or a conftest fixture that needs one). Everything else must run
where Qt is not installed at all.

The UI modules are also declared by hand in `UI_TEST_DIRS` / `UI_TEST_MODULES`, and
tests/core/test_headless_split.py checks that the declaration and this analysis agree. The
headless job skips only the declared ones, so a service test that starts importing Qt fails
there (ModuleNotFoundError) instead of quietly leaving the headless run.

Pure standard library: tests/conftest.py imports it before anything else.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent

QT_MODULES = ("PySide6", "pytestqt", "wellcare.ui", "wellcare.app", "matplotlib.backends.backend_qtagg")
QT_FIXTURES = frozenset({"qtbot", "qapp", "qapp_args", "qapp_cls", "qtlog", "qtmodeltester", "english"})

# Folders whose every test module is a UI test.
UI_TEST_DIRS = frozenset({"a11y", "assess_ui", "breaks_ui", "org_measures_ui", "ui"})

# UI test modules inside the service folders (paths relative to tests/). Keep sorted.
UI_TEST_MODULES = frozenset(
    {
        "aggregates/test_dashboard.py",
        "aggregates/test_dashboard_summary.py",
        "aggregates/test_dashboard_team_windows.py",
        "aggregates/test_privacy_page.py",
        "breaks/test_qt_break_jobs.py",
        "core/test_capabilities.py",
        "core/test_translations.py",
        "eap/test_form_minors.py",
        "eap/test_form_retention.py",
        "eap/test_inbox_minors.py",
        "eap/test_retention_ui.py",
        "eap/test_safety_call_back_ui.py",
        "eap/test_today_page.py",
        "eap/test_ui_coordinator.py",
        "eap/test_ui_counselor.py",
        "idle/test_x11_idle.py",
        "incidents/test_hard_call.py",
        "incidents/test_journal_and_report.py",
        "incidents/test_new_kinds.py",
        "incidents/test_nowhere_else.py",
        "incidents/test_rights_text.py",
        "programs/test_care_content.py",
        "programs/test_enrollments_end_to_end.py",
        "programs/test_exercise_card.py",
        "programs/test_feature.py",
        "programs/test_offer_notices.py",
        "programs/test_player.py",
        "schedule/test_qt_scheduler.py",
    }
)

# The environment variable scripts/test.sh sets for the run without Qt.
HEADLESS_ENV = "WELLCARE_HEADLESS_TESTS"


def _imported_modules(tree: ast.AST, top_level_only: bool) -> list[str]:
    nodes = tree.body if top_level_only and isinstance(tree, ast.Module) else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _is_qt_module(name: str) -> bool:
    return any(name == qt or name.startswith(qt + ".") for qt in QT_MODULES)


def _helper_path(module: str) -> Path | None:
    """tests.x.y -> tests/x/y.py (or the package's __init__), if it is a test helper."""
    if not module.startswith("tests."):
        return None
    base = REPO_ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@cache
def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@cache
def helper_needs_qt(path: Path) -> bool:
    """A helper module needs Qt when importing it does (its module-level imports, transitively)."""
    for name in _imported_modules(_parse(path), top_level_only=True):
        if _is_qt_module(name):
            return True
        helper = _helper_path(name)
        if helper is not None and helper != path and helper_needs_qt(helper):
            return True
    return False


def _function_args(tree: ast.AST) -> set[str]:
    args: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args.update(a.arg for a in node.args.args + node.args.kwonlyargs)
    return args


def _is_fixture(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr == "fixture":
            return True
        if isinstance(target, ast.Name) and target.id == "fixture":
            return True
    return False


@cache
def qt_fixtures_for(directory: Path) -> frozenset[str]:
    """Qt fixtures visible in `directory`: pytest-qt's own and conftest fixtures that ask for one."""
    top = directory == TESTS_DIR or directory.parent == directory
    inherited = QT_FIXTURES if top else qt_fixtures_for(directory.parent)
    conftest = directory / "conftest.py"
    if not conftest.is_file():
        return inherited
    fixtures = {
        node.name: {a.arg for a in node.args.args + node.args.kwonlyargs}
        for node in ast.walk(_parse(conftest))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _is_fixture(node)
    }
    found = set(inherited)
    changed = True
    while changed:  # a fixture that needs a Qt fixture is one, through any chain
        changed = False
        for name, args in fixtures.items():
            if name not in found and args & found:
                found.add(name)
                changed = True
    return frozenset(found)


def needs_qt(path: Path) -> bool:
    """True if the test module at `path` is a UI test by the rule in this module's docstring."""
    tree = _parse(path.resolve())
    for name in _imported_modules(tree, top_level_only=False):
        if _is_qt_module(name):
            return True
        helper = _helper_path(name)
        if helper is not None and helper_needs_qt(helper):
            return True
    return bool(_function_args(tree) & qt_fixtures_for(path.resolve().parent))


def test_modules() -> list[Path]:
    return sorted(p for p in TESTS_DIR.rglob("test_*.py") if "perf" not in p.relative_to(TESTS_DIR).parts)


def declared_ui(path: Path) -> bool:
    """True if the module is declared a UI test (the headless job leaves it out)."""
    relative = path.resolve().relative_to(TESTS_DIR)
    return relative.parts[0] in UI_TEST_DIRS or relative.as_posix() in UI_TEST_MODULES
