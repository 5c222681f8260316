"""Strict reading of a contribution payload on the coordinator's side, after unsealing.

Anything that is not exactly what :func:`~wellcare.privacy.contribution.build_contribution`
writes is refused with a reason (so the importer can quarantine it): unknown or missing keys,
a category the schema does not have, a k that does not match the field, an ε outside the sane
range, a period that is not an ISO week, or bytes that are not the canonical encoding.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from wellcare.aggregate_format.one_field import PAD_CHAR, PAD_KEY, PAYLOAD_BYTES, SCHEMA_V2, UNIT_KEY
from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy, canonical_json
from wellcare.aggregate_format.schema import (
    EPSILON_FIELD_MIN,
    EPSILON_PERIOD_MAX,
    FIELDS_BY_ID,
    ORG_UNIT,
    SCHEMA_ID,
    FieldSpec,
    check_period,
)
from wellcare.datafile import DuplicateKeyError, JsonConstantError, loads_strict

MAX_PAYLOAD_BYTES = 4096
EPSILON_VALUE_MAX = 20.0  # a memo's ε∞ (the policy allows up to 20)
_TOKEN = re.compile(r"[0-9a-f]{64}")  # always fullmatch
_FIELD_KEYS = frozenset({"report", "epsilon", "k"})


@dataclass(frozen=True)
class FieldReport:
    """One field's randomized report and the mechanism parameters needed to estimate from it."""

    report: str
    epsilon: float
    k: int


@dataclass(frozen=True)
class ReceivedContribution:
    """A validated contribution. ``org_unit`` is None when the policy randomizes it (see ``reports``)."""

    period: str
    token: str
    org_unit: str | None
    reports: Mapping[str, FieldReport]

    @property
    def epsilon_spent(self) -> float:
        """The period's budget this contribution used: the fields' ε add up."""
        return math.fsum(r.epsilon for r in self.reports.values())


