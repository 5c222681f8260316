"""The outcome of scoring one filled-in questionnaire.

A result keeps the raw item answers and the instrument version next to the scores, so any
stored result can be recomputed if a rule is ever corrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ScoreValue = int | float


@dataclass(frozen=True)
class Result:
    instrument_id: str
    instrument_version: str
    answers: Mapping[str, int]  # item id -> published raw value, before any reversal
    scores: Mapping[str, ScoreValue]  # score key -> value (rounded as the instrument says)
    bands: Mapping[str, str]  # score key -> band id
    safety: bool  # a safety rule fired: show the crisis response before the score
    severe: bool  # some band is marked severe: recommend a professional assessment
    safety_rules: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # "what helps" ids: severe bands' first, then score order; no repeats
    sex: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The headless `wellcare score` object, exactly the keys INSTRUMENTS.md promises."""
        return {
            "instrument": self.instrument_id,
            "scores": dict(self.scores),
            "bands": dict(self.bands),
            "safety": self.safety,
        }

    def to_record(self) -> dict[str, Any]:
        """Everything needed to store the result and recompute it later (JSON-ready)."""
        return {
            "instrument": self.instrument_id,
            "version": self.instrument_version,
            "answers": dict(self.answers),
            "scores": dict(self.scores),
            "bands": dict(self.bands),
            "safety": self.safety,
            "severe": self.severe,
            "safety_rules": list(self.safety_rules),
            "suggestions": list(self.suggestions),
            "sex": self.sex,
        }
