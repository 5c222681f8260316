"""The evidence report as a PDF: laid out by QTextDocument, printed by QPdfWriter into memory.

The PDF is built in a QBuffer and written once, to the path the counselor chose; no temporary
file with the report's text ever exists elsewhere.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from wellcare.incidents import EvidenceReport, Incident, local_iso
from wellcare.ui import locale_format as fmt
from wellcare.ui.incidents.texts import effect_label, kind_label

RESOLUTION_DPI = 300


def _title() -> str:
    return QCoreApplication.translate("EvidenceReport", "Hard-call evidence report")


def _rows(incident: Incident) -> list[tuple[str, str]]:
    """(label, HTML value) pairs for one incident."""
    rows = [
        (QCoreApplication.translate("EvidenceReport", "Date and time"), escape(local_iso(incident.at))),
        (QCoreApplication.translate("EvidenceReport", "What happened"), escape(kind_label(incident.kind))),
        (
            QCoreApplication.translate("EvidenceReport", "How it affected the counselor"),
            escape(effect_label(incident.effect)),
        ),
        (QCoreApplication.translate("EvidenceReport", "Call reference"), escape(incident.call_ref) or "—"),
    ]
    if incident.break_min:
        minutes = fmt.minutes(incident.break_min)
        rows.append((QCoreApplication.translate("EvidenceReport", "Recovery break started"), escape(minutes)))
    note = escape(incident.note).replace("\n", "<br>") if incident.note else "—"
    rows.append((QCoreApplication.translate("EvidenceReport", "Note"), note))
    if incident.edited_at is not None:
        edited = escape(local_iso(incident.edited_at))
        rows.append((QCoreApplication.translate("EvidenceReport", "Note last edited"), edited))
    return rows


def report_html(report: EvidenceReport) -> str:
    count = len(report.incidents)
    produced = QCoreApplication.translate(
        "EvidenceReport",
        "Produced on %s at the counselor's request. It contains only the incidents they chose: %d, from %s to %s.",
    ) % (local_iso(report.produced_at), count, local_iso(report.first), local_iso(report.last))
    method = QCoreApplication.translate(
        "EvidenceReport",
        "Each incident was recorded by the counselor in WellCare on their own computer, at the time shown "
        "(local time with its offset from UTC, ISO 8601). Notes are in the counselor's own words.",
    )
    parts = ["<html><body>", f"<h1>{escape(_title())}</h1>", f"<p>{escape(produced)}</p>", f"<p>{escape(method)}</p>"]
    for number, incident in enumerate(report.incidents, start=1):
        title = QCoreApplication.translate("EvidenceReport", "Incident %d of %d") % (number, count)
        parts.append(f"<h2>{escape(title)}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="6" width="100%">')
        for label, value in _rows(incident):
            parts.append(f'<tr><th align="left" width="28%">{escape(label)}</th><td>{value}</td></tr>')
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def report_document(report: EvidenceReport, font: QFont | None = None) -> QTextDocument:
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(report_html(report))
    return document


def render_pdf(report: EvidenceReport, font: QFont | None = None) -> bytes:
    """The whole PDF, in memory."""
    document = report_document(report, font)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(_title())
    writer.setCreator("WellCare")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def write_pdf(report: EvidenceReport, path: Path, font: QFont | None = None) -> int:
    """Write the report to `path` (and nowhere else); returns its size in bytes."""
    pdf = render_pdf(report, font)
    if not pdf.startswith(b"%PDF-"):
        raise OSError("the PDF could not be produced")
    path.write_bytes(pdf)
    return len(pdf)
