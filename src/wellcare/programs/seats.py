"""Seats of the organisation's offers: who has a place, who waits, and the signed seat status.

Qt-free; the coordinator's side. The rule is first come, first served, by the moment an
enrollment reached the coordinator's vault: of the active (not withdrawn) enrollments in an
offer, the first ``seats`` have a place and the others are on the waiting list; a withdrawal
frees a place for the first one waiting.

Counselors learn it from the offer itself: after every inbox import the coordinator republishes
each open offer whose count changed (:func:`republish_seats`) as its next revision, signed with
its key like any offer, with ``seats_left`` and ``confirmed`` (one seat token per enrollment that
has a place, :func:`~wellcare.programs.offers.confirmation_token`). A counselor's app then shows
"Full" and stops taking enrollments when no seat is left, and for its own enrollment "place
confirmed", "waiting list" (full, and its token is not there) or "waiting for confirmation".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from wellcare.exchange import CoordinatorKeys, EnvelopeError, Transport, TransportError
from wellcare.programs.offers import MAX_CONFIRMED, Offer, confirmation_token
from wellcare.programs.publishing import PublishedOffers, plan_publish, read_published, sign, write_signed

if TYPE_CHECKING:  # the book imports this module for its after-run step
    from wellcare.programs.enrollment_inbox import EnrollmentBook

log = logging.getLogger(__name__)


class PlaceStatus(StrEnum):
    """One enrollment as the coordinator sees it."""

    PLACE = "enrolled"  # has a seat
    WAITING = "waiting_list"  # active, but every seat is taken by earlier enrollments
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class EnrollmentLine:
    """One enrollment: only what the counselor chose to share, its status and when."""

    envelope_id: str
    share: dict[str, str]
    status: PlaceStatus
    received_at: datetime
    withdrawn_at: datetime | None


@dataclass(frozen=True)
class OfferSeats:
    """One offer's count; ``offer`` is None for enrollments in an offer no longer in offers/."""

    offer_id: str
    offer: Offer | None
    seats: int | None  # None: no limit
    taken: int
    waiting: int
    lines: tuple[EnrollmentLine, ...]

    @property
    def left(self) -> int | None:
        return None if self.seats is None else max(0, self.seats - self.taken)


def seat_holders(queue: list[tuple[str, str]], seats: int | None) -> list[tuple[str, str]]:
    """The enrollments with a place: the first ``seats`` of the queue (all of them without a limit)."""
    return list(queue) if seats is None else list(queue[:seats])


def seat_overview(book: EnrollmentBook, published: PublishedOffers) -> list[OfferSeats]:
    """Every published offer (latest revision) and every offer with enrollments, soonest first."""
    offer_ids = set(published.revisions) | set(book.offer_ids())
    result: list[OfferSeats] = []
    for offer_id in offer_ids:
        latest = published.latest(offer_id)
        offer = latest.offer if latest is not None else None
        seats = offer.seats if offer is not None else None
        holders = {envelope_id for envelope_id, _ in seat_holders(book.queue(offer_id), seats)}
        lines = []
        for received in book.enrollments(offer_id):
            if not received.active:
                status = PlaceStatus.WITHDRAWN
            else:
                status = PlaceStatus.PLACE if received.envelope_id in holders else PlaceStatus.WAITING
            at, gone = received.received_at, received.withdrawn_at
            lines.append(EnrollmentLine(received.envelope_id, received.share, status, at, gone))
        waiting = sum(1 for line in lines if line.status is PlaceStatus.WAITING)
        result.append(OfferSeats(offer_id, offer, seats, len(holders), waiting, tuple(lines)))
    return sorted(result, key=lambda s: (s.offer is None, s.offer.first_start if s.offer else datetime.min, s.offer_id))


def seat_status(offer: Offer, queue: list[tuple[str, str]]) -> tuple[int | None, tuple[str, ...]]:
    """What the offer should say: (seats_left, sorted seat tokens of the enrollments with a place)."""
    holders = seat_holders(queue, offer.seats)[:MAX_CONFIRMED]
    tokens = tuple(sorted(confirmation_token(hashed) for _, hashed in holders))
    left = None if offer.seats is None else max(0, offer.seats - len(seat_holders(queue, offer.seats)))
    return left, tokens


@dataclass(frozen=True)
class SeatRun:
    published: tuple[str, ...] = ()  # offer ids republished with a new seat status
    failed: tuple[str, ...] = ()  # offer ids whose new revision could not be written (try again)


def republish_seats(transport: Transport, keys: CoordinatorKeys, book: EnrollmentBook, now: datetime) -> SeatRun:
    """Republish, signed, every open offer whose seat status changed.

    An offer nobody enrolled in keeps what its file said. Offers that are withdrawn or past are
    left alone. A write that fails is logged and reported in ``failed``. Raises TransportError
    when offers/ cannot be listed.
    """
    verify_key = keys.signing.verify_key
    published = read_published(transport, verify_key)
    changed: list[str] = []
    failed: list[str] = []
    for offer_id, revisions in sorted(published.revisions.items()):
        latest = revisions[0].offer
        if latest.withdrawn or latest.is_past(now):
            continue
        queue = book.queue(offer_id)
        if not queue and not latest.confirmed:
            continue
        left, tokens = seat_status(latest, queue)
        if (latest.seats_left, latest.confirmed) == (left, tokens):
            continue
        update = replace(latest, seats_left=left, confirmed=tokens, envelope_id="", created="")
        plan = plan_publish(update, published, replace_existing=True)
        try:
            write_signed(transport, sign(plan.offer, keys.signing, now=now), plan, verify_key)
        except (TransportError, EnvelopeError) as exc:
            log.warning("the seat status of offer %s could not be published: %s", offer_id, exc)
            failed.append(offer_id)
            continue
        changed.append(offer_id)
    return SeatRun(tuple(changed), tuple(failed))


# ---------------------------------------------------------------------------- the counselor's side


class MyPlace(StrEnum):
    """A counselor's own enrollment, as the latest signed revision of the offer tells it."""

    CONFIRMED = "confirmed"  # the offer lists this enrollment's seat token
    WAITING_LIST = "waiting_list"  # the offer is full and does not list it
    UNCONFIRMED = "unconfirmed"  # sent; the EAP office has not published a place for it (yet)


def my_place(offer: Offer, withdraw_hash_hex: str | None) -> MyPlace:
    """Only what the coordinator signed: never "confirmed" without the token in the offer."""
    if withdraw_hash_hex is not None and offer.confirms(withdraw_hash_hex):
        return MyPlace.CONFIRMED
    return MyPlace.WAITING_LIST if offer.is_full() else MyPlace.UNCONFIRMED
