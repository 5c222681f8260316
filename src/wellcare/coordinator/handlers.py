"""Which inbox handlers the coordinator's app registers: one module name per capability.

Each module has ``register(registry: HandlerRegistry, setup: HandlerSetup) -> None`` and adds
its :class:`~wellcare.coordinator.inbox.InboxHandler` instances. Adding a kind to the inbox =
adding its module here; the dispatcher (``inbox.py``) stays as it is.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from wellcare.coordinator.inbox import HandlerRegistry, HandlerSetup

HANDLER_MODULES: tuple[str, ...] = ("wellcare.coordinator.eap_inbox", "wellcare.coordinator.contributions_inbox")


def build_registry(setup: HandlerSetup, modules: Sequence[str] = HANDLER_MODULES) -> HandlerRegistry:
    registry = HandlerRegistry()
    for name in modules:
        importlib.import_module(name).register(registry, setup)
    return registry
