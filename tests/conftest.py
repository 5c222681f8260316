"""Test-wide setup: offscreen Qt, a per-test keyring file, no timers or windows left behind."""

from __future__ import annotations

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
