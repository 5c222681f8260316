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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from wellcare.incidents import Incident, IncidentError, IncidentStore, build_report
from wellcare.incidents.hooks import HookEvent, HookResult, OrgHooks, SanctionedBreak
from wellcare.incidents.measures import org_measures
from wellcare.incidents.notice import NoticePayload, SentNotice
from wellcare.incidents.service import BREAK_REASON
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.incidents.texts import effect_label, kind_label, when_label
from wellcare.ui.messages import VaultError, vault_error_text
from wellcare.ui.tray import TrayEntry

if TYPE_CHECKING:  # the dialogs and panels are imported when first shown: idle in the tray needs none (#16)
    from wellcare.ui.incidents.dialog import Choice, HardCallDialog, Outcome
    from wellcare.ui.incidents.measures import OrgMeasuresPanel
    from wellcare.ui.incidents.notice_dialog import NoticeDialog

log = logging.getLogger("wellcare.incidents")

PAGE_KEY = "incidents"
NOTICE_JOB = "incidents:notice-outbox"  # waiting hand-over notices go when the share is back
NOTICE_EVERY_S = 120
MESSAGE_CMD = "hard-call"


class _HookResults(QObject):
    """Carries a hook's outcome from its worker thread to the GUI thread (a queued signal)."""

    result = Signal(object)


