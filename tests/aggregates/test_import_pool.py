"""The open pool (worker processes read and open the inbox's files) keeps the import's crash guarantees.

The same SIGKILL-mid-batch scenario as ``test_import_batches``, with the pool forced on: every
file gone from the inbox is in the vault, a re-import takes exactly the rest once, and the killed
importer's workers do not outlive it. Also: a full disk mid-batch with the pool on.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from typing import Any

import pytest

from tests.aggregates.helpers import UNITS, Org
from tests.aggregates.test_import_batches import IMPORTER, assert_nothing_lost_or_counted_twice
from wellcare.aggregates.inbox import ContributionHandler
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Folder, open_pool
from wellcare.exchange.transport import id_from_name
from wellcare.inbox import dispatcher
from wellcare.vault.errors import DiskFull

# the batch test's importer, with the pool on for its 180 files; it names its workers when stuck
POOLED = IMPORTER.replace("dispatcher.BATCH_FILES = 25\n",
                          "dispatcher.BATCH_FILES = 25\ndispatcher.POOL_MIN_FILES = 0\n")
POOLED = POOLED.replace('print("stuck", flush=True)',
                        'import multiprocessing; print("stuck", *[p.pid for p in multiprocessing.active_children()], '
                        'flush=True)')


def _gone(pid: int, timeout: float) -> bool:
    """Whether process ``pid`` ends within ``timeout`` seconds (waits on its pidfd, no polling)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def test_sigkill_mid_batch_with_the_pool_loses_nothing_counts_nothing_twice_and_leaves_no_worker(org: Org) -> None:
    assert "POOL_MIN_FILES = 0" in POOLED and "active_children" in POOLED
    truth = simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 30, "2팀 민원상담": 30}, 3, 11,
                                   UNITS, 1.0986, "2026-W44", participation=1.0, resend_rate=0.0)
    sent = {id_from_name(name) for name in org.transport.list(Folder.INBOX)}
    assert len(sent) == truth.written == 180
    org.coordinator_vault.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", POOLED, str(org.coordinator_profile), str(org.exchange), org.clock.now().isoformat()],
        stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    )
    assert proc.stdout is not None
    stuck, *workers = proc.stdout.readline().split()
    assert stuck == "stuck" and len(workers) == open_pool.cores()  # the pool really ran
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert all(_gone(int(pid), 10.0) for pid in workers)  # killed with their parent, not left waiting for work

    assert_nothing_lost_or_counted_twice(org, sent, truth.written)


def test_a_full_disk_mid_batch_with_the_pool_leaves_that_batch_in_the_inbox(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 20}, 3, 12, UNITS, 1.0986, "2026-W44",
                           participation=1.0, resend_rate=0.0)
    names = org.transport.list(Folder.INBOX)
    assert len(names) == 60
    monkeypatch.setattr(dispatcher, "BATCH_FILES", 25)
    monkeypatch.setattr(dispatcher, "POOL_MIN_FILES", 0)
    started: list[int] = []
    real_start = open_pool.OpenPool.start

    def start(*args: Any, **kwargs: Any) -> open_pool.OpenPool | None:
        started.append(1)
        return real_start(*args, **kwargs)

    monkeypatch.setattr(open_pool.OpenPool, "start", start)
    real_store = ContributionHandler.store
    calls = 0

    def store_until_the_disk_fills(self: ContributionHandler, cur: Any, item: Any, envelope: Any, at: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 30:  # the fifth file of the second batch
            raise DiskFull("the disk holding the vault is full")
        return real_store(self, cur, item, envelope, at)

    monkeypatch.setattr(ContributionHandler, "store", store_until_the_disk_fills)
    with pytest.raises(DiskFull):
        org.import_once()
    assert started == [1]
    assert org.transport.list(Folder.INBOX) == names[25:]  # the first batch committed and removed, no more
    assert ContributionsStore(org.coordinator_vault).count() == 25
    assert org.transport.quarantined(Folder.INBOX) == {}

    monkeypatch.setattr(ContributionHandler, "store", real_store)  # space again
    report = org.import_once()
    assert started == [1, 1]
    assert (report.accepted, report.duplicates, report.quarantined) == (35, 0, 0)
    assert ContributionsStore(org.coordinator_vault).count() == 60


def test_the_worker_check_gives_what_check_gives(org: Org) -> None:
    from wellcare.exchange import Envelope, EnvelopeError, open_sealed

    simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 10, "Pilot": 10}, 2, 13, UNITS, 1.0986,
                           "2026-W46", participation=1.0, resend_rate=0.0)
    handler = ContributionHandler(ContributionsStore(org.coordinator_vault), org.clock)
    in_worker = handler.worker_check()
    envelopes = [open_sealed(org.transport.read(Folder.INBOX, name), org.keys.box)
                 for name in org.transport.list(Folder.INBOX)]
    assert len(envelopes) == 40
    for envelope in envelopes:
        assert in_worker(envelope) == handler.check(envelope)
    first = envelopes[0]
    for payload in ({**first.payload, "org_unit": "Night shift"}, {**first.payload, "period": "2027-W01"},
                    {**first.payload, "token": 7}):
        hostile = Envelope(first.kind, first.id, first.created, payload)
        with pytest.raises(EnvelopeError) as in_importer:
            handler.check(hostile)
        with pytest.raises(EnvelopeError) as there:
            in_worker(hostile)
        assert there.value.reason == in_importer.value.reason
