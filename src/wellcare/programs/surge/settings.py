"""The policy's ``[surge]`` section as plain values (declared and validated in wellcare.policy).

A setting the policy leaves out changes nothing: a surge notice is still shown, and says that
breaks and the after-call exercise stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from wellcare.policy import Policy

DEFAULT_MAX_DURATION_HOURS = 72  # the policy's default: a notice longer than this does nothing


@dataclass(frozen=True)
class SurgeSettings:
    micro_every_min: int | None = None  # micro-breaks during a surge (only ever more often than usual)
    rest_every_min: int | None = None  # rest breaks during a surge
    decompression_after_hard_call: bool = False  # the decompression exercise after every hard call
    max_duration: timedelta = timedelta(hours=DEFAULT_MAX_DURATION_HOURS)
    accept_council: bool = True  # the centre forwards its council's signed notices (False: refused)

    @classmethod
    def from_policy(cls, policy: Policy) -> SurgeSettings:
        micro = policy.get("surge", "break_interval_minutes")
        rest = policy.get("surge", "rest_interval_minutes")
        return cls(
            micro_every_min=None if micro is None else int(micro),
            rest_every_min=None if rest is None else int(rest),
            decompression_after_hard_call=bool(policy.get("surge", "decompression_after_every_hard_call")),
            max_duration=timedelta(hours=int(policy.get("surge", "max_duration_hours"))),
            accept_council=bool(policy.get("surge", "accept_council")),
        )

    @property
    def changes_anything(self) -> bool:
        return self.micro_every_min is not None or self.rest_every_min is not None or self.decompression_after_hard_call
