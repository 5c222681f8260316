"""The headless `wellcare score <id> <answers>` contract (INSTRUMENTS.md, "Headless scoring")."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from wellcare.assess import Catalog, run_score


def run(instrument_id: str, answers: str, catalog: Catalog) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_score(instrument_id, answers, out, err, catalog=catalog)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("instrument_id", "answers", "expected"),
    [
        (
            "phq9",
            "0,0,0,0,0,0,0,0,1",
            {"instrument": "phq9", "scores": {"total": 1}, "bands": {"total": "minimal"}, "safety": True},
        ),
        (
            "phq9",
            "3,3,3,3,3,3,2,0,0",
            {"instrument": "phq9", "scores": {"total": 20}, "bands": {"total": "severe"}, "safety": False},
        ),
        (
            "gad7",
            "1,1,1,1,1,0,0",
            {"instrument": "gad7", "scores": {"total": 5}, "bands": {"total": "mild"}, "safety": False},
        ),
        (
            "who5",
            "3,3,2,2,2",
            {"instrument": "who5", "scores": {"raw": 12, "percent": 48}, "bands": {"percent": "poor"}, "safety": False},
        ),
        (
            "k6",
            "3,2,2,2,2,2",
            {"instrument": "k6", "scores": {"total": 13}, "bands": {"total": "serious"}, "safety": False},
        ),
        (
            "pss10",
            "0,0,0,0,0,0,0,0,0,0",
            {"instrument": "pss10", "scores": {"total": 16}, "bands": {"total": "moderate"}, "safety": False},
        ),
        (
            "cbi",
            "2,2,2,2,2,1, 2,2,2,2,2,2,4, 2,2,2,2,2,2",
            {
                "instrument": "cbi",
                "scores": {"personal": 45.83, "work": 42.86, "client": 50.0},
                "bands": {"personal": "low", "work": "low", "client": "high"},
                "safety": False,
            },
        ),
    ],
)
def test_prints_one_json_object_and_exits_0(
    catalog: Catalog, instrument_id: str, answers: str, expected: dict[str, Any]
) -> None:
    code, out, err = run(instrument_id, answers, catalog)
    assert (code, err) == (0, "")
    assert out.endswith("\n") and out.count("\n") == 1
    parsed = json.loads(out)
    assert {key: parsed[key] for key in expected} == expected  # the contract's fields, exactly as before
    assert list(parsed) == ["instrument", "scores", "bands", "safety", "follow_up"]


def test_cbi_scores_are_printed_with_two_decimals(catalog: Catalog) -> None:
    _, out, _ = run("cbi", "1,0,0,0,0,0, 0,0,0,0,0,0,4, 0,0,0,0,0,0", catalog)
    assert '"personal": 4.17' in out and '"work": 0.0' in out


def test_integers_stay_integers(catalog: Catalog) -> None:
    _, out, _ = run("who5", "5,5,5,5,5", catalog)
    assert '"raw": 25,' in out and '"percent": 100}' in out


@pytest.mark.parametrize(
    ("instrument_id", "answers", "names"),
    [
        ("phq9", "0,0,0,0,0,0,0,0", "phq9_9"),  # one too few: the missing item is named
        ("phq9", "1,2", "phq9_3"),
        ("phq9", "", "phq9_1"),
        ("phq9", "0,0,0,0,0,0,0,0,0,0", "phq9_9"),  # one too many: names the last item
        ("gad7", "0,0,4,0,0,0,0", "gad7_3"),  # out of range
        ("gad7", "0,0,0,0,0,0,-1", "gad7_7"),
        ("who5", "6,0,0,0,0", "who5_1"),
        ("k6", "0,0,0,x,0,0", "k6_4"),  # not an integer
        ("k6", "0,0,0,0,1.5,0", "k6_5"),
        ("k6", "0,0,,0,0,0", "k6_3"),  # empty
        ("k6", "0,0,0,0,1_0,0", "k6_5"),  # int() would accept this
        ("pss10", "0,0,0,0,0,0,0,0,0,٣", "pss10_10"),  # a non-ASCII digit
        ("cbi", "0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0", "W7"),
    ],
)
def test_bad_answers_exit_2_with_one_line_naming_the_item(
    catalog: Catalog, instrument_id: str, answers: str, names: str
) -> None:
    code, out, err = run(instrument_id, answers, catalog)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert names in err


def test_unknown_instrument_exits_2(catalog: Catalog) -> None:
    code, out, err = run("bdi", "0,0,0", catalog)
    assert (code, out) == (2, "")
    assert "unknown instrument 'bdi'" in err and err.count("\n") == 1


def test_whitespace_around_values_is_allowed(catalog: Catalog) -> None:
    code, out, _ = run("gad7", " 1, 1 ,1,1,1,0,0 ", catalog)
    assert code == 0 and json.loads(out)["scores"] == {"total": 5}


def test_loads_the_builtins_when_no_catalog_is_given() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_score("phq9", "0,0,0,0,0,0,0,0,0", out, err) == 0
    assert json.loads(out.getvalue())["bands"] == {"total": "minimal"}


def test_korean_text_never_appears_in_the_contract(catalog: Catalog) -> None:
    """Band values are ids, not labels, so scripts get the same output in any locale."""
    _, out, _ = run("cbi", ",".join(["4"] * 19), catalog)
    assert out.isascii()
