"""Hard-call support as a Feature: tray entry, shortcut, dialog, protected break, journal, report.

The Qt-free ``IncidentService`` keeps the journal and the rules; it is ``ctx.capabilities.hard_call_counts``
(counts only). This feature is ``ctx.capabilities.incident_summaries`` (one translated line per call). Uses,
when present, ``ctx.capabilities.protected_break`` (else its own recovery panel),
``ctx.capabilities.exercise_player`` (else a built-in exercise) and ``ctx.capabilities.eap_requests``
(the request form; without EAP, its phone number). The crisis lines always show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wellcare.incidents import Incident, IncidentError, IncidentStore, build_report
from wellcare.incidents.service import BREAK_REASON
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.incidents.dialog import Choice, HardCallDialog, Outcome
from wellcare.ui.incidents.journal import SHORTCUT, JournalPage
from wellcare.ui.incidents.report_pdf import write_pdf
from wellcare.ui.incidents.rights import RightsPanel, SupportPanel
from wellcare.ui.incidents.texts import effect_label, kind_label, when_label
from wellcare.ui.messages import VaultError, vault_error_text
from wellcare.ui.tray import TrayEntry

log = logging.getLogger("wellcare.incidents")

PAGE_KEY = "incidents"
MESSAGE_CMD = "hard-call"


class IncidentsFeature(Feature):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service = self.services.incidents
        ctx.capabilities.hard_call_counts = self.service
        ctx.capabilities.incident_summaries = self
        self._listeners: list[Callable[[], None]] = []
        self.dialog: HardCallDialog | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        self.service.store()

    def stop(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self._drop_dialog()
        self.service.forget_store()

    def store(self) -> IncidentStore:
        """The store on the open vault (raises VaultError while locked)."""
        return self.service.store()

    def break_minutes(self) -> int:
        return self.service.break_minutes()

    # -- what the app asks for -------------------------------------------------------------------
    def pages(self) -> list[PageSpec]:
        return [PageSpec(PAGE_KEY, self.tr("Hard calls"), JournalPage(self))]

    def tray_entries(self) -> list[TrayEntry]:
        return [TrayEntry(self.tr("I just had a hard call…"), self.open_hard_call)]

    def window_actions(self, window: QWidget) -> list[QAction]:
        return [self.hard_call_action(window)]

    def hard_call_action(self, parent: QWidget) -> QAction:
        """The in-app shortcut (Ctrl+Shift+H), in the main window's WellCare menu."""
        action = QAction(self.tr("I just had a hard call…"), parent)
        action.setShortcut(QKeySequence(SHORTCUT))
        action.triggered.connect(lambda _=False: self.open_hard_call())
        return action

    def handle_message(self, message: dict[str, object]) -> bool:
        if message.get("cmd") != MESSAGE_CMD:
            return False
        self.open_hard_call()
        return True

    # -- the hard-call flow -----------------------------------------------------------------------
    def open_hard_call(self) -> HardCallDialog:
        """Click 1. A dialog still waiting for answers is raised; one showing a break is replaced."""
        if self.dialog is not None and self.dialog.outcome is None:
            self.dialog.show()
        else:
            if self.dialog is not None:
                self.dialog.close()
                self._drop_dialog()
            self.dialog = HardCallDialog(
                self.break_minutes(),
                self.ctx.clock,
                submit=self.submit,
                rights=lambda parent: RightsPanel(parent, policy=self.ctx.policy, language=self.ctx.language()),
                support=self._support_widget,
                exercise=self._exercise_widget,
                open_journal=lambda: self.ctx.show_page(PAGE_KEY),
            )
            self.dialog.finished.connect(lambda _result: self._drop_dialog())
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def submit(self, choice: Choice) -> Outcome:
        """Log the incident (encrypted), then start the protected break whatever happened."""
        minutes = self.break_minutes()
        incident: Incident | None = None
        problem = ""
        try:
            incident = self.service.log(choice.kind, choice.effect, choice.note, choice.call_ref)
        except VaultError as exc:
            problem = vault_error_text(exc)
            log.warning("hard call not saved (%s)", type(exc).__name__)
        elsewhere = self._start_break(minutes, self.service.exercise_after(choice.kind))
        if incident is not None:
            try:
                self.service.set_break(incident.id, minutes)
            except (VaultError, IncidentError) as exc:
                log.warning("break length not recorded (%s)", type(exc).__name__)
            log.info("hard call logged; protected break started %s", "by breaks" if elsewhere else "here")
        self._changed()
        return Outcome(
            saved=incident is not None, problem=problem, break_elsewhere=elsewhere, minutes=minutes, kind=choice.kind
        )

    def _start_break(self, minutes: int, exercise_id: str) -> bool:
        breaks = self.ctx.capabilities.protected_break
        if breaks is None:
            return False
        try:
            breaks.start_protected_break(minutes, exercise_id, BREAK_REASON)
        except Exception as exc:  # another capability failing must not cost the counselor the break
            log.error("breaks could not start the protected break (%s); using the recovery panel", type(exc).__name__)
            return False
        return True

    def _exercise_widget(self, parent: QWidget, exercise_id: str) -> QWidget | None:
        programs = self.ctx.capabilities.exercise_player
        if programs is None:
            return None
        try:
            widget = programs.exercise_widget(exercise_id, parent)
        except Exception as exc:
            log.error("programs could not show the exercise (%s); using the built-in one", type(exc).__name__)
            return None
        return widget if isinstance(widget, QWidget) else None

    def _support_widget(self, parent: QWidget) -> QWidget:
        eap = self.ctx.capabilities.eap_requests
        open_request = (lambda kind: eap.open_request(kind, False)) if eap is not None else None
        return SupportPanel(self.ctx.policy, self.ctx.language(), open_request, parent)

    # -- the journal page's actions ---------------------------------------------------------------
    def incidents(self) -> list[Incident]:
        return self.service.incidents()

    def update_incident(self, incident_id: int, note: str, call_ref: str) -> None:
        self.service.update(incident_id, note, call_ref)
        self._changed()

    def delete_incident(self, incident_id: int) -> None:
        self.service.delete(incident_id)
        log.info("incident deleted")
        self._changed()

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Hear about any change to the incidents; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except RuntimeError:  # a page whose widgets Qt already deleted
                self._listeners.remove(listener)

    def export_report(self, ids: list[int], parent: QWidget) -> Path | None:
        """Only on request: a PDF of the chosen incidents, saved where the counselor chooses."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / (self.tr("hard-call-report") + f"-{self.ctx.clock.now():%Y-%m-%d}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, self.tr("Save the evidence report"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists() and not self._confirm_overwrite(path, parent):
                return None
        try:
            report = build_report(self.store(), ids, self.ctx.clock.now())
            write_pdf(report, path, parent.font())
        except (OSError, VaultError, IncidentError) as exc:
            log.warning("evidence report not saved (%s)", type(exc).__name__)
            QMessageBox.warning(
                parent,
                self.tr("Evidence report"),
                self.tr("The report could not be saved there. Please choose another place.\n\n%s")
                % (vault_error_text(exc) if isinstance(exc, VaultError) else (getattr(exc, "strerror", "") or "")),
            )
            return None
        log.info("evidence report saved at the counselor's request")
        return path  # the page says where; no tray balloon, which anyone nearby could read

    def _confirm_overwrite(self, path: Path, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            self.tr("Replace the file?"),
            self.tr("%s already exists. Replace it?") % path.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- IncidentSummaries: chosen one-line summaries only ----------------------------------------
    def summaries(self) -> list[tuple[int, str]]:
        """(id, one line) per incident, newest first, for the counselor to choose to attach to an EAP request.

        The line says when, what kind and how it affected them, in the interface language; never the
        note or the call reference (those reach anyone only in an evidence report the counselor saves).
        """
        return [
            (i.id, f"{when_label(i.at)} · {kind_label(i.kind)} · {effect_label(i.effect)}") for i in self.incidents()
        ]
