"""The evidence report as a PDF: laid out by QTextDocument, printed by QPdfWriter into memory.

The PDF is built in a QBuffer and written once, to the path the counselor chose; no temporary
file with the report's text ever exists elsewhere. Dates read as the interface writes them, with
the offset from UTC beside them; an incident's table never breaks across pages (it starts on a
new page instead, unless it is taller than a page); the last section leaves room for the
counselor's name and department and the measures they request, both optional, filled in by hand.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument, QTextTable

from wellcare.incidents import EvidenceReport, Incident
from wellcare.ui import locale_format as fmt
from wellcare.ui.incidents.texts import effect_label, kind_label

RESOLUTION_DPI = 300


def _title() -> str:
    return QCoreApplication.translate("EvidenceReport", "Hard-call evidence report")


def when(at: datetime) -> str:
    """ "Thu 12 Mar 2026, 14:30:05 (UTC+09:00)" / "2026년 3월 12일 (목) 14:30:05 (UTC+09:00)"."""
    offset = at.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{fmt.day_time(at)}:{at.second:02d} ({zone})"


def _rows(incident: Incident) -> list[tuple[str, str]]:
    """(label, HTML value) pairs for one incident."""
    rows = [
        (QCoreApplication.translate("EvidenceReport", "Date and time"), escape(when(incident.at))),
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
        edited = escape(when(incident.edited_at))
        rows.append((QCoreApplication.translate("EvidenceReport", "Note last edited"), edited))
    return rows


def report_html(report: EvidenceReport) -> str:
    count = len(report.incidents)
    produced = QCoreApplication.translate(
        "EvidenceReport",
        "Produced on %s at the counselor's request. It contains only the incidents they chose: %d, from %s to %s.",
    ) % (when(report.produced_at), count, when(report.first), when(report.last))
    method = QCoreApplication.translate(
        "EvidenceReport",
        "Each incident was recorded by the counselor in WellCare on their own computer, at the time shown "
        "(local time, with its offset from UTC). Notes are in the counselor's own words.",
    )
    parts = ["<html><body>", f"<h1>{escape(_title())}</h1>", f"<p>{escape(produced)}</p>", f"<p>{escape(method)}</p>"]
    for number, incident in enumerate(report.incidents, start=1):
        title = QCoreApplication.translate("EvidenceReport", "Incident %d of %d") % (number, count)
        parts.append(f"<h2>{escape(title)}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="6" width="100%">')
        for label, value in _rows(incident):
            parts.append(f'<tr><th align="left" width="28%">{escape(label)}</th><td>{value}</td></tr>')
        parts.append("</table>")
    parts.append(f"<h2>{escape(QCoreApplication.translate('EvidenceReport', 'For the employer (optional)'))}</h2>")
    parts.append('<table border="1" cellspacing="0" cellpadding="6" width="100%">')
    for label in (
        QCoreApplication.translate("EvidenceReport", "Name and department (optional)"),
        QCoreApplication.translate(
            "EvidenceReport",
            "Measures requested (optional: e.g. a break, a change of duties, legal support, reporting to the police)",
        ),
    ):
        blank = "<br>" * 3  # room to write by hand
        parts.append(f'<tr><th align="left" width="28%">{escape(label)}</th><td>{blank}</td></tr>')
    parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def report_document(report: EvidenceReport, font: QFont | None = None, page: QSizeF | None = None) -> QTextDocument:
    """The report laid out; with `page` (the printable area) paginated so no table breaks."""
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(report_html(report))
    if page is not None:
        document.setPageSize(page)
        keep_tables_whole(document)
    return document


def tables(document: QTextDocument) -> list[QTextTable]:
    found: list[QTextTable] = []
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            found.append(frame)
    return found


def table_pages(document: QTextDocument, table: QTextTable) -> tuple[int, int]:
    """The pages (0-based) where a table's first and last line lie."""
    rect = document.documentLayout().frameBoundingRect(table)
    height = document.pageSize().height()
    return int(rect.top() // height), int((rect.bottom() - 1) // height)


def keep_tables_whole(document: QTextDocument) -> None:
    """Move each table that would break across a page, with its heading, to the next page (one pass
    per table, top to bottom: a move shifts everything after it)."""
    height = document.pageSize().height()
    for table in tables(document):
        first, last = table_pages(document, table)
        rect = document.documentLayout().frameBoundingRect(table)
        if first == last or rect.height() >= height:
            continue  # fits, or taller than a page: it must break somewhere
        heading = document.findBlock(table.firstPosition() - 1)  # the block just before: the incident's title
        cursor = QTextCursor(heading)
        block_format = cursor.blockFormat()
        block_format.setPageBreakPolicy(block_format.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(block_format)


def render_pdf(report: EvidenceReport, font: QFont | None = None) -> bytes:
    """The whole PDF, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    document = report_document(report, font, printable_area())
    writer.setTitle(_title())
    writer.setCreator("WellCare")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def printable_area() -> QSizeF:
    """A4 less 18 mm margins at the layout's 96 dpi (what QTextDocument.print_ itself would use): the page
    the document is paginated to before printing, so the page breaks chosen here are the printed ones."""
    width_mm, height_mm = 210 - 36, 297 - 36
    return QSizeF(width_mm / 25.4 * 96, height_mm / 25.4 * 96)


def write_pdf(report: EvidenceReport, path: Path, font: QFont | None = None) -> int:
    """Write the report to `path` (and nowhere else); returns its size in bytes."""
    pdf = render_pdf(report, font)
    if not pdf.startswith(b"%PDF-"):
        raise OSError("the PDF could not be produced")
    path.write_bytes(pdf)
    return len(pdf)
