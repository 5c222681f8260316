"""What a trend chart shows, as plain data: series of (time, score), the axis and the band regions.

The chart widget and the PDF export draw from a Trend; deciding which scores to plot, where one
band ends and the next begins, and which band reads as "fine" or "needs attention" happens here,
Qt- and matplotlib-free. Texts are taken in the caller's language from the instrument file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from itertools import pairwise
from typing import Literal

from wellcare.assess.checkin import MOODS, CheckIn
from wellcare.assess.model import Band, Instrument
from wellcare.assess.scoring import score_bounds
from wellcare.assess.store import StoredResult

Tone = Literal["ok", "mid", "high"]  # keys of the UI palette's BAND_COLORS


@dataclass(frozen=True)
class BandRegion:
    low: float
    high: float
    tone: Tone
    label: str


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    points: tuple[tuple[datetime, float], ...]


@dataclass(frozen=True)
class Trend:
    title: str
    y_low: float
    y_high: float
    series: tuple[Series, ...]
    regions: tuple[BandRegion, ...] = ()
    y_label: str = ""

    @property
    def empty(self) -> bool:
        return not any(s.points for s in self.series)


def charted_keys(instrument: Instrument) -> tuple[str, ...]:
    """The scores a chart plots: those with bands (WHO-5 percent, not raw), else every score."""
    banded = tuple(rule.key for rule in instrument.scores if rule.key in instrument.band_sets)
    return banded or tuple(rule.key for rule in instrument.scores)


def higher_is_better(bands: Sequence[Band]) -> bool:
    """WHO-5's severe band is its lowest; everywhere else a higher score means more strain."""
    return bool(bands) and bands[0].severe and not bands[-1].severe


def band_tones(bands: Sequence[Band]) -> list[Tone]:
    """The best band reads "ok", the worst "high", everything between "mid"."""
    if not bands:
        return []
    tones: list[Tone] = ["mid"] * len(bands)
    best, worst = (len(bands) - 1, 0) if higher_is_better(bands) else (0, len(bands) - 1)
    tones[best] = "ok"
    tones[worst] = "high"
    return tones


def band_regions(instrument: Instrument, key: str, lang: str, sex: str | None = None) -> tuple[BandRegion, ...]:
    """Shaded regions for one score: adjacent bands meet halfway between their edge scores."""
    band_set = instrument.band_sets.get(key)
    if band_set is None or (band_set.sex_specific and sex is None):
        return ()
    bands = band_set.bands_for(sex if band_set.sex_specific else None)
    lo, hi = score_bounds(instrument, key)
    tones = band_tones(bands)
    edges: list[Fraction] = [Fraction(lo)]
    for lower, upper in pairwise(bands):
        edges.append((lower.range.high + upper.range.low) / 2)
    edges.append(Fraction(hi))
    return tuple(
        BandRegion(float(edges[i]), float(edges[i + 1]), tones[i], band.label.get(lang)) for i, band in enumerate(bands)
    )


def instrument_trend(instrument: Instrument, results: Sequence[StoredResult], lang: str) -> Trend:
    keys = charted_keys(instrument)
    bounds = [score_bounds(instrument, k) for k in keys]
    series = tuple(
        Series(
            key,
            instrument.score_rule(key).label.get(lang),
            tuple((r.completed_at, float(r.result.scores[key])) for r in results if key in r.result.scores),
        )
        for key in keys
    )
    sexes = {r.result.sex for r in results}
    sex = next(iter(sexes)) if len(sexes) == 1 else None
    return Trend(
        title=instrument.short_name.get(lang),
        y_low=float(min(b[0] for b in bounds)),
        y_high=float(max(b[1] for b in bounds)),
        series=series,
        regions=band_regions(instrument, keys[0], lang, sex),
        y_label=instrument.score_rule(keys[0]).label.get(lang) if len(keys) == 1 else "",
    )


def mood_trend(checkins: Sequence[CheckIn], title: str, label: str) -> Trend:
    points = tuple((c.at, float(c.mood)) for c in checkins)
    return Trend(title=title, y_low=float(MOODS[0]), y_high=float(MOODS[-1]), series=(Series("mood", label, points),))
