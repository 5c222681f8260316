"""Today: the live home of both roles. It reads the capabilities' Qt-free summaries and only renders.

The summaries come from ``ctx.capabilities.today`` (:class:`wellcare.today.TodayBoard`). The page
reads them again when it is shown, when a capability says something changed, and every
``REREAD`` of clock time; in between, a one-second tick moves the next break's countdown from the
injected clock, so the page never shows a stale "in 2 min". The tick runs only while the page is
visible.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.eap.protocol import RequestType
from wellcare.schedule.clock import Clock
from wellcare.today import (
    CheckInToday,
    EapReplies,
    Enrollments,
    Greeting,
    LastImport,
    NewOffers,
    NextBreak,
    RequestsWaiting,
    SelfChecksDue,
    Settings,
    SurgeToday,
    TodayBoard,
    TodaySummary,
    run_greeting,
)
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap import texts as eap_texts
from wellcare.ui.surge.texts import SurgeTexts
from wellcare.ui.theme import clear_layout, heading, paragraph

REREAD = timedelta(seconds=30)  # the cards are read again at least this often (clock time) while shown
MAX_LINES = 5  # a card lists this many items; the page behind its button has the rest
CARD_ORDER = (
    SurgeToday, NextBreak, CheckInToday, SelfChecksDue, EapReplies, NewOffers, RequestsWaiting, LastImport, Enrollments
)


@dataclass(frozen=True)
class HomeStatus:
    vault_mode: str  # "keyring" | "passphrase"
    org_name: str  # "" in personal mode
    coordinator_name: str
    tray_available: bool


class TodayCard(QFrame):
    """One card: a title, a few lines and at most one button."""

    def __init__(self, name: str, title: str, lines: Sequence[str], button: str = "",
                 action: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setObjectName(f"today-{name}")
        self.setProperty("role", "card")
        inner = QVBoxLayout(self)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.setSpacing(6)
        inner.addWidget(heading(title, scale=1.15))
        self.lines: list[QLabel] = []
        for line in lines:
            label = paragraph(line)
            self.lines.append(label)
            inner.addWidget(label)
        self.button: QPushButton | None = None
        if button and action is not None:
            self.button = QPushButton(button)
            self.button.setAccessibleName(button)
            self.button.clicked.connect(action)
            row = QHBoxLayout()  # the button as wide as its words, at the start of the line
            row.addWidget(self.button)
            row.addStretch(1)
            inner.addLayout(row)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.lines)


class HomePage(QWidget):
    """The Today page of one role (the cards are whatever its capabilities put on the board)."""

    def __init__(
        self,
        status: HomeStatus,
        board: TodayBoard | None = None,
        clock: Clock | None = None,
        settings: Callable[[], Settings] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board or TodayBoard()
        self.clock = clock
        self.summaries: list[TodaySummary] = []
        self.cards: dict[str, TodayCard] = {}
        self.countdown: QLabel | None = None
        self._next_break: NextBreak | None = None
        self._read_at: datetime | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        self._build_greeting(layout, settings)
        self.card_area = QVBoxLayout()
        self.card_area.setSpacing(14)
        layout.addLayout(self.card_area)
        layout.addWidget(self._card(self.tr("Your data"), self._privacy_text(status)))
        layout.addWidget(self._card(self.tr("Your organisation"), self._org_text(status)))
        if not status.tray_available:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "This desktop has no system tray, so WellCare lives in this window. Closing it only "
                        "minimizes it; use WellCare ▸ Quit to stop."
                    ),
                    role="muted",
                )
            )
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setObjectName("today-tick")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        unsubscribe = self.board.subscribe(self.refresh)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.refresh()

    def _build_greeting(self, layout: QVBoxLayout, settings: Callable[[], Settings] | None) -> None:
        """A welcome on the very first run, a "good to see you" after that (never "welcome back" at once)."""
        clock = self.clock
        now = clock.now() if clock is not None else None
        kind = Greeting.RETURNING
        if settings is not None and now is not None:
            try:
                kind = run_greeting(self.board, settings(), now)
            except Exception:  # a locked vault: no record, no first-run welcome either
                kind = Greeting.RETURNING
        self.greeting = kind
        if kind is Greeting.FIRST_RUN:
            self.title = heading(self.tr("Welcome to WellCare"))
        else:
            self.title = heading(self.tr("Good to see you again"))
        layout.addWidget(self.title)
        if kind is Greeting.FIRST_RUN:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "WellCare keeps you company through the shift: short recovery breaks, quiet check-ins, "
                        "support after a hard call, and a confidential way to reach the EAP office."
                    )
                )
            )

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every card again; rebuild them only when something a counselor would see changed."""
        if self.clock is None:
            return
        now = self.clock.now()
        self._read_at = now
        summaries = sorted(self.board.read(now), key=lambda s: CARD_ORDER.index(type(s)))
        if summaries != self.summaries or (not self.cards and summaries):
            self.summaries = summaries
            self._render(now)
        self._update_countdown(now)

    def tick(self) -> None:
        """Every second while shown: move the countdown; read again when the clock moved on or jumped back."""
        if self.clock is None:
            return
        now = self.clock.now()
        left = self._next_break.seconds_left(now) if self._next_break is not None else None
        if self._read_at is None or now - self._read_at >= REREAD or now < self._read_at or left == 0:
            self.refresh()
        else:
            self._update_countdown(now)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    # -- rendering ---------------------------------------------------------------------------------
    def _render(self, now: datetime) -> None:
        clear_layout(self.card_area)
        self.cards = {}
        self.countdown = None
        self._next_break = None
        for summary in self.summaries:
            card = self._build(summary, now)
            if card is not None:
                self.cards[card.objectName().removeprefix("today-")] = card
                self.card_area.addWidget(card)

    def _action(self, name: str) -> Callable[[], None] | None:
        if name not in self.board.actions:
            return None
        return lambda: self.board.act(name)

    def _build(self, summary: TodaySummary, now: datetime) -> TodayCard | None:
        if isinstance(summary, SurgeToday):
            texts = SurgeTexts(self)
            return TodayCard("surge", texts.title(), texts.lines(summary, fmt.language(), now))
        if isinstance(summary, NextBreak):
            self._next_break = summary
            card = TodayCard("break", self.tr("Next break"), [""], self.tr("My day"), self._action("breaks"))
            self.countdown = card.lines[0]
            return card
        if isinstance(summary, CheckInToday):
            if summary.done_at is not None:
                line = self.tr("Done at %s. Thank you for taking a moment.") % fmt.time(summary.done_at)
                return TodayCard("checkin", self.tr("Today's check-in"), [line],
                                 self.tr("Check in again"), self._action("checkin"))
            line = self.tr("Not done yet. It takes a few seconds.")
            return TodayCard("checkin", self.tr("Today's check-in"), [line],
                             self.tr("Check in now"), self._action("checkin"))
        if isinstance(summary, SelfChecksDue):
            if not summary.due:
                return TodayCard("self_checks", self.tr("Self-checks"), [self.tr("Nothing is due today.")])
            names = ", ".join(name for _, name in summary.due)
            return TodayCard("self_checks", self.tr("Self-checks"), [self.tr("Due now: %s") % names],
                             self.tr("Start %s") % summary.due[0][1], self._action("self_checks"))
        if isinstance(summary, EapReplies):
            return self._eap_card(summary, now)
        if isinstance(summary, NewOffers):
            if not summary.titles:
                return TodayCard("offers", self.tr("New offers"), [self.tr("Nothing new from the EAP office.")])
            lines = list(summary.titles[:MAX_LINES])
            return TodayCard("offers", self.tr("New offers"), lines, self.tr("See the offers"), self._action("offers"))
        if isinstance(summary, RequestsWaiting):
            return self._requests_card(summary, now)
        if isinstance(summary, LastImport):
            if summary.at is None:
                line = self.tr("The inbox has not been read yet.")
            else:
                line = self.tr("%1: %n file(s) taken in.", "", summary.accepted).replace(
                    "%1", self._when(summary.at, now)
                )
            return TodayCard("import", self.tr("Last import"), [line])
        if isinstance(summary, Enrollments):
            return self._enrollments_card(summary)
        return None

    def _eap_card(self, summary: EapReplies, now: datetime) -> TodayCard:
        if not summary.new:
            return TodayCard("eap", self.tr("EAP replies"), [self.tr("No new replies.")])
        lines = []
        for reply in summary.new[:MAX_LINES]:
            if reply.status == "scheduled" and reply.appointment is not None:  # the appointment's time is the news
                lines.append(self.tr("Your appointment: %s") % self._when(reply.appointment, now))
                continue
            if reply.status == "received":
                text = self.tr("Your request was received")
            elif reply.status == "done":
                text = self.tr("Your request was marked done")
            else:
                text = self.tr("Your request was closed; open it to read why")
            lines.append(self.tr("%1 · %2").replace("%1", text).replace("%2", self._when(reply.at, now)))
        return TodayCard("eap", self.tr("EAP replies"), lines, self.tr("Open EAP support"), self._action("eap"))

    def _requests_card(self, summary: RequestsWaiting, now: datetime) -> TodayCard:
        if not summary.requests:
            return TodayCard("requests", self.tr("New requests"), [self.tr("No new requests.")],
                             self.tr("Open the EAP inbox"), self._action("inbox"))
        count = self.tr("%n new request(s)", "", len(summary.requests))
        if summary.urgent:
            count += " · " + self.tr("%n urgent", "", summary.urgent)
        lines = [count]
        for request in summary.requests[:MAX_LINES]:
            kind = eap_texts.request_type(RequestType(request.kind))
            when = self._when(request.received_at, now)
            line = self.tr("Urgent · %1 · %2 · request %3") if request.urgent else self.tr("%1 · %2 · request %3")
            lines.append(line.replace("%1", kind).replace("%2", when).replace("%3", request.short_id))
        return TodayCard("requests", self.tr("New requests"), lines, self.tr("Open the EAP inbox"),
                         self._action("inbox"))

    def _enrollments_card(self, summary: Enrollments) -> TodayCard:
        if summary.offers is None:
            lines = [self.tr("The offers folder has not been read yet.")]
        elif not summary.offers:
            lines = [self.tr("No offers are published.")]
        else:
            lines = []
            for offer in summary.offers[:MAX_LINES]:
                if offer.left is None:
                    seats = self.tr("%n taken, no seat limit", "", offer.taken)
                else:
                    seats = self.tr("%n taken", "", offer.taken) + ", " + self.tr("%n left", "", offer.left)
                lines.append(self.tr("%1: %2").replace("%2", seats).replace("%1", offer.title))
        return TodayCard("enrollments", self.tr("Enrollments"), lines, self.tr("Open enrollments"),
                         self._action("enrollments"))

    def _update_countdown(self, now: datetime) -> None:
        if self.countdown is None or self._next_break is None:
            return
        self.countdown.setText(self.break_text(self._next_break, now))

    def break_text(self, summary: NextBreak, now: datetime) -> str:
        if summary.on_break:
            return self.tr("You are on a break.")
        if summary.held_by_call:
            return self.tr("A break is waiting for your call to end.")
        left = summary.seconds_left(now)
        if left is None or summary.at is None:
            return self.tr("No breaks planned.")
        if left == 0:
            return self.tr("Due now.")
        if left < 3600:
            return self.tr("In %s") % f"{left // 60}:{left % 60:02d}"
        return self.tr("At %s") % self._when(summary.at, now)

    @staticmethod
    def _when(when: datetime, now: datetime) -> str:
        local = when.astimezone(now.tzinfo)
        if local.date() == now.date():
            return fmt.time(local)
        return fmt.day_time(local, year=local.year != now.year)

    # -- the profile's standing facts ---------------------------------------------------------------
    def _privacy_text(self, status: HomeStatus) -> str:
        if status.vault_mode == "keyring":
            how = self.tr("Its key is kept in this computer's secure keyring.")
        else:
            how = self.tr("It opens only with your passphrase.")
        return self.tr("Everything you enter stays in an encrypted vault on this computer.") + " " + how

    def _org_text(self, status: HomeStatus) -> str:
        if not status.org_name:
            return self.tr("Personal mode: no organisation policy is installed, so nothing is shared with anyone.")
        text = self.tr("Policy of %s.") % status.org_name
        if status.coordinator_name:
            text += " " + self.tr("EAP requests can be read only by %s.") % status.coordinator_name
        return text

    @staticmethod
    def _card(title: str, body: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.addWidget(heading(title, scale=1.15))
        text = QLabel(body)
        text.setWordWrap(True)
        inner.addWidget(text)
        return card
