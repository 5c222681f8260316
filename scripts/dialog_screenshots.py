"""Screenshots of the flows that are not pages: the self-check wizard and its result, the hard-call
dialog and the break overlay, in English and Korean, from the real app on the demo organisation.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/dialog_screenshots.py [--out docs/screenshots]
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
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for lang in ("en", "ko"):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_DATA_HOME"] = tmp
            os.environ["XDG_CONFIG_HOME"] = tmp
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not app.start():
                return 1
            window = app.window
            assert window is not None
            window.resize(1100, 720)
            services = app.features[0].ctx.services

            def shot(name: str, widget: object, lang: str = lang) -> None:
                QTest.qWait(400)
                path = opts.out / f"{lang}-{name}.png"
                widget.grab().save(str(path))  # type: ignore[attr-defined]
                print(path)

            def key(k: Qt.Key, window: object = window) -> None:
                QTest.keyClick(QApplication.focusWidget() or window, k)
                QTest.qWait(80)

            services["assess"].open_instrument("who5")
            QTest.qWait(300)
            key(Qt.Key.Key_Return)  # Start
            key(Qt.Key.Key_2)  # the answer worth 2, "Less than half of the time"
            shot("wizard", window)
            key(Qt.Key.Key_Return)
            for _ in range(4):
                key(Qt.Key.Key_3)
                key(Qt.Key.Key_Return)
            shot("result", window)

            dialog = services["incidents"].open_hard_call()
            shot("hard-call", dialog)
            dialog.close()

            services["breaks"].start_protected_break(15, "decompression", "screenshot")
            overlays = [
                w for w in QApplication.topLevelWidgets() if w.objectName() == "break-overlay" and w.isVisible()
            ]
            if overlays:
                shot("overlay", overlays[0])
                for overlay in overlays:
                    overlay.close()
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
