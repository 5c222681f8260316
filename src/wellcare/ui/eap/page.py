"""The counselor's EAP page: who can read a request, the requests and their timelines, the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellcare.eap import Coordinator, EapError, KeyState, MyRequest, RequestType, Status, Urgency
from wellcare.ui import locale_format as fmt
from wellcare.ui.confirm import confirm
from wellcare.ui.disclosure import Disclosure
from wellcare.ui.eap import texts
from wellcare.ui.eap.form import RequestForm
from wellcare.ui.eap.model import EapModel
from wellcare.ui.eap.timeline import Timeline
from wellcare.ui.eap.widgets import AlertBox, card, plain
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import clear_layout, heading


class EapPage(QWidget):
    """Overview (status, requests, timeline) or the form; one of the two is shown at a time."""

    def __init__(self, model: EapModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.form: RequestForm | None = None
        self.timeline: Timeline | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

        self.overview = QWidget()
        layout = QVBoxLayout(self.overview)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Confidential EAP support")))
        layout.addWidget(
            plain(
                self.tr(
                    "Ask the Employee Assistance Program for a session: counseling, help with stress and health, "
                    "or legal support after an abusive call. Asking is confidential and free."
                )
            )
        )
        self.status_host = QVBoxLayout()
        layout.addLayout(self.status_host)
        # the key's fingerprint, folded away: made once, before New request…, so Tab reaches it in reading order
        self.fingerprint = QLabel()
        self.fingerprint.setProperty("role", "muted")
        self.fingerprint.setWordWrap(True)  # the fingerprint drops to its own line at large text
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_more = Disclosure(self.tr("More: check the key with the EAP office"), self.fingerprint)
        self.key_more.setVisible(False)
        layout.addWidget(self.key_more)

        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.open_form())
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)

        self._build_requests(layout, model)
        layout.addStretch(1)
        self._layout.addWidget(self.overview)

        self._requests: list[MyRequest] = []
        model.changed.connect(self.refresh)
        model.form_requested.connect(self._form_requested)
        self.refresh()

    def _build_requests(self, layout: QVBoxLayout, model: EapModel) -> None:
        """The counselor's requests, the chosen one's timeline, and the crisis lines under them."""
        self.requests_heading = heading(self.tr("Your requests"), scale=1.15)
        layout.addWidget(self.requests_heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your requests"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.list.currentRowChanged.connect(lambda _row: self._show_timeline())
        layout.addWidget(self.list)
        self.timeline_host = QVBoxLayout()
        layout.addLayout(self.timeline_host)

        lines = " · ".join(
            f"{line.number} {line.label_ko if model.language() == 'ko' else line.label_en}"
            for line in model.crisis_lines()
        )
        self.crisis_note = plain(
            self.tr("The EAP is not an emergency service. In a crisis, call: %s") % lines, role="muted"
        )
        layout.addWidget(self.crisis_note)

    # -- overview -----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            coordinator = self._model.coordinator()
            self._requests = self._model.requests()
        except VaultError:
            return
        self._show_status(coordinator)
        selected = self.selected_request_id()
        self.list.blockSignals(True)
        self.list.clear()
        for request in self._requests:
            made = fmt.day(request.created_at.astimezone().date(), year=False)  # the date, urgency first
            text = " · ".join(
                (made, texts.urgency_short(request.content.urgency), texts.request_type(request.content.type),
                 texts.status(request.status))
            )  # fmt: skip
            if request.status is Status.SCHEDULED and request.appointment is not None:
                text += " · " + texts.format_when(request.appointment.start)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, request.id)
            self.list.addItem(item)
        ids = [r.id for r in self._requests]
        self.list.setCurrentRow(ids.index(selected) if selected in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        visible = bool(self._requests)
        self.requests_heading.setVisible(visible)
        self.list.setVisible(visible)
        row_height = self.list.fontMetrics().height() + 14
        self.list.setFixedHeight(min(len(ids), 5) * row_height + 6 if ids else 0)
        self._show_timeline()

    def selected_request_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select(self, request_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == request_id:
                self.list.setCurrentRow(row)
                return

    def _show_timeline(self) -> None:
        focused = self.window().focusWidget()  # a reply arriving rebuilds the timeline under the keyboard
        old = self.timeline
        on_cancel = old is not None and focused is not None and focused is old.cancel_button
        kept = old is not None and focused is not None and old.isAncestorOf(focused)
        self._build_timeline()
        if kept:
            new = self.timeline
            target = self.list if new is None else (new.cancel_button if on_cancel else new.sent_toggle)
            (target or self.list).setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_timeline(self) -> None:
        if self.timeline is not None:
            self.timeline_host.removeWidget(self.timeline)
            self.timeline.hide()
            self.timeline.deleteLater()
            self.timeline = None
        request_id = self.selected_request_id()
        request = next((r for r in self._requests if r.id == request_id), None)
        if request is None:
            return
        self.timeline = Timeline(
            request, self._model.crisis_lines(), self._model.language(), outside=self._model.outside_lines(),
            eap_phone=self._model.office().phone,
        )
        self.timeline.cancel_requested.connect(self.confirm_cancel)
        self.timeline_host.addWidget(self.timeline)

    def _clear_status(self) -> None:
        clear_layout(self.status_host)

    def _show_status(self, coordinator: Coordinator) -> None:
        self._clear_status()
        self.new_button.setVisible(coordinator.can_send)
        self.status_card: QWidget
        if coordinator.state is KeyState.PINNED:
            who = coordinator.name or self.tr("the EAP coordinator")
            title = heading(self.tr("Who can read your request"), scale=1.1)
            body = plain(
                self.tr(
                    "Only %s. Your request is sealed on this computer with their key before it leaves, so your "
                    "supervisor, IT and other counselors cannot read it on the way."
                )
                % who
            )
            self.fingerprint.setText(self.tr("Key fingerprint: %s") % coordinator.fingerprint)
            self.status_card = card(title, body, name="who-can-read")
        elif coordinator.state is KeyState.CHANGED:
            box = AlertBox(self.tr("The EAP coordinator's key has changed"))
            box.layout_.addWidget(
                plain(
                    self.tr(
                        "The organisation policy now names a different key than the one this computer trusted. That "
                        "happens when the EAP office gets a new computer, but it could also mean someone is trying to "
                        "read requests. Sending is paused until you check the new fingerprint with the EAP office "
                        "(by phone or in person)."
                    )
                )
            )
            box.layout_.addWidget(plain(self.tr("Trusted until now: %s") % coordinator.pinned_fingerprint))
            box.layout_.addWidget(plain(self.tr("New key: %s") % coordinator.fingerprint))
            self.trust_button = QPushButton(self.tr("The EAP office confirmed this fingerprint: trust the new key…"))
            self.trust_button.clicked.connect(lambda: self.confirm_new_key(coordinator.fingerprint))
            box.layout_.addWidget(self.trust_button)
            self.status_card = box
        else:
            if coordinator.state is KeyState.BROKEN:
                text = self.tr(
                    "The EAP keys in your organisation's policy are not valid, so WellCare will not send "
                    "anything. Please tell your IT team."
                )
            else:
                text = self.tr(
                    "Your organisation has not set up confidential requests in WellCare, so nothing can be sent "
                    "from here."
                )
            phone, email = self._model.eap_contact()
            contact = [part for part in (phone, email) if part]
            more = (
                self.tr("You can contact the EAP office directly: %s") % " · ".join(contact)
                if contact
                else self.tr("Ask your HR team how to reach the EAP office.")
            )
            self.status_card = card(plain(text), plain(more), name="no-coordinator")
        self.status_host.addWidget(self.status_card)
        self.key_more.setVisible(coordinator.state is KeyState.PINNED)
        self._show_share_problems()

    def _show_share_problems(self) -> None:
        """The start-up check's findings about the share's rights, for the counselor to pass on to IT."""
        self.share_box: AlertBox | None = None
        try:
            problems = self._model.share_problems()
        except VaultError:
            return
        if not problems:
            return
        box = AlertBox(self.tr("The shared folder is set up too openly"))
        for problem in problems:
            box.layout_.addWidget(plain(texts.share_problem(problem)))
        box.layout_.addWidget(
            plain(
                self.tr(
                    "Please tell your IT team. WellCare's set-up guide lists the permissions each folder needs "
                    "(DEPLOYMENT.md, \"Exchange share permissions\")."
                )
            )
        )
        self.share_box = box
        self.status_host.addWidget(box)

    def confirm_cancel(self, request_id: int) -> None:
        if not confirm(
            self,
            self.tr("Cancel the request?"),
            self.tr("The EAP office will be told that you cancelled it. You can always send a new request."),
            self.tr("Cancel the request"),
            self.tr("Keep the request"),
        ):
            return
        try:
            self._model.cancel(request_id)
        except (EapError, VaultError):
            self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # the cancel button is gone with the old timeline

    def confirm_new_key(self, fingerprint: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Trust the new key?"),
            self.tr(
                "Only continue if the EAP office told you this exact fingerprint:\n\n%s\n\nRequests will then be "
                "sealed to the new key."
            )
            % fingerprint,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._model.accept_new_keys(fingerprint)
        except ValueError:
            self.refresh()

    # -- the form -----------------------------------------------------------------------------
    def _form_requested(self, kind: str, urgent: bool) -> None:
        try:
            request_type = RequestType(kind)
        except ValueError:
            request_type = RequestType.COUNSELING
        attach: tuple[str, ...] = self._model.preattach
        self._model.preattach = ()
        if self._model.coordinator().can_send:
            self.open_form(request_type, Urgency.URGENT if urgent else Urgency.ROUTINE, attach)

    def open_form(
        self, kind: RequestType = RequestType.COUNSELING, urgency: Urgency = Urgency.ROUTINE, attach: Sequence[str] = ()
    ) -> None:
        if self.form is not None:
            self._layout.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
        self.form = RequestForm(self._model, kind, urgency, attach=attach)
        self.form.sent.connect(self._sent)
        self.form.closed.connect(self.close_form)
        self._layout.addWidget(self.form)
        self.overview.setVisible(False)
        self.form.setVisible(True)
        self._scroll_to_top()
        self.form.kind_buttons[kind].setFocus(Qt.FocusReason.OtherFocusReason)  # the first question

    def close_form(self) -> None:
        if self.form is not None:
            self._layout.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
            self.form = None
        self.overview.setVisible(True)
        self._scroll_to_top()
        if self.new_button.isVisible():
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sent(self, request_id: int) -> None:
        self.close_form()
        self.refresh()
        self.select(request_id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # on the new request, its timeline just below

    def _scroll_to_top(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.verticalScrollBar().setValue(0)