def _exact_keys(where: str, obj: Any, expected: set[str] | frozenset[str]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ContributionError(f"{where} must be a JSON object")
    unknown, missing = sorted(set(obj) - expected), sorted(set(expected) - set(obj))
    if unknown:
        raise ContributionError(f"{where} has unknown keys: {', '.join(unknown)}")
    if missing:
        raise ContributionError(f"{where} is missing: {', '.join(missing)}")
    return obj


def _field_report(spec: FieldSpec, raw: Any) -> FieldReport:
    entry = _exact_keys(f"fields.{spec.name}", raw, _FIELD_KEYS)
    report, epsilon, k = entry["report"], entry["epsilon"], entry["k"]
    if not isinstance(report, str) or report not in spec.categories:
        raise ContributionError(f"fields.{spec.name}.report {report!r} is not one of {spec.categories!r}")
    if isinstance(k, bool) or not isinstance(k, int) or k != spec.k:
        raise ContributionError(f"fields.{spec.name}.k must be {spec.k}, not {k!r}")
    if isinstance(epsilon, bool) or not isinstance(epsilon, int | float) or not math.isfinite(epsilon):
        raise ContributionError(f"fields.{spec.name}.epsilon must be a number, not {epsilon!r}")
    if not EPSILON_FIELD_MIN <= epsilon <= EPSILON_PERIOD_MAX:
        raise ContributionError(f"fields.{spec.name}.epsilon {epsilon!r} is outside "
                                f"[{EPSILON_FIELD_MIN}, {EPSILON_PERIOD_MAX}]")
    return FieldReport(report=report, epsilon=float(epsilon), k=k)


def _parse(data: bytes) -> Any:
    try:
        return loads_strict(data.decode("utf-8"))
    except DuplicateKeyError as exc:
        raise ContributionError(f"key {exc.key!r} appears twice") from None
    except JsonConstantError as exc:
        raise ContributionError(f"{exc.name} is not a number a contribution may hold") from None
    except RecursionError:
        raise ContributionError("not a contribution: nested too deeply") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContributionError(f"not UTF-8 JSON ({exc})") from None


def read_contribution(data: bytes, policy: ContributionPolicy) -> ReceivedContribution:
    """Validate an unsealed payload against the coordinator's policy, or raise ContributionError."""
    if not isinstance(data, bytes):
        raise ContributionError("a contribution payload must be bytes")
    if len(data) > MAX_PAYLOAD_BYTES:
        raise ContributionError(f"a contribution payload is at most {MAX_PAYLOAD_BYTES} bytes, not {len(data)}")
    parsed = _parse(data)
    contribution = _five_fields(parsed, policy)
    if canonical_json(parsed) != data:
        raise ContributionError("the payload is not in canonical form (sorted keys, no whitespace)")
    return contribution


def _five_fields(parsed: Any, policy: ContributionPolicy) -> ReceivedContribution:
    """The checks of ``wellcare.contribution/1`` on a parsed payload (the caller checks its bytes)."""
    top_keys = {"schema", "period", "token", "fields"} | (set() if policy.randomize_org_unit else {ORG_UNIT})
    top = _exact_keys("the contribution", parsed, top_keys)
    if top["schema"] != SCHEMA_ID:
        raise ContributionError(f"schema must be {SCHEMA_ID!r}, not {top['schema']!r}")
    try:
        period = check_period(top["period"])
    except ValueError as exc:
        raise ContributionError(str(exc)) from None
    token = top["token"]
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        raise ContributionError("token must be 64 lowercase hex digits")
    specs = {spec.name: spec for spec in policy.randomized_fields()}
    raw_fields = _exact_keys("fields", top["fields"], set(specs))
    reports = {name: _field_report(spec, raw_fields[name]) for name, spec in specs.items()}
    if math.fsum(r.epsilon for r in reports.values()) > EPSILON_PERIOD_MAX + 1e-9:
        raise ContributionError(f"the fields' epsilon adds up to more than {EPSILON_PERIOD_MAX} for one period")
    org_unit = None
    if not policy.randomize_org_unit:
        org_unit = top[ORG_UNIT]
        if not isinstance(org_unit, str) or org_unit not in policy.unit_field.categories:
            raise ContributionError(f"org_unit {org_unit!r} is not one of {policy.unit_field.categories!r}")
    return ReceivedContribution(period=period, token=token, org_unit=org_unit, reports=MappingProxyType(reports))


# -- the one-field scheme (wellcare.contribution/2) ---------------------------------------------------

@dataclass(frozen=True)
class ReceivedOneField:
    """A validated v2 contribution: one field's report. ``org_unit``: the unit in clear, or None
    (not sent, or randomized: then ``unit_report`` holds the randomized one)."""

    period: str
    token: str
    field: str
    report: str
    epsilon: float  # ε₁ of this report
    epsilon_value: float  # ε∞ of the memo it was drawn from
    k: int
    org_unit: str | None
    unit_report: FieldReport | None = None

    schema = SCHEMA_V2


_V2_KEYS = frozenset({"schema", "period", "token", "field", "report", "epsilon", "epsilon_value", "k", PAD_KEY})


def _epsilon(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ContributionError(f"{where} must be a number, not {value!r}")
    if not EPSILON_FIELD_MIN <= value <= EPSILON_VALUE_MAX:
        raise ContributionError(f"{where} {value!r} is outside [{EPSILON_FIELD_MIN}, {EPSILON_VALUE_MAX}]")
    return float(value)


def read_one_field(parsed: Mapping[str, Any], data: bytes, policy: ContributionPolicy) -> ReceivedOneField:
    """Validate a parsed v2 payload (and its exact bytes) against the coordinator's policy."""
    contribution = _one_field(parsed, data, policy)
    if canonical_json(parsed) != data:
        raise ContributionError("the payload is not in canonical form (sorted keys, no whitespace)")
    return contribution


def _one_field(parsed: Mapping[str, Any], data: bytes, policy: ContributionPolicy) -> ReceivedOneField:
    """The checks of ``wellcare.contribution/2``; ``data`` is the canonical encoding (the caller checks that)."""
    unit_keys = {ORG_UNIT} & set(parsed) or {UNIT_KEY} & set(parsed)
    top = _exact_keys("the contribution", dict(parsed), _V2_KEYS | unit_keys)
    pad = top[PAD_KEY]
    if len(data) != PAYLOAD_BYTES or not isinstance(pad, str) or set(pad) - {PAD_CHAR}:
        raise ContributionError(f"a contribution is padded to exactly {PAYLOAD_BYTES} bytes")
    try:
        period = check_period(top["period"])
    except ValueError as exc:
        raise ContributionError(str(exc)) from None
    token = top["token"]
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        raise ContributionError("token must be 64 lowercase hex digits")
    spec = FIELDS_BY_ID.get(top["field"]) if isinstance(top["field"], str) else None
    if spec is None:
        raise ContributionError(f"field {top['field']!r} is not an aggregate field")
    entry = _field_report(spec.spec, {"report": top["report"], "epsilon": top["epsilon"], "k": top["k"]})
    epsilon_value = _epsilon("epsilon_value", top["epsilon_value"])
    if not entry.epsilon < epsilon_value:
        raise ContributionError("epsilon_value must be larger than the report's epsilon")
    org_unit: str | None = None
    unit_report: FieldReport | None = None
    if ORG_UNIT in top:
        org_unit = top[ORG_UNIT]
        if not isinstance(org_unit, str) or org_unit not in policy.unit_field.categories:
            raise ContributionError(f"org_unit {org_unit!r} is not one of {policy.unit_field.categories!r}")
    elif UNIT_KEY in top:
        unit_report = _field_report(policy.unit_field, top[UNIT_KEY])
    return ReceivedOneField(period, token, spec.id, entry.report, entry.epsilon, epsilon_value, entry.k, org_unit,
                            unit_report)


def read_any(data: bytes, policy: ContributionPolicy) -> ReceivedContribution | ReceivedOneField:
    """Either scheme: ``wellcare.contribution/1`` (five fields, read as before) or ``/2`` (one field)."""
    if not isinstance(data, bytes):
        raise ContributionError("a contribution payload must be bytes")
    if len(data) > MAX_PAYLOAD_BYTES:
        raise ContributionError(f"a contribution payload is at most {MAX_PAYLOAD_BYTES} bytes, not {len(data)}")
    parsed = _parse(data)
    if isinstance(parsed, dict) and parsed.get("schema") == SCHEMA_V2:
        return read_one_field(parsed, data, policy)
    return read_contribution(data, policy)


def read_parsed(payload: Mapping[str, Any], policy: ContributionPolicy) -> ReceivedContribution | ReceivedOneField:
    """Either scheme, from a payload already parsed strictly (an opened envelope's): the inbox's path.

    The same checks as :func:`read_any` on ``canonical_json(payload)``, without parsing those bytes
    again: a strict parse of a canonical encoding gives back the same value, so its canonical form
    is that encoding by construction (the v2 length check and the size limit still see the bytes).
    """
    if not isinstance(payload, Mapping):
        raise ContributionError("a contribution payload must be a JSON object")
    data = canonical_json(payload)
    if len(data) > MAX_PAYLOAD_BYTES:
        raise ContributionError(f"a contribution payload is at most {MAX_PAYLOAD_BYTES} bytes, not {len(data)}")
    if payload.get("schema") == SCHEMA_V2:
        return _one_field(payload, data, policy)
    return _five_fields(payload, policy)
