"""The contribution schema: which fields exist, their coarse categories, the period, the budget.

:data:`AGGREGATE_FIELDS` is the one table of fields: the counselor's inputs, the coordinator's
store, report and dashboard, and the texts (``wellcare.ui.privacy.labels``) all iterate over it,
so adding a field is a row here, its texts, and (coordinator side) a store migration for its column.

Categories are fixed and coarse on purpose: a field that is not listed here cannot be sent, so
free text, raw answers and PHQ-9 item 9 have no way in. The order of each category tuple is part
of the schema (it is the order the coordinator estimates in); never reorder, only version.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

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


class FieldKind(StrEnum):
    BAND = "band"  # the band of an instrument's latest result in the week; "none" when not taken
    COUNT = "count"  # a count over the week, sent as the bucket it falls in


@dataclass(frozen=True)
class AggregateField:
    """One row of :data:`AGGREGATE_FIELDS`: everything about a field that is not words on screen."""

    id: str  # the payload name ("who5_band"); the texts are keyed by it
    kind: FieldKind
    categories: tuple[str, ...]  # schema order: never reorder, only version
    input: str  # the ContributionInputs attribute holding the true value
    column: str  # the coordinator store's column stem (<column>, <column>_eps)
    instrument: str = ""  # BAND: the assess instrument id ("who5")
    band_key: str = ""  # BAND: which of the result's bands ("percent")
    buckets: tuple[tuple[int, str], ...] = ()  # COUNT: (lowest count, label), labels = categories
    bucket_values: tuple[float, ...] = ()  # COUNT: a bucket's value for means (the middle; the open top's edge)
    concern: tuple[str, ...] = ()  # the categories the dashboard's unit × week map counts (none: not on it)
    concern_key: str = ""  # that map's metric id (its text is keyed by it)

    @property
    def spec(self) -> FieldSpec:
        return FieldSpec(self.id, self.categories)

    def __post_init__(self) -> None:
        if self.kind is FieldKind.BAND and (not self.instrument or NONE not in self.categories):
            raise ValueError(f"{self.id}: a band field names its instrument and has a {NONE!r} category")
        if self.kind is FieldKind.COUNT and (
            tuple(label for _, label in self.buckets) != self.categories or len(self.bucket_values) != len(self.buckets)
        ):
            raise ValueError(f"{self.id}: a count field's buckets are its categories, each with a value")
        if bool(self.concern) != bool(self.concern_key) or not set(self.concern) <= set(self.categories):
            raise ValueError(f"{self.id}: the heat map's categories must be the field's, with a metric id")


def _labels(buckets: tuple[tuple[int, str], ...]) -> tuple[str, ...]:
    return tuple(label for _, label in buckets)


AGGREGATE_FIELDS: tuple[AggregateField, ...] = (
    AggregateField(WHO5, FieldKind.BAND, WHO5_BANDS, input="who5_band", column="who5", instrument="who5",
                   band_key="percent", concern=("poor", "likely_depression"), concern_key="who5_low"),
    AggregateField(PSS10, FieldKind.BAND, PSS10_BANDS, input="pss10_band", column="pss10", instrument="pss10",
                   band_key="total", concern=("high",), concern_key="pss10_high"),
    AggregateField(CBI_CLIENT, FieldKind.BAND, CBI_BANDS, input="cbi_client_band", column="cbi_client",
                   instrument="cbi", band_key="client", concern=("high",), concern_key="cbi_client_high"),
    AggregateField(BREAKS, FieldKind.COUNT, _labels(BREAK_BUCKETS), input="breaks_taken", column="breaks",
                   buckets=BREAK_BUCKETS, bucket_values=(0.0, 5.0, 17.0, 25.0)),
    AggregateField(HARD_CALLS, FieldKind.COUNT, _labels(HARD_CALL_BUCKETS), input="hard_calls",
                   column="hard_calls", buckets=HARD_CALL_BUCKETS, bucket_values=(0.0, 1.0, 3.0, 5.0),
                   concern=("1", "2-4", "5+"), concern_key="hard_calls_any"),
)
FIELDS_BY_ID: dict[str, AggregateField] = {f.id: f for f in AGGREGATE_FIELDS}
BAND_FIELDS: tuple[AggregateField, ...] = tuple(f for f in AGGREGATE_FIELDS if f.kind is FieldKind.BAND)
COUNT_FIELDS: tuple[AggregateField, ...] = tuple(f for f in AGGREGATE_FIELDS if f.kind is FieldKind.COUNT)

STATIC_FIELDS: tuple[FieldSpec, ...] = tuple(f.spec for f in AGGREGATE_FIELDS)


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
    try:
        IsoWeek.parse(period)
    except ValueError as exc:
        raise ValueError(f"not a period: {exc}") from None
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
