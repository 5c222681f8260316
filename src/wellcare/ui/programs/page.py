"""The Programs page: exercises, the program being followed, the organisation's offers, and the player.

Thin: it shows what the feature's service and offers controller say and forwards what the counselor
does. It is built anew on every language switch, so it keeps no state the feature does not hold.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellcare.programs.model import pick
from wellcare.programs.progress import ProgramSchedule, RunStatus, weekdays_from
from wellcare.programs.recommend import part_of_day
from wellcare.programs.service import RunConflict, RunView
from wellcare.ui.confirm import confirm
from wellcare.ui.messages import VaultError
from wellcare.ui.programs.cards import ExerciseCard, OfferCard, ProgramCard, RunCard
from wellcare.ui.programs.dialogs import EnrollDialog, EvidenceDialog, JournalDialog, ScheduleDialog
from wellcare.ui.programs.offers import OffersState
from wellcare.ui.programs.player import ExercisePlayer
from wellcare.ui.programs.style import PAGE_STYLE, scrolling
from wellcare.ui.theme import clear_layout, heading, paragraph

if TYPE_CHECKING:
    from wellcare.ui.programs.feature import ProgramsFeature

log = logging.getLogger(__name__)

COLUMNS = 3
OFFERS_TAB = 2  # "From your organisation"

class ProgramsPage(QWidget):
    def __init__(self, feature: ProgramsFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programs-page")
        self.setStyleSheet(PAGE_STYLE)
        self.feature = feature
        self.language = feature.language()
        self.player: ExercisePlayer | None = None
        self.dialog: QDialog | None = None
        self.run_card: RunCard | None = None
        self.offer_cards: dict[str, OfferCard] = {}
        self._connections: list[QMetaObject.Connection] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.stack.addWidget(self._build_home())
        self._build_tabs()
        self.stack.addWidget(self._build_player_host())

        self._track(feature.signals.changed.connect(self.refresh))
        self._track(feature.offers.changed.connect(self.refresh_offers))
        self._track(feature.offers.failed.connect(self._offer_failed))
        self._track(feature.signals.show_offers.connect(self.show_offers))
        self.destroyed.connect(self._disconnect_all)
        self.refresh()
        feature.offers.refresh(if_stale=True)

    def _build_home(self) -> QWidget:
        """The heading, the practice line and the three tabs."""
        home = QWidget()
        layout = QVBoxLayout(home)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Healing programs")), 1)
        self.journal_button = QPushButton(self.tr("My good things"))
        self.journal_button.clicked.connect(self.show_journal)
        top.addWidget(self.journal_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.practice = paragraph("", role="muted")
        layout.addWidget(self.practice)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        return home

    def _build_tabs(self) -> None:
        """Exercises, programs and the organisation's offers, each a scrolling column of cards."""
        self.exercises_tab = QWidget()
        self.exercises_layout = QVBoxLayout(self.exercises_tab)
        self.tabs.addTab(scrolling(self.exercises_tab, self.tr("Exercises")), self.tr("Exercises"))
        self.program_tab = QWidget()
        self.program_layout = QVBoxLayout(self.program_tab)
        self.tabs.addTab(scrolling(self.program_tab, self.tr("Programs")), self.tr("Programs"))
        self.offers_tab = QWidget()
        self.offers_layout = QVBoxLayout(self.offers_tab)
        self.tabs.addTab(
            scrolling(self.offers_tab, self.tr("From your organisation")), self.tr("From your organisation")
        )
        for tab_layout in (self.exercises_layout, self.program_layout, self.offers_layout):
            tab_layout.setContentsMargins(2, 14, 8, 14)
            tab_layout.setSpacing(12)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_player_host(self) -> QWidget:
        """Where an exercise plays, with the way back."""
        self.player_host = QWidget()
        host = QVBoxLayout(self.player_host)
        host.setContentsMargins(20, 12, 20, 12)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to programs"))
        self.back_button.clicked.connect(self.close_player)
        self.context_label = QLabel()
        self.context_label.setProperty("role", "muted")
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        bar.addWidget(self.context_label, 1)
        host.addLayout(bar)
        self.player_slot = QVBoxLayout()
        host.addLayout(self.player_slot, 1)
        return self.player_host

    # -- signal bookkeeping (the page is rebuilt on a language switch) ---------------------------------

    def _track(self, connection: QMetaObject.Connection) -> None:
        self._connections.append(connection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button (a card's Start, Why it helps, the player's), as Space does."""
        focus = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focus, QAbstractButton) and self.isAncestorOf(focus) and focus.isEnabled():
            focus.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _disconnect_all(self) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()

    # -- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_practice()
        self._refresh_exercises()
        self._refresh_programs()
        self.refresh_offers()

    def _refresh_practice(self) -> None:
        week = self.feature.sessions_per_day(7)
        sessions = sum(n for _, n, _ in week)
        mins = sum(m for _, _, m in week)
        if sessions:
            self.practice.setText(self.tr("Last 7 days: exercises done %d · minutes of practice %d") % (sessions, mins))
        else:
            self.practice.setText(
                self.tr("Short exercises for a break, programs that build a habit, and what your organisation offers.")
            )

    def _refresh_exercises(self) -> None:
        clear_layout(self.exercises_layout)
        library = self.feature.library
        hour = self.feature.ctx.clock.now().hour
        suggested = self.feature.recommend({"part_of_day": part_of_day(hour)})
        self.exercises_layout.addWidget(heading(self.tr("Suggested for now"), scale=1.15))
        self.exercises_layout.addLayout(self._grid([library.exercise(i) for i in suggested], primary=True))
        self.exercises_layout.addSpacing(6)
        self.exercises_layout.addWidget(heading(self.tr("More exercises"), scale=1.15))
        more = [e for e in library.exercises.values() if e.id not in suggested]
        self.exercises_layout.addLayout(self._grid(more, primary=False))
        self.exercises_layout.addStretch(1)

    def _grid(self, exercises: list, primary: bool) -> QGridLayout:  # type: ignore[type-arg]
        grid = QGridLayout()
        grid.setSpacing(12)
        for n, exercise in enumerate(exercises):
            card = ExerciseCard(exercise, self.language, primary=primary)
            card.start_requested.connect(self.play_exercise)
            card.why_requested.connect(self.show_exercise_evidence)
            grid.addWidget(card, n // COLUMNS, n % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    def _current(self) -> RunView | None:
        service = self.feature.service
        if service is None:
            return None
        try:
            return service.current()
        except VaultError:
            return None

    def _refresh_programs(self) -> None:
        clear_layout(self.program_layout)
        view = self._current()
        if view is not None:
            card = RunCard(view, self.language)
            card.start_session.connect(self.play_session)
            card.change_schedule.connect(self.change_schedule)
            card.pause_or_resume.connect(self.pause_or_resume)
            card.leave.connect(self.leave_program)
            self.run_card = card
            self.program_layout.addWidget(card)
            self.program_layout.addWidget(heading(self.tr("Other programs"), scale=1.15))
        else:
            self.run_card = None
            self.program_layout.addWidget(
                paragraph(
                    self.tr(
                        "A program is a short session on the days you choose, with a reminder at the time you pick. "
                        "Missed days are fine: the program waits for you."
                    )
                )
            )
        library = self.feature.library
        for program in library.programs.values():
            if view is not None and view.program.id == program.id:
                continue
            lengths = [library.exercise(s.exercise).minutes for s in program.sessions]
            card = ProgramCard(program, lengths, self.language, can_start=view is None)
            card.start_requested.connect(self.start_program)
            card.why_requested.connect(self.show_program_evidence)
            self.program_layout.addWidget(card)
        self.program_layout.addStretch(1)

    def refresh_offers(self) -> None:
        clear_layout(self.offers_layout)
        controller = self.feature.offers
        state = controller.state
        head = QHBoxLayout()
        status = {
            OffersState.NOT_READ: self.tr("Offers have not been checked yet."),
            OffersState.LOADING: self.tr("Checking the shared folder for offers…"),
            OffersState.READY: self.tr(
                "Programs and outings offered by your organisation. Each offer is checked "
                "against the EAP office's key; anything that fails the check is never shown."
            ),
            OffersState.NO_ORG: self.tr("No organisation policy is installed, so there are no organisation offers."),
            OffersState.KEY_PROBLEM: self.tr(
                "The EAP office's key could not be confirmed, so offers are not shown. "
                "Please check the EAP page or ask your IT team."
            ),
            OffersState.UNREACHABLE: self.tr("The shared folder cannot be reached right now. Try again later."),
        }[state]
        label = paragraph(status, role="muted" if state is OffersState.READY else "")
        head.addWidget(label, 1)
        refresh = QPushButton(self.tr("Check again"))
        refresh.setEnabled(state not in (OffersState.LOADING, OffersState.NO_ORG))
        refresh.clicked.connect(lambda: controller.refresh())
        head.addWidget(refresh, 0, Qt.AlignmentFlag.AlignTop)
        self.offers_layout.addLayout(head)
        self.offer_cards = {}
        now = self.feature.ctx.clock.now()
        offers = controller.listing.offers
        if state is OffersState.READY and not offers:
            self.offers_layout.addWidget(
                paragraph(self.tr("No offers right now. When the EAP office publishes one, it appears here."))
            )
        for offer in offers:
            card = OfferCard(
                offer,
                self.language,
                now,
                enrolled=controller.enrollment(offer.offer_id) is not None,
                place=controller.place(offer),
                busy=offer.offer_id in controller.busy,
            )
            card.enroll_requested.connect(self.enroll)
            card.withdraw_requested.connect(self.withdraw)
            self.offer_cards[offer.offer_id] = card
            self.offers_layout.addWidget(card)
        self.offers_layout.addStretch(1)
        self._offers_seen()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not None and index == OFFERS_TAB:
            self.feature.offers.refresh(if_stale=True)
            self._offers_seen()

    def show_offers(self) -> None:
        """The offers tab, on the counselor's request (a tray entry); a playing exercise keeps playing."""
        self.tabs.setCurrentIndex(OFFERS_TAB)
        if self.stack.currentIndex() == 0:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        self._offers_seen()

    def _offers_seen(self) -> None:
        """Offers listed on screen are no news (no notice, no tray entry) any more."""
        on_screen = self.isVisible() and self.stack.currentIndex() == 0 and self.tabs.currentIndex() == OFFERS_TAB
        if on_screen and self.feature.offers.state is OffersState.READY:
            self.feature.offers_viewed()

    # -- the player ----------------------------------------------------------------------------------

    def play_exercise(self, exercise_id: str) -> None:
        def complete(exercise_id: str, seconds: float) -> None:
            self.feature.record_session(exercise_id, seconds, source="programs")

        self._open_player(exercise_id, complete, "")

    def play_session(self) -> None:
        view = self._current()
        if view is None or view.next is None:
            return
        session, run_id = view.next, view.run.id

        def complete(_exercise_id: str, seconds: float) -> None:
            service = self.feature.service
            if service is None:
                return
            try:
                service.complete_session(run_id, session.index, seconds)
            except (RunConflict, VaultError):
                log.warning("a program session could not be recorded")
            self.feature.plan_changed()

        context = self.tr("%s · session %d of %d") % (
            pick(view.program.title, self.language),
            session.index + 1,
            view.total,
        )
        self._open_player(session.exercise, complete, context)

    def _open_player(self, exercise_id: str, complete: Callable[[str, float], None], context: str) -> None:
        self.close_player()
        self.player = self.feature.make_player(exercise_id, complete, self.player_host)
        self.player_slot.addWidget(self.player)
        self.context_label.setText(context)
        self.stack.setCurrentWidget(self.player_host)
        self.player.setFocus()

    def close_player(self) -> None:
        if self.player is not None:
            player, self.player = self.player, None
            if not player.ended:
                player.stop()
            player.shutdown()
            player.hide()
            player.deleteLater()
        self.stack.setCurrentIndex(0)
        self._offers_seen()

    # -- programs ------------------------------------------------------------------------------------

    def start_program(self, program_id: str) -> None:
        program = self.feature.library.program(program_id)
        hh, mm = program.suggested_time.split(":")
        policy = self.feature.ctx.policy
        # a daily program (the 7-day reset) spans its days: shift days would stretch it over more
        use_own = policy.personal_mode or program.daily
        days = list(program.suggested_days) if use_own else policy.get("breaks", "shift_days")
        schedule = ProgramSchedule(time(int(hh), int(mm)), weekdays_from(days))
        dialog = ScheduleDialog(pick(program.title, self.language), schedule, starting=True, parent=self)
        dialog.accepted.connect(lambda: self._started(program_id, dialog.schedule()))
        self.dialog = dialog
        dialog.open()

    def _started(self, program_id: str, schedule: ProgramSchedule) -> None:
        service = self.feature.service
        if service is None:
            return
        try:
            service.start(program_id, schedule)
        except RunConflict:
            return
        self.feature.plan_changed()
        self.tabs.setCurrentIndex(1)

    def change_schedule(self) -> None:
        view = self._current()
        if view is None:
            return
        dialog = ScheduleDialog(pick(view.program.title, self.language), view.run.schedule, starting=False, parent=self)
        run_id = view.run.id
        dialog.accepted.connect(lambda: self._rescheduled(run_id, dialog.schedule()))
        self.dialog = dialog
        dialog.open()

    def _rescheduled(self, run_id: int, schedule: ProgramSchedule) -> None:
        if self.feature.service is not None:
            self.feature.service.reschedule(run_id, schedule)
            self.feature.plan_changed()

    def pause_or_resume(self) -> None:
        view = self._current()
        service = self.feature.service
        if view is None or service is None:
            return
        if view.run.status is RunStatus.PAUSED:
            service.resume(view.run.id)
        else:
            service.pause(view.run.id)
        self.feature.plan_changed()

    def leave_program(self) -> None:
        view = self._current()
        service = self.feature.service
        if view is None or service is None:
            return
        if confirm(
            self,
            self.tr("Leave program"),
            self.tr("Leave %s? Your practice so far stays in your record; you can start again any time.")
            % pick(view.program.title, self.language),
            self.tr("Leave the program"),
            self.tr("Stay in it"),
        ):
            service.leave(view.run.id)
            self.feature.plan_changed()

    # -- offers --------------------------------------------------------------------------------------

    def _offer(self, offer_id: str):  # type: ignore[no-untyped-def]
        return next((o for o in self.feature.offers.listing.offers if o.offer_id == offer_id), None)

    def enroll(self, offer_id: str) -> None:
        offer = self._offer(offer_id)
        if offer is None:
            return
        coordinator = str(self.feature.ctx.policy.get("coordinator", "name"))
        dialog = EnrollDialog(pick(offer.title, self.language), coordinator, parent=self)
        dialog.accepted.connect(lambda: self.feature.offers.enroll(offer, dialog.shared))
        self.dialog = dialog
        dialog.open()

    def withdraw(self, offer_id: str) -> None:
        offer = self._offer(offer_id)
        if offer is None:
            return
        if confirm(
            self,
            self.tr("Withdraw enrollment"),
            self.tr("Withdraw your enrollment in %s? The EAP office will be told, sealed as before.")
            % pick(offer.title, self.language),
            self.tr("Withdraw"),
            self.tr("Keep my place"),
        ):
            self.feature.offers.withdraw(offer_id)

    def _offer_failed(self, message: str) -> None:
        self.feature.ctx.notifier.notify(self.tr("Organisation offers"), message)

    # -- evidence and journal ------------------------------------------------------------------------

    def show_exercise_evidence(self, exercise_id: str) -> None:
        exercise = self.feature.library.exercise(exercise_id)
        caution = pick(exercise.caution, self.language) if exercise.caution else ""
        title = pick(exercise.title, self.language)
        self.dialog = EvidenceDialog(title, exercise.evidence, self.language, caution, self)
        self.dialog.open()

    def show_program_evidence(self, program_id: str) -> None:
        program = self.feature.library.program(program_id)
        self.dialog = EvidenceDialog(pick(program.title, self.language), program.evidence, self.language, "", self)
        self.dialog.open()

    def show_journal(self) -> None:
        service = self.feature.service
        entries = [] if service is None else service.store.journal()
        self.dialog = JournalDialog(entries, self.language, self)
        self.dialog.open()
