"""Fixtures for EAP tests: a whole (small) organisation on real vaults and a real exchange folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.eap.helpers import Org, make_org


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(tmp_path)
    yield org
    org.close()
