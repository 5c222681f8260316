"""The request form: what would help, how soon, when, how to reach you, a note, chosen attachments.

Nothing is attached unless ticked, and a ticked attachment's exact text can be read before
sending. Below who can read it, the form says how long the EAP office keeps it (the policy's
``[eap] retention_days``), as PIPA asks at collection, and the limits of confidentiality. Choosing
"urgent" puts the crisis lines at the top of the form (the EAP is not an emergency service), with
the office's stated hours and urgent response time, and says so plainly when it is closed now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellcare.eap import (
    AttachmentChoice,
    ContactMethod,
    EapError,
    RequestContent,
    RequestType,
    TimeWindow,
    Urgency,
)
from wellcare.eap.protocol import MAX_ATTACHMENTS, MAX_CONTACT, MAX_NOTE, MAX_TIMES_NOTE, clean_text
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap import office_texts, texts
from wellcare.ui.eap.model import EapModel
from wellcare.ui.eap.widgets import CrisisBox, plain
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import heading
from wellcare.ui.wrap import CheckRow, FlowLayout

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE_DIGITS = re.compile(r"[0-9]")


class AttachmentRow(QWidget):
    """One optional attachment: a checkbox (unticked), and its exact text behind "Show"."""

    def __init__(self, choice: AttachmentChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        attachment = choice.as_attachment()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        row = CheckRow(attachment.title)
        self.check = row.check
        top.addWidget(row, 1)
        self.show_button = QPushButton(self.tr("Show what is sent"))
        self.show_button.setCheckable(True)
        top.addWidget(self.show_button)
        layout.addLayout(top)
        self.preview = QPlainTextEdit(attachment.text)
        self.preview.setReadOnly(True)
        self.preview.setTextInteractionFlags(  # a caret, so it can be read line by line from the keyboard
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Text that would be sent"))
        self.preview.setFixedHeight(100)  # a scroll area lays pages out at their minimum height
        self.preview.setVisible(False)
        layout.addWidget(self.preview)
        self.show_button.toggled.connect(self._toggle)

    def _toggle(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show what is sent"))


class RequestForm(QWidget):
    """Emits ``sent(request_id)`` after a successful send, ``closed()`` when the user goes back."""

    sent = Signal(int)
    closed = Signal()

    def __init__(
        self,
        model: EapModel,
        kind: RequestType = RequestType.COUNSELING,
        urgency: Urgency = Urgency.ROUTINE,
        parent: QWidget | None = None,
        *,
        attach: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.field_problems: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Ask for an EAP session")))
        self._build_intro(layout, model)
        layout.addWidget(self._build_kind_box(kind))
        layout.addWidget(self._build_urgency_box(urgency))
        layout.addWidget(self._build_times_box())
        layout.addWidget(self._build_contact_box(model))
        layout.addWidget(self._build_note_box())
        layout.addWidget(self._build_attach_box(model, attach))

        self.problem = plain("", role="warning")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)
        self._watch_fixes()

    # -- building -----------------------------------------------------------------------------
    def _build_intro(self, layout: QVBoxLayout, model: EapModel) -> None:
        """Crisis lines (urgent only), who can read the request, how long it is kept, confidentiality."""
        language = model.language()
        coordinator = model.coordinator()
        self.crisis = CrisisBox(model.crisis_lines(), language, eap_phone=model.office().phone)
        self.crisis.setVisible(False)
        layout.addWidget(self.crisis)
        # shown with the crisis lines for an urgent request: only what the policy states about time
        office, now = model.office(), model.now()
        urgent_parts = [  # the office's phone is in the crisis box itself
            office_texts.hours_summary(office),
            office_texts.open_now(office, now),
            office_texts.response_promise(office),
        ]
        if office_texts.closed_now(office, now):
            urgent_parts.append(self.tr("Outside office hours, please call one of the lines above first."))
        elif not office.urgent_response_hours:
            urgent_parts.append(self.tr("The EAP office has not said how soon it answers an urgent request."))
        self.urgent_info = plain(" ".join(p for p in urgent_parts if p))
        self.urgent_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.urgent_info.setVisible(False)
        layout.addWidget(self.urgent_info)

        who = coordinator.name or self.tr("the EAP coordinator")
        self.who = plain(
            self.tr(
                "Only %s can read this request (key fingerprint %s). It is sealed on this computer before it leaves."
            )
            % (who, coordinator.fingerprint)
        )
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.who)
        # told when it is collected (PIPA): how long the office keeps it; see wellcare.eap.retention
        self.retention = plain(
            self.tr(
                "The EAP office deletes what you write here %n day(s) after your request is closed; only its type, "
                "urgency, status and week are kept, for counting.",
                "",
                model.retention_days(),
            )
        )
        self.retention.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.retention)
        self.confidential = plain(office_texts.confidentiality_limits())
        self.confidential.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.confidential)

    def _build_kind_box(self, kind: RequestType) -> QGroupBox:
        """What would help."""
        kind_box = QGroupBox(self.tr("What would help?"))
        kind_layout = QVBoxLayout(kind_box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[RequestType, QRadioButton] = {}
        for code in RequestType:
            button = QRadioButton(texts.request_type(code))
            button.setAccessibleName(button.text())
            self.kind_group.addButton(button)
            self.kind_buttons[code] = button
            kind_layout.addWidget(button)
        self.kind_buttons[kind].setChecked(True)
        return kind_box

    def _build_urgency_box(self, urgency: Urgency) -> QGroupBox:
        """How soon; choosing urgent shows the crisis lines (self.crisis, built first)."""
        urgency_box = QGroupBox(self.tr("How soon?"))
        urgency_layout = QVBoxLayout(urgency_box)
        self.urgency_group = QButtonGroup(self)
        self.urgency_buttons: dict[Urgency, QRadioButton] = {}
        for code in Urgency:
            button = QRadioButton(texts.urgency(code))
            button.setAccessibleName(button.text())
            self.urgency_group.addButton(button)
            self.urgency_buttons[code] = button
            urgency_layout.addWidget(button)
        self.urgency_buttons[Urgency.URGENT].toggled.connect(self._urgent_toggled)
        self.urgency_buttons[urgency].setChecked(True)
        return urgency_box

    def _build_times_box(self) -> QGroupBox:
        """When would suit."""
        times_box = QGroupBox(self.tr("When would suit you? (choose one or more)"))
        times_layout = QVBoxLayout(times_box)
        windows = FlowLayout()
        self.time_checks: dict[TimeWindow, QCheckBox] = {}
        for code in TimeWindow:
            check = QCheckBox(texts.time_window(code))
            check.setAccessibleName(check.text())
            self.time_checks[code] = check
            windows.addWidget(check)
        times_layout.addLayout(windows)
        self.times_note = QLineEdit()
        self.times_note.setMaxLength(MAX_TIMES_NOTE)
        self.times_note.setPlaceholderText(self.tr("Other times or dates (optional), e.g. not on Wednesdays"))
        self.times_note.setAccessibleName(self.tr("Other times or dates"))
        self.times_note.returnPressed.connect(self.send)
        times_layout.addWidget(self.times_note)
        times_layout.addWidget(self._field_problem("times"))
        return times_box

    def _build_contact_box(self, model: EapModel) -> QGroupBox:
        """How the office should reach the counselor; last time's answer, from their own vault."""
        contact_box = QGroupBox(self.tr("How should the EAP office reach you?"))
        contact_column = QVBoxLayout(contact_box)
        contact_layout = QHBoxLayout()
        contact_column.addLayout(contact_layout)
        self.contact_method = QComboBox()
        self.contact_method.setAccessibleName(self.tr("Contact method"))
        for code in ContactMethod:
            self.contact_method.addItem(texts.contact_method(code), code.value)
        contact_layout.addWidget(self.contact_method)
        self.contact = QLineEdit()
        self.contact.setMaxLength(MAX_CONTACT)
        self.contact.setAccessibleName(self.tr("Phone number, address or messenger ID"))
        self.contact.returnPressed.connect(self.send)  # Enter in a line of the form sends it
        contact_layout.addWidget(self.contact, 1)
        last = model.last_contact()
        if last is not None:  # what the counselor gave last time, from their own vault
            self.contact_method.setCurrentIndex(self.contact_method.findData(last[0].value))
            self.contact.setText(last[1])
        self.contact_method.currentIndexChanged.connect(self._contact_hint)
        self._contact_hint()
        contact_column.addWidget(self._field_problem("contact"))
        return contact_box

    def _build_note_box(self) -> QGroupBox:
        note_box = QGroupBox(self.tr("Anything the EAP office should know? (optional)"))
        note_layout = QVBoxLayout(note_box)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)  # Tab moves on; a note needs no tab characters
        self.note.setPlaceholderText(self.tr("Only what you want to share. You can also say it in person."))
        self.note.setFixedHeight(120)
        note_layout.addWidget(self.note)
        self.note_count = QLabel()
        self.note_count.setProperty("role", "muted")
        self.note_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        note_layout.addWidget(self.note_count)
        self.note.textChanged.connect(self._count)
        self._count()
        note_layout.addWidget(self._field_problem("note"))
        return note_box

    def _build_attach_box(self, model: EapModel, attach: Sequence[str]) -> QGroupBox:
        """Attachments, each unticked until the counselor chooses it (or comes from it: ``attach``)."""
        attach_box = QGroupBox(self.tr("Attach (optional)"))
        attach_layout = QVBoxLayout(attach_box)
        self.attachment_rows: list[AttachmentRow] = []
        choices = model.attachment_choices()
        if choices:
            attach_layout.addWidget(
                plain(self.tr("Nothing is attached unless you tick it. Each one is sealed with your request."),
                          role="muted")
            )  # fmt: skip
            for choice in choices:
                row = AttachmentRow(choice)
                row.check.setChecked(choice.key in attach)  # e.g. the hard call the counselor comes from
                self.attachment_rows.append(row)
                attach_layout.addWidget(row)
        else:
            attach_layout.addWidget(plain(self.tr("Nothing to attach yet."), role="muted"))
        attach_layout.addWidget(self._field_problem("attachments"))
        return attach_box

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.closed)
        buttons.addWidget(self.back_button)
        self.send_button = QPushButton(self.tr("Send request"))
        self.send_button.setProperty("primary", True)
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.send_button)
        return buttons

    def _watch_fixes(self) -> None:
        """After a refused send, each change re-checks (and clears what was fixed)."""
        self._checked = False
        for check in self.time_checks.values():
            check.toggled.connect(self._recheck)
        self.contact.textChanged.connect(self._recheck)
        self.contact_method.currentIndexChanged.connect(self._recheck)
        self.note.textChanged.connect(self._recheck)
        for attachment in self.attachment_rows:
            attachment.check.toggled.connect(self._recheck)

    def _field_problem(self, key: str) -> QLabel:
        """The message about one field, shown right below it (hidden while there is none)."""
        label = plain("", role="warning")
        label.setObjectName(f"problem-{key}")
        label.setVisible(False)
        self.field_problems[key] = label
        return label

    # -- state --------------------------------------------------------------------------------
    def _urgent_toggled(self, urgent: bool) -> None:
        self.crisis.setVisible(urgent)
        self.urgent_info.setVisible(urgent and bool(self.urgent_info.text()))
        if urgent:  # the crisis lines come first: bring them into view
            parent = self.parentWidget()
            while parent is not None and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if isinstance(parent, QScrollArea):
                parent.verticalScrollBar().setValue(0)

    def _contact_hint(self) -> None:
        method = ContactMethod(self.contact_method.currentData())
        self.contact.setPlaceholderText(
            {
                ContactMethod.PHONE: self.tr("e.g. 010-1234-5678"),
                ContactMethod.SMS: self.tr("e.g. 010-1234-5678"),
                ContactMethod.EMAIL: self.tr("e.g. name@example.org"),
                ContactMethod.MESSENGER: self.tr("your messenger ID"),
            }[method]
        )

    def _count(self) -> None:
        length = len(self.note.toPlainText())
        count = self.tr("%1 / %2 characters").replace("%1", fmt.integer(length)).replace("%2", fmt.integer(MAX_NOTE))
        self.note_count.setText(count)
        self.note_count.setProperty("role", "warning" if length > MAX_NOTE else "muted")
        self.note_count.style().unpolish(self.note_count)
        self.note_count.style().polish(self.note_count)

    def selected_type(self) -> RequestType:
        return next(code for code, button in self.kind_buttons.items() if button.isChecked())

    def selected_urgency(self) -> Urgency:
        return next(code for code, button in self.urgency_buttons.items() if button.isChecked())

    # -- sending ------------------------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """What stops the form from being sent, by field ("times", "contact", "attachments", "note"), in form order."""
        found: dict[str, str] = {}
        if not any(check.isChecked() for check in self.time_checks.values()):
            found["times"] = self.tr("Choose at least one time that would suit you.")
        method = ContactMethod(self.contact_method.currentData())
        contact = clean_text(self.contact.text())
        if not contact:
            found["contact"] = self.tr("Say how the EAP office can reach you.")
        elif method is ContactMethod.EMAIL and not _EMAIL.fullmatch(contact):
            found["contact"] = self.tr("That does not look like an e-mail address.")
        elif method in (ContactMethod.PHONE, ContactMethod.SMS) and len(_PHONE_DIGITS.findall(contact)) < 7:
            found["contact"] = self.tr("That does not look like a phone number.")
        if len(self.note.toPlainText()) > MAX_NOTE:
            found["note"] = self.tr("The note is longer than %n character(s).", "", MAX_NOTE)
        if sum(row.check.isChecked() for row in self.attachment_rows) > MAX_ATTACHMENTS:
            found["attachments"] = self.tr("Tick at most %n attachment(s).", "", MAX_ATTACHMENTS)
        return found

    def problem_text(self) -> str:
        """The first thing that stops the form from being sent, in words; "" when it can go."""
        return next(iter(self.problems().values()), "")

    def _recheck(self) -> None:
        if self._checked:
            self._show_field_problems(self.problems())

    def _show_field_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.field_problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        self._show_problem(next(iter(problems.values()), ""))

    def content(self) -> RequestContent:
        return RequestContent(
            type=self.selected_type(),
            urgency=self.selected_urgency(),
            times=tuple(code for code, check in self.time_checks.items() if check.isChecked()),
            times_note=clean_text(self.times_note.text()),
            contact_method=ContactMethod(self.contact_method.currentData()),
            contact=clean_text(self.contact.text()),
            note=clean_text(self.note.toPlainText(), multiline=True),
            attachments=tuple(row.choice.as_attachment() for row in self.attachment_rows if row.check.isChecked()),
            lang=self._model.language() or "ko",
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _problem_field(self, key: str) -> QWidget:
        """Where the focus goes to fix the problem of ``key``."""
        if key == "times":
            return next(iter(self.time_checks.values()))
        ticked = [row.check for row in self.attachment_rows if row.check.isChecked()]
        if key == "attachments" and ticked:
            return ticked[-1]
        if key == "note":
            return self.note
        return self.contact

    def send(self) -> None:
        problems = self.problems()
        if problems:
            self._checked = True
            self._show_field_problems(problems)
            self._problem_field(next(iter(problems))).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            request = self._model.submit(self.content())
        except EapError as exc:
            self._show_problem(self.error_text(exc))
            return
        except VaultError:
            self._show_problem(self.tr("WellCare could not save the request. Nothing was sent."))
            return
        self._show_problem("")
        self.sent.emit(request.id)

    def error_text(self, error: EapError) -> str:
        if error.code == "too_large":
            return self.tr("The request is too long to send. Shorten the note or untick an attachment.")
        if error.code == "coordinator_changed":
            return self.tr("The EAP coordinator's key has changed. Check it on the previous page before sending.")
        if error.code.startswith("coordinator_"):
            return self.tr("Requests cannot be sent from this computer right now. Contact the EAP office directly.")
        return self.tr("Part of the form cannot be sent. Check it and try again.")
