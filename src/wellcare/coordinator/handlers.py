"""Which inbox handlers the coordinator's services register: listed here, by name, no import strings.

Each capability's module has ``register(registry: HandlerRegistry, setup: HandlerSetup) -> None``
and adds its :class:`~wellcare.inbox.dispatcher.InboxHandler` instances. Adding a kind to the
inbox = importing its module here and adding its ``register`` to :data:`HANDLERS`; the dispatcher
(:mod:`wellcare.inbox.dispatcher`) stays as it is. Every place that builds the coordinator's inbox (``coordinator
import``, the coordinator's window, the demo) calls :func:`build_registry`, so none can forget a kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wellcare.aggregates import inbox as contributions_inbox
from wellcare.eap import office_inbox as eap_inbox
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup
from wellcare.incidents import notice_inbox
from wellcare.programs import enrollment_inbox

Register = Callable[[HandlerRegistry, HandlerSetup], None]

HANDLERS: tuple[Register, ...] = (
    eap_inbox.register,  # eap_request, eap_cancel
    contributions_inbox.register,  # contribution
    enrollment_inbox.register,  # enrollment (org offers: seats, withdrawals)
    notice_inbox.register,  # handover_notice (tell the dedicated team)
)


def build_registry(setup: HandlerSetup, handlers: Sequence[Register] = HANDLERS) -> HandlerRegistry:
    """A registry with every handler of ``handlers`` (default: all of the coordinator's)."""
    registry = HandlerRegistry()
    for register in handlers:
        if not callable(register):  # an old-style module name: refused rather than imported by string
            raise TypeError(f"build_registry takes register functions, not {type(register).__name__}")
        register(registry, setup)
    return registry
