"""The coordinator's EAP inbox: decrypted requests with triage status, and replies with appointments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.eap import Urgency
from wellcare.eap.office_inbox import CoordinatorEapError, InboxRequest, Triage
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap import texts
from wellcare.ui.eap.inbox_model import InboxModel
from wellcare.ui.eap.request_detail import RequestDetail
from wellcare.ui.eap.setup_panel import SetupPanel
from wellcare.ui.eap.widgets import plain, selectable_label
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import heading

__all__ = ["InboxPage", "RequestDetail", "SetupPanel"]


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
        self.status = selectable_label("", role="muted")
        layout.addWidget(self.status)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = self._build_table()
        self.splitter.addWidget(self.table)
        self.detail_area = QScrollArea()
        self.detail_area.setAccessibleName(self.tr("Request details"))
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.viewport().setAutoFillBackground(False)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll
        self.splitter.addWidget(self.detail_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 420])  # the list wide enough for a request's type on two lines
        body.addWidget(self.splitter, 1)
        self.empty = plain(self.tr("No requests yet. New ones appear here as soon as they arrive."), role="muted")
        body.addWidget(self.empty)
        self.quarantine = selectable_label("", role="muted")
        body.addWidget(self.quarantine)
        layout.addWidget(self.body, 1)

        self._ids: list[str] = []
        self._requests: list[InboxRequest] = []
        model.changed.connect(self.refresh)
        model.imported.connect(self._imported)  # a bound method: Qt disconnects it when the page goes
        self.refresh()

    def _build_table(self) -> QTableWidget:
        """The request list: one row per request, arrows choose, Tab goes on to the details."""
        table = QTableWidget(0, self.COLUMNS)
        table.setHorizontalHeaderLabels(
            [self.tr("Urgency"), self.tr("Type"), self.tr("Received"), self.tr("Status")]
        )
        table.setAccessibleName(self.tr("Requests"))
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # arrows choose a request; Tab goes on to its details
        table.setWordWrap(True)  # a long type ("Legal support after an abusive call") wraps, never cut
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._show_detail)
        return table

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
