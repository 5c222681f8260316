"""What every screenshot script shares: its --out folder, a Qt application on the X display, and the
real app on a throwaway demo organisation in each interface language.

Run a script under Xvfb from the project root, e.g.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/dialog_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")

T = TypeVar("T")


def out_folder() -> Path:
    """The folder given with --out (default docs/screenshots), made if missing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    return out


def qt_application() -> QApplication:
    """The one QApplication, kept alive with no window (the app lives in the tray); no OS keyring."""
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return qapp


def demo_apps(
    qapp: QApplication, languages: Sequence[str] = ("en", "ko"), *extra: str
) -> Iterator[tuple[str, WellCareApp]]:
    """The started app on a fresh demo organisation, once per language; shut down after each."""
    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    for lang in languages:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_DATA_HOME"] = tmp
            os.environ["XDG_CONFIG_HOME"] = tmp
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang, *extra]), qapp)
            if not app.start():
                raise SystemExit(f"the demo app did not start ({lang})")
            try:
                yield lang, app
            finally:
                app.shutdown()


def feature(app: WellCareApp, kind: type[T]) -> T:
    """The running app's feature of that class (its pages, dialogs and service)."""
    return next(f for f in app.features if isinstance(f, kind))
