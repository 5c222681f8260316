"""Small dialogs of the Programs page: why an exercise helps, a program's schedule, enrolling, the journal.

All are opened with ``open()`` (never a nested ``exec()``), so jobs and tests keep running.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellcare.programs.enrollment import clean_share
from wellcare.programs.model import Evidence, pick
from wellcare.programs.offers import LIMITS, OfferError
from wellcare.programs.progress import ProgramSchedule
from wellcare.programs.store import JournalEntry
from wellcare.ui import locale_format as fmt
from wellcare.ui.theme import heading, paragraph


class EvidenceDialog(QDialog):
    """What the research says, in plain words, with the references and any caution."""

    def __init__(
        self, title: str, evidence: Evidence, language: str, caution: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why it helps"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(title, scale=1.25))
        layout.addWidget(paragraph(pick(evidence.text, language)))
        if caution:
            layout.addWidget(paragraph(caution, role="warning"))
        layout.addWidget(heading(self.tr("References"), scale=1.0))
        for reference in evidence.references:
            label = paragraph(reference, role="muted")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ScheduleDialog(QDialog):
    """When to be reminded of a program's sessions: a time of day and weekdays."""

    def __init__(self, title: str, schedule: ProgramSchedule, *, starting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start %s") % title if starting else self.tr("Change reminders"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(title, scale=1.25))
        layout.addWidget(paragraph(self.tr("When would you like a reminder for each session?")))
        form = QFormLayout()
        self.time = QTimeEdit(QTime(schedule.at.hour, schedule.at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        form.addRow(self.tr("Time"), self.time)
        days = QHBoxLayout()
        self.days: dict[int, QCheckBox] = {}
        for iso in range(1, 8):
            box = QCheckBox(fmt.weekday(iso))
            box.setChecked(iso in schedule.weekdays)
            box.toggled.connect(self._check)
            self.days[iso] = box
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("Days"), days)
        layout.addLayout(form)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Reminders wait until you are off a call. Missing a day is fine: "
                    "the program waits for you, and one missed day never breaks your streak."
                ),
                role="muted",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start") if starting else self.tr("Save"))
        ok.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for box in self.days.values()))

    def schedule(self) -> ProgramSchedule:
        chosen = self.time.time()
        return ProgramSchedule(
            time(chosen.hour(), chosen.minute()),
            frozenset(iso for iso, box in self.days.items() if box.isChecked()),
        )


class EnrollDialog(QDialog):
    """Enrolling: only what the counselor chooses to share goes, sealed, to the EAP office."""

    def __init__(self, offer_title: str, coordinator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enroll"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(offer_title, scale=1.25))
        who = coordinator or self.tr("the EAP office")
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your enrollment is sealed so that only %s can read it; your team leader does not see it. "
                    "Share only what you want them to know."
                )
                % who
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(LIMITS["name"])
        self.name.setAccessibleName(self.tr("Name (optional)"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(LIMITS["contact"])
        self.contact.setPlaceholderText(self.tr("Phone, extension or e-mail"))
        self.contact.setAccessibleName(self.tr("How to reach you"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("For example: dietary needs, accessibility, questions"))
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Name (optional)"), self.name)
        form.addRow(self.tr("How to reach you"), self.contact)
        form.addRow(self.tr("Note (optional)"), self.note)
        layout.addLayout(form)
        self.problem = paragraph("", role="warning")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(
            paragraph(self.tr("Give a name or a way to reach you, so the EAP office can confirm your place."), "muted")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send enrollment"))
        self.send_button.setProperty("primary", True)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shared: dict[str, str] = {}

    def _check(self) -> None:
        try:
            share = clean_share(self.name.text(), self.contact.text(), self.note.toPlainText()[: LIMITS["note"]])
        except OfferError:
            self.problem.setText(self.tr("Please remove unusual characters from what you typed."))
            self.problem.show()
            return
        if not share.get("name") and not share.get("contact"):
            self.problem.setText(self.tr("Add a name or a way to reach you."))
            self.problem.show()
            return
        self.shared = share
        self.accept()


class JournalDialog(QDialog):
    """The three-good-things entries, newest first; they never leave the vault."""

    def __init__(self, entries: list[JournalEntry], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My good things"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Kept only in your encrypted vault on this computer."), role="muted"))
        view = QTextBrowser()
        view.setOpenLinks(False)
        if not entries:
            view.setPlainText(self.tr("Nothing here yet. The 'Three good things' exercise adds to it."))
        else:
            lines: list[str] = []
            for entry in entries:
                lines.append(fmt.day_time(entry.at))
                for item in entry.entries:
                    why = item.get("why", "")
                    lines.append(f"  • {item.get('what', '')}" + (f" — {why}" if why else ""))
                lines.append("")
            view.setPlainText("\n".join(lines))
        layout.addWidget(view)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
