"""The mechanism reports with the promised p and q, and memoized reports never change."""

from __future__ import annotations

import math
import random
import secrets
from collections import Counter

import pytest

from wellcare.aggregate_format import randomized_response as rr_module
from wellcare.aggregate_format.randomized_response import (
    InMemoryMemoStore,
    KaryRandomizedResponse,
    MemoizedReport,
    MemoKey,
    MemoMismatchError,
    memoized_report,
    rr_probabilities,
)

CATS = ("a", "b", "c", "d")


def test_probabilities_match_the_formula() -> None:
    p, q = rr_probabilities(math.log(3), 5)
    assert p == pytest.approx(3 / 7)
    assert q == pytest.approx(1 / 7)
    assert p + 4 * q == pytest.approx(1.0)
    assert p / q == pytest.approx(3.0)


@pytest.mark.parametrize("epsilon, k", [(0, 4), (-1.0, 4), (math.inf, 4), (math.nan, 4), (1.0, 1), (1.0, True)])
def test_probabilities_refuse_nonsense(epsilon: float, k: int) -> None:
    with pytest.raises(ValueError):
        rr_probabilities(epsilon, k)


def _frequencies(mech: KaryRandomizedResponse, truth: str, draws: int, rng: random.Random) -> dict[str, float]:
    counts = Counter(mech.randomize(truth, rng) for _ in range(draws))
    return {c: counts[c] / draws for c in mech.categories}


@pytest.mark.parametrize("epsilon, categories", [
    (math.log(3), CATS),
    (math.log(3) / 5, CATS),
    (1.0, ("x", "y", "z")),
    (2.0, ("0", "1", "2-4", "5+", "none")),
    (0.7, ("yes", "no")),
])
def test_empirical_distribution_matches_p_and_q_seeded(epsilon: float, categories: tuple[str, ...]) -> None:
    mech = KaryRandomizedResponse(categories, epsilon)
    draws = 200_000
    truth = categories[1]
    freq = _frequencies(mech, truth, draws, random.Random(20261123))
    chi2 = 0.0
    for category, observed in freq.items():
        expected = mech.p if category == truth else mech.q
        se = math.sqrt(expected * (1 - expected) / draws)
        assert abs(observed - expected) < 4.5 * se, (category, observed, expected)
        chi2 += draws * (observed - expected) ** 2 / expected
    # chi-square 99.9% critical values for k − 1 = 1..4 degrees of freedom
    assert chi2 < {1: 10.83, 2: 13.82, 3: 16.27, 4: 18.47}[mech.k - 1]


def test_empirical_distribution_on_system_random_wide_tolerance() -> None:
    mech = KaryRandomizedResponse(CATS, math.log(3))  # p = 1/2, q = 1/6
    draws = 20_000
    freq = _frequencies(mech, "c", draws, secrets.SystemRandom())
    for category, observed in freq.items():
        expected = mech.p if category == "c" else mech.q
        assert abs(observed - expected) < 6 * math.sqrt(expected * (1 - expected) / draws)


def test_default_source_is_the_system_csprng(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(rr_module._SYSTEM_RANDOM, secrets.SystemRandom)
    used: list[str] = []

    class Recording(random.Random):
        def random(self) -> float:
            used.append("random")
            return 0.99  # never the truth (p = 1/2), so randrange is used as well

        def randrange(self, *args: int, **kwargs: int) -> int:  # type: ignore[override]
            used.append("randrange")
            return 0

    monkeypatch.setattr(rr_module, "_SYSTEM_RANDOM", Recording())
    mech = KaryRandomizedResponse(CATS, math.log(3))
    assert mech.randomize("a") == "b"
    assert used == ["random", "randrange"]


def test_mechanism_validates_its_input() -> None:
    with pytest.raises(ValueError):
        KaryRandomizedResponse(("a", "a"), 1.0)
    with pytest.raises(ValueError):
        KaryRandomizedResponse(CATS, 1.0).randomize("e")


def test_memo_returns_the_same_report_whatever_the_randomness() -> None:
    memo = InMemoryMemoStore()
    mech = KaryRandomizedResponse(CATS, 0.2)
    first = memoized_report("who5_band", "a", "2026-W48", mech, memo, random.Random(1))
    for seed in range(100):
        again = memoized_report("who5_band", "a", "2026-W48", mech, memo, random.Random(seed))
        assert again == first
    assert len(memo) == 1


def test_memo_is_per_field_true_value_and_period() -> None:
    memo = InMemoryMemoStore()
    mech = KaryRandomizedResponse(CATS, 0.2)
    memoized_report("f", "a", "2026-W48", mech, memo, random.Random(1))
    memoized_report("f", "b", "2026-W48", mech, memo, random.Random(1))
    memoized_report("f", "a", "2026-W49", mech, memo, random.Random(1))
    memoized_report("g", "a", "2026-W48", mech, memo, random.Random(1))
    assert len(memo) == 4
    assert memo.get(MemoKey("f", "a", "2026-W48")) is not None


def test_new_periods_draw_afresh() -> None:
    memo = InMemoryMemoStore()
    mech = KaryRandomizedResponse(CATS, 0.01)  # nearly uniform
    rng = random.Random(7)
    reports = {memoized_report("f", "a", f"2026-W{w:02d}", mech, memo, rng).report for w in range(1, 41)}
    assert len(reports) > 1


def test_a_policy_change_mid_period_keeps_the_first_draw_and_its_epsilon() -> None:
    memo = InMemoryMemoStore()
    old = memoized_report("f", "a", "2026-W48", KaryRandomizedResponse(CATS, 0.5), memo, random.Random(3))
    new = memoized_report("f", "a", "2026-W48", KaryRandomizedResponse(CATS, 2.0), memo, random.Random(4))
    assert new == old
    assert new.epsilon == 0.5


def test_a_foreign_memo_is_refused_not_redrawn() -> None:
    memo = InMemoryMemoStore()
    memo.put(MemoKey("f", "a", "2026-W48"), MemoizedReport("zzz", 0.5, 4))
    with pytest.raises(MemoMismatchError):
        memoized_report("f", "a", "2026-W48", KaryRandomizedResponse(CATS, 0.5), memo)
    with pytest.raises(ValueError):
        memoized_report("f", "not-a-category", "2026-W48", KaryRandomizedResponse(CATS, 0.5), memo)
