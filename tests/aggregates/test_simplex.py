"""Category shares as a distribution (issue #13 item 5): projected onto the simplex, honest intervals. Qt-free."""

from __future__ import annotations

import math
import random

import pytest

from wellcare.aggregate_format.randomized_response import KaryRandomizedResponse
from wellcare.aggregates.display import MAX_SHOWN_WIDTH, too_uncertain
from wellcare.aggregates.estimate import estimate_counts
from wellcare.aggregates.simplex import as_distribution, project_to_simplex


def test_projection_sums_to_one_is_non_negative_and_keeps_the_order() -> None:
    rng = random.Random(3)
    for _ in range(500):
        values = [rng.uniform(-0.6, 1.2) for _ in range(rng.randint(2, 5))]
        shares = project_to_simplex(values)
        assert math.isclose(sum(shares), 1.0, abs_tol=1e-9)
        assert min(shares) >= 0.0
        for i in range(len(values)):
            for j in range(len(values)):
                if values[i] > values[j]:
                    assert shares[i] >= shares[j]


def test_projection_leaves_a_distribution_alone_and_is_the_closest_point() -> None:
    assert project_to_simplex([0.2, 0.3, 0.5]) == pytest.approx([0.2, 0.3, 0.5])
    assert project_to_simplex([0.7, 0.5, -0.1]) == pytest.approx([0.6, 0.4, 0.0])
    with pytest.raises(ValueError):
        project_to_simplex([])


def test_noisy_week_shares_become_a_distribution_with_the_shown_share_inside_its_interval() -> None:
    # one team's week: 12 reports of k = 3 at ε = ln 3, the kind of cell that added up to 138%
    rng = random.Random(8)
    rr = KaryRandomizedResponse(("likely_depression", "poor", "good"), math.log(3))
    for _ in range(200):
        reports = [rr.randomize(rng.choice(rr.categories), rng) for _ in range(12)]
        estimates = estimate_counts([reports.count(c) for c in rr.categories], rr.epsilon, rr.categories)
        clipped = sum(e.share for e in estimates)
        shares = as_distribution(rr.categories, [e.unbiased / e.total for e in estimates],
                                 [e.se / e.total for e in estimates])
        assert math.isclose(sum(s.share for s in shares), 1.0, abs_tol=1e-9)
        for s in shares:
            assert 0.0 <= s.low <= s.share <= s.high <= 1.0
        if abs(clipped - 1.0) > 0.2:  # the old view's sum was off; the new one never is
            assert math.isclose(sum(s.share for s in shares), 1.0, abs_tol=1e-9)


def test_too_uncertain_is_one_stated_width() -> None:
    assert MAX_SHOWN_WIDTH == 0.40
    half = 1.959963984540054  # the 95% interval is unbiased ± half·se
    assert too_uncertain(0.27, 0.27 / half)  # the old all-floor interval of issue #13: 0–54%
    assert not too_uncertain(0.275, 0.175 / half)  # 10–45%
    assert too_uncertain(0.305, 0.205 / half)  # 10–51%


def test_an_estimate_clipped_at_100_percent_is_not_mistaken_for_a_narrow_one() -> None:
    """150% ± 39 points clips to "100% (68–100%)": the width before clipping is what counts."""
    from wellcare.aggregates.estimate import CategoryEstimate
    from wellcare.aggregates.report import Share

    wild = Share.of(CategoryEstimate("low", reported=20, total=20, unbiased=30.0, se=4.0))
    assert wild.share == 1.0 and wild.high - wild.low < MAX_SHOWN_WIDTH  # what the clipped interval shows
    assert wild.uncertain
    steady = Share.of(CategoryEstimate("low", reported=60, total=200, unbiased=50.0, se=10.0))  # 25% ± 10
    assert not steady.uncertain
