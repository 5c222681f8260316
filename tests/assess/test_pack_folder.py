"""The organisation's instrument-pack folder (policy `assess.instrument_packs`): packs in the same
format, validated strictly, a bad file named and skipped, never a crash; the shipped example pack
exercises subscales, the (Σ − n)/(3n) × 100 score and sex-specific cut-offs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wellcare import policy
from wellcare.assess import score_in_order
from wellcare.assess.errors import InstrumentFormatError
from wellcare.assess.loader import load_with_packs
from wellcare.paths import resource_dir

EXAMPLE = resource_dir() / "instrument-packs" / "example"


def example_doc() -> dict[str, object]:
    return json.loads((EXAMPLE / "example_els.json").read_text(encoding="utf-8"))


def test_the_example_pack_loads_and_scores_by_subscale_and_sex() -> None:
    loaded = load_with_packs(EXAMPLE.parent)
    assert loaded.problems == ()
    pack = loaded.catalog.get("example_els")
    assert not loaded.catalog.is_builtin("example_els") and loaded.catalog.is_builtin("phq9")
    assert [s.id for s in pack.subscales] == ["demand", "strain"] and pack.needs_sex
    # demand: d1..d3 = 2, 2, 3 and d4 = 3 reversed (5 − 3 = 2): Σ = 9, n = 4 -> (9 − 4)/12 × 100 = 41.67
    female = score_in_order(pack, [2, 2, 3, 3, 1, 1], sex="female")
    male = score_in_order(pack, [2, 2, 3, 3, 1, 1], sex="male")
    assert female.scores == male.scores == {"demand": 41.67, "strain": 0.0}
    assert (female.bands["demand"], male.bands["demand"]) == ("low", "high")  # the cut-offs differ by sex
    assert score_in_order(pack, [4, 4, 4, 1, 4, 4], sex="female").scores == {"demand": 100.0, "strain": 100.0}


def test_the_example_says_it_is_an_example() -> None:
    pack = load_with_packs(EXAMPLE.parent).catalog.get("example_els")
    assert "not a real scale" in pack.name.get("en") and "실제 척도가 아님" in pack.name.get("ko")
    assert pack.korean_rendering is not None and not pack.korean_rendering.validated


def test_a_bad_pack_is_named_and_skipped_and_the_good_ones_still_load(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "example")
    broken = example_doc()
    broken["id"] = "broken_pack"
    broken["items"][0]["response_set"] = "nowhere"  # type: ignore[index]
    (tmp_path / "broken_pack.json").write_text(json.dumps(broken), encoding="utf-8")
    (tmp_path / "not_json.json").write_text("{ this is not json", encoding="utf-8")
    twin = example_doc()
    twin["id"] = "phq9"  # may never replace a shipped questionnaire
    (tmp_path / "phq9.json").write_text(json.dumps(twin), encoding="utf-8")

    loaded = load_with_packs(tmp_path)
    assert "example_els" in loaded.catalog and "broken_pack" not in loaded.catalog
    assert loaded.catalog.get("phq9").name.get("en").startswith("Patient Health Questionnaire")
    assert len(loaded.problems) == 3
    named = "\n".join(loaded.problems)
    assert "broken_pack.json: items.d1.response_set: there is no response set 'nowhere'" in named
    assert "not_json.json" in named and "is not valid JSON" in named
    assert "phq9.json: id: 'phq9' is already defined by" in named


def test_a_missing_pack_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    loaded = load_with_packs(tmp_path / "nowhere")
    assert loaded.catalog.ids == load_with_packs(None).catalog.ids
    assert loaded.problems == (f"{tmp_path / 'nowhere'}: the instrument-pack folder does not exist",)


def test_broken_built_ins_still_stop_the_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(resource_dir() / "instruments", tmp_path / "instruments")
    (tmp_path / "instruments" / "who5.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr("wellcare.assess.loader.builtin_dir", lambda: tmp_path / "instruments")
    with pytest.raises(InstrumentFormatError, match=r"who5\.json"):
        load_with_packs(EXAMPLE)


def test_the_policy_key_names_the_folder_relative_to_the_policy_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[assess]\ninstrument_packs = "packs"\n', encoding="utf-8")
    assert policy.instrument_pack_folder(policy.load(path)) == tmp_path / "packs"
    path.write_text(f'[assess]\ninstrument_packs = "{tmp_path / "elsewhere"}"\n', encoding="utf-8")
    assert policy.instrument_pack_folder(policy.load(path)) == tmp_path / "elsewhere"
    assert policy.instrument_pack_folder(policy.Policy()) is None


def test_a_mistyped_policy_value_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[assess]\ninstrument_packs = 3\n", encoding="utf-8")
    with pytest.raises(policy.PolicyError, match=r"assess\.instrument_packs must be a folder path"):
        policy.load(path)
