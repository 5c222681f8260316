"""Effective break settings: the org policy's [breaks] section, then what the counselor may change.

The policy file names its keys for IT (``micro_interval_min``, ``max_postpones``, ISO weekdays);
``policy_values`` turns them into ``BreakSettings`` fields. The counselor may then adjust their
shift hours and workdays, and choose how often breaks come within ``UserLimits``: under an org
policy, breaks may come more often than the policy asks but never less often; in personal mode
within sane bounds. Everything else (lengths, postpone rules, strict mode, how long a break waits
for a call) is the policy's. Out-of-range stored values are clamped, never an error: a policy may
tighten after the counselor saved their choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wellcare.breaks.settings import DAY_NAMES, BreakSettings, SettingsError

# policy [breaks] key -> BreakSettings field
_POLICY_FIELDS = {
    "micro_interval_min": "micro_every_min",
    "micro_length_s": "micro_length_s",
    "rest_interval_min": "rest_every_min",
    "rest_length_min": "rest_length_min",
    "max_postpones": "postpone_max_count",
    "postpone_min": "postpone_length_min",
    "strict": "strict_mode",
    "call_wait_limit_min": "call_wait_max_min",
    "pre_notice_s": "notice_s",
    "hard_call_break_min": "recovery_length_min",
    "shift_start": "shift_start",
    "shift_end": "shift_end",
}

# What the counselor may set (BreakSettings field names).
USER_FIELDS = ("micro_every_min", "rest_every_min", "shift_start", "shift_end", "workdays")

MICRO_EVERY_FLOOR_MIN = 10  # more often than this is no longer "micro"
REST_EVERY_FLOOR_MIN = 30
PERSONAL_MICRO_CEILING_MIN = 120
PERSONAL_REST_CEILING_MIN = 480


def policy_values(section: Mapping[str, Any]) -> dict[str, Any]:
    """The policy's [breaks] section (with its documented defaults) as BreakSettings values."""
    values = {_POLICY_FIELDS[k]: v for k, v in section.items() if k in _POLICY_FIELDS}
    days = section.get("shift_days")
    if days is not None:
        values["workdays"] = [DAY_NAMES[int(d) - 1] for d in days]
    return values


@dataclass(frozen=True)
class UserLimits:
    """The range the counselor may choose each interval from, in minutes (inclusive)."""

    micro_every_min: tuple[int, int]
    rest_every_min: tuple[int, int]
    org: bool

    @classmethod
    def for_policy(cls, base: BreakSettings, org: bool) -> UserLimits:
        micro_floor = max(MICRO_EVERY_FLOOR_MIN, base.micro_length_s // 60 + 1)
        rest_floor = max(REST_EVERY_FLOOR_MIN, base.rest_length_min + 5)
        if org:
            micro = (min(micro_floor, base.micro_every_min), base.micro_every_min)
            rest = (min(rest_floor, base.rest_every_min), base.rest_every_min)
        else:
            micro = (micro_floor, max(PERSONAL_MICRO_CEILING_MIN, base.micro_every_min))
            rest = (rest_floor, max(PERSONAL_REST_CEILING_MIN, base.rest_every_min))
        return cls(micro, rest, org)

    def clamp(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Only the fields the counselor may set, with intervals pulled into range."""
        out = {k: v for k, v in values.items() if k in USER_FIELDS}
        for name, (low, high) in (("micro_every_min", self.micro_every_min), ("rest_every_min", self.rest_every_min)):
            value = out.get(name)
            if isinstance(value, int) and not isinstance(value, bool):
                out[name] = min(max(value, low), high)
            elif name in out:
                del out[name]
        return out


@dataclass(frozen=True)
class BreakConfig:
    """The policy's settings, the counselor's limits, and the effective result."""

    base: BreakSettings  # the policy's (or the defaults in personal mode)
    limits: UserLimits
    user: dict[str, Any]  # the counselor's values, clamped
    settings: BreakSettings  # what the planner uses

    @classmethod
    def build(cls, policy_section: Mapping[str, Any], org: bool, user: Mapping[str, Any] | None = None) -> BreakConfig:
        base = BreakSettings().with_values(policy_values(policy_section), source="policy")
        limits = UserLimits.for_policy(base, org)
        clamped = limits.clamp(user or {})
        try:
            settings = base.with_values(clamped, source="user settings")
        except SettingsError:
            clamped, settings = {}, base  # a stored choice that no longer fits: fall back to the policy
        return cls(base, limits, clamped, settings)

    def with_user(self, values: Mapping[str, Any]) -> BreakConfig:
        """A new config with the counselor's values; SettingsError if they do not make sense."""
        clamped = self.limits.clamp(values)
        settings = self.base.with_values(clamped, source="user settings")
        return BreakConfig(self.base, self.limits, clamped, settings)


def softphone_names(policy_names: Sequence[str], user_names: Sequence[str]) -> list[str]:
    """Policy names first, then the counselor's additions; no blanks, no duplicates (case-insensitive)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in (*policy_names, *user_names):
        clean = name.strip()
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return out
