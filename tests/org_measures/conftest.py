"""Fixtures for the organisation's measures: the breaks service rig (real vault, real scheduler)."""

from tests.breaks_service.conftest import make_rig

__all__ = ["make_rig"]
