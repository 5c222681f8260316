"""Instrument definitions as immutable data.

The JSON files under resources/instruments are read into these classes once, after validation,
so the scorer and the UI never touch raw dictionaries. Nothing here scores anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Literal

FORMAT_VERSION = 1

Sex = Literal["female", "male"]
SEXES: tuple[Sex, ...] = ("female", "male")

ScoreMethod = Literal["sum", "mean_points", "range_percent", "derived"]
SCORE_METHODS: tuple[str, ...] = ("sum", "mean_points", "range_percent", "derived")

# Suggestion ids the results screen knows how to show; a typo in a pack is caught at load.
SUGGESTION_IDS: frozenset[str] = frozenset(
    {
        "break",  # take a recovery break now
        "exercise",  # a guided breathing or decompression exercise
        "program",  # the healing programs
        "eap",  # request a confidential EAP session
        "professional",  # recommend a professional assessment
        "crisis_lines",  # show the crisis lines
        "rights",  # the customer-facing worker's rights (OSH Act Art. 41)
        "recheck",  # take the questionnaire again in two weeks
        "screen_phq9",  # take the PHQ-9 (WHO-5's own guidance after a low score)
    }
)

# What a result asks the counselor to follow up on, in this (stable) order: `wellcare score`'s
# "follow_up" list and the cards the result screen leads with. A subset of SUGGESTION_IDS.
FOLLOW_UP_IDS: tuple[str, ...] = ("crisis_lines", "professional", "eap", "screen_phq9")
# A fired safety rule (PHQ-9 item 9 ≥ 1) always leads to all of these, whatever the score.
SAFETY_FOLLOW_UP: tuple[str, ...] = ("crisis_lines", "professional", "eap")

SAFETY_ACTIONS: frozenset[str] = frozenset({"crisis"})
KOREAN_SOURCES: frozenset[str] = frozenset({"published", "adapted", "app"})


@dataclass(frozen=True)
class Text:
    """One user-facing string in every language the instrument declares."""

    by_lang: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in `lang`, or in the instrument's first language when `lang` is missing."""
        if lang in self.by_lang:
            return self.by_lang[lang]
        return next(iter(self.by_lang.values()))


@dataclass(frozen=True)
class ResponseOption:
    value: int
    label: Text


