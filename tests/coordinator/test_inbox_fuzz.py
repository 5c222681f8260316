"""The coordinator's inbox against a few hundred hostile files of many shapes, and the genuine files among them.

Every file is accepted, quarantined or (stray names only) left; no traceback; nothing hostile
accepted; a second run touches nothing; nothing sealed leaks into a sidecar or the log.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.coordinator.inbox_fuzz import DISTINCT, FuzzOrg, is_stray, make_fuzz_org, write_hostile, write_valid
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Folder

HOSTILE, VALID = 300, 30


@pytest.fixture
def org(tmp_path: Path) -> Iterator[FuzzOrg]:
    made = make_fuzz_org(tmp_path)
    yield made
    made.vault.close()


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {e.name: (e.stat(follow_symlinks=False).st_ino, e.stat(follow_symlinks=False).st_mtime_ns)
            for e in os.scandir(folder)}


def test_hostile_and_genuine_files(org: FuzzOrg, caplog: pytest.LogCaptureFixture) -> None:
    rng = random.Random(20261205)
    valid = write_valid(org, VALID, rng)
    shapes = write_hostile(org, HOSTILE, rng)
    assert len(shapes) >= 12 and sum(shapes.values()) >= HOSTILE
    strays = {name for name in os.listdir(org.inbox_dir) if is_stray(name)}
    caplog.set_level(logging.INFO, logger="wellcare")

    report = org.inbox().import_once(org.transport())

    assert [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()] == []
    assert [r for r in report.rejections if r.reason == "internal_error"] == []
    assert report.accepted == VALID and report.duplicates == 0  # nothing hostile accepted
    assert report.waiting == shapes["cancel_for_unknown_request"]  # taken in, in effect only if a request proves it
    assert report.accepted_by_kind == {"eap_request": sum(1 for k in valid.values() if k == "eap_request"),
                                       "contribution": sum(1 for k in valid.values() if k == "contribution")}
    assert report.left == 0 and report.unhandled_by_kind == {}
    assert set(os.listdir(org.inbox_dir)) == strays  # only names nobody reads are left
    quarantined = org.transport().quarantined(Folder.INBOX)
    assert len(quarantined) == report.quarantined == sum(shapes.values()) - len(strays) - report.waiting
    reasons = set(quarantined.values())
    assert reasons >= {"not_json", "bad_payload", "decryption_failed", "too_large", "symlink", "not_regular_file",
                       "unknown_unit", "header_payload_mismatch", "name_mismatch", "bad_id", "bad_created"}, reasons
    stored = {row[0] for row in org.vault.query("SELECT envelope_id FROM eap_inbox")}
    assert stored == {name[:32] for name, kind in valid.items() if kind == "eap_request"}
    assert ContributionsStore(org.vault).count() == sum(1 for k in valid.values() if k == "contribution")

    before = _snapshot(org.inbox_dir)
    again = org.inbox().import_once(org.transport())  # a new process: nothing left to read
    assert (again.accepted, again.duplicates, again.quarantined, again.left, again.waiting) == (0, 0, 0, 0, 0)
    assert _snapshot(org.inbox_dir) == before

    for folder, _dirs, files in os.walk(org.exchange / "quarantine"):
        for name in files:
            if name.endswith(".reason.json"):
                text = (Path(folder) / name).read_text(encoding="utf-8")
                assert "Kim" not in text and "Night shift" not in text
    assert not any(DISTINCT in r.getMessage() for r in caplog.records)
