"""The estimator reproduces the worked example and stays unbiased across budget changes."""

from __future__ import annotations

import math

import pytest

from wellcare.aggregate_format.randomized_response import rr_probabilities
from wellcare.aggregates.estimate import Z_95, estimate_counts, estimate_field
from wellcare.aggregates.received import FieldReport

CATS = ("a", "b", "c", "d", "e")


def test_worked_example_from_instruments() -> None:
    p, q = rr_probabilities(math.log(3), 5)
    assert (p, q) == (pytest.approx(3 / 7), pytest.approx(1 / 7))
    est = estimate_counts([14, 12, 10, 8, 6], math.log(3), CATS)
    assert [e.unbiased for e in est] == pytest.approx([24, 17, 10, 3, -4])
    assert sum(e.unbiased for e in est) == pytest.approx(50)
    assert [e.count for e in est] == pytest.approx([24, 17, 10, 3, 0])
    # Var = N·q(1−q)/(p−q)² + N_v(1−p−q)/(p−q) = 75 + 1.5·clip(N̂_v, 0, N)
    assert [e.se**2 for e in est] == pytest.approx([75 + 36, 75 + 25.5, 75 + 15, 75 + 4.5, 75])
    first, last = est[0], est[-1]
    assert first.low == pytest.approx(24 - Z_95 * math.sqrt(111))
    assert first.high == pytest.approx(24 + Z_95 * math.sqrt(111))
    assert last.low == 0.0  # −4 − 16.97 clipped
    assert last.high == pytest.approx(-4 + Z_95 * math.sqrt(75))
    assert first.share == pytest.approx(24 / 50)
    assert (first.share_low, first.share_high) == (pytest.approx(first.low / 50), pytest.approx(first.high / 50))
    assert [e.category for e in est] == list(CATS)
    assert [e.reported for e in est] == [14, 12, 10, 8, 6]


def test_shown_values_are_clipped_to_the_group() -> None:
    est = estimate_counts([20, 0, 0, 0, 0], math.log(3))
    assert est[0].unbiased > 20 and est[0].count == 20 and est[0].high == 20
    assert all(e.count == 0 and e.low == 0 for e in est[1:])
    assert [e.category for e in est] == ["0", "1", "2", "3", "4"]


def test_expected_counts_give_back_the_truth() -> None:
    epsilon, truth = 1.3, [40, 25, 20, 15]
    n = sum(truth)
    p, q = rr_probabilities(epsilon, 4)
    expected = [t * p + (n - t) * q for t in truth]
    # the estimator is linear in the counts, so scaling expected counts by 1e6 and rounding is exact enough
    scale = 1_000_000
    est = estimate_counts([round(x * scale) for x in expected], epsilon)
    assert [e.unbiased / scale for e in est] == pytest.approx(truth, rel=1e-5)


def test_reports_with_different_epsilon_are_estimated_per_group_and_added() -> None:
    cats = ("x", "y", "z")
    old = [FieldReport(c, 0.5, 3) for c in ["x"] * 9 + ["y"] * 4 + ["z"] * 2]
    new = [FieldReport(c, 1.5, 3) for c in ["x"] * 7 + ["y"] * 8 + ["z"] * 5]
    combined = estimate_field(old + new, cats)
    a, b = estimate_counts([9, 4, 2], 0.5, cats), estimate_counts([7, 8, 5], 1.5, cats)
    for c, ea, eb in zip(combined, a, b, strict=True):
        assert c.unbiased == pytest.approx(ea.unbiased + eb.unbiased)
        assert c.se == pytest.approx(math.sqrt(ea.se**2 + eb.se**2))
        assert c.total == 35
    single = estimate_field(old, cats)
    assert [e.unbiased for e in single] == pytest.approx([e.unbiased for e in a])


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        estimate_counts([0, 0, 0], 1.0)
    with pytest.raises(ValueError):
        estimate_counts([1, -1, 3], 1.0)
    with pytest.raises(ValueError):
        estimate_counts([1, 2, 3], 1.0, ("a", "b"))
    with pytest.raises(ValueError):
        estimate_field([], ("a", "b"))
    with pytest.raises(ValueError):
        estimate_field([FieldReport("q", 1.0, 2)], ("a", "b"))
    with pytest.raises(ValueError):
        estimate_field([FieldReport("a", 1.0, 3)], ("a", "b"))
