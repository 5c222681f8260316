"""Fixtures: a coordinator key, an exchange folder, a Seoul ManualClock and a stepped real APScheduler."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.schedule.harness import SteppedScheduler
from tests.surge.council_helpers import centre, council  # noqa: F401 (fixtures: a centre and its council)
from tests.surge.helpers import KST, at
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.schedule.clock import ManualClock


@pytest.fixture
def keys() -> CoordinatorKeys:
    return CoordinatorKeys.generate()


@pytest.fixture
def share(tmp_path: Path) -> FolderTransport:
    return FolderTransport.create(tmp_path / "exchange", fsync=False)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(7, 8, 30))


@pytest.fixture
def scheduler() -> Iterator[SteppedScheduler]:
    stepped = SteppedScheduler(timezone=KST)
    stepped.start()
    yield stepped
    stepped.shutdown()