class IncidentsFeature(Feature):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.service = self.services.incidents
        ctx.capabilities.hard_call_counts = self.service
        ctx.capabilities.incident_summaries = self
        ctx.capabilities.incident_notes = self
        self._listeners: list[Callable[[], None]] = []
        self.dialog: HardCallDialog | None = None
        self.hook_results = _HookResults(self)
        self.hook_results.result.connect(self._show_hook_result)
        self.hooks = OrgHooks(ctx.policy, ctx.clock.now, on_result=self.hook_results.result.emit)
        self.sanctioned: SanctionedBreak | None = None
        self.last_incident: Incident | None = None
        self.measures_panel: OrgMeasuresPanel | None = None
        self.notice_dialog: NoticeDialog | None = None
        self.last_logged: int | None = None  # the hard call logged last in this run (its EAP request attaches it)

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        self.service.store()
        self.service.surge = self.ctx.capabilities.surge
        if self.services.policy.has_coordinator:
            self.ctx.scheduler.add_job(
                self.flush_notices, "interval", seconds=NOTICE_EVERY_S, id=NOTICE_JOB, name="hand-over notices",
                replace_existing=True, coalesce=True, max_instances=1, misfire_grace_time=None,
            )  # fmt: skip

    def flush_notices(self) -> None:
        """Send hand-over notices that wait for the share (sealed already; nothing new is read)."""
        try:
            sent, waiting = self.services.notices().flush()
        except VaultError:
            return
        if sent or waiting:
            log.info("hand-over notices: %d sent, %d waiting", sent, waiting)

    def stop(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self._drop_dialog()
        if self.sanctioned is not None:
            self.sanctioned.close()
            self.sanctioned = None
        if self.ctx.scheduler.get_job(NOTICE_JOB) is not None:
            self.ctx.scheduler.remove_job(NOTICE_JOB)
        self.service.forget_store()

    def store(self) -> IncidentStore:
        """The store on the open vault (raises VaultError while locked)."""
        return self.service.store()

    def break_minutes(self) -> int:
        return self.service.break_minutes()

    # -- what the app asks for -------------------------------------------------------------------
    def pages(self) -> list[PageSpec]:
        from wellcare.ui.incidents.journal import JournalPage  # imported when the window is first built (#16)

        return [PageSpec(PAGE_KEY, self.tr("Hard calls"), JournalPage(self))]

    def tray_entries(self) -> list[TrayEntry]:
        return [TrayEntry(self.tr("I just had a hard call…"), self.open_hard_call)]

    def window_actions(self, window: QWidget) -> list[QAction]:
        return [self.hard_call_action(window)]

    def hard_call_action(self, parent: QWidget) -> QAction:
        """The in-app shortcut (Ctrl+Shift+H), in the main window's WellCare menu."""
        action = QAction(self.tr("I just had a hard call…"), parent)
        from wellcare.ui.incidents.journal import SHORTCUT

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
        from wellcare.ui.incidents.dialog import HardCallDialog
        from wellcare.ui.incidents.rights import RightsPanel

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
                measures=self._measures_widget,
                break_ended=self._own_break_ended,
            )
            self.dialog.finished.connect(lambda _result: self._drop_dialog())
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _drop_dialog(self) -> None:
        self.measures_panel = None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def submit(self, choice: Choice) -> Outcome:
        """Log the incident (encrypted), then start the protected break whatever happened."""
        from wellcare.ui.incidents.dialog import Outcome

        minutes = self.break_minutes()
        incident: Incident | None = None
        problem = ""
        try:
            incident = self.service.log(choice.kind, choice.effect, choice.note, choice.call_ref)
        except VaultError as exc:
            problem = vault_error_text(exc)
            log.warning("hard call not saved (%s)", type(exc).__name__)
        self.last_incident = incident
        exercise_id = self.service.exercise_after(choice.kind)
        elsewhere = self._start_break(choice.kind, minutes, exercise_id, incident.id if incident else None)
        if incident is not None:
            self.last_logged = incident.id
            try:
                self.service.set_break(incident.id, minutes)
            except (VaultError, IncidentError) as exc:
                log.warning("break length not recorded (%s)", type(exc).__name__)
            log.info("hard call logged; protected break started %s", "by breaks" if elsewhere else "here")
        self._changed()
        return Outcome(
            saved=incident is not None, problem=problem, break_elsewhere=elsewhere, minutes=minutes, kind=choice.kind,
            exercise_id=exercise_id,
        )

    def _start_break(self, kind: str, minutes: int, exercise_id: str, incident_id: int | None) -> bool:
        """The break first (the breaks capability's, else the dialog's own pause), then the organisation's hooks."""
        if self.sanctioned is not None:
            self.sanctioned.close()
        self.sanctioned = SanctionedBreak(self.hooks, self.ctx.capabilities.protected_break)
        return self.sanctioned.start(kind, minutes, exercise_id, BREAK_REASON, incident_id)

    def _own_break_ended(self, minutes: int) -> None:
        """The dialog's own pause ended (no breaks capability heard it)."""
        if self.sanctioned is not None:
            self.sanctioned.ended(minutes)

    def _show_hook_result(self, result: HookResult) -> None:
        panel = self.measures_panel
        if panel is not None:
            try:
                panel.show_hook_result(result)
            except RuntimeError:  # the dialog closed meanwhile
                self.measures_panel = None

    # -- the organisation's response and the hand-over notice ---------------------------------------
    def _measures_widget(self, parent: QWidget) -> QWidget | None:
        """The organisation's manual, script and contacts, and "Tell the dedicated team"; None when it states none."""
        from wellcare.ui.incidents.measures import OrgMeasuresPanel

        measures = org_measures(self.ctx.policy, self.ctx.language())
        can_tell = self.last_incident is not None and self._notices_possible()
        if measures.is_empty and not can_tell:
            return None
        self.measures_panel = OrgMeasuresPanel(measures, self.open_notice if can_tell else None, parent)
        return self.measures_panel

    def _notices_possible(self) -> bool:
        try:
            return self.services.notices().can_send()
        except VaultError:
            return False

    def open_notice(self, incident: Incident | None = None) -> NoticeDialog | None:
        """Preview, then send, a hand-over notice about ``incident`` (default: the call just noted)."""
        from wellcare.ui.incidents.notice_dialog import NoticeDialog

        incident = incident or self.last_incident
        if incident is None:
            return None
        recipient = str(self.ctx.policy.get("coordinator", "name")) or self.tr("the EAP office")
        parent = self.dialog if self.dialog is not None else None
        self.notice_dialog = NoticeDialog(incident, recipient, self._send_notice, self._outside_help, parent)
        self.notice_dialog.finished.connect(lambda _r: self._drop_notice_dialog())
        self.notice_dialog.show()
        return self.notice_dialog

    def _drop_notice_dialog(self) -> None:
        if self.notice_dialog is not None:
            self.notice_dialog.deleteLater()
            self.notice_dialog = None

    def _send_notice(self, notice: NoticePayload) -> SentNotice:
        sent = self.services.notices().send(notice)
        log.info("hand-over notice %s", sent.state.value)
        if self.sanctioned is not None:
            self.sanctioned.handed_over(notice.kind)
        else:
            self.hooks.fire(HookEvent.HANDOVER, notice.kind, 0)
        return sent

    def _outside_help(self, parent: QWidget) -> QWidget:
        from wellcare.ui.incidents.measures import OutsideHelp

        return OutsideHelp(self.ctx.policy, self.ctx.language(), parent)

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
        from wellcare.ui.incidents.rights import SupportPanel

        eap = self.ctx.capabilities.eap_requests
        if eap is None:
            return SupportPanel(self.ctx.policy, self.ctx.language(), None, parent)

        def open_request(kind: str) -> None:
            eap.open_request(kind, False, attach=self.logged_attachment())

        return SupportPanel(self.ctx.policy, self.ctx.language(), open_request, parent)

    def logged_attachment(self) -> tuple[str, ...]:
        """The hard call just logged goes with an EAP request made from its support panel (ticked, shown,
        and the counselor may untick it)."""
        return (f"incident:{self.last_logged}",) if self.last_logged is not None else ()

    # -- the journal page's actions ---------------------------------------------------------------
    def incidents(self) -> list[Incident]:
        return self.service.incidents()

    def update_incident(self, incident_id: int, note: str, call_ref: str) -> None:
        self.service.update(incident_id, note, call_ref)
        self._changed()

    def add_note(self, incident_id: int, text: str) -> None:
        """Append to an incident's note (written during its protected break); IncidentError, VaultError."""
        self.store().append_note(incident_id, text)
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
        from wellcare.ui.file_dialogs import save_file_name

        suggested = self.tr("hard-call-report") + f"-{self.ctx.clock.now():%Y-%m-%d}.pdf"
        chosen, _filter = save_file_name(
            parent, self.tr("Save the evidence report"), suggested, self.tr("PDF documents (*.pdf)")
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
            from wellcare.ui.incidents.report_pdf import write_pdf  # on first export, not at start (issue #16)

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
