"""Contributions hold only coarse, randomized categories, as canonical bytes."""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import random
from datetime import date

import pytest

from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregate_format.schema import (
    BREAK_BUCKETS,
    HARD_CALL_BUCKETS,
    STATIC_FIELDS,
    bucket,
    check_period,
    iso_week,
    split_budget,
)
from wellcare.privacy.contribution import (
    ContributionError,
    ContributionInputs,
    ContributionPolicy,
    build_contribution,
    canonical_json,
    dedup_token,
)

SECRET = bytes(range(32))
UNITS = ("종로구", "중구", "용산구")
POLICY = ContributionPolicy(epsilon=math.log(3), org_units=UNITS)
INPUTS = ContributionInputs(who5_band="poor", pss10_band="high", cbi_client_band="high", breaks_taken=12,
                            hard_calls=3, org_unit="중구")


def _build(inputs: ContributionInputs = INPUTS, policy: ContributionPolicy = POLICY, period: str = "2026-W48",
           memo: InMemoryMemoStore | None = None, seed: int | None = 5) -> bytes:
    return build_contribution(inputs, period=period, policy=policy, device_secret=SECRET,
                              memo=memo if memo is not None else InMemoryMemoStore(),
                              rng=None if seed is None else random.Random(seed))


def test_bytes_are_canonical_and_hold_only_schema_fields() -> None:
    data = _build()
    parsed = json.loads(data)
    assert canonical_json(parsed) == data
    assert data == json.dumps(parsed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert b" " not in data and b"\n" not in data
    assert set(parsed) == {"schema", "period", "token", "fields", "org_unit"}
    assert parsed["schema"] == "wellcare.contribution/1"
    assert parsed["period"] == "2026-W48"
    assert parsed["org_unit"] == "중구"
    specs = {s.name: s for s in STATIC_FIELDS}
    assert set(parsed["fields"]) == set(specs)
    for name, entry in parsed["fields"].items():
        assert set(entry) == {"report", "epsilon", "k"}
        assert entry["report"] in specs[name].categories
        assert entry["k"] == specs[name].k


def test_same_inputs_in_a_different_key_order_give_the_same_bytes() -> None:
    a = canonical_json({"b": 1, "a": {"y": 2.5, "x": "종로구"}})
    b = canonical_json({"a": {"x": "종로구", "y": 2.5}, "b": 1})
    assert a == b == '{"a":{"x":"종로구","y":2.5},"b":1}'.encode()
    with pytest.raises(ValueError):
        canonical_json({"e": math.nan})


def test_rebuilding_returns_the_memoized_bytes_byte_for_byte() -> None:
    memo = InMemoryMemoStore()
    first = _build(memo=memo, seed=None)
    assert {_build(memo=memo, seed=None) for _ in range(50)} == {first}
    assert len(memo) == len(STATIC_FIELDS)


def test_budget_is_split_over_the_fields_and_adds_up_to_at_most_epsilon() -> None:
    parsed = json.loads(_build())
    epsilons = [entry["epsilon"] for entry in parsed["fields"].values()]
    assert len(set(epsilons)) == 1
    assert epsilons[0] == math.floor(math.log(3) / 5 * 1e6) / 1e6
    assert math.fsum(epsilons) <= math.log(3)
    assert math.log(3) - math.fsum(epsilons) < 1e-5


def test_randomized_org_unit_is_a_budgeted_field() -> None:
    policy = ContributionPolicy(epsilon=6.0, org_units=UNITS, randomize_org_unit=True)
    parsed = json.loads(_build(policy=policy))
    assert "org_unit" not in parsed
    assert parsed["fields"]["org_unit"]["k"] == len(UNITS) + 1
    assert parsed["fields"]["org_unit"]["report"] in (*UNITS, "none")
    assert {e["epsilon"] for e in parsed["fields"].values()} == {1.0}


def test_token_is_hmac_of_device_secret_and_period() -> None:
    parsed = json.loads(_build())
    assert parsed["token"] == hmac.new(SECRET, b"2026-W48", hashlib.sha256).hexdigest()
    assert dedup_token(SECRET, "2026-W48") != dedup_token(SECRET, "2026-W49")
    assert dedup_token(SECRET, "2026-W48") != dedup_token(bytes(32), "2026-W48")
    with pytest.raises(ContributionError):
        dedup_token(b"short", "2026-W48")


@pytest.mark.parametrize("key", ["phq9_item9", "phq9", "note", "free_text", "who5_answers"])
def test_free_text_and_item_9_cannot_enter(key: str) -> None:
    with pytest.raises(ContributionError, match=key):
        ContributionInputs.from_mapping({"who5_band": "good", key: 1})


def test_from_mapping_accepts_the_known_keys() -> None:
    inputs = ContributionInputs.from_mapping({"who5_band": "good", "breaks_taken": 0, "org_unit": None})
    assert inputs.categories(POLICY)["who5_band"] == "good"
    assert inputs.categories(POLICY)["org_unit"] == "none"
    assert inputs.categories(POLICY)["pss10_band"] == "none"


@pytest.mark.parametrize("kwargs", [
    {"who5_band": "excellent"},
    {"pss10_band": "severe"},
    {"cbi_client_band": "moderate"},
    {"breaks_taken": -1},
    {"hard_calls": 1.5},
    {"hard_calls": True},
    {"org_unit": 3},
])
def test_inputs_outside_the_categories_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ContributionError):
        ContributionInputs(**kwargs)  # type: ignore[arg-type]


def test_unit_not_in_policy_and_bad_period_are_refused() -> None:
    with pytest.raises(ContributionError, match="org_unit"):
        _build(inputs=ContributionInputs(org_unit="강남구"))
    for period in ("2026-48", "2026-W54", "2025-W53", "2026-W00", "W48"):
        with pytest.raises(ContributionError):
            _build(period=period)


@pytest.mark.parametrize("kwargs", [
    {"epsilon": 0.01},
    {"epsilon": 50},
    {"epsilon": math.inf},
    {"epsilon": True},
    {"epsilon": 1.0, "org_units": ("a", "a")},
    {"epsilon": 1.0, "org_units": ("none",)},
    {"epsilon": 1.0, "org_units": (" a",)},
    {"epsilon": 1.0, "org_units": ("a\nb",)},
    {"epsilon": 1.0, "org_units": "abc"},
    {"epsilon": 1.0, "org_units": tuple(f"u{i}" for i in range(201))},
    {"epsilon": 1.0, "org_units": ("x" * 65,)},
])
def test_policy_values_are_checked(kwargs: dict[str, object]) -> None:
    with pytest.raises(ContributionError):
        ContributionPolicy(**kwargs)  # type: ignore[arg-type]


def test_buckets_and_periods() -> None:
    assert [bucket(n, BREAK_BUCKETS) for n in (0, 1, 9, 10, 24, 25, 400)] == ["0", "1-9", "1-9", "10-24", "10-24",
                                                                              "25+", "25+"]
    assert [bucket(n, HARD_CALL_BUCKETS) for n in (0, 1, 2, 4, 5, 60)] == ["0", "1", "2-4", "2-4", "5+", "5+"]
    with pytest.raises(ValueError):
        bucket(-1, BREAK_BUCKETS)
    assert iso_week(date(2026, 11, 23)) == "2026-W48"
    assert iso_week(date(2027, 1, 1)) == "2026-W53"  # ISO year differs from the calendar year
    assert check_period("2026-W53") == "2026-W53"
    with pytest.raises(ValueError):
        split_budget(1.0, [])
    with pytest.raises(ValueError):
        split_budget(0.1, [str(i) for i in range(200)])
