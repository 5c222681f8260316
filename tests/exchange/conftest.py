"""Fixtures for exchange tests: coordinator keys and a real exchange folder in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.helpers import Sink
from wellcare.exchange import CoordinatorKeys, FolderTransport, ReplyKeypair


@pytest.fixture(scope="session")
def coordinator() -> CoordinatorKeys:
    return CoordinatorKeys.generate()


@pytest.fixture(scope="session")
def impostor() -> CoordinatorKeys:
    return CoordinatorKeys.generate()


@pytest.fixture
def reply_key() -> ReplyKeypair:
    return ReplyKeypair.generate()


@pytest.fixture
def exchange_root(tmp_path: Path) -> Path:
    return tmp_path / "exchange"


@pytest.fixture
def transport(exchange_root: Path) -> FolderTransport:
    return FolderTransport.create(exchange_root)


@pytest.fixture
def sink() -> Sink:
    return Sink()
