"""Break intervals while a surge notice is in force (the ``SurgeMode`` capability, owned by programs).

The policy's ``[surge]`` intervals only ever make breaks come more often: a surge interval longer
than the counselor's own is ignored, and one the break would not fit in (the policy refuses those
already) leaves the settings as they are. Nothing else changes: lengths, postpones, the shift.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from wellcare.breaks.settings import BreakSettings, SettingsError
from wellcare.capabilities import ActiveSurge, SurgeMode

log = logging.getLogger(__name__)


def with_surge(settings: BreakSettings, surge: ActiveSurge | None) -> BreakSettings:
    """``settings`` with the surge's shorter intervals (unchanged without a surge or surge settings)."""
    if surge is None:
        return settings
    micro = min(settings.micro_every_min, surge.micro_every_min or settings.micro_every_min)
    rest = min(settings.rest_every_min, surge.rest_every_min or settings.rest_every_min)
    try:
        return replace(settings, micro_every_min=micro, rest_every_min=rest)
    except SettingsError as exc:
        log.warning("surge break intervals not applied (%s)", exc)
        return settings


def surge_now(surge: SurgeMode | None, now: datetime) -> ActiveSurge | None:
    """The surge in force, if the capability is there; its failure never costs the counselor a break."""
    if surge is None:
        return None
    try:
        return surge.active_surge(now)
    except Exception as exc:
        log.error("the surge state could not be read (%s)", type(exc).__name__)
        return None
