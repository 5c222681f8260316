"""The app's look: a calm palette, generous spacing, a high-contrast variant, small widget helpers.

Font sizes are never fixed in pixels: headings scale from the system font, so the user's own
font size (up to 200%) carries through.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QWidget

from wellcare.paths import resource_dir

ACCENT = "#2f7d6d"
ACCENT_SOFT = "#e3f1ec"
TEXT = "#1f2a2e"
MUTED = "#55656b"
WARN = "#b3541e"
SURFACE = "#fbfcfb"

# Colours for charts, in the same family (matplotlib takes them as hex strings).
CHART_COLORS = ("#2f7d6d", "#c98b2b", "#5b6fb5", "#b3541e", "#7a9e3a", "#8a5a9e")
BAND_COLORS = {"ok": "#e3f1ec", "mid": "#fbf0d9", "high": "#f7dcd0"}

_STYLE = """
QMainWindow, QDialog, QWizard {{ background: {surface}; }}
QListWidget#nav {{ border: none; background: {accent_soft}; padding: 6px; outline: 0; }}
QListWidget#nav::item {{ padding: 10px 12px; border-radius: 6px; color: {text}; }}
QListWidget#nav::item:selected {{ background: {accent}; color: white; }}
QListWidget#nav::item:focus {{ border: 2px solid {text}; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #b9c7c2; background: white; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton[primary="true"] {{ background: {accent}; color: white; border: 1px solid {accent}; }}
QPushButton:disabled {{ color: #98a4a0; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="warning"] {{ color: {warn}; }}
QFrame[role="card"] {{ background: white; border: 1px solid #dbe5e1; border-radius: 10px; }}
QLineEdit, QComboBox, QSpinBox, QTimeEdit, QPlainTextEdit {{ padding: 4px 6px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {accent}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {text}; background: #236153; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; padding: 2px 4px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {accent}; }}
QAbstractSpinBox:focus, QAbstractItemView:focus, QTextEdit:focus {{ border: 2px solid {accent}; }}
QScrollArea, QSlider {{ border: 2px solid transparent; }}
QScrollArea:focus, QSlider:focus {{ border-color: {accent}; }}
QToolButton {{ border: 2px solid transparent; border-radius: 4px; }}
QToolButton:focus {{ border-color: {accent}; }}
"""

_HIGH_CONTRAST = """
QWidget {{ background: black; color: white; }}
QListWidget#nav {{ background: black; border-right: 2px solid white; }}
QListWidget#nav::item:selected {{ background: yellow; color: black; }}
QPushButton {{ background: black; color: white; border: 2px solid white; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus {{ border: 3px solid yellow; }}
QPushButton[primary="true"] {{ background: yellow; color: black; }}
QFrame[role="card"] {{ background: black; border: 2px solid white; }}
QLabel[role="muted"], QLabel[role="warning"] {{ color: yellow; }}
QPushButton[primary="true"]:focus {{ background: white; color: black; border: 3px solid yellow; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox {{ border: 2px solid white; }}
QCheckBox, QRadioButton {{ border: 3px solid transparent; padding: 2px 4px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px; border: 2px solid white; }}
QCheckBox::indicator, QRadioButton::indicator {{ background: black; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: yellow; }}
QCheckBox:focus, QRadioButton:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 3px solid yellow; }}
QAbstractSpinBox:focus, QAbstractItemView:focus {{ border: 3px solid yellow; }}
QScrollArea, QSlider {{ border: 3px solid transparent; }}
QScrollArea:focus, QSlider:focus {{ border-color: yellow; }}
QToolButton {{ border: 3px solid transparent; border-radius: 4px; }}
QToolButton:focus {{ border-color: yellow; }}
"""


def apply_theme(app: QApplication, high_contrast: bool = False) -> None:
    app.setWindowIcon(app_icon())
    style = (_HIGH_CONTRAST if high_contrast else _STYLE).format(
        surface=SURFACE, accent=ACCENT, accent_soft=ACCENT_SOFT, text=TEXT, muted=MUTED, warn=WARN
    )
    app.setStyleSheet(style)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("yellow" if high_contrast else ACCENT))
    app.setPalette(palette)


ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # resources/icons/wellcare-<size>.png


def app_icon() -> QIcon:
    """The app's icon: wellcare.svg rendered to PNGs (installer/make_icons.py), each read when a size is asked for.

    Not the SVG itself: that loads QtSvg and its icon engine (0.7 MB) into a tray app for one picture
    (issue #16). tests/ui/test_app_icon.py checks the PNGs against the SVG.
    """
    icon = QIcon()
    folder = resource_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"wellcare-{size}.png"), QSize(size, size))
    return icon


def heading(text: str, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, role: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText if "<" not in text else label.textFormat().RichText)
    if role:
        label.setProperty("role", role)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout (for screens rebuilt in place)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
            item.layout().deleteLater()
