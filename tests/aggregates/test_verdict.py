"""The "better / worse / can't tell yet" verdict (issue #13 item 5): a two-sample test on two pooled windows.

Simulated person by person with the app's two-layer randomized response (the permanent memo per
(person, value) and a fresh draw per report, ``KaryRandomizedResponse`` at the scheme's ε), so the
memo's correlation inside and across windows is the real one. Qt-free.
"""

from __future__ import annotations

import math
import random

from wellcare.aggregate_format.one_field import instantaneous_epsilon
from wellcare.aggregate_format.randomized_response import KaryRandomizedResponse
from wellcare.aggregates.verdict import (
    MeasureVerdict,
    Verdict,
    WindowConcern,
    concern_share,
    decide,
    group_verdict,
    holm,
    two_sample_p,
)

CATEGORIES = ("likely_depression", "poor", "good")
LOW = [0, 1]  # low well-being: the first two
EPSILON = math.log(3)  # the policy's default weekly ε
FIELDS = 5


def _windows(rng: random.Random, people: int, weeks: int, low_before: float, low_after: float,
             ) -> tuple[WindowConcern, WindowConcern]:
    """Two consecutive windows of one group; each person keeps a lasting level, 80% of weeks."""
    permanent = KaryRandomizedResponse(CATEGORIES, 2 * EPSILON)
    fresh = KaryRandomizedResponse(CATEGORIES, instantaneous_epsilon(EPSILON, 2 * EPSILON, 3))
    level = [rng.random() for _ in range(people)]
    memos: dict[tuple[int, str], str] = {}
    out = []
    for low_share in (low_before, low_after):
        counts = [0, 0, 0]
        for _ in range(weeks):
            for person in range(people):
                if rng.randrange(FIELDS):  # this person-week drew another field
                    continue
                u = level[person] if rng.random() < 0.8 else rng.random()
                value = "poor" if u < low_share else "good"
                memo = memos.setdefault((person, value), permanent.randomize(value, rng))
                counts[CATEGORIES.index(fresh.randomize(memo, rng))] += 1
        estimate = concern_share({(EPSILON, 2 * EPSILON): counts}, LOW, contributions=people * weeks,
                                 window_weeks=weeks, fields=FIELDS)
        assert estimate is not None
        out.append(WindowConcern("a", "b", weeks, people * weeks, sum(counts), *estimate))
    return out[0], out[1]


def _rates(people: int, weeks: int, before: float, after: float, trials: int, seed: int) -> tuple[float, float]:
    """(share of trials called "worse", called "better") by one test at 5%."""
    rng = random.Random(seed)
    worse = better = 0
    for _ in range(trials):
        old, new = _windows(rng, people, weeks, before, after)
        [[m]] = decide([[MeasureVerdict("who5_low", new, old)]])
        worse += m.verdict is Verdict.WORSE
        better += m.verdict is Verdict.BETTER
    return worse / trials, better / trials


def test_nothing_changed_gives_a_false_worse_near_the_nominal_rate() -> None:
    # a 300-counselor centre, 4-week windows at the default ε; nominal: 2.5% each way (two-sided 5%)
    worse, better = _rates(300, 4, 0.3, 0.3, trials=800, seed=11)
    assert worse <= 0.045, worse
    assert better <= 0.045, better
    assert worse + better >= 0.01  # near 5%, not a test that can never speak


def test_a_real_change_is_detected_at_realistic_sizes() -> None:
    # a 1,000-counselor floor's 4-week windows, low well-being 30% -> 50%
    worse, better = _rates(1000, 4, 0.3, 0.5, trials=40, seed=12)
    assert worse >= 0.8 and better == 0.0
    # and an improvement is called better, never worse
    worse, better = _rates(1000, 4, 0.5, 0.3, trials=40, seed=13)
    assert better >= 0.8 and worse == 0.0


def test_holm_keeps_the_family_at_five_percent() -> None:
    assert holm([0.001, 0.02, 0.04]) == [True, True, True]  # 0.001 ≤ .05/3, 0.02 ≤ .05/2, 0.04 ≤ .05
    assert holm([0.001, 0.03, 0.04]) == [True, False, False]  # 0.03 > .05/2 stops the steps
    assert holm([0.02] * 4) == [False] * 4  # four teams at p = .02 each: not alone enough
    assert holm([]) == []


def test_a_window_too_uncertain_to_show_is_never_tested() -> None:
    wide = WindowConcern("2026-W41", "2026-W44", 4, 20, 4, 0.9, 0.3)  # interval 31%-100%: too wide
    narrow = WindowConcern("2026-W45", "2026-W48", 4, 400, 80, 0.1, 0.02)
    assert wide.too_uncertain and not narrow.too_uncertain
    _z, p = two_sample_p(wide, narrow)
    assert p < 0.05  # alone, the test would call it better
    [[m]] = decide([[MeasureVerdict("who5_low", narrow, wide)]])
    assert m.verdict is Verdict.CANT_TELL and m.p is None
    [[m]] = decide([[MeasureVerdict("who5_low", narrow, None)]])  # the window before is not shown
    assert m.verdict is Verdict.CANT_TELL


def test_a_group_is_worse_when_any_measure_is() -> None:
    w = WindowConcern("a", "b", 4, 100, 20, 0.2, 0.01)
    measures = [MeasureVerdict("a", w, w, Verdict.BETTER), MeasureVerdict("b", w, w, Verdict.WORSE)]
    assert group_verdict(measures) is Verdict.WORSE
    assert group_verdict(measures[:1]) is Verdict.BETTER
    assert group_verdict([MeasureVerdict("a", None, None)]) is Verdict.CANT_TELL
