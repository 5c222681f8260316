"""Which org offers are news to this counselor: new offers, and new revisions that move their dates.

Qt-free. After every verified read of offers/ the Programs feature asks :func:`offer_news` what
to tell the counselor, given what the programs store remembers (``ProgramStore.known_offers``),
and records the answer (``ProgramStore.record_offer_news``) before telling, so a restart or a
second read never repeats a notice. Each offer revision is considered once:

- an offer never seen before is announced;
- a higher revision whose dates differ from the last one known is announced again;
- a higher revision with the same dates (seats, a correction) is only recorded;
- an offer that cannot be enrolled in now (withdrawn, past, full, enroll-by passed) is neither
  announced nor recorded: if a later revision opens it again, it is news then.

Offers the counselor looked at on the Programs page are recorded as seen
(``ProgramStore.mark_offers_viewed``) and are no news afterwards; offers announced but not yet
looked at are :func:`unseen_offers` (the tray lists them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from wellcare.programs.offers import Offer


@dataclass(frozen=True)
class KnownOffer:
    """What the vault remembers of one offer: the last revision accounted for."""

    offer_id: str
    revision: int
    dates: str  # :func:`dates_key` of that revision
    noticed: bool  # the counselor was told about it (a notice), not only shown it on the page
    viewed: bool  # the counselor has looked at the offers since


@dataclass(frozen=True)
class OfferNews:
    """What one read of offers/ brings: ``announce`` in listing order (soonest first)."""

    announce: tuple[Offer, ...] = ()
    moved: frozenset[str] = frozenset()  # ids in ``announce`` known before, with other dates now
    quiet: tuple[Offer, ...] = ()  # newer revisions with the same dates: recorded, not announced

    def __bool__(self) -> bool:
        return bool(self.announce or self.quiet)


def dates_key(offer: Offer) -> str:
    """The offer's dates as comparable text (UTC, so a different offset for the same instant is no change)."""
    return json.dumps([[_utc(d.start), None if d.end is None else _utc(d.end)] for d in offer.dates])


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


def offer_news(offers: Iterable[Offer], known: Mapping[str, KnownOffer], now: datetime) -> OfferNews:
    """Sort the offers of a verified listing into announce / quiet / nothing."""
    announce: list[Offer] = []
    moved: set[str] = set()
    quiet: list[Offer] = []
    for offer in offers:
        if not offer.can_enroll(now):
            continue
        seen = known.get(offer.offer_id)
        if seen is None:
            announce.append(offer)
        elif offer.revision <= seen.revision:
            continue
        elif dates_key(offer) != seen.dates:
            announce.append(offer)
            moved.add(offer.offer_id)
        else:
            quiet.append(offer)
    return OfferNews(tuple(announce), frozenset(moved), tuple(quiet))


def unseen_offers(offers: Iterable[Offer], known: Mapping[str, KnownOffer], now: datetime) -> list[Offer]:
    """Offers the counselor was told about and has not looked at yet, still open to enroll in."""
    out = []
    for offer in offers:
        seen = known.get(offer.offer_id)
        if seen is not None and seen.noticed and not seen.viewed and offer.can_enroll(now):
            out.append(offer)
    return out


def newly_viewed(offers: Iterable[Offer], known: Mapping[str, KnownOffer], now: datetime) -> list[Offer]:
    """The offers (open to enroll in) whose record changes when the counselor looks at them."""
    out = []
    for offer in offers:
        if not offer.can_enroll(now):
            continue
        seen = known.get(offer.offer_id)
        if seen is None or not seen.viewed or (offer.revision > seen.revision and dates_key(offer) != seen.dates):
            out.append(offer)
    return out
