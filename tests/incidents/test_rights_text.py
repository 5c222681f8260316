"""The Art. 41 rights panel: its words come from a checked data file, with where to turn and the fines."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wellcare.incidents.rights import RightsError, default_path, load_rights, read_rights
from wellcare.policy import Policy, PolicyError, local_centre, parse
from wellcare.ui.incidents.rights import RightsPanel

CENTRE = {
    "local_centre_name_en": "Seoul Emotional Labour Rights Centre",
    "local_centre_name_ko": "서울감정노동종사자권리보호센터",
    "local_centre_phone": "02-6958-8090",
}


def _doc() -> dict:  # type: ignore[type-arg]
    return json.loads(default_path().read_text(encoding="utf-8"))


def test_shipped_rights_carry_prevention_the_needed_measures_help_and_dated_sources() -> None:
    rights = load_rights()
    assert [i.term["en"] for i in rights.prevention] == [
        "A notice or voice announcement",
        "A response manual",
        "Training on it",
    ]
    assert len(rights.measures) == 4
    assert "not necessarily all four" in rights.measures_intro["en"]
    assert "필요한 조치" in rights.measures_intro["ko"]
    assert rights.labour_line_number == "1350"
    assert "10 million won" in rights.fines["en"] and "1 year" in rights.fines["en"]
    assert "1천만 원 이하의 과태료" in rights.fines["ko"] and "1년 이하의 징역" in rights.fines["ko"]
    assert rights.sources and all(s.retrieved.year >= 2026 for s in rights.sources)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d["measures"][0]["term"].pop("ko"), "measures[0].term.ko"),
        (lambda d: d["measures"].pop(), "measures"),
        (lambda d: d["sources"][0].update(retrieved="last week"), "sources[0].retrieved"),
        (lambda d: d["labour_line"].update(number="call us"), "labour_line.number"),
        (lambda d: d["fines"].update(en=" padded"), "fines.en"),
    ],
)
def test_a_broken_rights_file_is_refused_with_its_key(change, key: str) -> None:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(_doc())
    change(doc)
    with pytest.raises(RightsError) as caught:
        read_rights(doc, "osh_art41.json")
    assert caught.value.key == key
    assert str(caught.value).startswith("osh_art41.json: " + key)


def test_panel_in_english_names_duties_needed_measures_1350_and_fines(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = RightsPanel(language="en")
    qtbot.addWidget(panel)
    text = panel.text()
    for phrase in (
        "Article 41",
        "A notice or voice announcement",
        "A response manual",
        "Training on it",
        "not necessarily all four",
        "If your employer does not act",
        "Ministry of Employment and Labor",
        "1350",
        "10 million won",
        "No disadvantage for asking",
    ):
        assert phrase in text, phrase
    assert "Emotional Labour Rights Centre" not in text  # nothing when the policy names no centre


def test_local_centre_comes_from_the_policy_in_the_panel_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = "\n".join(f'{k} = "{v}"' for k, v in CENTRE.items())
    policy = parse(f"[rights]\n{body}\n", tmp_path / "policy.toml")
    assert local_centre(policy, "ko") == (CENTRE["local_centre_name_ko"], "02-6958-8090")
    english, korean = RightsPanel(policy=policy, language="en"), RightsPanel(policy=policy, language="ko")
    qtbot.addWidget(english)
    qtbot.addWidget(korean)
    assert "Seoul Emotional Labour Rights Centre: <b>02-6958-8090</b>" in english.help_lines.text()
    assert "서울감정노동종사자권리보호센터: <b>02-6958-8090</b>" in korean.help_lines.text()
    assert local_centre(Policy(), "en") is None


def test_a_half_named_local_centre_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"rights\.local_centre_name_ko"):
        parse('[rights]\nlocal_centre_name_en = "Centre"\nlocal_centre_phone = "02-1"\n', tmp_path / "p.toml")
    with pytest.raises(PolicyError, match=r"rights\.local_centre_phone"):
        parse('[rights]\nlocal_centre_phone = "call us"\n', tmp_path / "p.toml")


def test_korean_panel_says_it_all_in_korean(qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        panel = RightsPanel()
        qtbot.addWidget(panel)
        text = panel.text()
        for phrase in (
            "문구 게시 또는 음성 안내",
            "고객응대업무 매뉴얼",
            "필요한 조치",
            "고용노동부",
            "1350",
            "과태료",
        ):
            assert phrase in text, phrase
        assert "employer" not in text and "Article" not in text and "checked" not in text
    finally:
        translations.install("en")
