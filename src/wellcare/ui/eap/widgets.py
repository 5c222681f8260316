"""Small pieces both EAP pages use: the crisis-lines box, cards, a timeline step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wellcare.policy import CrisisLine
from wellcare.ui.theme import ACCENT, MUTED, WARN, heading

_CRISIS_STYLE = f"QFrame#crisis {{ background: #fdf0ea; border: 2px solid {WARN}; border-radius: 10px; }}"
_ALERT_STYLE = f"QFrame#alert {{ background: #fff4e5; border: 2px solid {WARN}; border-radius: 10px; }}"


def plain(text: str, role: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapped label that never interprets its text as HTML (notes, names and messages come from people)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if role:
        label.setProperty("role", role)
    return label


def selectable_label(text: str, *, bold: bool = False, role: str = "") -> QLabel:
    """Text a person wrote: plain text only (never HTML), wrapped, selectable."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # requests are written by people: never HTML
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if role:
        label.setProperty("role", role)
    return label


def card(*widgets: QWidget, name: str = "") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(18, 14, 18, 14)
    inner.setSpacing(8)
    for widget in widgets:
        inner.addWidget(widget)
    return frame


class CrisisBox(QFrame):
    """The crisis lines, first and unmissable: the EAP is not an emergency service."""

    def __init__(
        self, lines: Sequence[CrisisLine], language: str, parent: QWidget | None = None, *, eap_phone: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crisis")
        self.setStyleSheet(_CRISIS_STYLE)
        self.setAccessibleName(self.tr("Crisis lines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("If you are in danger or thinking of harming yourself, call now"), scale=1.1))
        layout.addWidget(
            plain(
                self.tr(
                    "The EAP is not an emergency service: a request may not be read today. These lines answer "
                    "day and night."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, line in enumerate(lines):
            number = QLabel(line.number)
            number.setTextFormat(Qt.TextFormat.PlainText)
            font = number.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            number.setFont(font)
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = plain(line.label_ko if language == "ko" else line.label_en)
            grid.addWidget(number, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.numbers = [line.number for line in lines]
        self.eap_phone: QLabel | None = None
        if eap_phone:  # the policy's [coordinator] eap_phone: the office itself, by phone, in its hours
            self.eap_phone = plain(self.tr("To talk to the EAP office now, in its opening hours: %s") % eap_phone)
            self.eap_phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.eap_phone)


class AlertBox(QFrame):
    """A loud, bordered warning (the coordinator's key changed)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alert")
        self.setStyleSheet(_ALERT_STYLE)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 14)
        self.layout_.setSpacing(8)
        title_label = heading(title, scale=1.15)
        title_label.setStyleSheet(f"color: {WARN};")
        self.layout_.addWidget(title_label)


class Step(QWidget):
    """One line of a timeline: a marker, a title and a detail, done or still ahead."""

    DONE, AHEAD, STOPPED = "done", "ahead", "stopped"

    def __init__(self, title: str, detail: str, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        marker = QLabel({self.DONE: "●", self.AHEAD: "○", self.STOPPED: "✕"}[state])
        marker.setFixedWidth(18)
        marker.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        colour = {self.DONE: ACCENT, self.AHEAD: MUTED, self.STOPPED: WARN}[state]
        marker.setStyleSheet(f"color: {colour}; font-size: 14pt;")
        row.addWidget(marker)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(state != self.AHEAD)
        self.title.setFont(font)
        if state == self.AHEAD:
            self.title.setProperty("role", "muted")
        text.addWidget(self.title)
        self.detail = plain(detail, role="muted")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not detail:  # never setVisible(True) here: the label has no parent yet and would open as a window
            self.detail.hide()
        text.addWidget(self.detail)
        row.addLayout(text, 1)
        self.setAccessibleName(f"{title}. {detail}")
