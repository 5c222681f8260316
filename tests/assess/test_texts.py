"""Every shipped instrument has complete, non-empty English and Korean texts everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from wellcare.assess import Catalog, load_catalog
from wellcare.assess.model import Instrument, Text

HANGUL = re.compile(r"[\uac00-\ud7a3]")
IDS = ["phq9", "gad7", "who5", "k6", "pss10", "cbi"]


def texts(instrument: Instrument) -> Iterator[tuple[str, Text, bool]]:
    """(where, text, must the Korean contain Hangul) for every user-facing text."""
    for name in ("name", "measures", "instructions", "recall_period", "licence"):
        yield name, getattr(instrument, name), True
    yield "short_name", instrument.short_name, False  # "PHQ-9" is the same in both
    yield "attribution", instrument.attribution, False  # author names
    for rs in instrument.response_sets.values():
        for opt in rs.options:
            yield f"response_sets.{rs.id}.{opt.value}", opt.label, True
    for item in instrument.items:
        yield f"items.{item.id}", item.text, True
    for sub in instrument.subscales:
        yield f"subscales.{sub.id}", sub.label, True
    for rule in instrument.scores:
        yield f"scores.{rule.key}", rule.label, True
    for key, band_set in instrument.band_sets.items():
        if band_set.note is not None:
            yield f"bands.{key}.note", band_set.note, True
        for band in band_set.bands:
            yield f"bands.{key}.{band.id}.label", band.label, True
            yield f"bands.{key}.{band.id}.meaning", band.meaning, True
    assert instrument.korean_rendering is not None
    yield "korean_rendering.note", instrument.korean_rendering.note, True


@pytest.mark.parametrize("instrument_id", IDS)
def test_every_text_is_complete_in_english_and_korean(catalog: Catalog, instrument_id: str) -> None:
    instrument = catalog.get(instrument_id)
    assert instrument.languages == ("en", "ko")
    seen = 0
    for where, text, hangul in texts(instrument):
        assert set(text.by_lang) == {"en", "ko"}, where
        for lang in ("en", "ko"):
            assert text.get(lang).strip(), f"{instrument_id} {where} {lang} is empty"
        if where != "korean_rendering.note":  # that note may quote the Korean wording it explains
            assert not HANGUL.search(text.get("en")), f"{instrument_id} {where}: Korean in the English text"
        if hangul:
            assert HANGUL.search(text.get("ko")), f"{instrument_id} {where}: the Korean text is not Korean"
        seen += 1
    assert seen > len(instrument.items)


@pytest.mark.parametrize("instrument_id", IDS)
def test_korean_source_is_declared(catalog: Catalog, instrument_id: str) -> None:
    rendering = catalog.get(instrument_id).korean_rendering
    assert rendering is not None and rendering.reference.strip()
    expected = {"phq9": "published", "gad7": "published", "pss10": "published", "who5": "adapted"}
    assert rendering.source == expected.get(instrument_id, "app")


def test_cbi_client_items_speak_of_callers(catalog: Catalog) -> None:
    for item in catalog.get("cbi").items:
        if item.id.startswith("C"):
            assert "민원인" in item.text.get("ko") and "callers" in item.text.get("en"), item.id


def test_licence_and_attribution_follow_instruments_md(catalog: Catalog) -> None:
    attribution = {i.id: i.attribution.get("en") for i in catalog}
    assert attribution["phq9"] == attribution["gad7"]
    assert "Spitzer" in attribution["phq9"] and "Pfizer" in attribution["phq9"]
    assert "Psychiatric Research Unit" in attribution["who5"]
    assert attribution["k6"] == "Kessler et al., 2003"
    assert attribution["pss10"] == "Cohen, Kamarck & Mermelstein, 1983"
    assert attribution["cbi"] == "Kristensen, Borritz, Villadsen & Christensen, 2005"
    assert catalog.get("pss10").licence_status == "free_non_commercial"
    assert catalog.get("k6").licence_status == "public_domain"


def test_text_falls_back_to_the_first_language() -> None:
    assert load_catalog().get("phq9").name.get("ja") == "Patient Health Questionnaire-9 (PHQ-9)"
