"""PySide6 keeps no copy of the app's sources in memory (issue #16; wellcare.ui.source_scan).

PySide6 checks every module imported after it for the word "PySide6" with ``inspect.getsource``,
which left every line of every such module in ``linecache`` (8 MB at a tray start). The app's
own check gives the same answers and caches nothing.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from wellcare.ui import source_scan

CHILD = textwrap.dedent(
    """
    import json, linecache, sys
    import wellcare.app_early  # as wellcare.cli does: the first of the app's modules that loads Qt
    import wellcare.app, wellcare.policy, wellcare.ui.tray
    print(json.dumps({"light": sys.modules["wellcare.ui.source_scan"].LIGHT, "cached": sorted(linecache.cache)}))
    """
)


def pyside_answer(module: types.ModuleType) -> bool:
    """shibokensupport.feature._mod_uses_pyside as PySide6 6.8-6.11 ship it."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_modules_imported_after_qt_leave_no_source_lines_in_memory() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["light"]
    assert result["cached"] == []  # was ~300 files: the app's, the standard library's and the packages' sources


def test_pyside_asks_the_apps_check() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert source_scan.LIGHT
    assert feature._mod_uses_pyside is source_scan.uses_pyside


@pytest.mark.parametrize(
    ("name", "expected"),
    [("wellcare.app_early", True), ("wellcare.ui.tray", True), ("wellcare.policy", False), ("json", False),
     ("sys", False), ("PySide6.QtCore", False), ("wellcare.ui.source_scan", True)],
)
def test_the_check_answers_as_pysides_own(name: str, expected: bool) -> None:
    module = __import__(name, fromlist=["_"])
    assert source_scan.uses_pyside(module) is expected
    assert pyside_answer(module) is expected


def test_a_module_without_a_readable_source_does_not_count(tmp_path: Path) -> None:
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # its file was removed after the import
    bare = types.ModuleType("bare")  # no file at all
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.pyc")
    (tmp_path / "compiled.pyc").write_bytes(b"PySide6")
    for module in (gone, bare, compiled):
        assert source_scan.uses_pyside(module) is False
    written = tmp_path / "uses_qt.py"
    written.write_text("# from PySide6.QtCore import Qt\n", encoding="utf-8")
    mentions = types.ModuleType("uses_qt")
    mentions.__file__ = str(written)
    assert source_scan.uses_pyside(mentions) is True
