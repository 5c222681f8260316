"""The hostile inbox imported with the open pool (worker processes) gives what the serial import gives.

Two fuzz organisations from the same seed (the same shapes of hostile file, the same genuine
files), one imported in this process and one with the pool forced on: the same counts, the same
quarantine reasons, no traceback, nothing sealed in a sidecar or the log.
"""

from __future__ import annotations

import logging
import os
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.coordinator.inbox_fuzz import DISTINCT, FuzzOrg, make_fuzz_org, write_hostile, write_valid
from wellcare.exchange import Folder, open_pool
from wellcare.inbox import dispatcher
from wellcare.inbox.dispatcher import InboxReport

HOSTILE, VALID = 200, 30


def _run(root: Path) -> tuple[InboxReport, Counter[str], FuzzOrg]:
    org = make_fuzz_org(root)
    rng = random.Random(20261206)
    write_valid(org, VALID, rng)
    write_hostile(org, HOSTILE, rng)
    report = org.inbox().import_once(org.transport())
    reasons = Counter(org.transport().quarantined(Folder.INBOX).values())
    return report, reasons, org


def test_the_pool_refuses_and_accepts_exactly_what_the_serial_import_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="wellcare")
    started: list[int] = []
    real_start = open_pool.OpenPool.start

    def start(*args: Any, **kwargs: Any) -> open_pool.OpenPool | None:
        pool = real_start(*args, **kwargs)
        started.append(pool is not None)
        return pool

    monkeypatch.setattr(open_pool.OpenPool, "start", start)
    serial, serial_reasons, first = _run(tmp_path / "serial")
    first.vault.close()
    assert started == []  # a few hundred files: below the threshold, no pool
    monkeypatch.setattr(dispatcher, "POOL_MIN_FILES", 0)
    pooled, pooled_reasons, org = _run(tmp_path / "pooled")
    assert started == [True]
    try:
        assert [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()] == []
        assert [r for r in pooled.rejections if r.reason == "internal_error"] == []
        assert (pooled.accepted, pooled.duplicates, pooled.quarantined, pooled.left, pooled.waiting) == (
            serial.accepted, serial.duplicates, serial.quarantined, serial.left, serial.waiting)
        assert pooled.accepted == VALID and pooled.accepted_by_kind == serial.accepted_by_kind
        assert pooled_reasons == serial_reasons and len(pooled_reasons) >= 10
        assert sorted(r.reason for r in pooled.rejections) == sorted(r.reason for r in serial.rejections)
        again = org.inbox().import_once(org.transport())
        assert (again.accepted, again.duplicates, again.quarantined) == (0, 0, 0)
        for folder, _dirs, files in os.walk(org.exchange / "quarantine"):
            for name in files:
                if name.endswith(".reason.json"):
                    text = (Path(folder) / name).read_text(encoding="utf-8")
                    assert "Kim" not in text and "Night shift" not in text
        assert not any(DISTINCT in r.getMessage() for r in caplog.records)
    finally:
        org.vault.close()
