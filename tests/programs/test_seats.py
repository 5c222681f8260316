"""Seat tokens in a signed offer: strictly checked, and a counselor's own place read from them honestly."""

from __future__ import annotations

import pytest

from tests.programs.helpers import make_offer
from wellcare.programs.enrollment import new_withdraw_secret
from wellcare.programs.offers import OfferError, confirmation_token
from wellcare.programs.seats import MyPlace, my_place, seat_status


def test_an_offer_lists_at_most_seats_distinct_tokens() -> None:
    with pytest.raises(OfferError, match="confirmed"):
        make_offer(seats=1, seats_left=0, confirmed=["0" * 16, "1" * 16])
    with pytest.raises(OfferError, match="confirmed"):
        make_offer(confirmed=["0" * 16, "0" * 16])
    with pytest.raises(OfferError, match="confirmed"):
        make_offer(confirmed=["not-a-token"])
    offer = make_offer(confirmed=["0" * 16])
    assert make_offer(**offer.to_payload()) == offer


def test_my_place_says_only_what_the_coordinator_signed() -> None:
    _, mine = new_withdraw_secret()
    _, theirs = new_withdraw_secret()
    queue = [("e1", theirs), ("e2", mine)]
    left, tokens = seat_status(make_offer(seats=1, seats_left=None), queue)
    assert (left, tokens) == (0, (confirmation_token(theirs),))
    full = make_offer(seats=1, seats_left=left, confirmed=list(tokens))
    assert my_place(full, theirs) is MyPlace.CONFIRMED
    assert my_place(full, mine) is MyPlace.WAITING_LIST
    assert my_place(make_offer(seats=2, seats_left=1, confirmed=list(tokens)), mine) is MyPlace.UNCONFIRMED
    assert my_place(full, None) is MyPlace.WAITING_LIST  # a lost secret never reads as confirmed
