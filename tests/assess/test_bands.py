"""Every band boundary in INSTRUMENTS.md, scored through the real engine and the shipped files."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.assess.helpers import answers_for_scored_sums, answers_for_total
from wellcare.assess import Catalog, score

# (instrument, total, band id, severe) at both ends of every band
SUM_BOUNDARIES = [
    ("phq9", 0, "minimal", False),
    ("phq9", 4, "minimal", False),
    ("phq9", 5, "mild", False),
    ("phq9", 9, "mild", False),
    ("phq9", 10, "moderate", False),
    ("phq9", 14, "moderate", False),
    ("phq9", 15, "moderately_severe", False),
    ("phq9", 19, "moderately_severe", False),
    ("phq9", 20, "severe", True),
    ("phq9", 27, "severe", True),
    ("gad7", 0, "minimal", False),
    ("gad7", 4, "minimal", False),
    ("gad7", 5, "mild", False),
    ("gad7", 9, "mild", False),
    ("gad7", 10, "moderate", False),
    ("gad7", 14, "moderate", False),
    ("gad7", 15, "severe", True),
    ("gad7", 21, "severe", True),
    ("k6", 0, "low", False),
    ("k6", 4, "low", False),
    ("k6", 5, "moderate", False),
    ("k6", 12, "moderate", False),
    ("k6", 13, "serious", True),
    ("k6", 24, "serious", True),
    ("pss10", 0, "low", False),
    ("pss10", 13, "low", False),
    ("pss10", 14, "moderate", False),
    ("pss10", 26, "moderate", False),
    ("pss10", 27, "high", False),
    ("pss10", 40, "high", False),
]


@pytest.mark.parametrize(("instrument_id", "total", "band", "severe"), SUM_BOUNDARIES)
def test_sum_instrument_band_boundaries(
    catalog: Catalog, instrument_id: str, total: int, band: str, severe: bool
) -> None:
    instrument = catalog.get(instrument_id)
    result = score(instrument, answers_for_total(instrument, total))
    assert result.scores == {"total": total}
    assert result.bands == {"total": band}
    assert result.severe is severe


@pytest.mark.parametrize(
    ("raw", "percent", "band", "severe"),
    [
        (0, 0, "likely_depression", True),
        (7, 28, "likely_depression", True),
        (8, 32, "poor", False),
        (12, 48, "poor", False),
        (13, 52, "good", False),
        (25, 100, "good", False),
    ],
)
def test_who5_percent_band_boundaries(catalog: Catalog, raw: int, percent: int, band: str, severe: bool) -> None:
    who5 = catalog.get("who5")
    result = score(who5, answers_for_total(who5, raw))
    assert result.scores == {"raw": raw, "percent": percent}
    assert result.bands == {"percent": band}
    assert result.severe is severe


@pytest.mark.parametrize(
    ("percent", "band"),
    [(28, "likely_depression"), (29, "poor"), (50, "poor"), (Fraction(5001, 100), "good"), (51, "good")],
)
def test_who5_bands_follow_the_published_ranges_between_steps(catalog: Catalog, percent: Fraction, band: str) -> None:
    """good > 50, poor 29–50, likely_depression ≤ 28, even at values the 4-point steps skip."""
    found = catalog.get("who5").band_sets["percent"].find(percent)
    assert found is not None and found.id == band


@pytest.mark.parametrize(
    ("subscale", "items", "points_sum", "mean", "band"),
    [
        ("personal", ("P1", "P2", "P3", "P4", "P5", "P6"), 0, 0.0, "low"),
        ("personal", ("P1", "P2", "P3", "P4", "P5", "P6"), 11, 45.83, "low"),
        ("personal", ("P1", "P2", "P3", "P4", "P5", "P6"), 12, 50.0, "high"),
        ("personal", ("P1", "P2", "P3", "P4", "P5", "P6"), 24, 100.0, "high"),
        ("work", ("W1", "W2", "W3", "W4", "W5", "W6", "W7"), 0, 0.0, "low"),
        ("work", ("W1", "W2", "W3", "W4", "W5", "W6", "W7"), 13, 46.43, "low"),
        ("work", ("W1", "W2", "W3", "W4", "W5", "W6", "W7"), 14, 50.0, "high"),
        ("work", ("W1", "W2", "W3", "W4", "W5", "W6", "W7"), 28, 100.0, "high"),
        ("client", ("C1", "C2", "C3", "C4", "C5", "C6"), 0, 0.0, "low"),
        ("client", ("C1", "C2", "C3", "C4", "C5", "C6"), 11, 45.83, "low"),
        ("client", ("C1", "C2", "C3", "C4", "C5", "C6"), 12, 50.0, "high"),
        ("client", ("C1", "C2", "C3", "C4", "C5", "C6"), 24, 100.0, "high"),
    ],
)
def test_cbi_subscale_band_boundaries(
    catalog: Catalog, subscale: str, items: tuple[str, ...], points_sum: int, mean: float, band: str
) -> None:
    cbi = catalog.get("cbi")
    result = score(cbi, answers_for_scored_sums(cbi, {items: points_sum}))
    assert result.scores[subscale] == mean
    assert result.bands[subscale] == band
    assert result.severe is False


@pytest.mark.parametrize(("value", "band"), [(Fraction(4999, 100), "low"), (50, "high")])
def test_cbi_threshold_is_fifty(catalog: Catalog, value: Fraction, band: str) -> None:
    for subscale in ("personal", "work", "client"):
        found = catalog.get("cbi").band_sets[subscale].find(value)
        assert found is not None and found.id == band


def test_severe_bands_are_exactly_those_the_safety_section_names(catalog: Catalog) -> None:
    severe = {
        (instrument.id, key, band.id)
        for instrument in catalog
        for key, band_set in instrument.band_sets.items()
        for band in band_set.bands
        if band.severe
    }
    assert severe == {
        ("phq9", "total", "severe"),
        ("gad7", "total", "severe"),
        ("k6", "total", "serious"),
        ("who5", "percent", "likely_depression"),
    }


def test_band_ids_match_instruments_md(catalog: Catalog) -> None:
    ids = {
        (instrument.id, key): [b.id for b in band_set.bands]
        for instrument in catalog
        for key, band_set in instrument.band_sets.items()
    }
    assert ids == {
        ("phq9", "total"): ["minimal", "mild", "moderate", "moderately_severe", "severe"],
        ("gad7", "total"): ["minimal", "mild", "moderate", "severe"],
        ("who5", "percent"): ["likely_depression", "poor", "good"],
        ("k6", "total"): ["low", "moderate", "serious"],
        ("pss10", "total"): ["low", "moderate", "high"],
        ("cbi", "personal"): ["low", "high"],
        ("cbi", "work"): ["low", "high"],
        ("cbi", "client"): ["low", "high"],
    }


def test_pss10_bands_are_marked_relative(catalog: Catalog) -> None:
    assert catalog.get("pss10").band_sets["total"].relative is True
    assert catalog.get("pss10").band_sets["total"].note is not None
