"""The counselor's rights after an abusive call (Occupational Safety and Health Act, Art. 41), in plain words.

The rights text itself is data (resources/rights/osh_art41.json); this module only lays it out.
Also who to talk to now: the EAP office (a request form when that capability is present, its
phone number from the policy otherwise) and the crisis lines.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.incidents.rights import RightsText, Text, load_rights, pick
from wellcare.policy import Policy, crisis_lines, local_centre
from wellcare.ui import locale_format as fmt
from wellcare.ui.theme import heading, paragraph

# An EAP request kind from wellcare.eap.protocol.RequestType, passed to eap.open_request().
OpenRequest = Callable[[str], None]


class RightsPanel(QFrame):
    """A card: the Art. 41 duties, measures, the no-disadvantage rule and where to turn, in plain words.

    The words come from resources/rights/osh_art41.json (wellcare.incidents.rights) in the
    interface language; a local rights centre is added from the policy when the organisation names one.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        policy: Policy | None = None,
        language: str | None = None,
        rights: RightsText | None = None,
    ) -> None:
        super().__init__(parent)
        lang = language or fmt.language()
        self.rights = rights or load_rights()
        self.setProperty("role", "card")

        def say(text: Text) -> str:
            return pick(text, lang)

        self.setAccessibleName(say(self.rights.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(heading(say(self.rights.title), scale=1.2))
        layout.addWidget(paragraph(say(self.rights.law), role="muted"))
        layout.addWidget(heading(say(self.rights.heading), scale=1.05))
        self.items: list[QLabel] = []
        layout.addWidget(paragraph(say(self.rights.prevention_intro)))
        for item in self.rights.prevention:
            layout.addWidget(self._item(say(item.term), say(item.explanation)))
        layout.addWidget(paragraph(say(self.rights.measures_intro)))
        for item in (*self.rights.measures, self.rights.no_disadvantage):
            layout.addWidget(self._item(say(item.term), say(item.explanation)))
        self.fines = paragraph(say(self.rights.fines), role="muted")
        layout.addWidget(self.fines)

        layout.addWidget(heading(say(self.rights.help_heading), scale=1.05))
        layout.addWidget(paragraph(say(self.rights.help_intro)))
        lines = [(say(self.rights.labour_line_label), self.rights.labour_line_number)]
        centre = local_centre(policy or Policy(), lang)
        if centre is not None:
            lines.append(centre)
        self.help_lines = QLabel("<br>".join(f"{escape(label)}: <b>{escape(number)}</b>" for label, number in lines))
        self.help_lines.setTextFormat(Qt.TextFormat.RichText)
        self.help_lines.setWordWrap(True)
        self.help_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_lines.setAccessibleName("; ".join(f"{label}: {number}" for label, number in lines))
        self.help_lines.setContentsMargins(10, 0, 0, 0)
        layout.addWidget(self.help_lines)

        layout.addWidget(paragraph(say(self.rights.scope), role="muted"))
        checked = max(source.retrieved for source in self.rights.sources)
        layout.addWidget(paragraph(self.tr("Law text checked on %s.") % fmt.day(checked, weekday=False), role="muted"))
        layout.addStretch(1)

    def _item(self, term: str, explanation: str) -> QLabel:
        label = QLabel(f"<b>{escape(term)}</b><br>{escape(explanation)}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(f"{term}. {explanation}")
        label.setContentsMargins(10, 0, 0, 0)
        self.items.append(label)
        return label

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
