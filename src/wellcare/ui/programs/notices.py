"""A quiet heads-up when the EAP office publishes an offer: once per revision, never during a call.

After each verified read of offers/ (``OffersController.listed``) the news is decided by
:func:`~wellcare.programs.offer_news.offer_news` against what the vault remembers, recorded first
and then told through ``ctx.notifier`` (which holds it until a call ends):

- one offer: "New from the EAP office: <title> — enroll by <day>" (or its first day when it has no
  enroll-by; "New dates from the EAP office: …" when a new revision moved its dates);
- several in one read (the first run after install finds every current offer): one summary,
  "2 offers from the EAP office", since a tray balloon replaces the one before it.

The notifier has no click actions, so each offer told about and not yet looked at also gets a
tray entry, "New offer: <title>", that opens the Programs page's offers; looking at them there
(:meth:`OfferNotices.viewed`) ends the entries. Offers seen on the page are no news afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from wellcare.programs.model import pick
from wellcare.programs.offer_news import offer_news, unseen_offers
from wellcare.programs.offers import Offer, OfferListing
from wellcare.programs.store import ProgramStore
from wellcare.ui import locale_format as fmt
from wellcare.ui.feature import AppContext
from wellcare.ui.messages import VaultError
from wellcare.ui.programs.offers import OffersController
from wellcare.ui.tray import TrayEntry

log = logging.getLogger(__name__)

MAX_TRAY_ENTRIES = 3  # the rest are one click away on the page


class OfferNotices(QObject):
    """Decides, records and tells offer news; lists the unseen offers for the tray."""

    def __init__(
        self,
        ctx: AppContext,
        store: Callable[[], ProgramStore | None],
        offers: OffersController,
        open_offers: Callable[[], None],
    ) -> None:
        super().__init__()
        self._ctx = ctx
        self._store = store
        self._offers = offers
        self._open_offers = open_offers
        offers.listed.connect(self._listed)

    # -- news --------------------------------------------------------------------------------------

    def _listed(self, listing: OfferListing) -> None:
        store = self._store()
        if store is None:  # locked: the next read after unlock decides
            return
        now = self._ctx.clock.now()
        try:
            news = offer_news(listing.offers, store.known_offers(), now)
            if news:
                store.record_offer_news(news)  # first: a notice is never told twice
        except VaultError:
            log.warning("offer news skipped: the vault is not available")
            return
        if len(news.announce) > 1:
            n = len(news.announce)
            self._ctx.notifier.notify(
                self.title(), self.tr("%n offer(s) from the EAP office", "", n), page="programs"
            )
        elif news.announce:
            offer = news.announce[0]
            text = self.text(offer, now, moved=offer.offer_id in news.moved)
            self._ctx.notifier.notify(self.title(), text, page="programs")

    def title(self) -> str:
        return self.tr("From your organisation")

    def text(self, offer: Offer, now: datetime, *, moved: bool = False) -> str:
        if moved:
            template, when = self.tr("New dates from the EAP office: %1 — %2"), offer.first_start
        elif offer.enroll_by is not None:
            template, when = self.tr("New from the EAP office: %1 — enroll by %2"), offer.enroll_by
        else:
            template, when = self.tr("New from the EAP office: %1 — %2"), offer.first_start
        title = _one_line(pick(offer.title, self._ctx.language()))
        return template.replace("%2", self._day(when, now)).replace("%1", title)  # the title last: it may hold "%2"

    @staticmethod
    def _day(when: datetime, now: datetime) -> str:
        local = when.astimezone(now.tzinfo)
        return fmt.day(local.date(), year=local.year != now.year)

    # -- unseen offers -----------------------------------------------------------------------------

    def unseen(self) -> list[Offer]:
        store = self._store()
        if store is None:
            return []
        try:
            known = store.known_offers()
        except VaultError:
            return []
        return unseen_offers(self._offers.listing.offers, known, self._ctx.clock.now())

    def tray_entries(self) -> list[TrayEntry]:
        language = self._ctx.language()
        entries = []
        for offer in self.unseen()[:MAX_TRAY_ENTRIES]:
            title = _one_line(pick(offer.title, language)).replace("&", "&&")  # a menu's "&" marks a shortcut key
            entries.append(TrayEntry(self.tr("New offer: %s") % title, self._open_offers))
        return entries

    def viewed(self) -> None:
        """The counselor is looking at the listed offers: no tray entries, no news for them."""
        store = self._store()
        if store is None:
            return
        try:
            store.mark_offers_viewed(self._offers.listing.offers)
        except VaultError:
            log.warning("offers seen on the page were not recorded: the vault is not available")


def _one_line(text: str) -> str:
    """A published title may hold line breaks or tabs; a balloon or menu entry shows one line."""
    return " ".join(text.split())
