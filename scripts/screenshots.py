"""Screenshots of every page, in English and Korean, from the real app on a real X server.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a throwaway demo organisation in a temp folder, starts the app against it (QT_QPA_PLATFORM
xcb), shows each page and grabs the window from the screen. Extra shots (dialogs, overlays) come
from each feature's `screenshot_targets()` when it has one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--langs", default="en,ko")
    parser.add_argument("--pages", default="", help="comma-separated page keys (default: all)")
    parser.add_argument("--coordinator", action="store_true", help="the EAP coordinator's side of the demo")
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        for lang in opts.langs.split(","):
            role = ["--coordinator"] if opts.coordinator else []
            args = build_parser().parse_args(["--demo", "--lang", lang, *role])
            app = WellCareApp(args, qapp)
            if not app.start():
                print("the app did not start", file=sys.stderr)
                return 1
            window = app.window
            assert window is not None
            window.resize(1100, 720)
            window.move(20, 20)
            wanted = [p for p in opts.pages.split(",") if p] or window.page_keys()
            for key in wanted:
                window.show_page(key)
                settle()
                path = opts.out / f"{lang}-{'coordinator-' if opts.coordinator else ''}{key}.png"
                window.screen().grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                                           window.frameGeometry().height()).save(str(path))
                print(path)
            for feature in app.features:
                targets = getattr(feature, "screenshot_targets", None)
                for name, widget in (targets() if targets else []):
                    widget.show()
                    settle()
                    path = opts.out / f"{lang}-{name}.png"
                    widget.grab().save(str(path))
                    widget.close()
                    print(path)
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
