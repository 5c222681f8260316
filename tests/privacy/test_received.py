"""The coordinator accepts exactly what the builder writes and quarantines anything else."""

from __future__ import annotations

import json
import math
import random

import pytest

from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregates.received import read_contribution
from wellcare.privacy.contribution import (
    ContributionError,
    ContributionInputs,
    ContributionPolicy,
    build_contribution,
    canonical_json,
)

POLICY = ContributionPolicy(epsilon=math.log(3), org_units=("north", "south"))
INPUTS = ContributionInputs(who5_band="good", breaks_taken=3, hard_calls=0, org_unit="south")


def _payload(policy: ContributionPolicy = POLICY) -> bytes:
    return build_contribution(INPUTS, period="2026-W10", policy=policy, device_secret=b"s" * 32,
                              memo=InMemoryMemoStore(), rng=random.Random(2))


def _tampered(change: dict[str, object] | None = None, field_change: dict[str, object] | None = None,
              drop: str | None = None, extra_field: str | None = None) -> bytes:
    parsed = json.loads(_payload())
    if field_change:
        parsed["fields"]["who5_band"].update(field_change)
    if extra_field:
        parsed["fields"][extra_field] = {"report": "1", "epsilon": 0.2, "k": 4}
    parsed.update(change or {})
    if drop:
        del parsed[drop]
    return canonical_json(parsed)


def test_a_built_contribution_reads_back() -> None:
    received = read_contribution(_payload(), POLICY)
    assert received.period == "2026-W10"
    assert received.org_unit == "south"
    assert set(received.reports) == {"who5_band", "pss10_band", "cbi_client_band", "breaks_per_week",
                                     "hard_calls_per_week"}
    assert received.reports["who5_band"].k == 4
    assert received.epsilon_spent <= math.log(3)


def test_randomized_org_unit_reads_back_and_shapes_must_match_policy() -> None:
    policy = ContributionPolicy(epsilon=2.0, org_units=("north", "south"), randomize_org_unit=True)
    received = read_contribution(_payload(policy), policy)
    assert received.org_unit is None
    assert received.reports["org_unit"].k == 3
    with pytest.raises(ContributionError):
        read_contribution(_payload(policy), POLICY)
    with pytest.raises(ContributionError):
        read_contribution(_payload(), policy)


@pytest.mark.parametrize("data, reason", [
    (_tampered({"note": "tired"}), "unknown keys: note"),
    (_tampered(extra_field="phq9_item9"), "unknown keys: phq9_item9"),
    (_tampered(drop="token"), "missing: token"),
    (_tampered({"schema": "wellcare.contribution/2"}), "schema"),
    (_tampered({"period": "2026-W54"}), "ISO week"),
    (_tampered({"period": "2026-10"}), "period"),
    (_tampered({"token": "ABC"}), "token"),
    (_tampered({"org_unit": "east"}), "org_unit"),
    (_tampered({"org_unit": 1}), "org_unit"),
    (_tampered(field_change={"report": "great"}), "report"),
    (_tampered(field_change={"k": 5}), "k must be 4"),
    (_tampered(field_change={"k": True}), "k must be 4"),
    (_tampered(field_change={"k": 4.0}), "k must be 4"),
    (_tampered(field_change={"epsilon": -0.5}), "epsilon"),
    (_tampered(field_change={"epsilon": 0}), "epsilon"),
    (_tampered(field_change={"epsilon": 11.0}), "epsilon"),
    (_tampered(field_change={"epsilon": "0.2"}), "epsilon"),
    (_tampered(field_change={"extra": 1}), "unknown keys: extra"),
    (_tampered({"fields": []}), "fields must be a JSON object"),
    (b"[]", "must be a JSON object"),
    (b"\xff\xfe", "not UTF-8 JSON"),
    (b"{", "not UTF-8 JSON"),
    (b"x" * 5000, "at most 4096 bytes"),
])
def test_anything_else_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ContributionError, match=reason):
        read_contribution(data, POLICY)


def test_budget_that_adds_up_past_the_sane_range_is_refused() -> None:
    parsed = json.loads(_payload())
    for entry in parsed["fields"].values():
        entry["epsilon"] = 3.0
    with pytest.raises(ContributionError, match="adds up"):
        read_contribution(canonical_json(parsed), POLICY)


def test_non_canonical_duplicate_and_non_finite_payloads_are_refused() -> None:
    data = _payload()
    with pytest.raises(ContributionError, match="canonical"):
        read_contribution(json.dumps(json.loads(data), sort_keys=True, ensure_ascii=False).encode(), POLICY)
    with pytest.raises(ContributionError, match="twice"):
        read_contribution(b'{"schema":"a","schema":"b"}', POLICY)
    with pytest.raises(ContributionError, match="NaN"):
        read_contribution(data.replace(b'"epsilon":0.219722', b'"epsilon":NaN', 1), POLICY)
    with pytest.raises(ContributionError, match="epsilon"):
        read_contribution(data.replace(b'"epsilon":0.219722', b'"epsilon":1e999', 1), POLICY)
    with pytest.raises(ContributionError, match="bytes"):
        read_contribution(data.decode(), POLICY)  # type: ignore[arg-type]
