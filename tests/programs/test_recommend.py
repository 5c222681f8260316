"""Recommendations come from rules in data: situations in, exercise ids out."""

from __future__ import annotations

from wellcare.programs import Library
from wellcare.programs.recommend import part_of_day, recommend, recommend_programs


def test_after_a_hard_call_decompression_comes_first(library: Library) -> None:
    assert recommend(library, {"after": "hard_call"}) == ["decompression", "grounding_54321", "self_compassion"]


def test_an_assessment_band_selects_exercises_and_programs(library: Library) -> None:
    assert recommend(library, {"instrument": "pss10", "band": "high"})[0] == "paced_breathing"
    assert recommend_programs(library, {"instrument": "pss10", "band": "high"}) == ["resilience4w", "reset7"]
    client = {"instrument": "cbi", "score": "client", "band": "high"}
    assert recommend(library, client)[0] == "decompression"
    assert recommend_programs(library, {"instrument": "cbi", "score": "client", "band": "low"}) == []


def test_severe_results_suggest_gentle_exercises_and_no_program(library: Library) -> None:
    context = {"instrument": "phq9", "band": "severe"}
    assert recommend(library, context) == ["grounding_54321", "self_compassion", "paced_breathing"]
    assert recommend_programs(library, context) == []


def test_nothing_matching_falls_back(library: Library) -> None:
    assert recommend(library, {}) == list(library.rules.fallback)
    assert recommend(library, {"instrument": "who5", "band": "good"}) == list(library.rules.fallback)


def test_max_seconds_keeps_to_what_fits_a_micro_break(library: Library) -> None:
    ids = recommend(library, {"after": "micro_break", "max_seconds": 60})
    assert ids and all(library.exercise(i).seconds <= 60 for i in ids)
    # nothing suggested fits: the shortest that do
    assert recommend(library, {"after": "hard_call", "max_seconds": 60}) == ["eye_rest_202020", "micro_reset"]


def test_limit_and_every_suggested_id_exists(library: Library) -> None:
    assert len(recommend(library, {"after": "rest_break", "limit": 4})) == 4
    for rule in library.rules.rules:
        assert all(i in library.exercises for i in rule.exercises)


def test_part_of_day() -> None:
    assert [part_of_day(h) for h in (6, 12, 18, 2)] == ["morning", "afternoon", "evening", "evening"]
