"""An org pack in the KOSS/KELS style: 1–4 answers, (Σ − n)/(3n) × 100 subscales, sex-specific cut-offs."""

from __future__ import annotations

import io
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from wellcare.assess import (
    InstrumentFormatError,
    MissingSexError,
    load_catalog,
    run_score,
    score,
    score_bounds,
    score_in_order,
)
from wellcare.assess.model import Instrument


def tx(en: str, ko: str) -> dict[str, str]:
    return {"ko": ko, "en": en}


def band(band_id: str, rng: dict[str, float], severe: bool = False) -> dict[str, Any]:
    return {
        "id": band_id,
        "range": rng,
        "label": tx(band_id, "구간 " + band_id),
        "meaning": tx(f"{band_id} meaning", f"{band_id} 설명"),
        "severe": severe,
        "helps": ["eap"] if severe else ["break"],
    }


def pack() -> dict[str, Any]:
    """Two subscales of 1–4 answers; `demand` has cut-offs that differ by sex (values illustrative)."""
    agree = [
        {"value": 1, "label": tx("Strongly disagree", "전혀 그렇지 않다")},
        {"value": 2, "label": tx("Disagree", "그렇지 않다")},
        {"value": 3, "label": tx("Agree", "그렇다")},
        {"value": 4, "label": tx("Strongly agree", "매우 그렇다")},
    ]
    items = [{"id": f"d{i}", "text": tx(f"Demand {i}", f"직무 요구 {i}"), "response_set": "agree"} for i in range(1, 5)]
    items += [
        {"id": f"s{i}", "text": tx(f"Support {i}", f"사회적 지지 {i}"), "response_set": "agree"} for i in (1, 2, 3)
    ]
    return {
        "format": 1,
        "id": "koss_demo",
        "version": "2024.1",
        "languages": ["ko", "en"],
        "name": tx("Occupational stress (demo pack)", "직무 스트레스 (예시 팩)"),
        "short_name": tx("KOSS demo", "KOSS 예시"),
        "measures": tx("Occupational stress", "직무 스트레스"),
        "instructions": tx("Choose the answer that fits best.", "가장 알맞은 답을 고르십시오."),
        "recall_period": tx("These days", "요즘"),
        "response_sets": {"agree": agree},
        "items": items,
        "reverse_scored": ["s3"],
        "subscales": [
            {"id": "demand", "label": tx("Job demand", "직무 요구"), "items": ["d1", "d2", "d3", "d4"]},
            {"id": "support", "label": tx("Lack of support", "사회적 지지 부족"), "items": ["s1", "s2", "s3"]},
        ],
        "scores": [
            {
                "key": "demand",
                "label": tx("Job demand", "직무 요구"),
                "method": "range_percent",
                "over": "demand",
                "decimals": 2,
            },
            {
                "key": "support",
                "label": tx("Lack of support", "사회적 지지 부족"),
                "method": "range_percent",
                "over": "support",
                "decimals": 2,
            },
            {"key": "total", "label": tx("Total", "총점"), "method": "range_percent", "over": "all", "decimals": 1},
        ],
        "bands": {
            "demand": {
                "by_sex": {
                    "female": [band("low", {"min": 0, "max": 50}), band("high", {"above": 50, "max": 100}, True)],
                    "male": [band("low", {"min": 0, "max": 41.67}), band("high", {"above": 41.67, "max": 100}, True)],
                }
            },
            "support": {"bands": [band("low", {"min": 0, "below": 50}), band("high", {"min": 50, "max": 100})]},
        },
        "licence": {"status": "org_licensed", "text": tx("Used under the organisation's licence.", "기관 사용 허가")},
        "attribution": tx("Demo pack for tests", "시험용 예시 팩"),
        "korean_rendering": {"source": "published", "reference": "demo", "note": tx("Demo only.", "예시입니다.")},
    }


@pytest.fixture
def koss(tmp_path: Path) -> Instrument:
    (tmp_path / "koss_demo.json").write_text(json.dumps(pack(), ensure_ascii=False), encoding="utf-8")
    return load_catalog([tmp_path]).get("koss_demo")


def test_pack_loads_next_to_the_builtins(koss: Instrument) -> None:
    assert koss.needs_sex is True
    assert [s.id for s in koss.subscales] == ["demand", "support"]
    assert score_bounds(koss, "demand") == (0.0, 100.0)


@pytest.mark.parametrize(
    ("demand_answers", "expected"),
    [
        ((1, 1, 1, 1), 0.0),
        ((4, 4, 4, 4), 100.0),
        ((2, 2, 2, 3), 41.67),  # Σ = 9, n = 4: (9 − 4) / 12 × 100 = 41.666…
        ((2, 2, 3, 3), 50.0),  # Σ = 10: (10 − 4) / 12 × 100
        ((1, 2, 3, 4), 50.0),
    ],
)
def test_range_percent_transform(koss: Instrument, demand_answers: tuple[int, ...], expected: float) -> None:
    result = score_in_order(koss, [*demand_answers, 1, 1, 4], sex="female")
    assert result.scores["demand"] == expected
    exact = (Fraction(sum(demand_answers)) - 4) / (3 * 4) * 100
    assert abs(result.scores["demand"] - float(exact)) < 0.005


