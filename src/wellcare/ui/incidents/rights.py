"""The counselor's rights after an abusive call (Occupational Safety and Health Act, Art. 41), in plain words.

Also who to talk to now: the EAP office (a request form when that capability is present, its
phone number from the policy otherwise) and the crisis lines.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.policy import Policy, crisis_lines
from wellcare.ui.theme import heading, paragraph

# An EAP request kind from wellcare.eap.protocol.RequestType, passed to eap.open_request().
OpenRequest = Callable[[str], None]


class RightsPanel(QFrame):
    """A card: the Art. 41 measures and the no-disadvantage rule, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Your rights"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Your rights"), scale=1.2))
        layout.addWidget(paragraph(self.tr("Occupational Safety and Health Act, Article 41"), role="muted"))
        layout.addWidget(heading(self.tr("Protection of customer-facing workers"), scale=1.05))
        layout.addWidget(
            paragraph(
                self.tr(
                    "When a caller's abuse harms or threatens your health, your employer must take these steps. "
                    "You can also ask for them yourself:"
                )
            )
        )
        self.items: list[QLabel] = []
        for term, explanation in self._measures():
            label = QLabel(f"<b>{escape(term)}</b><br>{escape(explanation)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAccessibleName(f"{term}. {explanation}")
            label.setContentsMargins(10, 0, 0, 0)
            self.items.append(label)
            layout.addWidget(label)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This covers abuse by any caller or other third party. WellCare tells your employer nothing: "
                    "your incidents stay in your encrypted vault unless you send a report yourself."
                ),
                role="muted",
            )
        )
        layout.addStretch(1)

    def _measures(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("A pause or a change of work"),
                self.tr("Step away from the calls for a while, or do other work."),
            ),
            (self.tr("A longer break"), self.tr("More rest time to recover.")),
            (
                self.tr("Treatment and counselling"),
                self.tr("Support to see a doctor or a counsellor."),
            ),
            (
                self.tr("Support for legal action"),
                self.tr(
                    "Help with a criminal complaint or a claim for damages. Your evidence report from the "
                    "journal can help."
                ),
            ),
            (
                self.tr("No disadvantage for asking"),
                self.tr("Your employer may not treat you unfairly because you asked. Doing so is punishable by law."),
            ),
        ]

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and screen readers)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))


class SupportPanel(QWidget):
    """Who to talk to now: the EAP office (a request, or its phone number) and the crisis lines."""

    def __init__(
        self,
        policy: Policy,
        language: str,
        open_request: OpenRequest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Talk to someone"), scale=1.05))
        self.eap_buttons: dict[str, QPushButton] = {}
        if open_request is not None:
            for kind, text in (
                ("counseling", self.tr("Ask the EAP office for counselling")),
                ("legal_support", self.tr("Ask for legal support")),
            ):
                button = QPushButton(text)
                button.setAccessibleName(text)
                button.clicked.connect(lambda _=False, k=kind: open_request(k))
                self.eap_buttons[kind] = button
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        eap_phone = str(policy.get("coordinator", "eap_phone"))
        lines = [(self.tr("EAP office"), eap_phone)] if eap_phone else []
        lines += [(line.label_ko if language == "ko" else line.label_en, line.number) for line in crisis_lines(policy)]
        self.lines = QLabel("<br>".join(f"{escape(label)}: <b>{escape(number)}</b>" for label, number in lines))
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName("; ".join(f"{label}: {number}" for label, number in lines))
        layout.addWidget(self.lines)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel))
