"""Every content file validates, says the same in English and Korean, and bad files are refused clearly."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest

from wellcare.programs import ContentError, Library, load_library
from wellcare.programs.library import content_dir, read_json
from wellcare.programs.model import Animation, Breath, InputKind
from wellcare.programs.validate import read_exercise, read_program, read_rules

REQUIRED_EXERCISES = {
    "paced_breathing", "box_breathing", "breathing_478", "pmr_short", "eye_rest_202020",
    "neck_shoulder_release", "wrist_hand", "vocal_rest", "grounding_54321", "decompression",
    "self_compassion", "three_good_things",
}  # fmt: skip
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def content_files() -> list[Path]:
    root = content_dir()
    return sorted([*root.glob("exercises/*.json"), *root.glob("programs/*.json"), root / "recommendations.json"])


@pytest.mark.parametrize("path", content_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_content_file_validates(path: Path) -> None:
    data = read_json(path)
    if path.name == "recommendations.json":
        read_rules(data, str(path))
    elif path.parent.name == "exercises":
        read_exercise(data, str(path), expected_id=path.stem)
    else:
        read_program(data, str(path), expected_id=path.stem)


def test_the_library_has_the_issue_s_exercises_and_programs(library: Library) -> None:
    assert len(library.exercises) >= 12
    assert set(library.exercises) >= REQUIRED_EXERCISES
    assert "reset7" in library.programs and len(library.programs["reset7"].sessions) == 7
    program = library.programs["resilience4w"]
    assert len(program.weeks) == 4 and {s.week for s in program.sessions} == {1, 2, 3, 4}


def test_every_text_is_written_in_both_languages(library: Library) -> None:
    for exercise in library.exercises.values():
        texts = [exercise.title, exercise.summary, exercise.evidence.text, *(s.text for s in exercise.steps)]
        if exercise.caution:
            texts.append(exercise.caution)
        for text in texts:
            assert set(text) == {"en", "ko"}
            assert HANGUL.search(text["ko"]), f"{exercise.id}: Korean text without Hangul: {text['ko']!r}"
            assert not HANGUL.search(text["en"]), f"{exercise.id}: Hangul in the English text"
        assert exercise.evidence.references, exercise.id


def test_timing_fits_where_exercises_are_used(library: Library) -> None:
    for exercise in library.exercises.values():
        assert 45 <= exercise.seconds <= 5 * 60, exercise.id
        assert all(1 <= s.seconds <= 120 for s in exercise.steps)
    # a 60-second micro-break has something that fits
    assert library.exercise("eye_rest_202020").seconds <= 60
    assert library.exercise("micro_reset").seconds <= 60


def test_breathing_exercises_pace_the_breath(library: Library) -> None:
    paced = library.exercise("paced_breathing")
    assert paced.animation is Animation.BREATH
    cycle = [s for s in paced.steps if s.breath is not None][:2]
    assert [(s.breath, s.seconds) for s in cycle] == [(Breath.IN, 4), (Breath.OUT, 6)]  # six breaths a minute
    four_seven_eight = [s.seconds for s in library.exercise("breathing_478").steps if s.breath is not None][:3]
    assert four_seven_eight == [4, 7, 8]
    box = [s.seconds for s in library.exercise("box_breathing").steps if s.breath is not None][:4]
    assert box == [4, 4, 4, 4]


def test_the_journal_exercise_waits_for_writing(library: Library) -> None:
    steps = library.exercise("three_good_things").steps
    assert [s.input for s in steps].count(InputKind.GOOD_THINGS) == 1


# ---------------------------------------------------------------------------- refusals


@pytest.fixture
def paced() -> dict:  # type: ignore[type-arg]
    return read_json(content_dir() / "exercises" / "paced_breathing.json")  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (lambda d: d["title"].pop("ko"), "title.ko", "is missing"),
        (lambda d: d["title"].update(ja="x"), "title.ja", "not a declared language"),
        (lambda d: d.update(colour="blue"), "colour", "not a known key"),
        (lambda d: d["steps"][0].update(seconds=0), "steps[0].seconds", "between 1 and 600"),
        (lambda d: d["steps"][2]["steps"][0].update(breath="sideways"), "steps[2].steps[0].breath", "not one of"),
        (lambda d: d["steps"][2].update(repeat=500), "steps[2].repeat", "between 1 and 60"),
        (lambda d: d.update(category="magic"), "category", "not one of"),
        (lambda d: d.update(languages=["en"]), "languages", "must include 'ko'"),
        (lambda d: d["evidence"].pop("references"), "evidence.references", "is missing"),
        (lambda d: d["steps"][0]["text"].update(en=" padded"), "steps[0].text.en", "spaces"),
    ],
)
def test_a_broken_exercise_is_refused_with_its_key_path(paced: dict, change, key: str, problem: str) -> None:  # type: ignore[no-untyped-def, type-arg]
    broken = copy.deepcopy(paced)
    change(broken)
    with pytest.raises(ContentError) as caught:
        read_exercise(broken, "paced_breathing.json", expected_id="paced_breathing")
    assert caught.value.key == key and problem in caught.value.problem


def test_the_id_must_match_the_file_name(paced: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(ContentError, match="does not match the file name"):
        read_exercise(paced, "calm.json", expected_id="calm")


def test_a_library_refuses_a_program_naming_a_missing_exercise(tmp_path: Path) -> None:
    root = tmp_path / "programs"
    shutil.copytree(content_dir(), root)
    path = root / "programs" / "reset7.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sessions"][0]["exercise"] = "juggling"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match="no exercise 'juggling'") as caught:
        load_library(root)
    assert caught.value.key == "sessions[0].exercise"


def test_rules_may_only_test_known_situations(tmp_path: Path) -> None:
    data = read_json(content_dir() / "recommendations.json")
    data["rules"][0]["when"] = {"mood": "sad"}
    with pytest.raises(ContentError, match="not a known key"):
        read_rules(data, "recommendations.json")
    data["rules"][0]["when"] = {"after": "lunch"}
    with pytest.raises(ContentError, match="not one of"):
        read_rules(data, "recommendations.json")


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(ContentError, match="appears twice"):
        read_json(path)
