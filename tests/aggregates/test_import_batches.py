"""The inbox imports in batches: SIGKILL (a real subprocess) or a full disk mid-batch loses and doubles nothing.

The inbox commits a batch of envelopes at a time and removes a batch's files only after the
commit. Killed anywhere, every file gone from the inbox must be in the vault, and a second import
must take exactly the rest: the envelopes the killed batch held are imported again, once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregates.inbox import ContributionHandler
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Folder
from wellcare.exchange.transport import id_from_name
from wellcare.inbox import dispatcher
from wellcare.vault.errors import DiskFull

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wellcare.aggregates import inbox as contributions_inbox
    from wellcare.coordinator.handlers import build_registry
    from wellcare.exchange import FolderTransport
    from wellcare.inbox import dispatcher
    from wellcare.inbox.dispatcher import HandlerSetup, Inbox
    from wellcare.inbox.keys_store import load_keys
    from wellcare.schedule.clock import ManualClock
    from datetime import datetime

    dispatcher.BATCH_FILES = 25
    real_store = contributions_inbox.ContributionHandler.store
    stored = 0

    def store(self, cur, item, envelope, received_at):  # report each envelope written into the open batch
        global stored
        result = real_store(self, cur, item, envelope, received_at)
        stored += 1
        if stored == 62:  # inside the third batch of 25 (two committed): stop here until killed
            print("stuck", flush=True)
            time.sleep(600)
        return result

    contributions_inbox.ContributionHandler.store = store
    vault = __import__("wellcare.vault", fromlist=["VaultManager"]).VaultManager(Path(sys.argv[1])).unlock()
    keys = load_keys(vault)
    clock = ManualClock(datetime.fromisoformat(sys.argv[3]))
    inbox = Inbox(vault, keys, build_registry(HandlerSetup(vault, keys, clock)), clock)
    inbox.import_once(FolderTransport(sys.argv[2], fsync=False))
    print("done", flush=True)
    """
)


def assert_nothing_lost_or_counted_twice(org: Org, sent: set[str], written: int) -> None:
    """After a SIGKILL mid-batch (batches of 25): the two committed batches kept, the killed one left in the
    inbox, and a re-import accepts each envelope exactly once in all."""
    from wellcare.vault import VaultManager

    org.coordinator_vault = VaultManager(org.coordinator_profile).unlock()
    vault = org.coordinator_vault
    assert vault.integrity_ok()
    seen = {str(r[0]) for r in vault.query("SELECT envelope_id FROM inbox_seen")}
    left = {id_from_name(name) for name in org.transport.list(Folder.INBOX)}
    committed = ContributionsStore(vault).count()
    assert committed == 50  # the two committed batches; the killed one left nothing behind
    assert len(seen) == committed
    assert sent - left <= seen  # every file gone from the inbox is in the vault
    assert seen | left == sent

    report = org.import_once()
    assert report.accepted + committed == written  # each envelope accepted exactly once in all
    assert report.accepted == len(left - seen) and report.duplicates == len(left & seen)
    assert ContributionsStore(vault).count() == written
    assert {str(r[0]) for r in vault.query("SELECT envelope_id FROM inbox_seen")} == sent
    assert org.transport.list(Folder.INBOX) == []


def test_sigkill_mid_batch_loses_no_envelope_and_counts_none_twice(org: Org) -> None:
    truth = simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 30, "2팀 민원상담": 30}, 3, 11,
                                   UNITS, 1.0986, "2026-W44", participation=1.0, resend_rate=0.0)
    sent = {id_from_name(name) for name in org.transport.list(Folder.INBOX)}
    assert len(sent) == truth.written == 180
    org.coordinator_vault.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(org.coordinator_profile), str(org.exchange), org.clock.now().isoformat()],
        stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "stuck"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert_nothing_lost_or_counted_twice(org, sent, truth.written)


def test_a_full_disk_mid_batch_leaves_that_batch_in_the_inbox_and_keeps_the_ones_before(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 20}, 3, 12, UNITS, 1.0986, "2026-W44",
                           participation=1.0, resend_rate=0.0)
    names = org.transport.list(Folder.INBOX)
    assert len(names) == 60
    monkeypatch.setattr(dispatcher, "BATCH_FILES", 25)
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
    assert org.transport.list(Folder.INBOX) == names[25:]  # the first batch committed and removed, no more
    assert ContributionsStore(org.coordinator_vault).count() == 25
    assert org.coordinator_vault.query_one("SELECT count(*) FROM inbox_seen") == (25,)
    assert org.transport.quarantined(Folder.INBOX) == {}

    monkeypatch.setattr(ContributionHandler, "store", real_store)  # space again
    report = org.import_once()
    assert (report.accepted, report.duplicates, report.quarantined) == (35, 0, 0)
    assert ContributionsStore(org.coordinator_vault).count() == 60