def test_reversed_item_on_a_one_to_four_scale_is_five_minus_x(koss: Instrument) -> None:
    assert score_in_order(koss, [1, 1, 1, 1, 1, 1, 4], sex="male").scores["support"] == 0.0  # s3: 5 − 4 = 1
    assert score_in_order(koss, [1, 1, 1, 1, 1, 1, 1], sex="male").scores["support"] == 33.33  # (6 − 3) / 9


def test_total_over_all_items(koss: Instrument) -> None:
    result = score_in_order(koss, [4, 4, 4, 4, 4, 4, 1], sex="male")
    assert result.scores["total"] == 100.0
    assert "total" not in result.bands  # scores need not have bands


@pytest.mark.parametrize(
    ("demand_answers", "sex", "band", "severe"),
    [
        ((2, 2, 2, 3), "female", "low", False),  # 41.67
        ((2, 2, 2, 3), "male", "low", False),  # 41.67: the male cut-off is inclusive
        ((2, 2, 3, 3), "female", "low", False),  # 50.00
        ((2, 2, 3, 3), "male", "high", True),  # 50.00 is above the male cut-off
        ((2, 3, 3, 3), "female", "high", True),  # 58.33
    ],
)
def test_sex_specific_cut_offs(
    koss: Instrument, demand_answers: tuple[int, ...], sex: str, band: str, severe: bool
) -> None:
    result = score_in_order(koss, [*demand_answers, 1, 1, 4], sex=sex)
    assert result.bands["demand"] == band
    assert result.bands["support"] == "low"
    assert result.severe is severe
    assert result.sex == sex
    assert koss.band("demand", band, sex).label.get("ko") == f"구간 {band}"


def test_sex_is_required_for_sex_specific_cut_offs(koss: Instrument) -> None:
    with pytest.raises(MissingSexError, match="koss_demo"):
        score_in_order(koss, [1] * 7)
    with pytest.raises(ValueError, match="sex must be one of"):
        score_in_order(koss, [1] * 7, sex="other")


def test_headless_command_scores_the_pack(tmp_path: Path) -> None:
    (tmp_path / "koss_demo.json").write_text(json.dumps(pack(), ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog([tmp_path])
    out, err = io.StringIO(), io.StringIO()
    assert run_score("koss_demo", "2,2,3,3,1,1,4", out, err, catalog=catalog, sex="male") == 0
    assert json.loads(out.getvalue()) == {
        "instrument": "koss_demo",
        "scores": {"demand": 50.0, "support": 0.0, "total": 28.6},
        "bands": {"demand": "high", "support": "low"},
        "safety": False,
        "follow_up": ["professional", "eap"],  # a severe band recommends a professional assessment
    }
    out, err = io.StringIO(), io.StringIO()
    assert run_score("koss_demo", "2,2,3,3,1,1,4", out, err, catalog=catalog) == 2
    assert "cut-offs differ by sex" in err.getvalue() and out.getvalue() == ""


def test_score_accepts_mapping_in_any_order(koss: Instrument) -> None:
    answers = dict(reversed(list(zip(koss.item_ids, [2, 2, 3, 3, 1, 1, 4], strict=True))))
    assert score(koss, answers, sex="female").scores["demand"] == 50.0


def test_sex_sets_must_share_band_ids(tmp_path: Path) -> None:
    doc = pack()
    doc["bands"]["demand"]["by_sex"]["male"][1]["id"] = "elevated"
    (tmp_path / "koss_demo.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InstrumentFormatError, match="same band ids") as caught:
        load_catalog([tmp_path])
    assert caught.value.key == "bands.demand.by_sex"


def test_sex_sets_are_each_checked_for_coverage(tmp_path: Path) -> None:
    doc = pack()
    doc["bands"]["demand"]["by_sex"]["male"][1]["range"] = {"above": 50, "max": 100}
    (tmp_path / "koss_demo.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InstrumentFormatError, match=r"possible score 50\.0 falls in no band") as caught:
        load_catalog([tmp_path])
    assert caught.value.key == "bands.demand.by_sex.male"


def test_both_sexes_are_required(tmp_path: Path) -> None:
    doc = pack()
    del doc["bands"]["demand"]["by_sex"]["male"]
    (tmp_path / "koss_demo.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InstrumentFormatError, match=r"bands\.demand\.by_sex\.male: is missing"):
        load_catalog([tmp_path])
