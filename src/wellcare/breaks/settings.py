"""Break settings: call-center defaults, then the org policy, then the counselor's own choices.

Plain numbers with their unit in the name, so a policy TOML and the vault can hold them as is:
``{"micro_every_min": 30, "shift_start": "09:00", "workdays": ["mon", "tue"]}``. A policy may
list field names under ``locked``; the counselor's overrides of those are ignored (the UI shows
them read-only). Unknown keys are ignored with a warning, so an older app can read a newer
policy; a known key with a bad value raises ``SettingsError``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import time, timedelta
from typing import Any

from wellcare.breaks.events import BreakKind

log = logging.getLogger(__name__)

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
_DAY_INDEX = {name: i for i, name in enumerate(DAY_NAMES)} | {
    name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}


class SettingsError(ValueError):
    """A setting has a value the planner cannot work with."""


@dataclass(frozen=True)
class BreakSettings:
    """When breaks come and what the counselor may do about them.

    Defaults follow common call-center practice: a one-minute micro-break every 30 minutes of
    work, a ten-minute rest break every two hours, a 09:00-18:00 weekday shift. A shift whose end
    is earlier than its start runs overnight (22:00-06:00); ``workdays`` names the day it starts.
    """

    micro_enabled: bool = True
    micro_every_min: int = 30
    micro_length_s: int = 60
    rest_enabled: bool = True
    rest_every_min: int = 120
    rest_length_min: int = 10
    shift_start: time = time(9, 0)
    shift_end: time = time(18, 0)
    workdays: frozenset[int] = frozenset(range(5))  # 0 = Monday, as date.weekday()
    postpone_max_count: int = 2  # per break
    postpone_length_min: int = 5  # the longest single postponement
    strict_mode: bool = False  # no skipping
    notice_s: int = 30  # heads-up before a break
    call_wait_max_min: int = 10  # how long a due break waits for a live call to end
    recovery_length_min: int = 15  # the protected break after a hard call

    def __post_init__(self) -> None:
        positive = ("micro_every_min", "micro_length_s", "rest_every_min", "rest_length_min", "recovery_length_min")
        for name in positive:
            if getattr(self, name) <= 0:
                raise SettingsError(f"{name} must be positive")
        for name in ("postpone_max_count", "postpone_length_min", "notice_s", "call_wait_max_min"):
            if getattr(self, name) < 0:
                raise SettingsError(f"{name} cannot be negative")
        if self.micro_length >= self.micro_every:
            raise SettingsError("a micro-break must be shorter than the time between micro-breaks")
        if self.rest_length >= self.rest_every:
            raise SettingsError("a rest break must be shorter than the time between rest breaks")
        if self.shift_start == self.shift_end:
            raise SettingsError("the shift must not start and end at the same time")
        if not self.workdays <= frozenset(range(7)):
            raise SettingsError("workdays are 0 (Monday) to 6 (Sunday)")

    # -- durations ------------------------------------------------------------------------------

    @property
    def micro_every(self) -> timedelta:
        return timedelta(minutes=self.micro_every_min)

    @property
    def micro_length(self) -> timedelta:
        return timedelta(seconds=self.micro_length_s)

    @property
    def rest_every(self) -> timedelta:
        return timedelta(minutes=self.rest_every_min)

    @property
    def rest_length(self) -> timedelta:
        return timedelta(minutes=self.rest_length_min)

    @property
    def postpone_length(self) -> timedelta:
        return timedelta(minutes=self.postpone_length_min)

    @property
    def notice(self) -> timedelta:
        return timedelta(seconds=self.notice_s)

    @property
    def call_wait_max(self) -> timedelta:
        return timedelta(minutes=self.call_wait_max_min)

    @property
    def recovery_length(self) -> timedelta:
        return timedelta(minutes=self.recovery_length_min)

    def length(self, kind: BreakKind) -> timedelta:
        return {BreakKind.MICRO: self.micro_length, BreakKind.REST: self.rest_length}.get(kind, self.recovery_length)

    def every(self, kind: BreakKind) -> timedelta:
        if kind is BreakKind.RECOVERY:
            raise ValueError("recovery breaks are not scheduled")
        return self.micro_every if kind is BreakKind.MICRO else self.rest_every

    def enabled(self, kind: BreakKind) -> bool:
        return {BreakKind.MICRO: self.micro_enabled, BreakKind.REST: self.rest_enabled}.get(kind, True)

    # -- dict form ------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The policy/vault form: times as "HH:MM", workdays as day names."""
        data = asdict(self)
        data["shift_start"] = self.shift_start.strftime("%H:%M")
        data["shift_end"] = self.shift_end.strftime("%H:%M")
        data["workdays"] = [DAY_NAMES[d] for d in sorted(self.workdays)]
        return data

    def with_values(self, values: Mapping[str, Any], *, source: str = "settings") -> BreakSettings:
        """A copy with ``values`` (dict form) applied; unknown keys are skipped with a warning."""
        known = {f.name for f in fields(self)}
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                log.warning("%s: ignoring unknown break setting %r", source, key)
                continue
            changes[key] = _parse(key, value, source)
        try:
            return replace(self, **changes)
        except SettingsError as exc:
            raise SettingsError(f"{source}: {exc}") from exc

    @classmethod
    def merged(cls, policy: Mapping[str, Any] | None = None, user: Mapping[str, Any] | None = None) -> BreakSettings:
        """Defaults, then the org policy, then the user's overrides of what the policy leaves open."""
        policy = dict(policy or {})
        locked = locked_fields(policy)
        policy.pop("locked", None)
        settings = cls().with_values(policy, source="policy")
        user = {k: v for k, v in (user or {}).items() if k not in locked}
        return settings.with_values(user, source="user settings")


def locked_fields(policy: Mapping[str, Any] | None) -> frozenset[str]:
    """The settings the org policy does not let the counselor change."""
    locked = (policy or {}).get("locked", ())
    if isinstance(locked, str) or not all(isinstance(name, str) for name in locked):
        raise SettingsError("policy: 'locked' must be a list of setting names")
    return frozenset(locked)


_BOOLS = {"micro_enabled", "rest_enabled", "strict_mode"}
_TIMES = {"shift_start", "shift_end"}


def _parse(key: str, value: Any, source: str) -> Any:
    if key in _BOOLS:
        if not isinstance(value, bool):
            raise SettingsError(f"{source}: {key} must be true or false")
        return value
    if key in _TIMES:
        if isinstance(value, time):
            return value
        try:
            return time.fromisoformat(str(value))
        except ValueError:
            raise SettingsError(f'{source}: {key} must be a time like "09:00"') from None
    if key == "workdays":
        if isinstance(value, str) or not all(isinstance(d, str) and d.lower() in _DAY_INDEX for d in value):
            raise SettingsError(f'{source}: workdays must be a list of day names like ["mon", "tue"]')
        return frozenset(_DAY_INDEX[d.lower()] for d in value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError(f"{source}: {key} must be a whole number")
    return value
