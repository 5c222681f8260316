"""`wellcare score`'s "follow_up" list: what a result suggests, from each instrument's own guidance.

Boundaries on both sides of every rule: WHO-5 raw < 13 or any answer 0/1 -> screen_phq9; PHQ-9 and
GAD-7 ≥ 10 -> professional + eap; PHQ-9 ≥ 15 -> the assessment card; K6 ≥ 13 as before; a safety
answer always -> crisis_lines, professional, eap.
"""

from __future__ import annotations

import io
import json

import pytest

from wellcare.assess import Catalog, run_score, score_in_order
from wellcare.assess.follow_up import follow_up_for
from wellcare.assess.model import FOLLOW_UP_IDS


def follow_up(catalog: Catalog, instrument_id: str, answers: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    assert run_score(instrument_id, answers, out, err, catalog=catalog) == 0, err.getvalue()
    printed = json.loads(out.getvalue())
    assert list(printed) == ["instrument", "scores", "bands", "safety", "follow_up"]
    return printed["follow_up"]


def test_a_self_harm_answer_with_a_minimal_total_still_asks_for_every_kind_of_help(catalog: Catalog) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_score("phq9", "0,0,0,0,0,0,0,0,1", out, err, catalog=catalog) == 0
    printed = json.loads(out.getvalue())
    assert printed["safety"] is True and printed["bands"] == {"total": "minimal"}
    assert printed["follow_up"] == ["crisis_lines", "professional", "eap"]


@pytest.mark.parametrize("item9", [1, 2, 3])
@pytest.mark.parametrize("others", [0, 1, 3])
def test_safety_always_includes_crisis_lines_a_professional_and_the_eap(
    catalog: Catalog, item9: int, others: int
) -> None:
    ids = follow_up(catalog, "phq9", ",".join([str(others)] * 8 + [str(item9)]))
    assert ids[:3] == ["crisis_lines", "professional", "eap"]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ("5,5,5,5,0", ["screen_phq9"]),  # percent 80 ("good"), but one answer of 0
        ("5,5,5,5,1", ["screen_phq9"]),  # an answer of 1 too
        ("5,5,5,5,2", []),  # every answer 2 or more, raw 22: nothing
        ("3,3,3,2,2", []),  # raw 13 (52 %): the lowest raw score that needs no PHQ-9
        ("3,3,2,2,2", ["eap", "screen_phq9"]),  # raw 12 (48 %, "poor"): < 13
        ("2,2,2,1,0", ["crisis_lines", "professional", "eap", "screen_phq9"]),  # raw 7 (28 %): very low
    ],
)
def test_who5_suggests_the_phq9_below_13_or_after_any_answer_of_0_or_1(
    catalog: Catalog, answers: str, expected: list[str]
) -> None:
    assert follow_up(catalog, "who5", answers) == expected


@pytest.mark.parametrize(
    ("instrument_id", "answers", "expected"),
    [
        ("phq9", "2,2,2,2,1,0,0,0,0", []),  # 9: mild
        ("phq9", "2,2,2,2,2,0,0,0,0", ["professional", "eap"]),  # 10
        ("phq9", "2,2,2,2,2,2,2,0,0", ["professional", "eap"]),  # 14
        ("phq9", "3,3,3,3,3,0,0,0,0", ["professional", "eap"]),  # 15
        ("phq9", "3,3,3,3,3,3,2,0,0", ["crisis_lines", "professional", "eap"]),  # 20: severe band
        ("gad7", "2,2,2,2,1,0,0", []),  # 9
        ("gad7", "2,2,2,2,2,0,0", ["professional", "eap"]),  # 10
        ("gad7", "3,3,3,3,3,0,0", ["crisis_lines", "professional", "eap"]),  # 15: severe
        ("k6", "2,2,2,2,2,2", ["eap"]),  # 12: moderate
        ("k6", "3,2,2,2,2,2", ["crisis_lines", "professional", "eap"]),  # 13: serious, as before
        ("pss10", "0,0,0,0,0,0,0,0,0,0", []),
        ("cbi", ",".join(["0"] * 12 + ["4"] + ["0"] * 6), []),
    ],
)
def test_professional_and_eap_from_10_and_the_other_instruments_as_their_bands_say(
    catalog: Catalog, instrument_id: str, answers: str, expected: list[str]
) -> None:
    assert follow_up(catalog, instrument_id, answers) == expected


@pytest.mark.parametrize(("total_answers", "assessment"), [("3,3,3,2,2,1,0,0,0", False), ("3,3,3,3,3,0,0,0,0", True)])
def test_phq9_from_15_recommends_a_professional_assessment_as_20_does(
    catalog: Catalog, total_answers: str, assessment: bool
) -> None:
    instrument = catalog.get("phq9")
    result = score_in_order(instrument, [int(v) for v in total_answers.split(",")])
    assert sum(result.answers.values()) in (14, 15)
    assert follow_up_for(instrument, result).assessment is assessment


def test_the_order_is_the_fixed_one(catalog: Catalog) -> None:
    ids = follow_up(catalog, "who5", "0,0,0,0,0")
    assert ids == [i for i in FOLLOW_UP_IDS if i in ids] == ["crisis_lines", "professional", "eap", "screen_phq9"]
