"""The Today page's programs cards: new offers (counselor) and seats (coordinator), Qt-free."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from wellcare.programs.model import pick
from wellcare.programs.offer_news import KnownOffer, unseen_offers
from wellcare.programs.offers import Offer
from wellcare.programs.seats import OfferSeats
from wellcare.today import Enrollments, NewOffers, OfferSeatsLine


def _one_line(text: str) -> str:
    return " ".join(text.split())


def new_offers(offers: Iterable[Offer], known: Mapping[str, KnownOffer], now: datetime, language: str) -> NewOffers:
    """Offers told about and not looked at yet, still open to enroll in (their titles in ``language``)."""
    return NewOffers(tuple(_one_line(pick(o.title, language)) for o in unseen_offers(offers, known, now)))


def enrollments(overview: Sequence[OfferSeats] | None, language: str) -> Enrollments:
    """Seats taken and left for each offer still published (None: the offers were not read yet)."""
    if overview is None:
        return Enrollments(None)
    lines = tuple(
        OfferSeatsLine(_one_line(pick(o.offer.title, language)), o.taken, o.seats) for o in overview if o.offer
    )
    return Enrollments(lines)
