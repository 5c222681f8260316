"""The second contribution scheme: one field per person-week, permanent randomized response, a yearly budget.

Why (issue #13, INSTRUMENTS.md): the first scheme sent all five fields at ε/5 each, which
multiplies every field's variance, and drew fresh noise every week, so the budget added up without
limit. Here each person-week sends ONE field, drawn uniformly from :data:`AGGREGATE_FIELDS` (the
field id is sent, the others are not), with the whole weekly ε, in two layers:

1. a *permanent* draw, memoized per (field, true value) for the ISO year in the counselor's vault,
   k-ary randomized response at ``epsilon_value`` (ε∞): everything ever sent about one value is a
   function of it, so all the year's reports of an unchanged value together reveal at most ε∞;
2. a fresh *instantaneous* draw per report on top of the memo, at the ε that makes one report,
   taken alone, exactly ``epsilon_report`` (ε₁, the policy's weekly ε) differentially private.

A memo is charged ε∞ to the year's budget the first time a report drawn from it is sent; the sum
may not exceed ``epsilon_year`` (the app stops sending for the rest of the year instead).

Every payload is padded to :data:`PAYLOAD_BYTES`, so sizes say nothing.
"""

from __future__ import annotations

import math
import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wellcare.aggregate_format.policy import ContributionError, canonical_json
from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, AggregateField
from wellcare.weeks import IsoWeek

SCHEMA_V2 = "wellcare.contribution/2"
PAYLOAD_BYTES = 640  # every v2 payload is exactly this long (canonical JSON, padded)
PAD_KEY = "pad"
PAD_CHAR = "0"
UNIT_FIELD = "org_unit"  # the memo key of a randomized org unit
UNIT_KEY = "unit"  # the payload key of a randomized org unit ({"report", "epsilon", "k"})

_SYSTEM_RANDOM = secrets.SystemRandom()


@dataclass(frozen=True)
class OneFieldBudget:
    """The three numbers of the scheme, from the policy; ε₁ < ε∞ ≤ the year's budget."""

    epsilon_report: float  # ε₁: what one week's report alone can reveal about the true value
    epsilon_value: float  # ε∞: what all reports drawn from one memo together can reveal
    epsilon_year: float  # the cap on the memos' ε∞ charged in one ISO year

    def __post_init__(self) -> None:
        for name in ("epsilon_report", "epsilon_value", "epsilon_year"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
                raise ContributionError(f"{name} must be a positive number, not {value!r}")
        if not self.epsilon_report < self.epsilon_value:
            raise ContributionError(f"the value's epsilon ({self.epsilon_value}) must be larger than one week's "
                                    f"({self.epsilon_report}): the weekly draw adds noise on top of the memo")
        if self.epsilon_year < self.epsilon_value:
            raise ContributionError(f"the yearly epsilon ({self.epsilon_year}) must allow at least one value "
                                    f"({self.epsilon_value})")

    def instantaneous_epsilon(self, k: int) -> float:
        """The per-report draw's ε so that the memo followed by it is k-RR at exactly ε₁."""
        return instantaneous_epsilon(self.epsilon_report, self.epsilon_value, k)


def instantaneous_epsilon(epsilon_report: float, epsilon_value: float, k: int) -> float:
    """Solve p₁ = p∞·pᵢ + (1 − p∞)·qᵢ for the instantaneous k-RR (composed k-RR is k-RR; gaps multiply)."""
    p_value, q_value = rr_probabilities(epsilon_value, k)
    p_report, _ = rr_probabilities(epsilon_report, k)
    if p_report >= p_value:
        raise ValueError("one report's epsilon must be smaller than the value's")
    p_inst = (p_report - q_value) / (p_value - q_value)
    q_inst = (1.0 - p_inst) / (k - 1)
    return math.log(p_inst / q_inst)


def memo_scope(period: str) -> str:
    """The memo's and the budget's scope: the ISO year of the period ("2026")."""
    return str(IsoWeek.parse(period).year)


def sample_field(rng: random.Random | None = None) -> AggregateField:
    """The week's field: uniform over the table, independent of every value (so it tells nothing)."""
    source = _SYSTEM_RANDOM if rng is None else rng
    return AGGREGATE_FIELDS[source.randrange(len(AGGREGATE_FIELDS))]


def padded_payload(payload: Mapping[str, Any]) -> bytes:
    """Canonical bytes of ``payload`` plus a pad of zeros making them exactly :data:`PAYLOAD_BYTES` long."""
    if PAD_KEY in payload:
        raise ContributionError("the payload already has a pad")
    bare = canonical_json({**payload, PAD_KEY: ""})
    missing = PAYLOAD_BYTES - len(bare)
    if missing < 0:
        raise ContributionError(f"the payload is {len(bare)} bytes, more than {PAYLOAD_BYTES}")
    data = canonical_json({**payload, PAD_KEY: PAD_CHAR * missing})
    assert len(data) == PAYLOAD_BYTES
    return data
