"""A quiet notice when the EAP office publishes an offer: the Programs feature on a real vault, a real
exchange folder with offers signed by a real coordinator key, the app's Qt scheduler and a ManualClock.

Offers are read at start and 30 minutes after the last read, on the feature's job schedule; a test
moves the ManualClock on and lets the periodic tick re-derive the job, as the reminder tests do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from nacl.signing import SigningKey

from tests.programs.helpers import Org, at, make_offer
from tests.programs.rig import ProgramsRig
from wellcare.programs import Offer, publish_offer, withdraw_offer
from wellcare.programs.store import ProgramStore
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs.page import OFFERS_TAB

TITLE = "From your organisation"
ENROLL_BY = "2025-03-20T18:00:00+09:00"  # Thursday; the forest day is Saturday 22 March
FOREST = "New from the EAP office: Healing forest day — enroll by Thu 20 Mar"
MOVED = [{"start": "2025-03-29T10:00:00+09:00", "end": "2025-03-29T16:00:00+09:00"}]


@pytest.fixture
def org(tmp_path: Path) -> Org:
    return Org.create(tmp_path / "org")


@pytest.fixture
def make_rig(qtbot, profile_dir: Path, org: Org) -> Iterator[Callable[..., ProgramsRig]]:  # type: ignore[no-untyped-def]
    """A counselor's Programs feature; each call is a (re)start on the same vault, the one before closed."""
    rigs: list[ProgramsRig] = []
    clock = ManualClock(at(10, 9))

    def make(**kwargs: Any) -> ProgramsRig:
        if rigs:
            rigs.pop().close()
        kwargs.setdefault("policy", org.policy)
        rig = ProgramsRig(qtbot, profile_dir, clock, **kwargs)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()


def publish(org: Org, offer: Offer) -> None:
    publish_offer(org.transport, org.keys.signing, offer, now=at(10))


def check_later(rig: ProgramsRig, minutes: int = 30) -> None:
    """Time passes; the periodic tick re-derives the jobs and the offers check comes due."""
    rig.clock.advance(timedelta(minutes=minutes))
    rig.feature._sync.tick()
    rig.settle()


def offer_entries(rig: ProgramsRig) -> list[str]:
    return [e.text for e in rig.feature.tray_entries() if e.text.startswith("New offer")]


