"""The incident journal: what was logged, editing a note, deleting, and choosing what goes in a report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellcare.incidents import Incident
from wellcare.incidents.kinds import CALL_REF_MAX
from wellcare.ui.confirm import confirm
from wellcare.ui.incidents.texts import effect_label, kind_label, when_label
from wellcare.ui.theme import heading, paragraph
from wellcare.ui.wrap import FlowLayout

NOTE_PREVIEW = 60
SHORTCUT = "Ctrl+Shift+H"
Index = QModelIndex | QPersistentModelIndex


class JournalActions(Protocol):
    """What the page asks of the feature (which owns the store)."""

    def incidents(self) -> list[Incident]: ...

    def update_incident(self, incident_id: int, note: str, call_ref: str) -> None: ...

    def delete_incident(self, incident_id: int) -> None: ...

    def export_report(self, ids: list[int], parent: QWidget) -> Path | None: ...

    def open_hard_call(self) -> object: ...

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]: ...


def preview(note: str) -> str:
    line = " ".join(note.split())
    return line if len(line) <= NOTE_PREVIEW else line[: NOTE_PREVIEW - 1].rstrip() + "…"


class IncidentTableModel(QAbstractTableModel):
    """Rows of incidents, newest first; the first column's check box chooses it for a report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Incident] = []
        self.chosen: set[int] = set()

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("What happened"),
            self.tr("How it affected me"),
            self.tr("Note"),
            self.tr("Call reference"),
        ]

    def set_rows(self, rows: list[Incident]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.chosen &= {r.id for r in rows}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incident = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                when_label(incident.at),
                kind_label(incident.kind),
                effect_label(incident.effect),
                preview(incident.note),
                incident.call_ref,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and incident.note:
            return incident.note
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if incident.id in self.chosen else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        incident_id = self.rows[index.row()].id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.chosen.add(incident_id)
        else:
            self.chosen.discard(incident_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all_chosen(self, chosen: bool) -> None:
        self.chosen = {r.id for r in self.rows} if chosen else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def chosen_ids(self) -> list[int]:
        return [r.id for r in self.rows if r.id in self.chosen]


class EditIncidentDialog(QDialog):
    """Change the note and the call reference; what happened and when stay as logged."""

    def __init__(self, incident: Incident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the note"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(f"{when_label(incident.at)} · {kind_label(incident.kind)} · {effect_label(incident.effect)}")
        )
        form = QFormLayout()
        self.call_ref = QLineEdit(incident.call_ref)
        self.call_ref.setMaxLength(CALL_REF_MAX)
        self.call_ref.setAccessibleName(self.tr("Call reference"))
        self.note = QPlainTextEdit(incident.note)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Call reference"), self.call_ref)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)


class JournalPage(QWidget):
    """Lists incidents; edit, delete (after asking), choose some for an evidence report.

    One way to choose rows: a click on a row (or Space) ticks it, and a tick highlights its row, so
    the highlight and the ticks never disagree. Edit and Delete act on the one chosen row; the
    report takes every chosen row.
    """

    def __init__(self, actions: JournalActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Hard calls")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Only you can see this journal: it is kept in your encrypted vault. Nothing here is sent to "
                    "your employer or the EAP office unless you choose to send it."
                ),
                role="muted",
            )
        )
        self.hard_call_button = QPushButton(self.tr("I just had a hard call…"))
        self.hard_call_button.setProperty("primary", True)
        self.hard_call_button.setToolTip(self.tr("Shortcut: %s") % SHORTCUT)
        self.hard_call_button.setAccessibleName(self.hard_call_button.text())
        self.hard_call_button.setAccessibleDescription(self.tr("Shortcut: %s") % SHORTCUT)
        self.hard_call_button.clicked.connect(self.actions.open_hard_call)
        top = QHBoxLayout()
        top.addWidget(self.hard_call_button)
        top.addWidget(paragraph(self.tr("or press %s anywhere in WellCare, or use the tray menu.") % SHORTCUT, "muted"))
        top.addStretch(1)
        layout.addLayout(top)

        self.empty = paragraph(self.tr("Nothing logged yet. When a call is hard, log it here and take your break."))
        layout.addWidget(self.empty)

        layout.addWidget(self._build_table(), 1)

        row = FlowLayout()  # wraps at large text
        self.edit_button = QPushButton(self.tr("Edit note…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.all_button = QPushButton(self.tr("Choose all"))
        self.all_button.clicked.connect(self._toggle_all)
        self.report_button = QPushButton(self.tr("Evidence report (PDF)…"))
        self.report_button.setToolTip(self.tr("A PDF of the incidents you ticked, saved where you choose."))
        self.report_button.clicked.connect(self.export_chosen)
        for button in (self.edit_button, self.delete_button, self.all_button, self.report_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.chosen_label = paragraph("", role="muted")
        layout.addWidget(self.chosen_label)
        self.saved_label = paragraph("")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved_label)

        self._syncing = False
        self.model.dataChanged.connect(lambda *_: self._ticks_to_selection())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_to_ticks())
        self._unsubscribe = actions.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.refresh()

    def _build_table(self) -> QTableView:
        """The incidents, one row each; double-click edits the note."""
        self.model = IncidentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logged hard calls"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)  # a click toggles, like a tick
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.table.doubleClicked.connect(self._edit_row)
        return self.table

    # -- state ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            rows = self.actions.incidents()
        except Exception:  # the vault locked under us: show nothing rather than fail
            rows = []
        self.model.set_rows(rows)  # keeps the ticks of rows still there
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._ticks_to_selection()

    def current(self) -> Incident | None:
        """The one chosen incident (Edit and Delete act on it); None when none or several are chosen."""
        chosen = self.model.chosen_ids()
        return next((r for r in self.model.rows if r.id == chosen[0]), None) if len(chosen) == 1 else None

    def select(self, incident_id: int) -> None:
        """Choose only this incident."""
        self.model.chosen = {incident_id}
        self._ticks_to_selection()

    def _ticks_to_selection(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            selection.clearSelection()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for number, incident in enumerate(self.model.rows):
                if incident.id in self.model.chosen:
                    selection.select(self.model.index(number, 0), flags)
        finally:
            self._syncing = False
        self._update_buttons()

    def _selection_to_ticks(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            rows = {index.row() for index in self.table.selectionModel().selectedRows()}
            self.model.chosen = {r.id for n, r in enumerate(self.model.rows) if n in rows}
            if self.model.rows:
                self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 0))
        finally:
            self._syncing = False
        self._update_buttons()

    def _edit_row(self, index: QModelIndex) -> None:
        """A double-click edits that row's note, whatever else is chosen."""
        if index.isValid():
            self.select(self.model.rows[index.row()].id)
            self.edit_current()

    def _update_buttons(self) -> None:
        has_current = self.current() is not None
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)
        chosen = len(self.model.chosen_ids())
        self.report_button.setEnabled(chosen > 0)
        self.all_button.setEnabled(bool(self.model.rows))
        all_chosen = bool(self.model.rows) and chosen == len(self.model.rows)
        self.all_button.setText(self.tr("Choose none") if all_chosen else self.tr("Choose all"))
        self.chosen_label.setText(
            self.tr("Click a row or its box to choose it: Edit and Delete act on one, the report on all. Chosen: %d")
            % chosen
            if self.model.rows
            else ""
        )

    # -- intents --------------------------------------------------------------------------------
    def _toggle_all(self) -> None:
        every = len(self.model.chosen_ids()) == len(self.model.rows)
        self.model.set_all_chosen(not every)

    def edit_current(self) -> None:
        incident = self.current()
        if incident is None:
            return
        dialog = EditIncidentDialog(incident, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.actions.update_incident(incident.id, dialog.note.toPlainText(), dialog.call_ref.text())
        dialog.deleteLater()

    def delete_current(self) -> None:
        incident = self.current()
        if incident is None:
            return
        if confirm(
            self,
            self.tr("Delete this incident?"),
            self.tr("Delete the hard call of %s (%s) and its note? This cannot be undone.")
            % (when_label(incident.at), kind_label(incident.kind)),
            self.tr("Delete"),
            self.tr("Keep"),
        ):
            self.actions.delete_incident(incident.id)

    def export_chosen(self) -> None:
        ids = self.model.chosen_ids()
        if not ids:
            return
        saved = self.actions.export_report(ids, self)
        if saved is not None:
            self.saved_label.setText(self.tr("Report saved: %s") % saved)
