"""Build one period's contribution: coarse categories, each randomized, as canonical JSON bytes.

The bytes returned are exactly what gets sealed, so the opt-in preview can show them byte for
byte. Budget: the policy's ε is per period and the fields add up (INSTRUMENTS.md), so it is split
equally over the randomized fields and each field's share and k travel in the payload for the
estimator. The org unit is the grouping key the coordinator thresholds on and is sent as is by
default (the coordinator knows who works where; randomizing it would spend budget and make team
views meaningless); ``randomize_org_unit=True`` puts it under the budget like the other fields.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from wellcare.aggregate_format.one_field import (
    SCHEMA_V2,
    UNIT_FIELD,
    UNIT_KEY,
    instantaneous_epsilon,
    memo_scope,
    padded_payload,
)
from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy, canonical_json
from wellcare.aggregate_format.randomized_response import KaryRandomizedResponse, MemoKey, MemoStore, memoized_report
from wellcare.aggregate_format.schema import (
    AGGREGATE_FIELDS,
    FIELDS_BY_ID,
    NONE,
    ORG_UNIT,
    SCHEMA_ID,
    FieldKind,
    bucket,
    check_period,
)

DEVICE_SECRET_MIN_BYTES = 32


@dataclass(frozen=True)
class ContributionInputs:
    """The true inputs for one period, already coarse: band ids from the scorer and weekly counts.

    A band of None means "not measured this period". There is no field for free text, raw answers
    or PHQ-9 item 9, and :meth:`from_mapping` rejects any key not listed here.
    """

    who5_band: str | None = None
    pss10_band: str | None = None
    cbi_client_band: str | None = None
    breaks_taken: int = 0
    hard_calls: int = 0
    org_unit: str | None = None

    def __post_init__(self) -> None:
        for spec in AGGREGATE_FIELDS:
            name, value = spec.input, getattr(self, spec.input)
            if spec.kind is FieldKind.BAND and value is not None and value not in spec.categories:
                raise ContributionError(f"{name} must be one of {spec.categories!r} or None, not {value!r}")
            if spec.kind is FieldKind.COUNT and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ContributionError(f"{name} must be a whole number, 0 or more, not {value!r}")
        if self.org_unit is not None and not isinstance(self.org_unit, str):
            raise ContributionError(f"org_unit must be text or None, not {self.org_unit!r}")

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> ContributionInputs:
        """Build from a mapping, refusing any key that has no field (free text, item 9, raw answers)."""
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - allowed)
        if unknown:
            raise ContributionError(f"not part of a contribution: {', '.join(map(str, unknown))} "
                                    f"(allowed: {', '.join(sorted(allowed))})")
        return cls(**values)

    def categories(self, policy: ContributionPolicy) -> dict[str, str]:
        """The true category of every field, before randomization."""
        unit = NONE if self.org_unit is None else self.org_unit
        if unit not in policy.unit_field.categories:
            raise ContributionError(f"org_unit {unit!r} is not one of the policy's units {policy.org_units!r}")
        true = {
            spec.id: (getattr(self, spec.input) or NONE)
            if spec.kind is FieldKind.BAND
            else bucket(getattr(self, spec.input), spec.buckets)
            for spec in AGGREGATE_FIELDS
        }
        return {**true, ORG_UNIT: unit}


def dedup_token(device_secret: bytes, period: str) -> str:
    """HMAC-SHA256(device secret, period) in hex: lets the coordinator drop a resend of the same
    period without being able to link one period's contribution to another's."""
    if not isinstance(device_secret, bytes) or len(device_secret) < DEVICE_SECRET_MIN_BYTES:
        raise ContributionError(f"the device secret must be at least {DEVICE_SECRET_MIN_BYTES} random bytes")
    return hmac.new(device_secret, check_period(period).encode("ascii"), hashlib.sha256).hexdigest()


def build_contribution(
    inputs: ContributionInputs,
    *,
    period: str,
    policy: ContributionPolicy,
    device_secret: bytes,
    memo: MemoStore,
    rng: random.Random | None = None,
) -> bytes:
    """Randomize every budgeted field through the memo and return the canonical payload bytes.

    ``rng`` is for simulations only; leave it None so reports come from ``secrets.SystemRandom()``.
    """
    try:
        check_period(period)
    except ValueError as exc:
        raise ContributionError(str(exc)) from None
    truth = inputs.categories(policy)
    epsilons = policy.field_epsilons()
    reports: dict[str, dict[str, Any]] = {}
    for spec in policy.randomized_fields():
        mechanism = KaryRandomizedResponse(spec.categories, epsilons[spec.name])
        drawn = memoized_report(spec.name, truth[spec.name], period, mechanism, memo, rng)
        reports[spec.name] = {"report": drawn.report, "epsilon": drawn.epsilon, "k": drawn.k}
    payload: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "period": period,
        "token": dedup_token(device_secret, period),
        "fields": reports,
    }
    if not policy.randomize_org_unit:
        payload[ORG_UNIT] = truth[ORG_UNIT]
    return canonical_json(payload)


# -- the one-field scheme (wellcare.contribution/2, aggregate_format.one_field) -------------------------

@dataclass(frozen=True)
class OneFieldContribution:
    """A built v2 payload and the memos it was drawn from (charged to the year when it is sent)."""

    payload: bytes
    field: str
    memos: tuple[tuple[MemoKey, float], ...]  # (memo, its ε∞)


def _two_layer(name: str, true_value: str, categories: tuple[str, ...], scope: str, epsilon_report: float,
               epsilon_value: float, memo: MemoStore, rng: random.Random | None) -> tuple[str, MemoKey]:
    """The memo (permanent, per value and year) and a fresh draw on top of it making the report ε₁."""
    permanent = KaryRandomizedResponse(categories, epsilon_value)
    drawn = memoized_report(name, true_value, scope, permanent, memo, rng)
    if abs(drawn.epsilon - epsilon_value) > 1e-9:
        # the memo was drawn under another policy: its ε∞ stays, the weekly draw is fitted to it
        epsilon_value = drawn.epsilon
    try:
        weekly = instantaneous_epsilon(epsilon_report, epsilon_value, len(categories))
    except ValueError:
        raise ContributionError(f"{name}: this year's memo was drawn at epsilon {epsilon_value}, not above the "
                                f"weekly {epsilon_report}; it is kept, so this week cannot be sent") from None
    instantaneous = KaryRandomizedResponse(categories, weekly)
    return instantaneous.randomize(drawn.report, rng), MemoKey(name, true_value, scope)


def build_one_field(
    inputs: ContributionInputs,
    *,
    period: str,
    field: str,
    policy: ContributionPolicy,
    device_secret: bytes,
    memo: MemoStore,
    rng: random.Random | None = None,
) -> OneFieldContribution:
    """One field's report for the week (``field`` drawn by the caller with ``sample_field``), padded.

    The org unit goes in clear (team views on), randomized with its own budget, or not at all.
    """
    try:
        check_period(period)
    except ValueError as exc:
        raise ContributionError(str(exc)) from None
    spec = FIELDS_BY_ID.get(field)
    if spec is None:
        raise ContributionError(f"{field!r} is not an aggregate field")
    truth = inputs.categories(policy)
    scope = memo_scope(period)
    epsilon_value = policy.value_epsilon
    if not policy.epsilon < epsilon_value:
        raise ContributionError("the value's epsilon must be larger than one week's")
    report, key = _two_layer(field, truth[field], spec.categories, scope, policy.epsilon, epsilon_value, memo, rng)
    found = memo.get(key)
    memos: list[tuple[MemoKey, float]] = [(key, found.epsilon if found else epsilon_value)]
    payload: dict[str, Any] = {
        "schema": SCHEMA_V2,
        "period": period,
        "token": dedup_token(device_secret, period),
        "field": field,
        "report": report,
        "epsilon": policy.epsilon,
        "epsilon_value": memos[0][1],
        "k": len(spec.categories),
    }
    if policy.team_views and not policy.randomize_org_unit:
        payload[ORG_UNIT] = truth[ORG_UNIT]
    elif policy.randomize_org_unit:
        units = policy.unit_field.categories
        unit_report, unit_key = _two_layer(UNIT_FIELD, truth[ORG_UNIT], units, scope, policy.org_unit_epsilon,
                                           policy.unit_value_epsilon, memo, rng)
        unit_memo = memo.get(unit_key)
        memos.append((unit_key, unit_memo.epsilon if unit_memo else policy.unit_value_epsilon))
        payload[UNIT_KEY] = {"report": unit_report, "epsilon": policy.org_unit_epsilon, "k": len(units)}
    return OneFieldContribution(padded_payload(payload), field, tuple(memos))
