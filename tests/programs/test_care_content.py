"""Content that cares for the counselor: where to do loud exercises, a dizziness caution, no overclaims.

The exercise format makes these checkable (`audible` needs a `place`, `breathing` needs the
dizziness caution) and the validator refuses a file that forgets them.
"""

from __future__ import annotations

import copy
import json
import re

import pytest

from tests.programs.test_player import MONDAY
from wellcare.programs import ContentError, Library
from wellcare.programs.library import content_dir, read_json
from wellcare.programs.validate import BREATHING_CAUTION, read_exercise, read_program
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs.player import ExercisePlayer

# Claims the evidence does not support (a fixed time to form a habit, certainty of effect).
OVERCLAIMS = re.compile(r"long enough|is enough to|enough for .* habit|become(s)? (a )?habit|proven|guarantee", re.I)


def _exercise(name: str) -> dict:  # type: ignore[type-arg]
    return copy.deepcopy(read_json(content_dir() / "exercises" / f"{name}.json"))  # type: ignore[no-any-return]


def test_audible_exercises_say_to_use_a_rest_room(library: Library) -> None:
    for name in ("vocal_rest", "breathing_478"):
        exercise = library.exercise(name)
        assert exercise.audible and exercise.place is not None, name
        assert "rest room" in exercise.place["en"] and "call floor" in exercise.place["en"]
        assert "휴게실" in exercise.place["ko"]


def test_breathing_exercises_carry_the_dizziness_caution(library: Library) -> None:
    for name in ("decompression", "paced_breathing", "box_breathing", "breathing_478", "crisis_debrief"):
        exercise = library.exercise(name)
        assert exercise.breathing and exercise.caution is not None, name
        assert "If you feel dizzy, breathe normally." in exercise.caution["en"], name
        assert "어지러우면 평소대로 숨 쉬세요." in exercise.caution["ko"], name


@pytest.mark.parametrize(
    ("name", "change", "key"),
    [
        ("vocal_rest", lambda d: d.pop("place"), "place"),
        ("vocal_rest", lambda d: d.pop("audible") and d.pop("place"), "audible"),
        ("paced_breathing", lambda d: d.pop("breathing"), "breathing"),
        ("paced_breathing", lambda d: d.pop("caution"), "caution.en"),
        ("paced_breathing", lambda d: d["caution"].update(ko="천천히 하세요."), "caution.ko"),
    ],
)
def test_a_file_that_forgets_the_care_notes_is_refused(name: str, change, key: str) -> None:  # type: ignore[no-untyped-def]
    data = _exercise(name)
    change(data)
    with pytest.raises(ContentError) as caught:
        read_exercise(data, f"{name}.json", expected_id=name)
    assert caught.value.key == key


def test_a_step_that_hums_must_be_marked_audible() -> None:
    data = _exercise("grounding_54321")
    data["steps"][0]["text"]["en"] = "Hum a low note while you look around."
    with pytest.raises(ContentError, match="can be heard by others") as caught:
        read_exercise(data, "grounding_54321.json", expected_id="grounding_54321")
    assert caught.value.key == "audible"


def test_self_compassion_asks_for_a_mildly_difficult_moment_and_may_be_skipped(library: Library) -> None:
    exercise = library.exercise("self_compassion")
    first = exercise.steps[0].text
    assert "mildly difficult moment" in first["en"] and "not the hardest call" in first["en"]
    assert "skip" in first["en"] and "건너뛰어도" in first["ko"] and "조금 힘들었던 순간" in first["ko"]
    assert not any("that call" in s.text["en"] or "a caller" in s.text["en"] for s in exercise.steps)
    assert exercise.caution is not None and "skip or stop" in exercise.caution["en"]


def test_no_content_overclaims() -> None:
    for path in sorted(content_dir().rglob("*.json")):
        text = path.read_text(encoding="utf-8")
        for english in re.findall(r'"en": "([^"]*)"', text):
            assert not OVERCLAIMS.search(english), f"{path.name}: {english}"
        assert "충분한 기간" not in text, path.name


def test_the_7_day_reset_runs_every_day_for_7_days(library: Library) -> None:
    program = library.program("reset7")
    assert program.daily and program.suggested_days == (1, 2, 3, 4, 5, 6, 7) and len(program.sessions) == 7
    data = json.loads((content_dir() / "programs" / "reset7.json").read_text(encoding="utf-8"))
    data["suggested_days"] = [1, 2, 3, 4, 5]
    with pytest.raises(ContentError, match="runs every day") as caught:
        read_program(data, "reset7.json", expected_id="reset7")
    assert caught.value.key == "suggested_days"


def test_the_player_shows_the_place_and_the_caution_before_it_starts(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    player = ExercisePlayer(library.exercise("breathing_478"), "ko", clock=ManualClock(MONDAY), autostart=False)
    qtbot.addWidget(player)
    player.show()
    assert player.care_note.isVisible()
    assert "휴게실" in player.care_note.text() and BREATHING_CAUTION["ko"] in player.care_note.text()
    quiet = ExercisePlayer(library.exercise("eye_rest_202020"), "en", clock=ManualClock(MONDAY), autostart=False)
    qtbot.addWidget(quiet)
    quiet.show()
    assert not quiet.care_note.isVisible()

