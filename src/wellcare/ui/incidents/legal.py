"""What a legal-support request may carry from the hard-call journal, each item chosen by the counselor.

An EAP attachment source (``wellcare.eap.attachments``): for the latest incidents it offers the
evidence report (the same words as the PDF the journal saves, as text: a request carries text),
the journal entry with its note, and, when the incident has a call reference, "please keep the
call recording" with that reference and the time. The EAP form shows every choice unticked and
each text on request; only what is ticked is sealed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from wellcare.eap.attachments import AttachmentChoice
from wellcare.incidents import EvidenceReport, Incident, local_iso
from wellcare.schedule.clock import Clock
from wellcare.ui.incidents.texts import effect_label, kind_label, when_label

EVIDENCE_REPORT = "evidence_report"
JOURNAL_ENTRY = "journal_entry"
KEEP_RECORDING = "keep_recording"
LATEST = 3  # incidents offered (newest first); older ones: the journal's evidence report


def evidence_text(incident: Incident, now: datetime) -> str:
    """The evidence report of one incident as plain text: the PDF's own document, read as text."""
    from wellcare.ui.incidents.report_pdf import report_document  # when attached, not at start (issue #16)

    return report_document(EvidenceReport(produced_at=now, incidents=(incident,))).toPlainText()


def journal_text(incident: Incident) -> str:
    lines = [
        f"{when_label(incident.at)} ({local_iso(incident.at)})",
        QCoreApplication.translate("LegalAttachments", "What happened: %s") % kind_label(incident.kind),
        QCoreApplication.translate("LegalAttachments", "How it affected me: %s") % effect_label(incident.effect),
    ]
    if incident.call_ref:
        lines.append(QCoreApplication.translate("LegalAttachments", "Call reference: %s") % incident.call_ref)
    if incident.note:
        lines.append(QCoreApplication.translate("LegalAttachments", "Note: %s") % incident.note)
    return "\n".join(lines)


def keep_recording_text(incident: Incident) -> str:
    return (
        QCoreApplication.translate(
            "LegalAttachments", "Please keep the call recording. Call reference: %1. Time of the call: %2."
        )
        .replace("%1", incident.call_ref)
        .replace("%2", f"{when_label(incident.at)} ({local_iso(incident.at)})")
    )


class LegalAttachments:
    """An AttachmentSource over the hard-call journal, on a clock (the evidence report says when it was produced)."""

    def __init__(self, incidents: Callable[[], Sequence[Incident]], clock: Clock) -> None:
        self.incidents = incidents  # newest first, e.g. IncidentService.incidents
        self.clock = clock

    def __call__(self, _vault: object, language: str) -> list[AttachmentChoice]:
        return legal_choices(self.incidents(), self.clock.now())


def legal_choices(incidents: Sequence[Incident], now: datetime) -> list[AttachmentChoice]:
    """The choices for the latest incidents (read-only; nothing is attached unless ticked)."""
    choices: list[AttachmentChoice] = []
    for incident in incidents[:LATEST]:
        when = when_label(incident.at)
        choices.append(
            AttachmentChoice(
                f"evidence:{incident.id}", EVIDENCE_REPORT,
                QCoreApplication.translate("LegalAttachments", "Evidence report: %s") % when,
                evidence_text(incident, now),
            )
        )  # fmt: skip
        choices.append(
            AttachmentChoice(
                f"journal:{incident.id}", JOURNAL_ENTRY,
                QCoreApplication.translate("LegalAttachments", "Journal entry: %s") % when, journal_text(incident),
            )
        )  # fmt: skip
        if incident.call_ref:
            choices.append(
                AttachmentChoice(
                    f"recording:{incident.id}", KEEP_RECORDING,
                    QCoreApplication.translate("LegalAttachments", "Please keep the call recording: %s") % when,
                    keep_recording_text(incident),
                )
            )  # fmt: skip
    return choices
