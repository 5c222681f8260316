"""Coordinator mode's "Enrollments" page: each offer's seats taken and left, the waiting list, who enrolled.

Only reads. The inbox feature's imports take enrollments and withdrawals in (and republish the
seat status, signed); this feature reads the offers folder off the GUI thread for titles and
dates, the vault on it, and rebuilds the page after every import run and on "Check again".
What each enrollment shows is exactly what the counselor chose to share.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.exchange import ExchangeError, FolderTransport
from wellcare.programs.model import pick
from wellcare.programs.publishing import PublishedOffers, read_published
from wellcare.programs.seats import EnrollmentLine, OfferSeats, PlaceStatus, seat_overview
from wellcare.programs.today import enrollments
from wellcare.today import Enrollments
from wellcare.ui import locale_format as fmt
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError
from wellcare.ui.programs.tasks import run_in_background
from wellcare.ui.theme import clear_layout, heading, paragraph
from wellcare.ui.tray import TrayEntry

log = logging.getLogger(__name__)

PAGE_KEY = "enrollments"


class ListState(StrEnum):
    NOT_READ = "not_read"
    LOADING = "loading"
    READY = "ready"
    NOT_SET_UP = "not_set_up"  # no coordinator keys or exchange folder yet
    UNREACHABLE = "unreachable"  # offers/ cannot be read: enrollments shown without titles


class CoordinatorEnrollmentsFeature(Feature):
    """Holds the last overview; the page shows it."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.state = ListState.NOT_READ
        self.overview: list[OfferSeats] = []
        self._unsubscribe: Callable[[], None] | None = None
        ctx.capabilities.today.add_source(self._today, enrollments=lambda: ctx.show_page(PAGE_KEY))
        self.changed.connect(ctx.capabilities.today.changed)

    def start(self) -> None:
        imports = self.ctx.capabilities.inbox_imports
        if imports is not None:  # every import run may bring enrollments or withdrawals
            self._unsubscribe = imports.subscribe_imports(self._after_import)
        self.refresh()

    def stop(self) -> None:
        unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()

    def _after_import(self, accepted: Mapping[str, int]) -> None:
        if accepted.get("enrollment") or self.state is not ListState.READY:
            self.refresh()

    def refresh(self) -> None:
        if self.state is ListState.LOADING:
            return
        try:
            share = self.services.office_share()
        except VaultError:
            return
        if share is None:
            self.state, self.overview = ListState.NOT_SET_UP, []
            self.changed.emit()
            return
        keys, setup = share
        self.state = ListState.LOADING
        self.changed.emit()
        folder, verify = setup.exchange, keys.signing.verify_key
        run_in_background(lambda: read_published(FolderTransport(folder), verify), self._loaded)

    def _loaded(self, published: PublishedOffers | None, error: BaseException | None) -> None:
        state = ListState.READY
        if error is not None or published is None:
            if not isinstance(error, ExchangeError | OSError):
                log.error("reading the offers folder failed", exc_info=error)
            state, published = ListState.UNREACHABLE, PublishedOffers()
        try:
            self.overview = seat_overview(self.services.enrollment_book(), published)
        except VaultError:
            self.overview = []
        self.state = state
        self.changed.emit()

    def _today(self, now: datetime) -> list[Enrollments]:
        if self.state is ListState.NOT_SET_UP:
            return []
        return [enrollments(self.overview if self.state is ListState.READY else None, self.ctx.language())]

    def pages(self) -> list[PageSpec]:
        return [PageSpec(PAGE_KEY, self.tr("Enrollments"), EnrollmentsPage(self, self.ctx.language()))]

    def tray_entries(self) -> list[TrayEntry]:
        if self.state is ListState.NOT_SET_UP:
            return []
        return [TrayEntry(self.tr("Enrollments"), lambda: self.ctx.show_page(PAGE_KEY))]


