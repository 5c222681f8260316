"""Self-checks: what is due, the quick check-in, every questionnaire with its reminder cadence.

Starting a questionnaire replaces the overview with the session (intro, items, safety panel,
result) inside this page; leaving it brings the overview back, refreshed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGridLayout, QPushButton, QVBoxLayout, QWidget

from wellcare.assess.model import Instrument
from wellcare.assess.reminders import CADENCES, Cadence, ReminderStatus, Snooze
from wellcare.assess.store import StoredResult
from wellcare.ui import locale_format as fmt
from wellcare.ui.assess.env import AssessEnv
from wellcare.ui.assess.texts import cadence_label, privacy_note
from wellcare.ui.assess.widgets import Switcher, button, button_row, card, label, refit
from wellcare.ui.assess.wizard import AssessmentSession
from wellcare.ui.theme import clear_layout, heading


class AssessPage(QWidget):
    def __init__(self, env: AssessEnv, open_checkin: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session: AssessmentSession | None = None
        self.stack = Switcher()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.addWidget(self.stack)

        self.overview = QWidget()
        layout = QVBoxLayout(self.overview)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Self-checks")))
        layout.addWidget(
            label(
                self.tr(
                    "Short, well-known questionnaires about how you have been. Each takes a minute or two; "
                    "the result is explained in plain words."
                )
                + " "
                + privacy_note()
            )
        )
        self.notice = label(role="muted")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.pack_notice = self._build_pack_notice(env.pack_problems)
        if self.pack_notice is not None:
            layout.addWidget(self.pack_notice)
        self.due_layout = QVBoxLayout()
        self.due_layout.setSpacing(10)
        layout.addLayout(self.due_layout)

        layout.addWidget(self._build_checkin_card(open_checkin))

        layout.addWidget(heading(self.tr("Questionnaires"), scale=1.15))
        table, self.table_layout = card()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.table_layout.addLayout(self.grid)
        layout.addWidget(table)
        layout.addWidget(label(self.tr("Reminders come as a quiet notification, never during a call."), role="muted"))
        layout.addStretch(1)
        self.stack.addWidget(self.overview)

        self.start_buttons: dict[str, QPushButton] = {}
        self.cadence_boxes: dict[str, QComboBox] = {}
        self.due_rows: dict[str, QWidget] = {}
        self.refresh()
        pending = env.store.pending_safety()
        if pending is not None and pending.instrument_id in env.catalog:
            self.resume_safety(pending)

    def _build_pack_notice(self, problems: Sequence[str]) -> QWidget | None:
        """Which of the organisation's questionnaire files were left out, and why (None: all loaded)."""
        if not problems:
            return None
        notice, inner = card()
        inner.addWidget(
            label(
                self.tr(
                    "Some questionnaires from your organisation could not be loaded and were left out. "
                    "Please tell your IT or EAP office:"
                ),
                bold=True,
            )
        )
        for problem in problems:
            inner.addWidget(label(problem, role="muted", selectable=True))
        return notice

    def _build_checkin_card(self, open_checkin: Callable[[], None]) -> QWidget:
        """The quick check-in: one tap records a mood."""
        checkin, inner = card()
        inner.addWidget(heading(self.tr("Quick check-in"), scale=1.15))
        inner.addWidget(
            label(self.tr("How are you right now? One tap records your mood; tags and a note are optional."))
        )
        self.checkin_button = button(self.tr("Check in now…"), primary=True)
        self.checkin_button.clicked.connect(lambda _=False: open_checkin())  # not `checked` as the anchor
        inner.addLayout(button_row(self.checkin_button))
        return checkin

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button of the overview, as Space does (the session has its own keys)."""
        focus = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(focus, QAbstractButton)
            and self.overview.isAncestorOf(focus)
        ):
            focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- overview --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.session is None:
            self._fill_due()
            self._fill_table()
            refit(self)

    def _fill_due(self) -> None:
        clear_layout(self.due_layout)
        self.due_rows = {}
        now = self.env.clock.now()
        for status in self.env.statuses():
            if not status.waiting(now) or status.instrument_id not in self.env.catalog:
                continue
            instrument = self.env.catalog.get(status.instrument_id)
            box, inner = card()
            inner.addWidget(label(self._due_text(instrument, status), bold=True))
            start = button(self.tr("Start now"), primary=True)
            start.clicked.connect(lambda _=False, i=instrument.id: self.start(i))
            hour = button(self.tr("In an hour"))
            hour.clicked.connect(lambda _=False, i=instrument.id: self.snooze(i, Snooze.HOUR))
            tomorrow = button(self.tr("Tomorrow"))
            tomorrow.clicked.connect(lambda _=False, i=instrument.id: self.snooze(i, Snooze.TOMORROW))
            inner.addLayout(button_row(start, hour, tomorrow))
            self.due_layout.addWidget(box)
            self.due_rows[instrument.id] = box

    def _due_text(self, instrument: Instrument, status: ReminderStatus) -> str:
        name = instrument.short_name.get(self.env.lang)
        if status.cadence is Cadence.OFF:
            return self.tr("Time to take the %s again, as you planned.") % name
        return (
            self.tr("Your %1 check is due (%2).")
            .replace("%1", name)
            .replace("%2", cadence_label(status.cadence).lower())
        )

    def _fill_table(self) -> None:
        clear_layout(self.grid)
        self.start_buttons = {}
        self.cadence_boxes = {}
        lang = self.env.lang
        last = self.env.store.last_completed()
        drafts = self.env.store.drafts()
        statuses = {s.instrument_id: s for s in self.env.statuses()}
        headers = (self.tr("Questionnaire"), self.tr("Reminders"))
        for column, text in enumerate(headers):
            self.grid.addWidget(label(text, role="muted"), 0, column)
        for row, instrument in enumerate(self.env.instruments(), start=1):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            title = f"{instrument.short_name.get(lang)} · {instrument.measures.get(lang)}"
            cell_layout.addWidget(label(title, bold=True))
            status = self._status_text(instrument, last, drafts, statuses.get(instrument.id))
            cell_layout.addWidget(label(status, role="muted"))
            self.grid.addWidget(cell, row, 0, Qt.AlignmentFlag.AlignVCenter)
            cadence = QComboBox()
            cadence.setAccessibleName(self.tr("Reminders for %s") % instrument.short_name.get(lang))
            for option in CADENCES:
                cadence.addItem(cadence_label(option), option.value)
            cadence.setCurrentIndex(cadence.findData(self.env.store.cadence(instrument.id).value))
            cadence.currentIndexChanged.connect(lambda _=0, i=instrument.id, box=cadence: self.set_cadence(i, box))
            self.grid.addWidget(cadence, row, 1)
            self.cadence_boxes[instrument.id] = cadence
            start = button(self.tr("Continue") if instrument.id in drafts else self.tr("Start"))
            start.setAccessibleName(start.text() + " " + instrument.short_name.get(lang))
            start.clicked.connect(lambda _=False, i=instrument.id: self.start(i))
            self.grid.addWidget(start, row, 2, Qt.AlignmentFlag.AlignRight)
            self.start_buttons[instrument.id] = start
        self.grid.setColumnStretch(0, 1)

    def _status_text(self, instrument: Instrument, last, drafts, status: ReminderStatus | None) -> str:  # type: ignore[no-untyped-def]
        parts = []
        if instrument.id in drafts:
            draft = drafts[instrument.id]
            parts.append(
                self.tr("Paused at %1 of %2")
                .replace("%1", str(len(draft.answers)))
                .replace("%2", str(len(instrument.items)))
            )
        if instrument.id in last:
            parts.append(self.tr("Last: %s") % fmt.day(last[instrument.id]))
        else:
            parts.append(self.tr("Not taken yet"))
        if status is not None and status.due_at is not None:
            parts.append(self.tr("Next: %s") % fmt.day(max(status.due_at, status.notify_at or status.due_at)))
        return " · ".join(parts)

    # -- actions ---------------------------------------------------------------------------------
    def set_cadence(self, instrument_id: str, box: QComboBox) -> None:
        self.env.store.set_cadence(instrument_id, Cadence(box.currentData()))
        self.env.changed()

    def snooze(self, instrument_id: str, choice: Snooze) -> None:
        until = self.env.snooze([instrument_id], choice)
        self.show_notice(
            self.tr("All right, I will remind you again on %s.") % fmt.day(until)
            if choice is Snooze.TOMORROW
            else self.tr("All right, I will remind you again in an hour.")
        )

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        refit(self)

    def start(self, instrument_id: str) -> AssessmentSession:
        """Open a questionnaire (or bring back the one already open)."""
        if self.session is not None:
            if self.session.instrument.id == instrument_id or self.session.screen == "safety":
                self.session.setFocus()
                return self.session
            self._close_session()
        return self._open(AssessmentSession(self.env.catalog.get(instrument_id), self.env))

    def resume_safety(self, pending: StoredResult) -> AssessmentSession:
        """A safety panel that was never confirmed comes back first (after a restart or rebuild)."""
        if self.session is not None:
            self._close_session()
        return self._open(AssessmentSession(self.env.catalog.get(pending.instrument_id), self.env, pending=pending))

    def _open(self, session: AssessmentSession) -> AssessmentSession:
        self.session = session
        session.closed.connect(self._session_closed)
        session.start_requested.connect(self.start)  # e.g. "Take the PHQ-9" on a low WHO-5 result
        self.stack.addWidget(session)
        self.stack.setCurrentWidget(session)
        self.show_notice("")
        session.setFocus()
        refit(self)
        return session

    def _session_closed(self, reason: str) -> None:
        self._close_session()
        self.refresh()
        if reason == "paused":
            self.show_notice(self.tr("Paused. Your answers are saved; continue whenever you like."))

    def _close_session(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.stack.removeWidget(session)
            session.hide()
            session.deleteLater()
        self.stack.setCurrentWidget(self.overview)
        refit(self)
