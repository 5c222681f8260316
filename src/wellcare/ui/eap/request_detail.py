"""One request in the coordinator's inbox: what the counselor asked, its history, triage and the reply."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellcare.eap import Appointment, RequestType, Urgency
from wellcare.eap.office_inbox import CoordinatorEapError, InboxEvent, InboxRequest, Triage
from wellcare.eap.proposal import propose_start
from wellcare.eap.protocol import MAX_REPLY_NOTE, MAX_WHERE, clean_text
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap import texts
from wellcare.ui.eap.inbox_model import InboxModel
from wellcare.ui.eap.legal_steps import LegalSteps
from wellcare.ui.eap.widgets import card, plain, selectable_label
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import WARN, heading


class RequestDetail(QWidget):
    """Everything about one request, its history, and the reply controls."""

    def __init__(self, model: InboxModel, request: InboxRequest, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.request = request
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)
        self._build_header(layout)
        self._build_facts(layout)
        layout.addLayout(self._build_status_row())
        history = "\n".join(self._history_lines())
        layout.addWidget(selectable_label(history, role="muted"))

        self.problem = plain("", role="warning")
        self.problem.setVisible(False)
        if request.triage.is_open:
            layout.addWidget(self._reply_box())
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def _build_header(self, layout: QVBoxLayout) -> None:
        request = self.request
        layout.addWidget(
            heading(self.tr("Request %s · %s") % (request.short_id, texts.request_type(request.kind)), scale=1.15)
        )
        if request.content is None:  # only the tombstone is left: the week, not the moment
            received = self.tr("Received: %s") % fmt.week(request.received_at.date())
        else:
            received = self.tr("Received %s") % texts.format_when(request.received_at)
        layout.addWidget(selectable_label(received, role="muted"))
        if request.urgency is Urgency.URGENT and request.triage.is_open:
            urgent = selectable_label(
                self.tr("Urgent: the counselor asked to be contacted as soon as possible."), bold=True
            )
            urgent.setStyleSheet(f"color: {WARN};")
            layout.addWidget(urgent)

    def _build_facts(self, layout: QVBoxLayout) -> None:
        """Urgency, times, contact, language; the retention line; the note and attachments."""
        request = self.request
        c = request.content
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.addRow(self.tr("Urgency"), selectable_label(texts.urgency(request.urgency)))
        if c is not None:
            times = ", ".join(texts.time_window(t) for t in c.times) + (f"\n{c.times_note}" if c.times_note else "")
            facts.addRow(self.tr("Preferred times"), selectable_label(times))
            facts.addRow(self.tr("Contact"), selectable_label(f"{texts.contact_method(c.contact_method)}: {c.contact}"))
            language_name = {"ko": "한국어", "en": "English"}.get(c.lang, c.lang)
            facts.addRow(self.tr("Language"), selectable_label(language_name))
        layout.addLayout(facts)
        self.retention = selectable_label(self._retention_text(), role="muted")
        self.retention.setVisible(bool(self.retention.text()))
        layout.addWidget(self.retention)
        if c is not None and c.note:
            layout.addWidget(card(selectable_label(self.tr("Note"), bold=True), selectable_label(c.note)))
        for attachment in c.attachments if c is not None else ():
            parts = [selectable_label(attachment.title, bold=True)]
            if attachment.text != attachment.title:
                parts.append(selectable_label(attachment.text))
            layout.addWidget(card(*parts))

    def _build_status_row(self) -> QHBoxLayout:
        """The triage status: editable while new or in progress, fixed once answered or closed."""
        request = self.request
        status_row = QHBoxLayout()
        status_label = selectable_label(self.tr("Status"), bold=True)
        status_row.addWidget(status_label)
        self.triage = QComboBox()
        status_label.setBuddy(self.triage)
        self.triage.setAccessibleName(self.tr("Status"))
        if request.triage in (Triage.NEW, Triage.IN_PROGRESS):
            for code in (Triage.NEW, Triage.IN_PROGRESS):
                self.triage.addItem(texts.triage(code), code.value)
            self.triage.setCurrentIndex(self.triage.findData(request.triage.value))
            self.triage.currentIndexChanged.connect(self._triage_changed)
        else:
            self.triage.addItem(texts.triage(request.triage), request.triage.value)
            self.triage.setEnabled(False)
        status_row.addWidget(self.triage)
        status_row.addStretch(1)
        return status_row

    def _retention_text(self) -> str:
        """When a closed request's content goes, or that it went (and what was kept)."""
        request = self.request
        if request.purged:
            days = request.purged_after_days or self._model.retention_days
            return (
                self.tr("Content deleted after %n day(s).", "", days)
                + " "
                + self.tr("Only its type, urgency, status and week are kept, for the counts.")
            )
        when = self._model.purge_date(request)
        if when is None:
            return ""
        text = self.tr(
            "Content will be deleted on %1, %n day(s) after the request was closed.", "", self._model.retention_days
        )
        return text.replace("%1", fmt.day(when.astimezone().date()))

    def _history_lines(self) -> list[str]:
        lines = []
        for event in self.request.events:
            when = texts.format_when(event.at)
            if event.what is InboxEvent.RECEIVED:
                lines.append(self.tr("%s · received; automatic receipt sent") % when)
            elif event.what is InboxEvent.TRIAGE:
                lines.append(self.tr("%s · marked %s") % (when, texts.triage(Triage(event.detail["triage"]))))
            elif event.what is InboxEvent.REPLIED:
                status = str(event.detail.get("status"))
                if status == "scheduled":
                    start = datetime.fromisoformat(event.detail["appointment"]["start"])
                    start_text = texts.format_when(start)
                    lines.append(self.tr("%s · appointment sent: %s") % (when, start_text))
                elif status == "done":
                    lines.append(self.tr("%s · marked done") % when)
                elif status in (Triage.REVIEWED, Triage.ACTION_TAKEN):  # a legal case's signed step
                    lines.append(self.tr("%s · sent: %s") % (when, texts.triage(Triage(status))))
                else:
                    lines.append(self.tr("%s · declined") % when)
                appointment = event.detail.get("appointment")
                note = appointment.get("note", "") if isinstance(appointment, dict) else ""
                message = str(event.detail.get("message", "") or note or "")
                if message:  # what was written to the counselor stays with the request
                    lines.append(self.tr("Note sent: %s") % message)
            elif event.what is InboxEvent.CANCELLED:
                lines.append(self.tr("%s · cancelled by the counselor") % when)
            elif event.what is InboxEvent.BAD_CANCEL:
                lines.append(self.tr("%s · a cancellation with a wrong proof was ignored") % when)
        return lines

    def _reply_box(self) -> QFrame:
        box = QFrame()
        box.setProperty("role", "card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(heading(self.tr("Reply"), scale=1.1))
        layout.addWidget(
            plain(
                self.tr("Signed by this profile and sealed so that only the counselor's app can read it."),
                role="muted",
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setLocale(fmt.qlocale())  # the interface's date words, 24-hour
        self.start.setDisplayFormat(fmt.date_time_edit_pattern())
        self.start.setAccessibleName(self.tr("Date and time"))
        self.start.setDateTime(QDateTime(self._default_start()))
        form.addRow(self.tr("Date and time"), self.start)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(self.request.appointment.minutes if self.request.appointment else 50)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length"))
        form.addRow(self.tr("Length"), self.minutes)
        self.where = QLineEdit(self.request.appointment.where if self.request.appointment else "")
        self.where.setMaxLength(MAX_WHERE)
        self.where.setPlaceholderText(self.tr("a room, an address or a video link"))
        self.where.setAccessibleName(self.tr("Place or link"))
        self.where.returnPressed.connect(self.send_appointment)  # Enter in the line sends, as the button
        form.addRow(self.tr("Place or link"), self.where)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note to the counselor"))
        self.note.setTabChangesFocus(True)  # Tab moves on to Send; a note needs no tab characters
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note to the counselor"), self.note)
        layout.addLayout(form)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        label = self.tr("Send changed appointment") if self.request.appointment else self.tr("Send appointment")
        self.send_button = QPushButton(label)
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.send_appointment)
        send_row.addWidget(self.send_button)
        layout.addLayout(send_row)
        self.legal: LegalSteps | None = None
        if self.request.kind is RequestType.LEGAL_SUPPORT:  # a legal case moves on by signed steps too
            self.legal = LegalSteps(lambda s: self._act(lambda: self._model.legal_step(self.request.envelope_id, s,
                                                                                       self._note())))  # fmt: skip
            layout.addWidget(self.legal)
        close_row = QHBoxLayout()  # closing the request: a row of its own, apart from the primary action
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        close_row.addWidget(self.done_button)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.clicked.connect(self.decline)
        close_row.addWidget(self.decline_button)
        close_row.addStretch(1)
        layout.addLayout(close_row)
        return box

    def _default_start(self) -> datetime:
        """The appointment already given, else the first slot in the counselor's preferred times."""
        if self.request.appointment is not None:
            return self.request.appointment.start.astimezone().replace(tzinfo=None)
        times = self.request.content.times if self.request.content is not None else ()
        return propose_start(times, self._model.clock.now().astimezone()).replace(tzinfo=None)

    def _note(self) -> str:
        return clean_text(self.note.toPlainText(), multiline=True)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def appointment(self) -> Appointment | None:
        start = self.start.dateTime().toPython().astimezone()  # local wall time -> aware
        where = clean_text(self.where.text())
        if not where:
            self._problem(self.tr("Say where the appointment is: a room, an address or a link."))
            self.where.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if start <= self._model.clock.now():
            self._problem(self.tr("The appointment time is in the past."))
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if len(self._note()) > MAX_REPLY_NOTE:
            self._problem(self.tr("The note is longer than %n character(s).", "", MAX_REPLY_NOTE))
            return None
        return Appointment(start=start, minutes=self.minutes.value(), where=where, note=self._note())

    def send_appointment(self) -> None:
        appointment = self.appointment()
        if appointment is None:
            return
        self._act(lambda: self._model.schedule(self.request.envelope_id, appointment))

    def mark_done(self) -> None:
        self._act(lambda: self._model.close(self.request.envelope_id, done=True, message=self._note()))

    def decline(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Decline the request?"),
            self.tr("The counselor will see the request as closed, with your note. Write a note that helps them."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: self._model.close(self.request.envelope_id, done=False, message=self._note()))

    def _triage_changed(self) -> None:
        self._act(lambda: self._model.set_triage(self.request.envelope_id, Triage(self.triage.currentData())))

    def _act(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except CoordinatorEapError as exc:
            self._problem(
                self.tr("This request is already closed.")
                if exc.code == "closed"
                else self.tr("The reply is too long; shorten the note.")
            )
        except VaultError:
            self._problem(self.tr("WellCare could not save this. Nothing was sent."))
