"""Screenshots of the tray: its menu at work and while locked (with the crisis lines window), English and
Korean, from the real app on the demo organisation, with a real system tray host (trayer) on the display.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/tray_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wellcare.app import WellCareApp

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)
    if shutil.which("trayer") is None:
        print("needs trayer (a system tray host): apt-get install trayer", file=sys.stderr)
        return 1
    host = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width", "120",
         "--heighttype", "pixel", "--height", "28", "--tint", "0x303030", "--transparent", "true", "--alpha", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    try:
        return shoot(opts.out)
    finally:
        host.terminate()
        host.wait(timeout=10)


def grab_menu(app: WellCareApp, lang: str, out: Path, name: str, left: QWidget | None = None,
              tooltip: bool = True, lift: int = 0) -> None:
    """The tray menu popped up over the tray host, with what is beside it, cropped to the bottom-right corner."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    screen = QApplication.primaryScreen()
    size = screen.geometry()
    assert app.tray is not None
    if tooltip:  # balloons from the demo's start would cover the tooltip
        for widget in QApplication.topLevelWidgets():
            if type(widget).__name__ == "QBalloonTip" or widget.metaObject().className() == "QBalloonTip":
                widget.hide()
    menu = app.tray.menu
    app.tray.rebuild_menu()
    hint = menu.sizeHint()
    corner = QPoint(size.width() - hint.width() - 8, size.height() - 28 - hint.height() - 40 - lift)
    menu.popup(corner)
    QTest.qWait(500)
    tip = f"{app.tray.toolTip()}"
    x0 = min(corner.x(), left.x() if left is not None else corner.x()) - 12
    y0 = min(corner.y(), left.y() if left is not None else corner.y()) - 40
    shot = screen.grabWindow(0, x0, y0, size.width() - x0, size.height() - y0)
    if tooltip:
        painter = QPainter(shot)  # the tooltip as the tray host shows it on hover
        painter.setPen(QColor("#202020"))
        metrics = painter.fontMetrics()
        box = QRect(0, 0, metrics.horizontalAdvance(tip) + 14, metrics.height() + 8)
        box.moveBottomRight(QPoint(shot.width() - 10, shot.height() - 32))
        painter.fillRect(box, QColor("#ffffe1"))
        painter.drawRect(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tip)
        painter.end()
    menu.hide()
    path = out / f"{lang}-{name}.png"
    shot.save(str(path))
    print(path, shot.width(), shot.height())


def shoot(out: Path) -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    screen = qapp.primaryScreen()
    size = screen.geometry()
    backdrop = QWidget()  # a plain desktop behind the menu, so the shot is not of black
    backdrop.setStyleSheet("background: #5b7083;")
    backdrop.setGeometry(0, 0, size.width(), size.height() - 28)
    backdrop.show()
    for lang in ("en", "ko"):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_DATA_HOME"] = tmp
            os.environ["XDG_CONFIG_HOME"] = tmp
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not app.start() or app.tray is None:
                print("no tray: is trayer running on this display?", file=sys.stderr)
                return 1
            if app.window is not None:
                app.window.hide()
            # a shift running now whatever the day, so the tooltip shows its countdown
            now = app.clock.now()
            start = (now.replace(second=0, microsecond=0) - timedelta(minutes=20)).strftime("%H:%M")
            app.features[0].service.save_settings(
                {"workdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "shift_start": start,
                 "shift_end": (now + timedelta(hours=6)).strftime("%H:%M")}
            )
            QTest.qWait(800)

            grab_menu(app, lang, out, "tray-menu")
            app.lock()
            QTest.qWait(300)
            crisis = app.locked.show_crisis_lines()
            crisis.adjustSize()
            crisis.move(size.width() - crisis.width() - 300, size.height() - crisis.height() - 120)
            QTest.qWait(600)
            grab_menu(app, lang, out, "tray-locked", crisis, tooltip=False, lift=110)
            app.quit()
            QTest.qWait(200)
    backdrop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
