"""Today's check-in and self-check cards from the assess service on a real vault (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wellcare.assess import Catalog
from wellcare.assess.reminders import Snooze
from wellcare.assess.service import AssessService
from wellcare.assess.today import checkin_today, self_checks_due, today_cards
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

KST = timezone(timedelta(hours=9))
MONDAY_9 = datetime(2026, 12, 7, 9, 0, tzinfo=KST)


@pytest.fixture
def vault(profile_dir: Path) -> Iterator[Vault]:
    opened = VaultManager(profile_dir).create("keyring").vault
    yield opened
    opened.close()


def test_the_check_in_is_done_only_by_one_made_today(vault: Vault, catalog: Catalog) -> None:
    clock = ManualClock(MONDAY_9)
    service = AssessService(lambda: vault, clock, catalog=catalog)
    assert not checkin_today(service.store.checkins(), clock.now()).done
    service.store.add_checkin(3, at=MONDAY_9 - timedelta(hours=12))  # last night: not today's
    assert not checkin_today(service.store.checkins(), clock.now()).done
    service.store.add_checkin(4, at=MONDAY_9 + timedelta(minutes=5))
    clock.advance(timedelta(minutes=10))
    assert checkin_today(service.store.checkins(), clock.now()).done_at == MONDAY_9 + timedelta(minutes=5)
    clock.advance(timedelta(days=1))
    assert not checkin_today(service.store.checkins(), clock.now()).done  # a new day, a new check-in


def test_self_checks_due_follow_the_reminders_and_a_snooze(vault: Vault, catalog: Catalog) -> None:
    clock = ManualClock(MONDAY_9)
    service = AssessService(lambda: vault, clock, catalog=catalog)
    service.store.reminders_since()  # reminders start now: WHO-5 is due in a week
    assert self_checks_due(service, clock.now()).due == ()
    clock.advance(timedelta(days=7, minutes=1))
    due = self_checks_due(service, clock.now()).due
    assert [instrument for instrument, _name in due] == ["who5"] and due[0][1] == "WHO-5"
    service.snooze(["who5"], Snooze.HOUR)
    assert self_checks_due(service, clock.now()).due == ()
    assert [type(card).__name__ for card in today_cards(service, clock.now())] == ["CheckInToday", "SelfChecksDue"]
