"""Renders resources/icons/wellcare.svg into installer/wellcare.ico (Windows exe and installer icon)
and into resources/icons/wellcare-<size>.png (the app's own icon: the tray app loads no SVG renderer).

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

Run it again after the SVG changes; the .ico and the PNGs are committed so a build needs no Qt step
(tests/ui/test_app_icon.py fails when the PNGs no longer match the SVG).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "wellcare.svg"
ICO = ROOT / "installer" / "wellcare.ico"
PNG = ROOT / "resources" / "icons" / "wellcare-{size}.png"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        Path(str(PNG).format(size=size)).write_bytes(render_png(size))
    largest = Image.open(io.BytesIO(render_png(max(SIZES))))
    # Pillow writes every requested size from the largest image; render each size instead so small
    # sizes are drawn by the SVG renderer, not scaled down.
    frames = [Image.open(io.BytesIO(render_png(size))) for size in SIZES]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=frames)
    del app
    print(f"wrote {ICO} ({ICO.stat().st_size} bytes) and {PNG.parent}/wellcare-<size>.png, "
          f"sizes {', '.join(map(str, SIZES))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