class EnrollmentsPage(QWidget):
    """Offers with seats taken and left, and each enrollment; rebuilt when the feature changes."""

    def __init__(self, feature: CoordinatorEnrollmentsFeature, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.language = language
        self.offer_cards: dict[str, OfferSeatsCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Enrollments in the organisation's offers")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Who enrolled in each offer, with only what they chose to share. Places go in the order "
                    "enrollments arrive; counselors' apps see the seats left and whether they have a place."
                ),
                "muted",
            )
        )
        head = QHBoxLayout()
        self.status = paragraph("")
        head.addWidget(self.status, 1)
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.setAccessibleName(self.tr("Check the enrollments again"))
        self.refresh_button.clicked.connect(feature.refresh)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.addLayout(head)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(12)
        layout.addLayout(self.list_layout)
        layout.addStretch(1)
        feature.changed.connect(self.rebuild)
        self.rebuild()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.feature.state is ListState.NOT_READ:
            self.feature.refresh()

    def rebuild(self) -> None:
        state = self.feature.state
        self.status.setText(
            {
                ListState.NOT_READ: "",
                ListState.LOADING: self.tr("Reading the offers folder…"),
                ListState.READY: "",
                ListState.NOT_SET_UP: self.tr("Set up the EAP inbox first; enrollments arrive through it."),
                ListState.UNREACHABLE: self.tr(
                    "The offers folder cannot be read right now, so offers are shown by their id only."
                ),
            }[state]
        )
        self.status.setVisible(bool(self.status.text()))
        self.refresh_button.setEnabled(state not in (ListState.LOADING, ListState.NOT_SET_UP))
        clear_layout(self.list_layout)
        self.offer_cards = {}
        if state in (ListState.READY, ListState.UNREACHABLE) and not self.feature.overview:
            self.list_layout.addWidget(paragraph(self.tr("No offers are published and nobody has enrolled yet.")))
        for seats in self.feature.overview:
            card = OfferSeatsCard(seats, self.language, self.feature.ctx.clock.now().tzinfo)
            self.offer_cards[seats.offer_id] = card
            self.list_layout.addWidget(card)


class OfferSeatsCard(QFrame):
    """One offer: title, dates, the count, then one line per enrollment."""

    def __init__(self, seats: OfferSeats, language: str, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        offer = seats.offer
        title = pick(offer.title, language) if offer is not None else self.tr("Offer %s") % seats.offer_id
        layout.addWidget(heading(title, scale=1.15))
        if offer is None:
            layout.addWidget(paragraph(self.tr("Not in the offers folder (withdrawn and removed, or not readable)."),
                                       "muted"))
        else:
            dates = [fmt.day_time(d.start.astimezone(tz)) for d in offer.dates]
            layout.addWidget(paragraph(" · ".join(dates)))
            if offer.withdrawn:
                layout.addWidget(paragraph(self.tr("Withdrawn: counselors no longer see this offer."), "muted"))
        self.count = paragraph(self._count(seats))
        self.count.setAccessibleName(self.count.text())
        layout.addWidget(self.count)
        self.tz = tz
        self.lines: list[QLabel] = []
        if not seats.lines:
            layout.addWidget(paragraph(self.tr("Nobody has enrolled yet."), "muted"))
        for line in seats.lines:
            label = paragraph(self._line(line), "muted" if line.status is PlaceStatus.WITHDRAWN else "")
            label.setTextFormat(Qt.TextFormat.PlainText)  # what a counselor typed is never markup
            self.lines.append(label)
            layout.addWidget(label)

    def _count(self, seats: OfferSeats) -> str:
        if seats.seats is None:
            text = self.tr("%n enrolled (no seat limit)", "", seats.taken)
        else:
            text = (
                self.tr("Seats taken: %1 of %2, %3 left")
                .replace("%1", fmt.integer(seats.taken))
                .replace("%2", fmt.integer(seats.seats))
                .replace("%3", fmt.integer(seats.left or 0))
            )
        if seats.waiting:
            text += " · " + self.tr("%n on the waiting list", "", seats.waiting)
        return text

    def _line(self, line: EnrollmentLine) -> str:
        status = {
            PlaceStatus.PLACE: self.tr("Enrolled"),
            PlaceStatus.WAITING: self.tr("Waiting list"),
            PlaceStatus.WITHDRAWN: self.tr("Withdrawn"),
        }[line.status]
        shared = [line.share[k] for k in ("name", "contact") if line.share.get(k)]
        who = " · ".join(shared) if shared else self.tr("(no name or contact shared)")
        when = self.tr("enrolled %s") % fmt.day_time(line.received_at.astimezone(self.tz))
        if line.withdrawn_at is not None:
            when += ", " + self.tr("withdrawn %s") % fmt.day_time(line.withdrawn_at.astimezone(self.tz))
        text = f"{status}: {who} ({when})"
        note = line.share.get("note")
        if note:
            text += "\n" + self.tr("Note: %s") % note
        return text
