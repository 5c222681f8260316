"""How the programs page looks: its scoped style sheet and the scrolling columns of its tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget

# Scoped to this page: calm tabs, content on the window's own surface, links that look like links.
# Colours come from the palette, so the high-contrast theme carries through.
PAGE_STYLE = """
QWidget#programs-page QScrollArea,
QWidget#programs-page QScrollArea > QWidget#qt_scrollarea_viewport > QWidget { background: transparent; }
QWidget#programs-page QTabWidget::pane { border: none; border-top: 1px solid palette(mid); }
QWidget#programs-page QTabBar::tab {
    background: transparent; border: none; padding: 8px 16px; margin-right: 4px; color: palette(window-text);
}
QWidget#programs-page QTabBar::tab:selected { border-bottom: 3px solid palette(highlight); font-weight: bold; }
QWidget#programs-page QTabBar::tab:focus { border: 2px solid palette(highlight); border-radius: 4px; }
QWidget#programs-page QPushButton[role="link"] {
    border: none; background: transparent; padding: 4px 2px; color: palette(highlight); text-decoration: underline;
}
QWidget#programs-page QPushButton[role="link"]:focus { border: 1px dotted palette(highlight); }
"""


def scrolling(inner: QWidget, name: str) -> QScrollArea:
    """One tab's column of cards, scrolling on the page's own surface."""
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area
