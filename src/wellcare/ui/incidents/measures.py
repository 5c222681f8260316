"""The organisation's response in the hard-call flow: its manual, its call-ending script, whom to tell.

Shown after the call is noted, beside the protected break, and only what the policy states
(``wellcare.incidents.measures``): a panel with nothing to say is not built. "Tell the dedicated
team" opens the notice preview (``notice_dialog``); the phone system's hooks report here.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.incidents.hooks import HookEvent, HookOutcome, HookResult
from wellcare.incidents.measures import OrgMeasures
from wellcare.incidents.rights import load_rights, pick
from wellcare.policy import Policy, local_centre
from wellcare.ui.theme import heading, paragraph


def hook_text(result: HookResult) -> str:
    """What the counselor is told about the phone system (never the command or its output)."""
    if result.outcome is HookOutcome.OK:
        return {
            HookEvent.BREAK_START: QCoreApplication.translate(
                "OrgMeasures", "The phone system was told about your protected break."
            ),
            HookEvent.BREAK_END: QCoreApplication.translate(
                "OrgMeasures", "The phone system was told that your break is over."
            ),
            HookEvent.HANDOVER: QCoreApplication.translate(
                "OrgMeasures", "The phone system was told about the hand-over."
            ),
        }[result.event]
    why = {
        HookOutcome.FAILED: QCoreApplication.translate("OrgMeasures", "it reported an error"),
        HookOutcome.TIMED_OUT: QCoreApplication.translate("OrgMeasures", "it did not answer in time"),
        HookOutcome.NOT_RUN: QCoreApplication.translate("OrgMeasures", "the program could not be started"),
    }.get(result.outcome, result.outcome.value)
    return (
        QCoreApplication.translate(
            "OrgMeasures",
            "The phone system could not be told (%s). Your break is not affected; set your phone to away yourself if "
            "you need to.",
        )
        % why
    )


def _plain(text: str, role: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # the organisation's words, never HTML
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    if role:
        label.setProperty("role", role)
    return label


class OrgMeasuresPanel(QFrame):
    """A card with what the organisation stated; ``tell_team`` (when given) opens the notice preview."""

    def __init__(
        self, measures: OrgMeasures, tell_team: Callable[[], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Your organisation's response"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Your organisation's response"), scale=1.05))
        self.manual_button: QPushButton | None = None
        self.script: QLabel | None = None
        self.contacts: QLabel | None = None
        self.tell_button: QPushButton | None = None
        manual = measures.manual
        if manual is not None:
            self.manual_button = QPushButton(self.tr("Open the response manual"))
            self.manual_button.setAccessibleName(self.manual_button.text())
            self.manual_button.setToolTip(manual.target)
            url = QUrl(manual.url) if manual.url else QUrl.fromLocalFile(str(manual.path))
            self.manual_button.clicked.connect(lambda _=False: QDesktopServices.openUrl(url))
            layout.addWidget(self.manual_button, 0, Qt.AlignmentFlag.AlignLeft)
        if measures.ending_script:
            layout.addWidget(paragraph(self.tr("To end an abusive call, you may say:"), role="muted"))
            self.script = _plain(f"“{measures.ending_script}”")
            self.script.setContentsMargins(10, 0, 0, 0)
            layout.addWidget(self.script)
        if measures.contacts:
            layout.addWidget(paragraph(self.tr("Whom to tell:"), role="muted"))
            self.contacts = _plain("\n".join(measures.contacts))
            self.contacts.setContentsMargins(10, 0, 0, 0)
            layout.addWidget(self.contacts)
        if tell_team is not None:
            self.tell_button = QPushButton(self.tr("Tell the dedicated team…"))
            self.tell_button.setAccessibleName(self.tr("Tell the dedicated team"))
            self.tell_button.clicked.connect(lambda _=False: tell_team())
            layout.addWidget(self.tell_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hook_status = paragraph("", role="muted")
        self.hook_status.hide()
        layout.addWidget(self.hook_status)

    def show_hook_result(self, result: HookResult) -> None:
        self.hook_status.setText(hook_text(result))
        self.hook_status.setProperty("role", "muted" if result.outcome is HookOutcome.OK else "warning")
        self.hook_status.setAccessibleName(self.hook_status.text())
        self.hook_status.show()

    def text(self) -> str:
        return "\n".join(label.text() for label in self.findChildren(QLabel) if not label.isHidden())


class OutsideHelp(QWidget):
    """Where to turn if the organisation does not act: the Ministry's line (rights data) and the local centre."""

    def __init__(self, policy: Policy, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rights = load_rights()
        lines = [(pick(rights.labour_line_label, language), rights.labour_line_number)]
        centre = local_centre(policy, language)
        if centre is not None:
            lines.append(centre)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(heading(self.tr("If your organisation does not act"), scale=1.0))
        self.lines = QLabel("<br>".join(f"{escape(label)}: <b>{escape(number)}</b>" for label, number in lines))
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setAccessibleName("; ".join(f"{label}: {number}" for label, number in lines))
        layout.addWidget(self.lines)
