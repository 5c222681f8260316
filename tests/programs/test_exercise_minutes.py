"""An exercise card's minutes and its summary's words agree ("2 min" beside "Two minutes ...")."""

from __future__ import annotations

import re

import pytest

from wellcare.programs.library import load_library
from wellcare.programs.model import Exercise

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "sixty seconds": 1}


def _said_minutes(summary_en: str, summary_ko: str) -> tuple[int | None, int | None]:
    """The minutes each language's summary names, if it names any ("under three minutes" is a bound, not a length)."""
    english = re.search(r"(?<!under )\b(one|two|three|four|five) minutes?\b|\b(sixty seconds)\b", summary_en, re.I)
    korean = re.search(r"(\d+)분(?!이 채|에)|(\d+)초 안에", summary_ko)  # "1분에 여섯 번" is a rate
    en = WORDS[(english.group(1) or english.group(2)).lower()] if english else None
    ko = None
    if korean:
        ko = int(korean.group(1)) if korean.group(1) else max(1, int(korean.group(2)) // 60)
    return en, ko


EXERCISES = sorted(load_library().exercises.values(), key=lambda e: e.id)


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
def test_the_card_s_minutes_match_the_summary(exercise: Exercise) -> None:
    en, ko = _said_minutes(exercise.summary.get("en"), exercise.summary.get("ko"))
    for said in (en, ko):
        assert said is None or said == exercise.minutes, (exercise.id, exercise.seconds, said)


def test_the_summaries_that_name_a_length_are_checked() -> None:
    named = [e.id for e in EXERCISES if any(_said_minutes(e.summary.get("en"), e.summary.get("ko")))]
    assert {"wrist_hand", "self_compassion", "crisis_debrief", "eye_rest_202020", "paced_breathing"} <= set(named)


def test_two_minutes_and_a_second_is_two_minutes() -> None:
    wrist = load_library().exercises["wrist_hand"]
    assert wrist.seconds == 121 and wrist.minutes == 2
