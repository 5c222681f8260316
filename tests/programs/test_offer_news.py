"""Which offers are news (Qt-free), and what the programs store remembers of them in a real vault."""

from __future__ import annotations

from dataclasses import replace

from tests.programs.helpers import at, make_offer
from wellcare.programs.offer_news import dates_key, offer_news, unseen_offers
from wellcare.programs.store import ProgramStore
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault

NOW = at(10, 9)
MOVED = [{"start": "2025-03-29T10:00:00+09:00", "end": "2025-03-29T16:00:00+09:00"}]


def test_the_same_instants_in_another_offset_are_the_same_dates() -> None:
    seoul = make_offer()
    utc = make_offer(dates=[{"start": "2025-03-22T01:00:00+00:00", "end": "2025-03-22T07:00:00+00:00"}])
    assert dates_key(seoul) == dates_key(utc) != dates_key(make_offer(dates=MOVED))


def test_news_follows_the_revisions_the_store_remembers(vault: Vault) -> None:
    store = ProgramStore(vault, ManualClock(NOW))
    first = make_offer()
    news = offer_news([first], store.known_offers(), NOW)
    assert news.announce == (first,) and news.moved == frozenset() and news.quiet == ()
    store.record_offer_news(news)
    assert not offer_news([first], store.known_offers(), NOW)  # the same revision again: nothing
    seats = replace(first, revision=2, seats_left=3)
    news = offer_news([seats], store.known_offers(), NOW)
    assert news.announce == () and news.quiet == (seats,)
    store.record_offer_news(news)
    assert store.known_offers()["forest-2025-03"].revision == 2
    assert not offer_news([first], store.known_offers(), NOW)  # an older revision left behind: nothing
    moved = make_offer(revision=3, dates=MOVED)
    news = offer_news([moved], store.known_offers(), NOW)
    assert news.announce == (moved,) and news.moved == {"forest-2025-03"}


def test_offers_that_cannot_be_enrolled_in_are_no_news() -> None:
    closed = make_offer(offer_id="closed", enroll_by="2025-03-09T18:00:00+09:00")
    full = make_offer(offer_id="full", seats_left=0)
    withdrawn = make_offer(offer_id="gone", withdrawn=True)
    past = make_offer(offer_id="past", dates=[{"start": "2025-03-05T10:00:00+09:00"}])
    assert not offer_news([closed, full, withdrawn, past], {}, NOW)


def test_looking_at_the_offers_ends_the_unseen_list_and_the_news(vault: Vault) -> None:
    store = ProgramStore(vault, ManualClock(NOW))
    told, shown = make_offer(), make_offer(offer_id="walk")
    store.record_offer_news(offer_news([told], {}, NOW))
    assert unseen_offers([told, shown], store.known_offers(), NOW) == [told]
    assert store.mark_offers_viewed([told, shown]) == 2
    assert store.mark_offers_viewed([told, shown]) == 0  # nothing changes twice
    assert unseen_offers([told, shown], store.known_offers(), NOW) == []
    assert not offer_news([told, shown], store.known_offers(), NOW)  # seen on the page: never told
    assert not store.known_offers()["walk"].noticed
