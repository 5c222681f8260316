"""The app's icon comes from PNGs rendered from wellcare.svg, and they still match it (issue #16).

The tray app draws its icon from resources/icons/wellcare-<size>.png so that no SVG renderer
(QtSvg and its icon engine) is loaded at a tray start; installer/make_icons.py renders them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from wellcare.paths import resource_dir
from wellcare.ui.theme import ICON_SIZES, app_icon

ICONS = resource_dir() / "icons"


def svg_at(size: int) -> QImage:
    """wellcare.svg drawn as installer/make_icons.py draws it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "wellcare.svg")).render(painter)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            worst = max(worst, *(abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) for s in (0, 8, 16, 24)))
    return worst


def test_each_png_is_the_svg_at_its_size(qapp) -> None:  # type: ignore[no-untyped-def]
    for size in ICON_SIZES:
        png = QImage(str(ICONS / f"wellcare-{size}.png"))
        assert png.size() == QSize(size, size), size
        assert largest_difference(png, svg_at(size)) <= 16, f"wellcare-{size}.png: run installer/make_icons.py"


def test_the_icon_offers_every_size_and_draws(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    for asked in (16, 22, 32, 48, 64):
        pixmap = icon.pixmap(asked, asked)
        assert not pixmap.isNull() and pixmap.width() == asked
        centre = pixmap.toImage().pixelColor(asked // 2, asked // 5)  # the green disc above the heart
        assert centre.green() > centre.red() and centre.alpha() == 255