@dataclass(frozen=True)
class ResponseSet:
    """The answer options of an item, in display order; `value` is the published raw value."""

    id: str
    options: tuple[ResponseOption, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    @property
    def low(self) -> int:
        return min(self.values)

    @property
    def high(self) -> int:
        return max(self.values)


@dataclass(frozen=True)
class Item:
    id: str
    text: Text
    response_set: ResponseSet
    reverse: bool = False
    # Sensitive items (PHQ-9 item 9) must never leave the workstation, not even in aggregates.
    sensitive: bool = False


@dataclass(frozen=True)
class Subscale:
    id: str
    label: Text
    item_ids: tuple[str, ...]


@dataclass(frozen=True)
class ScoreRule:
    """How one score is computed.

    sum: Σ scored values. mean_points: mean of points_per_value × scored value.
    range_percent: (Σ − Σmin) / (Σmax − Σmin) × 100, i.e. (Σ − n)/(3n) × 100 on 1–4 answers.
    derived: source score × multiply + add (WHO-5 percent = raw × 4).
    """

    key: str
    label: Text
    method: ScoreMethod
    item_ids: tuple[str, ...] = ()
    points_per_value: Fraction = Fraction(1)
    source: str | None = None
    multiply: Fraction = Fraction(1)
    add: Fraction = Fraction(0)
    decimals: int | None = None


@dataclass(frozen=True)
class ScoreRange:
    """A band's interval; each end is inclusive or exclusive, so `< 50` and `> 50` are exact."""

    low: Fraction
    low_inclusive: bool
    high: Fraction
    high_inclusive: bool

    def contains(self, value: Fraction | int | float) -> bool:
        v = Fraction(value)
        above_low = v >= self.low if self.low_inclusive else v > self.low
        below_high = v <= self.high if self.high_inclusive else v < self.high
        return above_low and below_high


@dataclass(frozen=True)
class Band:
    id: str
    range: ScoreRange
    label: Text
    meaning: Text
    severe: bool = False
    helps: tuple[str, ...] = ()


@dataclass(frozen=True)
class BandSet:
    """Bands for one score key: one list, or one list per sex where cut-offs differ by sex."""

    score_key: str
    bands: tuple[Band, ...] = ()
    by_sex: Mapping[str, tuple[Band, ...]] = field(default_factory=dict)
    relative: bool = False
    note: Text | None = None

    @property
    def sex_specific(self) -> bool:
        return bool(self.by_sex)

    def bands_for(self, sex: str | None) -> tuple[Band, ...]:
        """The band list that applies; sex-specific sets need a sex (the caller checks)."""
        if not self.by_sex:
            return self.bands
        if sex is None or sex not in self.by_sex:
            raise KeyError(sex)
        return self.by_sex[sex]

    def find(self, value: Fraction | int | float, sex: str | None = None) -> Band | None:
        for band in self.bands_for(sex):
            if band.range.contains(value):
                return band
        return None


@dataclass(frozen=True)
class SafetyRule:
    """An item answer that triggers an action regardless of the score (PHQ-9 item 9 ≥ 1)."""

    id: str
    item_id: str
    at_least: int
    action: str
    # What the result says instead of the band's meaning once the rule fired (the score may be low).
    meaning: Text | None = None


@dataclass(frozen=True)
class FollowUpRule:
    """The instrument's own guidance for what to do next: when a score, or any answer, is in a range.

    WHO-5: raw < 13 or any item answered 0 or 1 -> take the PHQ-9. PHQ-9 ≥ 10 -> a professional
    or the EAP office; `assessment` asks for the "we recommend a professional assessment" card.
    """

    id: str
    suggest: tuple[str, ...]
    score_key: str | None = None
    score_range: ScoreRange | None = None
    any_item: ScoreRange | None = None
    assessment: bool = False


@dataclass(frozen=True)
class KoreanRendering:
    """Where the Korean wording comes from: a published version, adapted from one, or ours.

    `validated` says whether a validation study of this Korean version exists (`validation` cites
    it); cut-offs of an unvalidated version are a rough guide and never raise an urgent referral alone.
    """

    source: str
    reference: str
    note: Text
    validated: bool = False
    validation: str = ""


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    languages: tuple[str, ...]
    name: Text
    short_name: Text
    measures: Text
    instructions: Text
    recall_period: Text
    response_sets: Mapping[str, ResponseSet]
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    scores: tuple[ScoreRule, ...]
    band_sets: Mapping[str, BandSet]
    safety: tuple[SafetyRule, ...]
    licence_status: str
    licence: Text
    attribution: Text
    citation: str
    korean_rendering: KoreanRendering | None
    source_path: Path | None = None
    follow_up: tuple[FollowUpRule, ...] = ()
    intro_note: Text | None = None  # said before the first item, e.g. what a sensitive item leads to

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def score_rule(self, key: str) -> ScoreRule:
        for rule in self.scores:
            if rule.key == key:
                return rule
        raise KeyError(key)

    def validated_in(self, lang: str) -> bool:
        """False when the texts in `lang` are an unvalidated translation (only Korean is tracked)."""
        if lang != "ko" or self.korean_rendering is None:
            return True
        return self.korean_rendering.validated

    @property
    def needs_sex(self) -> bool:
        """True when some cut-offs differ by sex, so the UI must ask before scoring."""
        return any(bs.sex_specific for bs in self.band_sets.values())

    def band(self, score_key: str, band_id: str, sex: str | None = None) -> Band:
        """Look up a band's texts by id, e.g. to show a stored result."""
        for b in self.band_sets[score_key].bands_for(sex):
            if b.id == band_id:
                return b
        raise KeyError(band_id)
