"""Published scoring rules and their edge cases, plus what a result carries."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest

from tests.assess.helpers import answers_for_total
from wellcare.assess import AnswerError, Catalog, score, score_bounds, score_in_order
from wellcare.assess.scoring import round_half_up

CBI_ORDER = [f"P{i}" for i in range(1, 7)] + [f"W{i}" for i in range(1, 8)] + [f"C{i}" for i in range(1, 7)]


def test_shipped_set_matches_the_table(catalog: Catalog) -> None:
    expected = {
        "phq9": (9, (0, 3), set()),
        "gad7": (7, (0, 3), set()),
        "who5": (5, (0, 5), set()),
        "k6": (6, (0, 4), set()),
        "pss10": (10, (0, 4), {"pss10_4", "pss10_5", "pss10_7", "pss10_8"}),
        "cbi": (19, (0, 4), {"W7"}),
    }
    assert set(catalog.ids) == set(expected)
    for instrument_id, (count, (low, high), reverse) in expected.items():
        instrument = catalog.get(instrument_id)
        assert len(instrument.items) == count
        for item in instrument.items:
            assert sorted(item.response_set.values) == list(range(low, high + 1)), item.id
        assert {i.id for i in instrument.items if i.reverse} == reverse
    assert catalog.get("phq9").item_ids == tuple(f"phq9_{i}" for i in range(1, 10))
    assert list(catalog.get("cbi").item_ids) == CBI_ORDER


def test_cbi_uses_degree_and_frequency_sets_as_published(catalog: Catalog) -> None:
    cbi = catalog.get("cbi")
    degree = {i.id for i in cbi.items if i.response_set.id == "degree"}
    assert degree == {"W1", "W2", "W3", "C1", "C2", "C3", "C4"}
    assert {i.response_set.id for i in cbi.items if i.id not in degree} == {"frequency"}


def test_score_bounds(catalog: Catalog) -> None:
    assert score_bounds(catalog.get("phq9"), "total") == (0, 27)
    assert score_bounds(catalog.get("who5"), "raw") == (0, 25)
    assert score_bounds(catalog.get("who5"), "percent") == (0, 100)
    assert score_bounds(catalog.get("pss10"), "total") == (0, 40)
    assert score_bounds(catalog.get("cbi"), "work") == (0.0, 100.0)


def test_pss10_all_never_scores_16_moderate(catalog: Catalog) -> None:
    result = score_in_order(catalog.get("pss10"), [0] * 10)
    assert result.scores == {"total": 16}
    assert result.bands == {"total": "moderate"}
    assert all(v == 0 for v in result.answers.values()), "answers are stored raw, before reversal"


def test_pss10_reversal_is_four_minus_x(catalog: Catalog) -> None:
    pss = catalog.get("pss10")
    assert score_in_order(pss, [4] * 10).scores == {"total": 24}
    assert score_in_order(pss, [0, 0, 0, 4, 4, 0, 4, 4, 0, 0]).scores == {"total": 0}
    assert score_in_order(pss, [4, 4, 4, 0, 0, 4, 0, 0, 4, 4]).scores == {"total": 40}


@pytest.mark.parametrize(("raw", "percent", "band"), [(12, 48, "poor"), (13, 52, "good"), (7, 28, "likely_depression")])
def test_who5_percent_steps(catalog: Catalog, raw: int, percent: int, band: str) -> None:
    who5 = catalog.get("who5")
    result = score(who5, answers_for_total(who5, raw))
    assert result.scores["percent"] == percent
    assert result.bands["percent"] == band


def test_phq9_item9_triggers_safety_even_when_minimal(catalog: Catalog) -> None:
    result = score_in_order(catalog.get("phq9"), [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.scores == {"total": 1}
    assert result.bands == {"total": "minimal"}
    assert result.safety is True
    assert result.severe is False
    assert result.safety_rules == ("self_harm_thoughts",)


@pytest.mark.parametrize(("item9", "safety"), [(0, False), (1, True), (2, True), (3, True)])
def test_phq9_safety_follows_item9_whatever_the_total(catalog: Catalog, item9: int, safety: bool) -> None:
    assert score_in_order(catalog.get("phq9"), [3] * 8 + [item9]).safety is safety
    assert score_in_order(catalog.get("phq9"), [0] * 8 + [item9]).safety is safety


def test_phq9_item9_is_marked_sensitive(catalog: Catalog) -> None:
    assert [i.id for i in catalog.get("phq9").items if i.sensitive] == ["phq9_9"]


def test_no_other_instrument_has_safety_rules(catalog: Catalog) -> None:
    assert {i.id for i in catalog if i.safety} == {"phq9"}


def test_cbi_w7_is_reversed(catalog: Catalog) -> None:
    cbi = catalog.get("cbi")
    other = [0] * 6
    never_enough_energy = score_in_order(cbi, other + [0] * 6 + [0] + other)
    always_enough_energy = score_in_order(cbi, other + [0] * 6 + [4] + other)
    assert never_enough_energy.scores["work"] == 14.29  # 100 / 7: W7 "never" counts 100 points
    assert always_enough_energy.scores["work"] == 0.0
    assert score_in_order(cbi, other + [4] * 7 + other).scores["work"] == 85.71  # (6 × 100 + 0) / 7


def test_cbi_scores_are_means_of_25_point_steps_rounded_to_2_decimals(catalog: Catalog) -> None:
    answers = [*(1, 0, 0, 0, 0, 0), *(1, 0, 0, 0, 0, 0, 4), *(2, 2, 2, 2, 2, 1)]
    result = score_in_order(catalog.get("cbi"), answers)
    assert result.scores == {"personal": 4.17, "work": 3.57, "client": 45.83}
    assert "total" not in result.scores


def test_k6_13_is_serious(catalog: Catalog) -> None:
    result = score_in_order(catalog.get("k6"), [3, 2, 2, 2, 2, 2])
    assert result.scores == {"total": 13}
    assert result.bands == {"total": "serious"}
    assert result.severe is True


def test_every_item_must_be_answered(catalog: Catalog) -> None:
    gad7 = catalog.get("gad7")
    answers = answers_for_total(gad7, 3)
    del answers["gad7_4"]
    with pytest.raises(AnswerError, match="gad7_4 is not answered") as caught:
        score(gad7, answers)
    assert caught.value.item_id == "gad7_4"


@pytest.mark.parametrize(
    ("value", "message"),
    [(4, "4 is out of range"), (-1, "-1 is out of range"), ("2", "'2' is not an integer"), (True, "True is not")],
)
def test_bad_values_name_the_item(catalog: Catalog, value: object, message: str) -> None:
    phq9 = catalog.get("phq9")
    answers: dict[str, object] = dict(answers_for_total(phq9, 0))
    answers["phq9_5"] = value
    with pytest.raises(AnswerError, match=message) as caught:
        score(phq9, answers)
    assert caught.value.item_id == "phq9_5"


def test_unknown_item_is_rejected(catalog: Catalog) -> None:
    answers: dict[str, object] = dict(answers_for_total(catalog.get("k6"), 0))
    answers["k6_7"] = 0
    with pytest.raises(AnswerError, match="no item 'k6_7'"):
        score(catalog.get("k6"), answers)


def test_result_carries_instrument_version_answers_and_flags(catalog: Catalog) -> None:
    phq9 = catalog.get("phq9")
    answers = {f"phq9_{i}": 3 for i in range(1, 10)}
    result = score(phq9, answers)
    assert result.instrument_id == "phq9"
    assert result.instrument_version == phq9.version
    assert dict(result.answers) == answers
    assert list(result.answers) == list(phq9.item_ids), "answers are kept in item order"
    assert (result.scores, result.bands, result.safety, result.severe) == (
        {"total": 27},
        {"total": "severe"},
        True,
        True,
    )
    assert result.suggestions[:3] == ("professional", "eap", "crisis_lines")
    record = json.loads(json.dumps(result.to_record()))
    assert record["version"] == phq9.version and record["answers"] == answers
    assert score(phq9, record["answers"]).scores == result.scores, "stored answers recompute the score"


def test_headless_dict_has_exactly_the_contract_keys(catalog: Catalog) -> None:
    result = score_in_order(catalog.get("who5"), [3, 3, 3, 2, 2])
    assert result.to_json_dict() == {
        "instrument": "who5",
        "scores": {"raw": 13, "percent": 52},
        "bands": {"percent": "good"},
        "safety": False,
    }


def test_suggestions_come_from_the_bands(catalog: Catalog) -> None:
    result = score_in_order(catalog.get("cbi"), [0] * 6 + [0] * 6 + [4] + [4] * 6)
    assert result.bands == {"personal": "low", "work": "low", "client": "high"}
    assert result.suggestions == ("break", "exercise", "rights", "eap")  # in score order, no repeats


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Fraction(45835, 1000), 2, Fraction(4584, 100)),
        (Fraction(1, 8), 2, Fraction(13, 100)),
        (Fraction(25, 6), 2, Fraction(417, 100)),
        (Fraction(-1, 8), 2, Fraction(-13, 100)),
        (Fraction(5, 2), 0, Fraction(3)),
    ],
)
def test_rounding_is_half_up_not_bankers(value: Fraction, decimals: int, expected: Fraction) -> None:
    assert round_half_up(value, decimals) == expected
