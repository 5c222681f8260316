"""The record of breaks: plain, persistable facts the planner derives everything from.

The vault stores these (``to_dict``/``from_dict`` give a JSON-safe form). The planner keeps no
state of its own, so whatever it concludes survives a restart: it is a function of the
settings, this record and the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class BreakKind(StrEnum):
    MICRO = "micro"  # a minute away from the screen and headset
    REST = "rest"  # a longer break: stand up, walk, drink water
    RECOVERY = "recovery"  # the protected break after a hard call, started by the counselor


class BreakAction(StrEnum):
    SHOWN = "shown"  # the break overlay appeared
    TAKEN = "taken"  # the break was taken through the overlay (or the recovery break ended)
    NATURAL = "natural"  # the user was idle at least as long as the break: counts as taken
    POSTPONED = "postponed"  # moved later by ``duration_s`` seconds
    SKIPPED = "skipped"  # dismissed without taking it


@dataclass(frozen=True)
class BreakEvent:
    """One thing that happened to a break.

    ``at`` is when it happened; for TAKEN and NATURAL that is when the break ended, and
    ``duration_s`` is how long it lasted. For POSTPONED, ``duration_s`` is the postponement; for a
    RECOVERY break's SHOWN, its planned length (0: the settings' ``recovery_length_min``).
    """

    kind: BreakKind
    action: BreakAction
    at: datetime
    duration_s: float = 0.0

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.tzinfo.utcoffset(self.at) is None:
            raise ValueError("break events need timezone-aware times")
        if self.duration_s < 0:
            raise ValueError("a break event cannot last a negative time")
        object.__setattr__(self, "kind", BreakKind(self.kind))
        object.__setattr__(self, "action", BreakAction(self.action))

    @property
    def duration(self) -> timedelta:
        return timedelta(seconds=self.duration_s)

    @property
    def resolves(self) -> bool:
        """Whether this event ends a break's current cycle (its timer starts again)."""
        return self.action in (BreakAction.TAKEN, BreakAction.NATURAL, BreakAction.SKIPPED)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "action": str(self.action),
            "at": self.at.isoformat(),
            "duration_s": self.duration_s,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BreakEvent:
        return cls(
            kind=BreakKind(data["kind"]),
            action=BreakAction(data["action"]),
            at=datetime.fromisoformat(data["at"]),
            duration_s=float(data.get("duration_s", 0.0)),
        )
