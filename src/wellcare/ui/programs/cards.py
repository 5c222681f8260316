"""The cards of the Programs page: an exercise, a program, the program being followed, an offer."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellcare.programs.model import Exercise, Program, pick
from wellcare.programs.offers import Offer
from wellcare.programs.progress import RunStatus
from wellcare.programs.seats import MyPlace
from wellcare.programs.service import RunView
from wellcare.ui import locale_format as fmt
from wellcare.ui.programs.texts import category_name
from wellcare.ui.theme import heading, paragraph

CARD_GAP = 10  # px between a card's text and its buttons


def card_frame() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(6)
    return frame, layout


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setProperty("role", "link")
    return button


class ExerciseCard(QFrame):
    start_requested = Signal(str)
    why_requested = Signal(str)

    def __init__(self, exercise: Exercise, language: str, *, primary: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.exercise_id = exercise.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)  # the text keeps clear of the card's rounded border
        layout.setSpacing(6)
        layout.addWidget(heading(pick(exercise.title, language), scale=1.05))
        length = fmt.minutes(exercise.minutes, short=True)
        meta = paragraph(f"{length} · {category_name(exercise.category)}", role="muted")
        layout.addWidget(meta)
        self.summary = summary = paragraph(pick(exercise.summary, language))
        summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(summary)
        layout.addStretch(1)
        layout.addSpacing(CARD_GAP)  # the buttons never touch the last line of the text
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("primary", primary)
        self.start_button.setAccessibleName(self.tr("Start %s") % pick(exercise.title, language))
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.exercise_id))
        why = link_button(self.tr("Why it helps"))
        why.setAccessibleName(self.tr("Why it helps: %s") % pick(exercise.title, language))  # one of many
        why.clicked.connect(lambda: self.why_requested.emit(self.exercise_id))
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(why)
        layout.addLayout(row)


class ProgramCard(QFrame):
    start_requested = Signal(str)
    why_requested = Signal(str)

    def __init__(
        self, program: Program, lengths: list[int], language: str, *, can_start: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.program_id = program.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(heading(pick(program.title, language), scale=1.1))
        low, high = min(lengths), max(lengths)
        span = fmt.minutes(low, short=True) if low == high else self.tr("%1–%n min", "", high).replace("%1", str(low))
        meta = self.tr("%n session(s) · %1 each", "", len(program.sessions)).replace("%1", span)
        if program.weeks:
            meta = self.tr("%n week(s)", "", len(program.weeks)) + " · " + meta
        layout.addWidget(paragraph(meta, role="muted"))
        layout.addWidget(paragraph(pick(program.summary, language)))
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start this program…"))
        self.start_button.setEnabled(can_start)
        if not can_start:
            self.start_button.setToolTip(self.tr("You are following a program. Leave it first to start another."))
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.program_id))
        why = link_button(self.tr("Why it helps"))
        why.setAccessibleName(self.tr("Why it helps: %s") % pick(program.title, language))
        why.clicked.connect(lambda: self.why_requested.emit(self.program_id))
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(why)
        layout.addLayout(row)


class RunCard(QFrame):
    """The program being followed: where you are, the streak, the reminders, and what you can do."""

    start_session = Signal()
    change_schedule = Signal()
    pause_or_resume = Signal()
    leave = Signal()

    def __init__(self, view: RunView, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("run-card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(heading(pick(view.program.title, language), scale=1.25))

        self.progress = QProgressBar()
        self.progress.setRange(0, view.total)
        self.progress.setValue(view.done)
        self.progress.setFormat(self.tr("%1 of %n session(s)", "", view.total).replace("%1", fmt.integer(view.done)))
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Program progress"))
        layout.addWidget(self.progress)

        paused = view.run.status is RunStatus.PAUSED
        if view.next is not None:
            self._add_next_session(view, language, layout)
        self.streak_label = paragraph(self._streak_text(view), role="muted")
        layout.addWidget(self.streak_label)
        self.schedule_label = paragraph(self._schedule_text(view, paused), role="muted")
        layout.addWidget(self.schedule_label)
        layout.addLayout(self._build_actions(view, paused))

    def _add_next_session(self, view: RunView, language: str, layout: QVBoxLayout) -> None:
        assert view.next is not None
        session = view.next
        week = view.program.week_of(session)
        head = self.tr("Next: session %d, %s") % (session.index + 1, pick(session.title, language))
        if week is not None:
            head = self.tr("Week %d · %s") % (session.week, pick(week.title, language)) + "\n" + head
        self.next_label = paragraph(head)
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        layout.addWidget(self.next_label)
        layout.addWidget(paragraph(pick(session.note, language)))

    def _streak_text(self, view: RunView) -> str:
        streak = view.streak
        if streak.current:
            text = self.tr("Days in your practice streak: %d.") % streak.current
            if streak.forgiven:
                text += " " + self.tr("A missed day was forgiven; it does not break a streak.")
        else:
            text = self.tr("No streak yet. Any day you practise counts, and one missed day is always forgiven.")
        if streak.best > streak.current:
            text += " " + self.tr("Your best: %n day(s).", "", streak.best)
        return text

    def _schedule_text(self, view: RunView, paused: bool) -> str:
        schedule = view.run.schedule
        if paused:
            return self.tr("Paused. Reminders are off until you resume; paused days never count as missed.")
        when = self.tr("Reminders at %(time)s on %(days)s.") % {
            "time": fmt.time(schedule.at),
            "days": ", ".join(fmt.weekday(d) for d in sorted(schedule.weekdays)),
        }
        if view.due_today:
            when += " " + self.tr("Today's session is waiting for you.")
        return when

    def _build_actions(self, view: RunView, paused: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start session"))
        self.start_button.setProperty("primary", True)
        self.start_button.setEnabled(view.next is not None and not paused)
        self.start_button.clicked.connect(self.start_session)
        self.schedule_button = QPushButton(self.tr("Change reminders…"))
        self.schedule_button.clicked.connect(self.change_schedule)
        self.pause_button = QPushButton(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.leave_button = QPushButton(self.tr("Leave program"))
        self.leave_button.clicked.connect(self.leave)
        for button in (self.start_button, self.schedule_button, self.pause_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        return row

class OfferCard(QFrame):
    """One offer as published, and this counselor's enrollment in it."""

    enroll_requested = Signal(str)
    withdraw_requested = Signal(str)

    def __init__(
        self,
        offer: Offer,
        language: str,
        now: datetime,
        *,
        enrolled: bool,
        busy: bool,
        place: MyPlace | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.offer_id = offer.offer_id
        self.place_note: QLabel | None = None
        tz = now.tzinfo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading(pick(offer.title, language), scale=1.15), 1)
        kind = QLabel(self._kind(offer.kind))
        kind.setProperty("role", "muted")
        top.addWidget(kind)
        layout.addLayout(top)
        self._add_details(offer, language, tz, layout)
        layout.addLayout(self._build_actions(offer, now, enrolled=enrolled, busy=busy))
        if enrolled and not busy:
            self._show_place(place or MyPlace.UNCONFIRMED, layout)  # its note goes above the actions

    def _add_details(self, offer: Offer, language: str, tz: tzinfo | None, layout: QVBoxLayout) -> None:
        """When and where, the seats, the organisation's description, the enrollment deadline."""
        for date in offer.dates:
            start = date.start.astimezone(tz)
            text = fmt.day_time(start)
            if date.end is not None:
                end = date.end.astimezone(tz)
                text += "–" + fmt.time(end) if end.date() == start.date() else " – " + fmt.day_time(end)
            layout.addWidget(paragraph(text))
        if offer.place:
            layout.addWidget(paragraph(self.tr("Place: %s") % offer.place))
        layout.addWidget(paragraph(self._seats(offer), role="muted"))
        description = QLabel(pick(offer.description, language))
        description.setWordWrap(True)
        description.setTextFormat(description.textFormat().PlainText)  # published text is never markup
        layout.addWidget(description)
        if offer.enroll_by is not None:
            by = offer.enroll_by.astimezone(tz)
            layout.addWidget(paragraph(self.tr("Enroll by %s") % fmt.day_time(by), "muted"))

    def _build_actions(self, offer: Offer, now: datetime, *, enrolled: bool, busy: bool) -> QHBoxLayout:
        """The link, the status and the one action: enroll, withdraw, or nothing while sending."""
        row = QHBoxLayout()
        if offer.link:
            link = link_button(self.tr("Open link"))
            link.setToolTip(offer.link)
            link.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(offer.link)))
            row.addWidget(link)
        row.addStretch(1)
        self.status = QLabel()
        row.addWidget(self.status)
        self.action = QPushButton()
        row.addWidget(self.action)
        if busy:
            self.status.setText(self.tr("Sending…"))
            self.action.hide()
        elif enrolled:
            self.action.setText(self.tr("Withdraw…"))
            self.action.clicked.connect(lambda: self.withdraw_requested.emit(self.offer_id))
        else:
            self.action.setText(self.tr("Enroll…"))
            self.action.setProperty("primary", True)
            self.action.clicked.connect(lambda: self.enroll_requested.emit(self.offer_id))
            if not offer.can_enroll(now):
                self.action.setEnabled(False)
                self.status.setText(self.tr("Full") if offer.is_full() else self.tr("Enrollment closed"))
        return row

    def _show_place(self, place: MyPlace, layout: QVBoxLayout) -> None:
        """What the EAP office has signed about this counselor's enrollment, and no more."""
        if place is MyPlace.CONFIRMED:
            self.status.setText(self.tr("✓ Place confirmed"))
            self.status.setAccessibleName(self.tr("Enrolled, place confirmed"))
            return
        if place is MyPlace.WAITING_LIST:
            self.status.setText(self.tr("On the waiting list"))
            self.status.setAccessibleName(self.tr("Enrolled, on the waiting list"))
            note = self.tr("Every seat is taken. If a place frees up, it goes to the waiting list in order.")
        else:
            self.status.setText(self.tr("✓ Enrolled"))
            self.status.setAccessibleName(self.tr("Enrolled"))
            note = self.tr("Sent. The EAP office has not confirmed your place yet.")
        self.place_note = paragraph(note, "muted")
        layout.insertWidget(layout.count() - 1, self.place_note)

    def _kind(self, kind: str) -> str:
        return {
            "outing": self.tr("Outing"),
            "program": self.tr("Program"),
            "workshop": self.tr("Workshop"),
        }.get(kind, self.tr("Offer"))

    def _seats(self, offer: Offer) -> str:
        if offer.seats is None:
            return self.tr("Open to everyone")
        if offer.seats_left is None:
            return self.tr("Seats: %d") % offer.seats
        return self.tr("Seats left: %d of %d") % (offer.seats_left, offer.seats)
