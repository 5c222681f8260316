"""The coordinator's EAP inbox: decrypted requests with triage status, and replies with appointments."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.eap import Appointment, Urgency
from wellcare.eap.office_inbox import CoordinatorEapError, InboxEvent, InboxRequest, Triage
from wellcare.eap.protocol import MAX_REPLY_NOTE, MAX_WHERE, clean_text
from wellcare.inbox.keys_store import CoordinatorSetup
from wellcare.policy import PolicyError
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap import texts
from wellcare.ui.eap.inbox_model import InboxModel
from wellcare.ui.eap.widgets import card, plain
from wellcare.ui.file_dialogs import existing_directory
from wellcare.ui.theme import WARN, heading
from wellcare.vault import VaultError


def _label(text: str, *, bold: bool = False, role: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # requests are written by people: never HTML
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if role:
        label.setProperty("role", role)
    return label


class SetupPanel(QWidget):
    """First use of coordinator mode: keys, the exchange folder and the policy file for IT."""

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(
            plain(
                self.tr(
                    "Before counselors can send requests, this profile needs its keys, and IT needs a policy file "
                    "that carries the public half of them. The private keys never leave this profile's vault."
                )
            )
        )
        form = QFormLayout()
        self.org = QLineEdit()
        self.org.setAccessibleName(self.tr("Organisation"))
        form.addRow(self.tr("Organisation"), self.org)
        self.name = QLineEdit(self.tr("EAP office"))
        self.name.setAccessibleName(self.tr("Shown to counselors as"))
        form.addRow(self.tr("Shown to counselors as"), self.name)
        folder_row = QHBoxLayout()
        self.exchange = QLineEdit()
        self.exchange.setAccessibleName(self.tr("Exchange folder"))
        self.exchange.setPlaceholderText(self.tr("a shared folder, e.g. a network share"))
        folder_row.addWidget(self.exchange, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Exchange folder"), folder_row)
        self.counselor_exchange = QLineEdit()
        self.counselor_exchange.setAccessibleName(self.tr("Folder as counselors reach it"))
        self.counselor_exchange.setPlaceholderText(self.tr("only if different, e.g. \\\\server\\wellcare"))
        form.addRow(self.tr("Folder as counselors reach it"), self.counselor_exchange)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("EAP phone"))
        form.addRow(self.tr("EAP phone"), self.phone)
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("EAP e-mail"))
        form.addRow(self.tr("EAP e-mail"), self.email)
        layout.addLayout(form)
        self.problem = plain("", role="warning")
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Create keys and policy file"))
        self.create_button.setProperty("primary", True)
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        layout.addLayout(row)

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Exchange folder"), self.exchange.text().strip())
        if folder:
            self.exchange.setText(folder)

    def create(self) -> None:
        org, exchange = self.org.text().strip(), self.exchange.text().strip()
        if not org or not exchange:
            self.problem.setText(self.tr("Give the organisation's name and the exchange folder."))
            return
        setup = CoordinatorSetup(
            org=org,
            exchange=exchange,
            name=self.name.text().strip() or self.tr("EAP office"),
            counselor_exchange=self.counselor_exchange.text().strip(),
            eap_phone=self.phone.text().strip(),
            eap_email=self.email.text().strip(),
        )
        try:
            self._model.set_up(setup)
        except (OSError, ValueError, VaultError, PolicyError) as exc:
            self.problem.setText(self.tr("The set-up did not finish: %s") % exc)


class RequestDetail(QWidget):
    """Everything about one request, its history, and the reply controls."""

    def __init__(self, model: InboxModel, request: InboxRequest, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.request = request
        self._language = language
        c = request.content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(
            heading(self.tr("Request %s · %s") % (request.short_id, texts.request_type(request.kind)), scale=1.15)
        )
        if c is None:  # only the tombstone is left: the week, not the moment
            received = self.tr("Received: %s") % fmt.week(request.received_at.date())
        else:
            received = self.tr("Received %s") % texts.format_when(request.received_at)
        layout.addWidget(_label(received, role="muted"))
        if request.urgency is Urgency.URGENT and request.triage.is_open:
            urgent = _label(self.tr("Urgent: the counselor asked to be contacted as soon as possible."), bold=True)
            urgent.setStyleSheet(f"color: {WARN};")
            layout.addWidget(urgent)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.addRow(self.tr("Urgency"), _label(texts.urgency(request.urgency)))
        if c is not None:
            times = ", ".join(texts.time_window(t) for t in c.times) + (f"\n{c.times_note}" if c.times_note else "")
            facts.addRow(self.tr("Preferred times"), _label(times))
            facts.addRow(self.tr("Contact"), _label(f"{texts.contact_method(c.contact_method)}: {c.contact}"))
            language_name = {"ko": "한국어", "en": "English"}.get(c.lang, c.lang)
            facts.addRow(self.tr("Language"), _label(language_name))
        layout.addLayout(facts)
        self.retention = _label(self._retention_text(), role="muted")
        self.retention.setVisible(bool(self.retention.text()))
        layout.addWidget(self.retention)
        if c is not None and c.note:
            layout.addWidget(card(_label(self.tr("Note"), bold=True), _label(c.note)))
        for attachment in c.attachments if c is not None else ():
            parts = [_label(attachment.title, bold=True)]
            if attachment.text != attachment.title:
                parts.append(_label(attachment.text))
            layout.addWidget(card(*parts))

        status_row = QHBoxLayout()
        status_label = _label(self.tr("Status"), bold=True)
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
        layout.addLayout(status_row)

        history = "\n".join(self._history_lines())
        layout.addWidget(_label(history, role="muted"))

        self.problem = plain("", role="warning")
        self.problem.setVisible(False)
        if request.triage.is_open:
            layout.addWidget(self._reply_box())
        layout.addWidget(self.problem)
        layout.addStretch(1)

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
                else:
                    lines.append(self.tr("%s · declined") % when)
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
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
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
        if self.request.appointment is not None:
            return self.request.appointment.start.astimezone().replace(tzinfo=None)
        day = self._model.clock.now().astimezone() + timedelta(days=1)
        while day.isoweekday() > 5:
            day += timedelta(days=1)
        return day.replace(hour=10, minute=0, second=0, microsecond=0, tzinfo=None)

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


class InboxPage(QWidget):
    """The list of requests beside the selected one's details; set-up first when needed."""

    COLUMNS = 4

    def __init__(self, model: InboxModel, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._language = language
        self.detail: RequestDetail | None = None
        self.setup_panel: SetupPanel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("EAP inbox")), 1)
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(lambda: self._model.import_now())
        top.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.status = _label("", role="muted")
        layout.addWidget(self.status)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Urgency"), self.tr("Type"), self.tr("Received"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows choose a request; Tab goes on to its details
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.splitter.addWidget(self.table)
        self.detail_area = QScrollArea()
        self.detail_area.setAccessibleName(self.tr("Request details"))
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.viewport().setAutoFillBackground(False)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([320, 460])
        body.addWidget(self.splitter, 1)
        self.empty = plain(self.tr("No requests yet. New ones appear here as soon as they arrive."), role="muted")
        body.addWidget(self.empty)
        self.quarantine = _label("", role="muted")
        body.addWidget(self.quarantine)
        layout.addWidget(self.body, 1)

        self._ids: list[str] = []
        self._requests: list[InboxRequest] = []
        model.changed.connect(self.refresh)
        model.imported.connect(self._imported)  # a bound method: Qt disconnects it when the page goes
        self.refresh()

    def refresh(self) -> None:
        if not self._model.ready:
            self._show_setup()
            return
        if self.setup_panel is not None:
            self.layout().removeWidget(self.setup_panel)
            self.setup_panel.hide()
            self.setup_panel.deleteLater()
            self.setup_panel = None
        self.body.setVisible(True)
        self.check_button.setVisible(True)
        try:
            requests = self._model.requests()
        except VaultError:
            return
        self._requests = requests
        self._update_status(requests)
        selected = self.selected_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(requests))
        for row, request in enumerate(requests):
            cells = (
                texts.urgency_short(request.urgency),
                texts.request_type(request.kind),
                fmt.week(request.received_at.date()) if request.purged else texts.format_short(request.received_at),
                texts.triage(request.triage),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the column may be too narrow for a long type name
                item.setData(Qt.ItemDataRole.UserRole, request.envelope_id)
                if request.urgency is Urgency.URGENT and request.triage.is_open:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    if column == 0:
                        item.setForeground(Qt.GlobalColor.darkRed)
                elif not request.triage.is_open:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self._ids = [r.envelope_id for r in requests]
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))
        elif self._ids:
            self.table.selectRow(0)
        self.table.blockSignals(False)
        self.splitter.setVisible(bool(requests))
        self.empty.setVisible(not requests)
        self._show_detail()

    def _imported(self, _report: object) -> None:
        if self._model.ready:
            self._update_status(self._requests)

    def _update_status(self, requests: list[InboxRequest]) -> None:
        model = self._model
        open_count = sum(1 for r in requests if r.triage.is_open)
        new = sum(1 for r in requests if r.triage is Triage.NEW)
        urgent = sum(1 for r in requests if r.triage.is_open and r.urgency is Urgency.URGENT)
        parts = [self.tr("Keys: %s") % model.fingerprint]
        if model.last_checked is not None:
            parts.append(self.tr("last checked %s") % texts.format_when(model.last_checked))
        parts.append(self.tr("%d open, %d new, %d urgent") % (open_count, new, urgent))
        if model.last_error:
            parts.append(self.tr("the exchange folder cannot be read right now"))
        pending = model.pending_replies()
        if pending:
            parts.append(self.tr("%n reply/replies waiting to be written", "", pending))
        policy = self.tr("Policy file for IT: %s") % model.policy_path if model.policy_path.exists() else ""
        self.status.setText(" · ".join(parts) + (f"\n{policy}" if policy else ""))
        quarantined = model.quarantined()
        if quarantined:
            reasons: dict[str, int] = {}
            for reason in quarantined.values():
                reasons[reason] = reasons.get(reason, 0) + 1
            listed = ", ".join(f"{reason} ×{n}" for reason, n in sorted(reasons.items()))
            self.quarantine.setText(
                self.tr(
                    "%n file(s) in the inbox were refused and moved to quarantine (%1).", "", len(quarantined)
                ).replace("%1", listed)
            )
        self.quarantine.setVisible(bool(quarantined))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, envelope_id: str) -> None:
        if envelope_id in self._ids:
            self.table.selectRow(self._ids.index(envelope_id))

    def _show_detail(self) -> None:
        envelope_id = self.selected_id()
        focused = self.window().focusWidget()  # the window's, so also while a message box has closed
        kept = self.detail is not None and focused is not None and self.detail.isAncestorOf(focused)
        on_triage = kept and focused is self.detail.triage  # type: ignore[union-attr]
        old = self.detail_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.detail = None
        request = None
        if envelope_id is not None:
            try:
                request = self._model.get(envelope_id)
            except (CoordinatorEapError, VaultError):
                request = None
        if request is not None:
            self.detail = RequestDetail(self._model, request, self._language)
            self.detail_area.setWidget(self.detail)
            self.detail.setAutoFillBackground(False)  # setWidget() turned it on: keep the page's surface
        if kept:  # rebuilt under the keyboard: the status choice stays; after a reply, back to the list
            stay = self.detail is not None and on_triage and self.detail.triage.isEnabled()
            (self.detail.triage if stay else self.table).setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[union-attr]

    def _show_setup(self) -> None:
        self.body.setVisible(False)
        self.check_button.setVisible(False)
        self.status.setText(self.tr("Coordinator mode is not set up yet."))
        if self.setup_panel is None:
            self.setup_panel = SetupPanel(self._model)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.count() - 1, self.setup_panel)
