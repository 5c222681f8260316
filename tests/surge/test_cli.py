"""`wellcare coordinator surge` with a real coordinator vault (made by `coordinator init`) and real folders.

What it writes is read back as a counselor's app reads it: the policy's folder, the policy's key.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.programs.test_publish_offer_cli import Coordinator, make_coordinator
from tests.surge.helpers import KST, MAX
from wellcare.exchange import CoordinatorPublicKeys, FolderTransport
from wellcare.programs.offer_scan import FailedFiles
from wellcare.programs.surge import SurgeListing, read_surge_notices


def counselors_read(coord: Coordinator) -> SurgeListing:
    policy = coord.policy
    keys = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
    return read_surge_notices(FolderTransport(policy.get("exchange", "path")), keys.verify_key, memo=FailedFiles())


def iso(when: datetime) -> str:
    return when.isoformat(timespec="minutes")


@pytest.fixture
def coord(tmp_path: Path) -> Coordinator:
    return make_coordinator(tmp_path)


def announce(coord: Coordinator, start: datetime, end: datetime, *extra: str) -> tuple[int, str, str]:
    return coord.run("surge", "--start", iso(start), "--end", iso(end), "--reason-en", "Typhoon day",
                     "--reason-ko", "태풍 대응", *extra)


def test_a_surge_is_announced_and_counselors_read_it(coord: Coordinator) -> None:
    now = datetime.now(KST)
    code, out, err = announce(coord, now - timedelta(minutes=5), now + timedelta(hours=8))
    assert code == 0, err
    assert "Published surge notice" in out
    [notice] = counselors_read(coord).current(now, MAX)
    assert notice.reason == {"en": "Typhoon day", "ko": "태풍 대응"}
    assert notice.end == (now + timedelta(hours=8)).replace(second=0, microsecond=0)


def test_cancel_writes_a_signed_cancel_that_ends_it(coord: Coordinator) -> None:
    now = datetime.now(KST)
    assert announce(coord, now - timedelta(minutes=5), now + timedelta(hours=8))[0] == 0
    code, out, err = coord.run("surge", "--cancel")
    assert code == 0, err and "Cancelled surge notice" in out
    assert counselors_read(coord).current(datetime.now(KST), MAX) == ()
    code, out, _ = coord.run("surge", "--cancel")
    assert code == 0 and "nothing to cancel" in out


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (timedelta(hours=2), timedelta(hours=1), "after start"),
        (timedelta(hours=-9), timedelta(hours=-1), "passed"),
        (timedelta(0), timedelta(hours=80), "at most 72 hours"),
        (timedelta(days=9), timedelta(days=9, hours=1), "7 days ahead"),
    ],
)
def test_notices_counselors_would_ignore_are_refused_and_nothing_is_written(
    coord: Coordinator, start: timedelta, end: timedelta, problem: str
) -> None:
    now = datetime.now(KST)
    code, _out, err = announce(coord, now + start, now + end)
    assert code == 2 and problem in err
    assert list(coord.offers.iterdir()) == []


def test_bad_arguments_get_a_clear_error(coord: Coordinator) -> None:
    code, _out, err = coord.run("surge", "--start", "2026-12-07T09:00", "--end", "2026-12-07T18:00+09:00",
                                "--reason-en", "x", "--reason-ko", "y")
    assert code == 2 and "offset" in err
    now = datetime.now(KST)
    code, _out, err = coord.run("surge", "--start", iso(now), "--end", iso(now + timedelta(hours=1)),
                                "--reason-en", "x")
    assert code == 2 and "--reason-ko" in err
    assert list(coord.offers.iterdir()) == []
