"""Test-wide setup: offscreen Qt, a per-test keyring file, no timers or windows left behind."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("MPLBACKEND", "Agg")

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
# tests.support must be importable by keyring inside subprocesses too
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

TEST_KEYRING = "tests.support.keyring_backend.FileTestKeyring"

from tests.headless import HEADLESS_ENV, UI_TEST_DIRS, declared_ui  # noqa: E402

HEADLESS = os.environ.get(HEADLESS_ENV) == "1"


def pytest_configure(config: pytest.Config) -> None:
    if HEADLESS and importlib.util.find_spec("PySide6") is not None:
        raise pytest.UsageError("the headless tests must run where PySide6 is not installed (scripts/test.sh)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The headless job (no PySide6 installed) leaves out exactly the declared UI tests (tests/headless.py)."""
    if not HEADLESS:
        return None
    path = collection_path.resolve()
    if path.is_dir():
        return True if path.parent == TESTS_DIR and path.name in UI_TEST_DIRS else None
    if path.suffix == ".py" and path.name.startswith("test_") and declared_ui(path):
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Headless: leave out the tests that run the whole app in a subprocess (marked gui_runtime)."""
    if not HEADLESS:
        return
    kept = [item for item in items if item.get_closest_marker("gui_runtime") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept
    minimum = int(os.environ.get("WELLCARE_HEADLESS_MIN_TESTS", "0"))
    if len(items) < minimum:
        raise pytest.UsageError(f"the headless job collected {len(items)} tests, fewer than {minimum}")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own keyring file, profile root and no org policy from the host."""
    root = tmp_path_factory.mktemp("env")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", TEST_KEYRING)
    monkeypatch.setenv("WELLCARE_TEST_KEYRING_FILE", str(root / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.delenv("WELLCARE_POLICY", raising=False)
    monkeypatch.delenv("WELLCARE_PROFILE", raising=False)
    import keyring
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring(TEST_KEYRING))


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    d = tmp_path / "profile"
    d.mkdir()
    return d


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The English translation, installed as the app installs it, whatever an earlier test left.

    Plurals need it: without a translator Qt shows the source text ("1 file(s) ..."). Removed
    again afterwards (the default QLocale stays English).
    """
    from wellcare.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("en")
    yield translations
    translations.remove_all()


@pytest.fixture(autouse=True)
def _no_windows_or_timers_left(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A GUI test must close what it opened: no visible window, no running QTimer owned by the app."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    timers = [t for t in app.findChildren(QTimer) if t.isActive()]
    for widget in visible:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    assert not visible, f"test left windows open: {[type(w).__name__ for w in visible]}"
    assert not timers, f"test left {len(timers)} QTimer(s) running"