def test_a_published_offer_is_told_once_and_not_again_after_a_restart(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()  # Monday 10 March, 09:00: nothing published yet
    assert rig.notifier.history == []
    rig.feature._sync.sync()
    [job] = [j for j in rig.scheduler.get_jobs() if j.name == "programs.offers"]
    assert "2025-03-10T00:30" in job.id  # the next read 30 minutes after the last (09:30 in Seoul, as UTC)
    publish(org, make_offer(enroll_by=ENROLL_BY))
    check_later(rig, 10)
    assert rig.notifier.history == []  # not due yet: no reading the share every tick
    check_later(rig, 20)
    assert rig.notifier.history == [(TITLE, FOREST)]
    check_later(rig)
    assert rig.notifier.history == [(TITLE, FOREST)]
    rig = make_rig()  # a restart on the same vault
    check_later(rig)
    assert rig.notifier.history == []
    assert offer_entries(rig) == ["New offer: Healing forest day"]  # still not looked at


def test_a_new_revision_is_told_again_only_when_its_dates_move(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    first = make_offer(enroll_by=ENROLL_BY)
    publish(org, first)
    rig = make_rig()
    assert rig.notifier.history == [(TITLE, FOREST)]  # a first run with one offer: the offer itself
    publish(org, replace(first, revision=2, seats_left=3, place="Seoul Forest, gate 2"))
    check_later(rig)
    assert len(rig.notifier.history) == 1
    publish(org, make_offer(revision=3, dates=MOVED, enroll_by=ENROLL_BY))
    check_later(rig)
    assert rig.notifier.history[1:] == [(TITLE, "New dates from the EAP office: Healing forest day — Sat 29 Mar")]
    check_later(rig)
    assert len(rig.notifier.history) == 2
    assert ProgramStore(rig.vault, rig.clock).known_offers()["forest-2025-03"].revision == 3


def test_withdrawn_closed_and_forged_offers_are_never_told(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    gone = make_offer(offer_id="gone")
    publish(org, gone)
    withdraw_offer(org.transport, org.keys.signing, gone, now=at(10))
    publish(org, make_offer(offer_id="closed", enroll_by="2025-03-09T18:00:00+09:00"))
    publish(org, make_offer(offer_id="last-week", dates=[{"start": "2025-03-05T10:00:00+09:00"}]))
    publish_offer(org.transport, SigningKey.generate(), make_offer(offer_id="forged"), now=at(10))
    rig = make_rig()
    check_later(rig)
    assert rig.notifier.history == [] and offer_entries(rig) == []
    assert [r.reason for r in rig.feature.offers.listing.rejected] == ["bad_signature"]
    # an offer told about leaves the tray once its enroll-by has passed
    publish(org, make_offer(offer_id="soon", enroll_by="2025-03-10T12:00:00+09:00"))
    check_later(rig)
    assert rig.notifier.history == [(TITLE, "New from the EAP office: Healing forest day — enroll by Mon 10 Mar")]
    assert offer_entries(rig) == ["New offer: Healing forest day"]
    rig.clock.set(at(10, 12, 1))
    assert offer_entries(rig) == []


def test_the_first_run_tells_the_offers_already_there_in_one_summary(make_rig, org: Org, english) -> None:  # type: ignore[no-untyped-def]
    publish(org, make_offer(enroll_by=ENROLL_BY))
    publish(org, make_offer(offer_id="walk", kind="program", title={"en": "Mindful walk", "ko": "마음챙김 걷기"}))
    rig = make_rig()
    assert rig.notifier.history == [(TITLE, "2 offers from the EAP office")]
    assert offer_entries(rig) == ["New offer: Healing forest day", "New offer: Mindful walk"]
    rig = make_rig()
    check_later(rig)
    assert rig.notifier.history == []


def test_the_tray_entry_opens_the_offers_and_looking_at_them_ends_it(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    publish(org, make_offer(enroll_by=ENROLL_BY))
    rig = make_rig()
    [entry] = [e for e in rig.feature.tray_entries() if e.text == "New offer: Healing forest day"]
    assert rig.page.tabs.currentIndex() != OFFERS_TAB
    entry.action()
    assert rig.shown == ["programs"] and rig.page.tabs.currentIndex() == OFFERS_TAB
    assert list(rig.page.offer_cards) == ["forest-2025-03"]
    assert offer_entries(rig) == []
    rig = make_rig()
    assert offer_entries(rig) == [] and rig.notifier.history == []


def test_an_offer_already_on_screen_is_not_told(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.page.tabs.setCurrentIndex(OFFERS_TAB)  # the counselor is looking at the offers
    rig.settle()
    publish(org, make_offer(enroll_by=ENROLL_BY))
    check_later(rig)
    assert list(rig.page.offer_cards) == ["forest-2025-03"]
    assert rig.notifier.history == [] and offer_entries(rig) == []


def test_during_a_call_the_notice_waits_for_its_end(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.calls.set(True, "hook")
    publish(org, make_offer(enroll_by=ENROLL_BY))
    check_later(rig)
    assert rig.notifier.history == [] and rig.notifier.waiting == [(TITLE, FOREST)]
    rig.calls.set(False, "hook")
    assert rig.notifier.history == [(TITLE, FOREST)]


def test_the_notices_in_korean(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from wellcare.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        publish(org, make_offer(offer_id="walk", title={"en": "Mindful walk", "ko": "마음챙김 걷기"}))
        publish(org, make_offer(enroll_by=ENROLL_BY))
        rig = make_rig(language="ko")
        assert rig.notifier.history == [("기관 프로그램", "EAP 상담실에서 올린 기관 프로그램 2개")]
        assert offer_entries(rig) == []  # the entries are in Korean
        entries = [e.text for e in rig.feature.tray_entries() if e.text.startswith("새 기관 프로그램")]
        assert entries == ["새 기관 프로그램: 치유의 숲 하루 나들이", "새 기관 프로그램: 마음챙김 걷기"]
        publish(org, make_offer(offer_id="talk", title={"en": "Talk", "ko": "강연"}, enroll_by=ENROLL_BY))
        check_later(rig)
        assert rig.notifier.history[1:] == [("기관 프로그램", "EAP 상담실의 새 소식: 강연 — 3월 20일 (목)까지 신청")]
    finally:
        translations.install("en")
