"""The hard-call feature's fixtures (a real vault, a ManualClock, an AppContext), shared with tests/incidents."""

from tests.incidents.conftest import clock, feature, make_context, vault

__all__ = ["clock", "feature", "make_context", "vault"]
