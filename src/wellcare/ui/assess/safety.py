"""The safety response: shown at once, before any score, when a safety rule fires (PHQ-9 item 9 ≥ 1).

A calm, full-width panel: crisis lines, the EAP office as the policy states it with the one-step
offer of an urgent call-back to a phone number given inline (or the office's number while that
request is not wired; see safety_call_back.py), and one way on: an explicit "I have read this".
The session around it ignores Esc and every other key while it is shown, except Enter, which does
what the highlighted button does (the call-back request), never "show my result".

When it appears it announces itself to screen readers (an alert with the crisis lines as its
text) and takes the keyboard focus itself, never its buttons: Tab leads to them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellcare.policy import CrisisLine
from wellcare.ui.announce import announce, register_role
from wellcare.ui.assess.links import Links
from wellcare.ui.assess.safety_call_back import CallBackCard
from wellcare.ui.assess.texts import crisis_source_note
from wellcare.ui.assess.widgets import button, button_row, crisis_lines_box, is_default_lines, label
from wellcare.ui.eap import office_texts
from wellcare.ui.theme import heading

_FOCUS_STYLE = """
QWidget#safety-panel { border: 2px solid transparent; border-radius: 10px; }
QWidget#safety-panel:focus { border-color: palette(highlight); }
"""


class SafetyPanel(QWidget):
    acknowledged = Signal()

    def __init__(self, lines: Sequence[CrisisLine], lang: str, links: Links, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links = links
        self._announced = False
        self.setObjectName("safety-panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_FOCUS_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(14)
        self.title = heading(self.tr("You are not alone with this"))
        layout.addWidget(self.title)
        intro = self.tr(
            "One of your answers says that you have had thoughts of being better off dead, or of hurting "
            "yourself. Thoughts like these are more common than people think, and talking to someone "
            "helps. You can reach someone right now."
        )
        layout.addWidget(label(intro))
        source = crisis_source_note() if is_default_lines(lines) else ""
        lines_title = self.tr("Talk to someone now, at any hour")
        layout.addWidget(crisis_lines_box(lines, lang, lines_title, source))
        numbers = "; ".join(f"{line.number}: {line.label_ko if lang == 'ko' else line.label_en}" for line in lines)
        self.spoken = f"{intro} {lines_title}: {numbers}."  # what a screen reader says when it appears
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.spoken)

        self.call_back = CallBackCard(lines, lang, links)
        card = self.call_back
        self.eap_text, self.eap_button, self.phone = card.eap_text, card.eap_button, card.phone
        layout.addWidget(self.call_back)
        if self.call_back.closed:  # said when it appears, too: outside office hours the lines come first
            self.spoken = f"{self.spoken} {office_texts.open_now(links.office, links.now())}"
            self.setAccessibleDescription(self.spoken)

        layout.addWidget(
            label(
                self.tr("When you are ready, continue to your result. It is kept only on this computer."), role="muted"
            )
        )
        self.read_button = button(self.tr("I have read this — show my result"))
        self.read_button.clicked.connect(self.acknowledged)
        layout.addLayout(button_row(self.read_button))
        layout.addStretch(1)

    def default_action(self) -> None:
        """Enter on the panel: its highlighted button, the call-back request (an empty number puts the
        keyboard in the phone field and says what to type). Never the result: where no call-back can be
        asked, Enter does nothing, so a repeated Enter from the last question cannot skip the panel."""
        card = self.call_back
        if card.eap_button.isVisible() and card.eap_button.isEnabled():
            card.request_call_back()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and not self._announced:  # once, when it first comes on screen
            self._announced = True
            announce(self, self.title.text(), self.spoken)


register_role(SafetyPanel, QAccessible.Role.AlertMessage)
