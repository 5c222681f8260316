"""The council-sized demo's contributions, built and sealed by worker processes (wellcare.demo_floor).

The envelopes do not depend on the number of workers (each person has their own random stream);
they open with the coordinator's key and go through the real inbox, every one accepted or counted
as a resend; the demo takes this path from its threshold on and its coordinator then holds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.aggregates.helpers import UNITS, Org, make_org
from wellcare import demo, demo_floor
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Folder, open_sealed
from wellcare.exchange.memory import MemoryInbox
from wellcare.vault import VaultManager


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    made = make_org(tmp_path)
    yield made
    made.close()


def _simulate(org: Org, workers: int, on_week: Any = None) -> tuple[MemoryInbox, demo_floor.Sent, dict[str, Any]]:
    inbox = MemoryInbox(org.transport)
    sent = demo_floor.simulate_in_workers(inbox, org.keys.public(), 60, 4, 5, UNITS, 1.0986, "2026-W44",
                                          workers=workers, resend_rate=0.1, on_week=on_week)
    opened = {}
    for name in inbox.list(Folder.INBOX):
        envelope = open_sealed(inbox.read(Folder.INBOX, name), org.keys.box)
        assert name.startswith(envelope.id)
        opened[envelope.id] = (envelope.created, dict(envelope.payload))
    return inbox, sent, opened


def test_the_envelopes_do_not_depend_on_the_number_of_workers(org: Org) -> None:
    _, one, alone = _simulate(org, 1)
    _, three, shared = _simulate(org, 3)
    assert one == three and one.written == len(alone) > 150 and one.resends > 0
    assert shared == alone  # same ids, same hours, same sealed payloads


def test_every_envelope_goes_through_the_real_inbox_week_by_week(org: Org) -> None:
    reports = []
    inbox = MemoryInbox(org.transport)
    coordinator = org.inbox()

    def week_done(done: int, weeks: int) -> None:
        if len(inbox):
            reports.append(coordinator.import_once(inbox))

    sent = demo_floor.simulate_in_workers(inbox, org.keys.public(), 60, 4, 5, UNITS, 1.0986, "2026-W44",
                                          workers=2, resend_rate=0.1, on_week=week_done)
    assert len(reports) == 4 and len(inbox) == 0
    assert sum(r.accepted for r in reports) == sent.written - sent.resends
    assert sum(r.duplicates for r in reports) == sent.resends
    assert sum(r.quarantined for r in reports) == 0
    assert ContributionsStore(org.coordinator_vault).count() == sent.written - sent.resends


def test_a_council_sized_demo_is_built_by_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = demo_floor.simulate_in_workers

    def counted(*args: Any, **kwargs: Any) -> demo_floor.Sent:
        sent = real(*args, **kwargs)
        calls.append(sent.written - sent.resends)
        return sent

    monkeypatch.setattr(demo, "PARALLEL_PERSON_WEEKS", 30 * 4)
    monkeypatch.setattr(demo_floor, "simulate_in_workers", counted)
    layout = demo.build_demo(tmp_path / "demo", counselors=30, weeks=4)
    assert len(calls) == 1 and calls[0] > 60
    vault = VaultManager(layout.coordinator).unlock(demo.DEMO_PASSPHRASE)
    try:
        assert ContributionsStore(vault).count() == calls[0]
    finally:
        vault.close()
    assert list((tmp_path / "demo" / "exchange" / "inbox").iterdir()) == []
    quarantine = tmp_path / "demo" / "exchange" / "quarantine"
    assert not quarantine.exists() or list(quarantine.rglob("*")) == []
