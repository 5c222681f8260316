"""The contribution schema: which fields exist, their coarse categories, the period, the budget.

Categories are fixed and coarse on purpose: a field that is not listed here cannot be sent, so
free text, raw answers and PHQ-9 item 9 have no way in. The order of each category tuple is part
of the schema (it is the order the coordinator estimates in); never reorder, only version.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from wellcare.weeks import IsoWeek, iso_week

__all__ = ["iso_week"]  # the period of a day, re-exported for the schema's users

SCHEMA_ID = "wellcare.contribution/1"
NONE = "none"  # "not measured this period" / "no unit given"

# The period budget ε comes from the policy ([privacy] epsilon, 0.1–10, default ln 3).
EPSILON_PERIOD_MIN = 0.1
EPSILON_PERIOD_MAX = 10.0
# A field's share of it; floored to 6 decimals so the shares never add up to more than the budget.
EPSILON_FIELD_MIN = 0.001
EPSILON_DECIMALS = 6

MAX_ORG_UNITS = 200
MAX_UNIT_NAME = 64

WHO5 = "who5_band"
PSS10 = "pss10_band"
CBI_CLIENT = "cbi_client_band"
BREAKS = "breaks_per_week"
HARD_CALLS = "hard_calls_per_week"
ORG_UNIT = "org_unit"

WHO5_BANDS = ("good", "poor", "likely_depression", NONE)
PSS10_BANDS = ("low", "moderate", "high", NONE)
CBI_BANDS = ("low", "high", NONE)
# (lowest count in the bucket, label); a count falls in the last bucket whose lower edge it reaches
BREAK_BUCKETS = ((0, "0"), (1, "1-9"), (10, "10-24"), (25, "25+"))
HARD_CALL_BUCKETS = ((0, "0"), (1, "1"), (2, "2-4"), (5, "5+"))


@dataclass(frozen=True)
class FieldSpec:
    """One randomized field: its payload name and its categories, in schema order."""

    name: str
    categories: tuple[str, ...]

    @property
    def k(self) -> int:
        return len(self.categories)


STATIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(WHO5, WHO5_BANDS),
    FieldSpec(PSS10, PSS10_BANDS),
    FieldSpec(CBI_CLIENT, CBI_BANDS),
    FieldSpec(BREAKS, tuple(label for _, label in BREAK_BUCKETS)),
    FieldSpec(HARD_CALLS, tuple(label for _, label in HARD_CALL_BUCKETS)),
)


def org_unit_field(units: Sequence[str]) -> FieldSpec:
    """The org-unit field for a policy's unit list: the units in policy order, then "none"."""
    return FieldSpec(ORG_UNIT, (*check_org_units(units), NONE))


def check_org_units(units: Sequence[str]) -> tuple[str, ...]:
    """Validate a policy's unit list: names are category labels, so they must be clean and distinct."""
    if isinstance(units, str):
        raise ValueError("org units must be a list of names, not one string")
    out = tuple(units)
    if len(out) > MAX_ORG_UNITS:
        raise ValueError(f"at most {MAX_ORG_UNITS} org units are supported, not {len(out)}")
    for unit in out:
        if not isinstance(unit, str) or not unit.strip() or unit != unit.strip():
            raise ValueError(f"org unit names must be non-empty text without surrounding spaces, not {unit!r}")
        if len(unit) > MAX_UNIT_NAME or any(not ch.isprintable() for ch in unit):
            raise ValueError(f"org unit name {unit!r} is too long or holds control characters")
        if unit == NONE:
            raise ValueError(f'"{NONE}" is reserved and cannot be an org unit name')
    if len(set(out)) != len(out):
        raise ValueError(f"org unit names must be distinct: {out!r}")
    return out


def bucket(count: int, buckets: tuple[tuple[int, str], ...]) -> str:
    """The label of the bucket a non-negative whole count falls in."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"a count must be a whole number, 0 or more, not {count!r}")
    label = buckets[0][1]
    for lowest, name in buckets:
        if count >= lowest:
            label = name
    return label


def check_period(period: str) -> str:
    """Accept only a real ISO week ("2026-W53" only in years that have a week 53)."""
    IsoWeek.parse(period)
    return period


def check_period_epsilon(epsilon: float) -> float:
    """The policy's budget per period must be a finite number in the policy's range."""
    if isinstance(epsilon, bool) or not isinstance(epsilon, int | float) or not math.isfinite(epsilon):
        raise ValueError(f"epsilon must be a finite number, not {epsilon!r}")
    if not EPSILON_PERIOD_MIN <= epsilon <= EPSILON_PERIOD_MAX:
        raise ValueError(f"epsilon per period must be between {EPSILON_PERIOD_MIN} and {EPSILON_PERIOD_MAX}, "
                         f"not {epsilon!r}")
    return float(epsilon)


def split_budget(epsilon_period: float, field_names: Sequence[str]) -> dict[str, float]:
    """Split the period's ε equally over the randomized fields (sequential composition: they add up).

    Each share is floored to 6 decimals so that the payload's ε is exactly what the mechanism used
    and the shares never sum to more than the budget.
    """
    total = check_period_epsilon(epsilon_period)
    if not field_names:
        raise ValueError("there must be at least one field to spend the budget on")
    scale = 10**EPSILON_DECIMALS
    share = math.floor(total / len(field_names) * scale) / scale
    if share < EPSILON_FIELD_MIN:
        raise ValueError(f"epsilon {total} split over {len(field_names)} fields leaves less than "
                         f"{EPSILON_FIELD_MIN} per field")
    return dict.fromkeys(field_names, share)
