"""The safety response: shown at once, before any score, when a safety rule fires (PHQ-9 item 9 ≥ 1).

A calm, full-width panel: crisis lines, the one-step offer of an urgent EAP call-back (or the EAP
office's number while that request is not wired), and one way on: an explicit "I have read this".
The session around it ignores Esc, Enter and every other key while it is shown.

When it appears it announces itself to screen readers (an alert with the crisis lines as its
text) and takes the keyboard focus itself, never its buttons: Tab leads to them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellcare.policy import CrisisLine
from wellcare.ui.announce import announce, register_role
from wellcare.ui.assess.links import Links
from wellcare.ui.assess.texts import crisis_source_note
from wellcare.ui.assess.widgets import button, button_row, card, crisis_lines_box, is_default_lines, label, refit
from wellcare.ui.theme import heading

log = logging.getLogger(__name__)

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

        eap, inner = card()
        inner.addWidget(heading(self.tr("Your EAP office"), scale=1.15))
        self.eap_text = label(selectable=True)
        inner.addWidget(self.eap_text)
        self.eap_button = button(self.tr("Ask the EAP office to call me back"), primary=True)
        self.eap_button.clicked.connect(self._request_call_back)
        inner.addLayout(button_row(self.eap_button))
        layout.addWidget(eap)
        self._show_eap_offer()

        layout.addWidget(
            label(
                self.tr("When you are ready, continue to your result. It is kept only on this computer."), role="muted"
            )
        )
        self.read_button = button(self.tr("I have read this — show my result"))
        self.read_button.clicked.connect(self.acknowledged)
        layout.addLayout(button_row(self.read_button))
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and not self._announced:  # once, when it first comes on screen
            self._announced = True
            announce(self, self.title.text(), self.spoken)

    def _contact_text(self) -> str:
        phone, email = self._links.eap_phone, self._links.eap_email
        if phone and email:
            return (
                self.tr("Call the EAP office at %1 or write to %2. It is confidential.")
                .replace("%1", phone)
                .replace("%2", email)
            )
        if phone:
            return self.tr("Call the EAP office at %s. It is confidential.") % phone
        if email:
            return self.tr("Write to the EAP office at %s. It is confidential.") % email
        return self.tr("If your workplace has an employee assistance (EAP) office, it can help you in confidence.")

    def _show_eap_offer(self) -> None:
        if self._links.urgent_eap is not None:
            self.eap_text.setText(
                self.tr(
                    "The EAP office can call you back today, in confidence. One click sends the request; "
                    "none of your answers are included."
                )
            )
            self.eap_button.setVisible(True)
        else:
            self.eap_text.setText(self._contact_text())
            self.eap_button.setVisible(False)

    def _request_call_back(self) -> None:
        request = self._links.urgent_eap
        if request is None:
            self._show_eap_offer()
            return
        try:
            sent = bool(request())
        except Exception as exc:  # never leave the counselor without a way to reach someone
            log.warning("urgent EAP request failed (%s)", type(exc).__name__)
            sent = False
        self.eap_button.setEnabled(False)
        refit(self)
        if sent:
            self.eap_text.setText(
                self.tr("Your request was sent. The EAP office will call you back as soon as they can.")
            )
        else:
            self.eap_text.setText(self.tr("The request could not be sent just now.") + " " + self._contact_text())


register_role(SafetyPanel, QAccessible.Role.AlertMessage)
