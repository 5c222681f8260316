"""Fixtures: the shipped library, a real vault, a Seoul ManualClock, a coordinator with an exchange."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.programs.helpers import MONDAY, Org
from wellcare.programs import Library, ProgramService, default_library
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager


@pytest.fixture(scope="session")
def library() -> Library:
    return default_library()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MONDAY)


@pytest.fixture
def vault(profile_dir: Path) -> Iterator[Vault]:
    opened = VaultManager(profile_dir).create("keyring").vault
    yield opened
    opened.close()


@pytest.fixture
def service(vault: Vault, clock: ManualClock, library: Library) -> ProgramService:
    return ProgramService(vault, clock, library)


@pytest.fixture
def org(tmp_path: Path) -> Org:
    return Org.create(tmp_path)
