"""Fixtures for the breaks feature: a rig factory that always cleans up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.breaks_ui.rig import FeatureRig


@pytest.fixture
def make_rig(qtbot, profile_dir: Path) -> Iterator[Callable[..., FeatureRig]]:  # type: ignore[no-untyped-def]
    rigs: list[FeatureRig] = []

    def make(**kwargs: Any) -> FeatureRig:
        rig = FeatureRig(qtbot, profile_dir, **kwargs)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()
