"""The breaks service, the capability protocols and these tests load with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_BLOCK_QT = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"{name} is blocked: this module must not need Qt")
        return None

sys.meta_path.insert(0, NoQt())
"""

_MODULES = (
    "wellcare.breaks.service",
    "wellcare.breaks.presence",
    "wellcare.breaks.screen",
    "wellcare.capabilities",
    "wellcare.privacy.inputs",
    "tests.breaks_service.rig",
    "tests.breaks_service.test_answers",
    "tests.breaks_service.test_presence",
    "tests.breaks_service.test_summaries",
)


def _import_without_qt(module: str) -> subprocess.CompletedProcess[str]:
    code = _BLOCK_QT + f"import {module}\nassert not any(m.startswith('PySide6') for m in sys.modules)\n"
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)


def test_the_breaks_service_and_its_tests_import_without_qt() -> None:
    code = _BLOCK_QT + "".join(f"import {m}\n" for m in _MODULES)
    code += "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_blocker_really_blocks_qt() -> None:
    done = _import_without_qt("wellcare.ui.breaks.feature")
    assert done.returncode != 0 and "PySide6" in done.stderr and "blocked" in done.stderr
