"""The inbox's cheaper payload check (issue #16): ``read_parsed`` on the opened envelope's payload
refuses and accepts exactly what ``read_any`` does on the payload's bytes, for both schemes.

Qt-free, no vault: the contribution builders the app sends with, then hostile edits of their output.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from typing import Any

import pytest

from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy, canonical_json
from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.received import read_any, read_parsed
from wellcare.privacy.contribution import ContributionInputs, build_contribution, build_one_field

INPUTS = ContributionInputs(who5_band="poor", pss10_band="high", breaks_taken=12, hard_calls=3, org_unit="a")
POLICY = ContributionPolicy(epsilon=math.log(3), org_units=("a", "b"))


def _payloads() -> list[dict[str, Any]]:
    rng = random.Random(7)
    built = [build_one_field(INPUTS, period="2026-W48", field=spec.id, policy=POLICY, device_secret=b"s" * 32,
                             memo=InMemoryMemoStore(), rng=rng).payload for spec in AGGREGATE_FIELDS]
    built.append(build_contribution(INPUTS, period="2026-W48", policy=POLICY, device_secret=b"s" * 32,
                                    memo=InMemoryMemoStore(), rng=rng))
    return [json.loads(data) for data in built]


EDITS: list[Callable[[dict[str, Any]], Any]] = [
    lambda p: p,  # untouched: both accept, with the same result
    lambda p: {**p, "extra": 1},
    lambda p: {k: v for k, v in p.items() if k != "token"},
    lambda p: {**p, "token": p["token"].upper()},
    lambda p: {**p, "period": "2026-W54"},
    lambda p: {**p, "org_unit": "c"} if "org_unit" in p else {**p, "k": 99},
    lambda p: {**p, "pad": p["pad"] + " "} if "pad" in p else {**p, "fields": {}},
    lambda p: {**p, "pad": p["pad"][:-1]} if "pad" in p else {**p, "schema": "x"},
    lambda p: {**p, "epsilon": 1e9} if "epsilon" in p else {**p, "fields": [1]},
    lambda p: {**p, "report": True} if "report" in p else {**p, "period": 5},
    lambda p: {**p, "big": "x" * 5000},
    lambda p: [p],
]


def _outcome(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except (ContributionError, TypeError, ValueError) as exc:
        return type(exc)


@pytest.mark.parametrize("edit", range(len(EDITS)))
def test_read_parsed_agrees_with_read_any_on_every_edit(edit: int) -> None:
    for payload in _payloads():
        edited = EDITS[edit](payload)
        by_bytes = _outcome(lambda edited=edited: read_any(canonical_json(edited) if isinstance(edited, dict)
                                                          else json.dumps(edited).encode(), POLICY))
        parsed = _outcome(lambda edited=edited: read_parsed(edited, POLICY))
        assert parsed == by_bytes
        if edit == 0:
            assert parsed is not ContributionError and parsed.token == payload["token"]
        else:
            assert parsed is ContributionError
