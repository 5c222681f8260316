"""Surge mode: the coordinator's signed notice of a disaster or mass-complaint day, and reading it.

A surge notice travels like an offer (a signed envelope in the exchange's offers/ folder, kind
``surge_notice``); :mod:`.notice` is its format, :mod:`.reading` the counselor's hardened read,
:mod:`.watch` decides the active notice by the injected clock and ends it by itself,
:mod:`.settings` reads the policy's ``[surge]`` and :mod:`.publish` is the coordinator's side.
docs/SURGE.md explains the whole.
"""

from wellcare.programs.surge.notice import (
    SurgeAction,
    SurgeNotice,
    SurgeNoticeError,
    new_notice_id,
    open_verified_notice,
)
from wellcare.programs.surge.reading import SurgeListing, read_surge_notices
from wellcare.programs.surge.settings import SurgeSettings
from wellcare.programs.surge.watch import SurgeWatch

__all__ = [
    "SurgeAction",
    "SurgeListing",
    "SurgeNotice",
    "SurgeNoticeError",
    "SurgeSettings",
    "SurgeWatch",
    "new_notice_id",
    "open_verified_notice",
    "read_surge_notices",
]
