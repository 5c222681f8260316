"""A ServiceRig factory that always cleans up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.breaks_service.rig import ServiceRig


@pytest.fixture
def make_rig(profile_dir: Path) -> Iterator[Callable[..., ServiceRig]]:
    rigs: list[ServiceRig] = []

    def make(**kwargs: Any) -> ServiceRig:
        rig = ServiceRig(profile_dir, **kwargs)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()
