"""The contribution's policy and bytes, shared by the side that builds (privacy) and the side that reads (aggregates).

A contribution is checked against the same :class:`ContributionPolicy` on both sides (the period's
ε, the org's units), and its bytes are :func:`canonical_json` on both sides: one spelling, so the
reader can refuse any other.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from wellcare.aggregate_format.schema import (
    STATIC_FIELDS,
    FieldSpec,
    check_org_units,
    check_period_epsilon,
    org_unit_field,
    split_budget,
)


class ContributionError(ValueError):
    """A contribution cannot be built or accepted; the message names the field."""


@dataclass(frozen=True)
class ContributionPolicy:
    """The policy's part in a contribution: the period budget and the org's unit list."""

    epsilon: float
    org_units: tuple[str, ...] = ()
    randomize_org_unit: bool = False
    # the one-field scheme (wellcare.contribution/2): None = twice the weekly ε
    epsilon_value: float | None = None
    epsilon_year: float = 30.0
    team_views: bool = True
    org_unit_epsilon: float = math.log(3)

    def __post_init__(self) -> None:
        try:
            check_period_epsilon(self.epsilon)
            object.__setattr__(self, "org_units", check_org_units(self.org_units))
            if self.randomize_org_unit and not self.team_views:
                raise ValueError("a randomized org unit needs team views (no unit is sent without)")
            check_period_epsilon(self.org_unit_epsilon)
        except ValueError as exc:
            raise ContributionError(str(exc)) from None

    @property
    def value_epsilon(self) -> float:
        """ε∞ of a memo: all reports of one unchanged value together."""
        return self.epsilon_value if self.epsilon_value is not None else 2 * self.epsilon

    @property
    def unit_value_epsilon(self) -> float:
        """A randomized unit's memo: its own budget, charged once a year like a value's."""
        return 2 * self.org_unit_epsilon

    @cached_property
    def unit_field(self) -> FieldSpec:
        """Built once per policy: the import reads it for every contribution."""
        return org_unit_field(self.org_units)

    def randomized_fields(self) -> tuple[FieldSpec, ...]:
        """The fields that spend budget, in schema order."""
        return (*STATIC_FIELDS, self.unit_field) if self.randomize_org_unit else STATIC_FIELDS

    def field_epsilons(self) -> dict[str, float]:
        return split_budget(self.epsilon, [f.name for f in self.randomized_fields()])


def canonical_json(payload: Mapping[str, Any]) -> bytes:
    """One byte string per payload: sorted keys, no whitespace, UTF-8, no NaN or infinity."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )
