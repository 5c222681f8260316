"""The EAP office on the safety panel: what the office states, the phone to call back, one click, and
exactly what became of the request.

A call-back needs a phone number, so the card asks for one inline (the last one given is filled in
to confirm) and checks it lightly before sending. It promises only what the policy states (hours,
urgent response time); outside office hours it says the office is closed and points to the crisis
lines above. After the click it says "sent" only when the sealed request is in the shared folder's
inbox, and "waiting to be sent" when the folder cannot be reached, with the crisis lines again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellcare.eap.office import UrgentOutcome, valid_phone
from wellcare.eap.protocol import MAX_CONTACT
from wellcare.policy import CrisisLine
from wellcare.ui.announce import tell
from wellcare.ui.assess.links import Links
from wellcare.ui.assess.widgets import button, button_row, label, refit
from wellcare.ui.eap import office_texts
from wellcare.ui.theme import heading

log = logging.getLogger(__name__)


class CallBackCard(QFrame):
    """The "Your EAP office" card of the safety panel."""

    def __init__(self, lines: Sequence[CrisisLine], lang: str, links: Links, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._links = links
        names = [line.label_ko if lang == "ko" else line.label_en for line in lines]
        self._numbers = "; ".join(f"{line.number} · {name}" for line, name in zip(lines, names, strict=True))
        self._request = links.urgent_eap
        self.outcome: UrgentOutcome | None = None
        office, now = links.office, links.now()
        self.closed = office_texts.closed_now(office, now)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.setSpacing(8)
        inner.addWidget(heading(self.tr("Your EAP office"), scale=1.15))

        self.office_text = label(selectable=True)
        self._show_office(promise=self._request is not None)
        inner.addWidget(self.office_text)
        self.eap_text = label(selectable=True)  # the offer, then what became of the request
        inner.addWidget(self.eap_text)
        self.confidential = label(office_texts.confidentiality_limits(), role="muted")
        inner.addWidget(self.confidential)

        self.phone_label = QLabel(self.tr("Phone number the EAP office should call"))
        self.phone_label.setWordWrap(True)
        self.phone = QLineEdit(links.saved_phone_provider())
        self.phone.setMaxLength(MAX_CONTACT)
        self.phone.setPlaceholderText(self.tr("e.g. 010-1234-5678"))
        self.phone.setAccessibleName(self.phone_label.text())
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_label.setBuddy(self.phone)
        self.phone.returnPressed.connect(self.request_call_back)
        self.phone.textEdited.connect(lambda _text: self._show_phone_problem(""))
        self.phone_problem = label(role="warning")
        self.phone_problem.setVisible(False)
        self.eap_button = button(self.tr("Ask the EAP office to call me back"), primary=True)
        self.eap_button.clicked.connect(self.request_call_back)
        for widget in (self.phone_label, self.phone, self.phone_problem):
            inner.addWidget(widget)
        inner.addLayout(button_row(self.eap_button))
        self._show_offer()

    # -- texts ----------------------------------------------------------------------------------
    def _show_office(self, promise: bool) -> None:
        """The hours and whether the office is open now; the urgent response time while it is the offer."""
        office, now = self._links.office, self._links.now()
        stated = [office_texts.hours_summary(office), office_texts.open_now(office, now)]
        if promise:
            stated.append(office_texts.response_promise(office))
        self.office_text.setText(" ".join(t for t in stated if t))
        self.office_text.setVisible(bool(self.office_text.text()))

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

    def _call_lines_now(self) -> str:
        return self.tr("Please call a crisis line now: %s.") % self._numbers

    def _show_offer(self) -> None:
        can_request = self._request is not None
        for widget in (self.phone_label, self.phone, self.eap_button):
            widget.setVisible(can_request)
        if not can_request:
            self.eap_text.setText(self._contact_text())
            return
        parts = [
            self.tr(
                "The EAP office can call you back, in confidence. Give the number to call and send the request "
                "with one click; none of your answers are included."
            )
        ]
        if self.closed:
            parts.append(self.tr("It is closed now, so please call one of the lines above first."))
        if self._links.eap_phone:
            parts.append(self.tr("You can also call it yourself at %s.") % self._links.eap_phone)
        self.eap_text.setText(" ".join(parts))

    def _outcome_text(self, outcome: UrgentOutcome, phone: str) -> str:
        office, now = self._links.office, self._links.now()
        if outcome is UrgentOutcome.SENT:
            parts = [self.tr("Your request was sent. It asks the EAP office to call you at %s.") % phone]
            promise = office_texts.response_promise(office)
            parts.append(
                promise
                or self.tr(
                    "The EAP office has not said how soon it calls back, so if you need to talk to someone now, "
                    "call one of the lines above."
                )
            )
            if self.closed:
                parts.append(office_texts.open_now(office, now))
            return " ".join(p for p in parts if p)
        if outcome is UrgentOutcome.WAITING:
            return " ".join(
                (
                    self.tr(
                        "Waiting to be sent — the shared folder cannot be reached. WellCare keeps your request "
                        "and sends it as soon as the folder is back."
                    ),
                    self._call_lines_now(),
                )
            )
        return " ".join((self.tr("The request could not be made."), self._call_lines_now(), self._contact_text()))

    def _show_phone_problem(self, text: str) -> None:
        self.phone_problem.setText(text)
        self.phone_problem.setVisible(bool(text))
        self.phone.setAccessibleDescription(text)

    # -- the one click --------------------------------------------------------------------------
    def request_call_back(self) -> None:
        if self._request is None or self.outcome in (UrgentOutcome.SENT, UrgentOutcome.WAITING):
            return
        phone = " ".join(self.phone.text().split())
        if not valid_phone(phone):
            self._show_phone_problem(
                self.tr("Enter the phone number to call: digits, spaces, +, - and parentheses, at least 7 digits.")
            )
            self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_phone_problem("")
        try:
            outcome = UrgentOutcome(self._request(phone))
        except Exception as exc:  # never leave the counselor without a way to reach someone
            log.warning("urgent EAP request failed (%s)", type(exc).__name__)
            outcome = UrgentOutcome.FAILED
        self.outcome = outcome
        done = outcome is not UrgentOutcome.FAILED
        self.eap_button.setEnabled(not done)
        self.phone.setReadOnly(done)
        self._show_office(promise=False)  # what happens next is said once, in the outcome
        self.eap_text.setText(self._outcome_text(outcome, phone))
        font = self.eap_text.font()
        font.setBold(True)
        self.eap_text.setFont(font)
        refit(self)
        tell(self, self.eap_text.text())
