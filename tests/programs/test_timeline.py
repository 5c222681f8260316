"""Playing an exercise without Qt: steps in order, pauses, waiting steps and the circle's size."""

from __future__ import annotations

import pytest

from wellcare.programs import ExerciseRun, Library
from wellcare.programs.model import Breath


def play(run: ExerciseRun, step: float = 0.5) -> list[int]:
    seen = [run.step.index]
    for _ in range(10_000):
        if run.finished:
            break
        entered = run.next_step() if run.step.waits else run.advance(step)
        seen.extend(s.index for s in entered)
    return seen


@pytest.mark.parametrize("exercise_id", ["paced_breathing", "decompression", "three_good_things", "pmr_short"])
def test_a_whole_run_visits_every_step_once_in_order(library: Library, exercise_id: str) -> None:
    exercise = library.exercise(exercise_id)
    run = ExerciseRun(exercise)
    assert play(run) == list(range(len(exercise.steps)))
    assert run.finished and run.position().remaining == 0


def test_elapsed_time_matches_the_planned_length(library: Library) -> None:
    exercise = library.exercise("box_breathing")
    run = ExerciseRun(exercise)
    run.advance(exercise.seconds - 0.01)
    assert not run.finished and run.step.index == len(exercise.steps) - 1
    run.advance(0.02)
    assert run.finished


def test_one_big_advance_crosses_several_steps(library: Library) -> None:
    run = ExerciseRun(library.exercise("paced_breathing"))
    entered = run.advance(10 + 10 + 4 + 1)  # intro, settle, an in-breath, one second of out-breath
    assert [s.index for s in entered] == [1, 2, 3]
    assert run.step.breath is Breath.OUT
    assert run.position().step_elapsed == pytest.approx(1)


def test_paused_time_does_not_count(library: Library) -> None:
    run = ExerciseRun(library.exercise("paced_breathing"))
    run.advance(3)
    run.pause()
    assert run.advance(100) == [] and run.elapsed == 3
    run.resume()
    run.advance(1)
    assert run.elapsed == 4


def test_a_writing_step_waits_until_continued(library: Library) -> None:
    run = ExerciseRun(library.exercise("three_good_things"))
    run.advance(12)
    assert run.step.waits
    run.advance(3600)  # an hour of writing: still the same step
    assert run.step.waits and not run.finished
    assert run.position().step_remaining == 0
    run.next_step()
    run.advance(12)
    assert run.finished


def test_the_circle_grows_on_the_in_breath_and_shrinks_on_the_out_breath(library: Library) -> None:
    run = ExerciseRun(library.exercise("paced_breathing"))
    run.advance(20)  # start of the first in-breath
    sizes = []
    for _ in range(19):  # one in-breath and one out-breath, not into the next
        run.advance(0.5)
        sizes.append((run.step.breath, run.position().level))
    inhale = [level for breath, level in sizes if breath is Breath.IN]
    exhale = [level for breath, level in sizes if breath is Breath.OUT]
    assert inhale == sorted(inhale) and exhale == sorted(exhale, reverse=True)
    assert max(inhale) == pytest.approx(1.0, abs=0.05) and min(exhale) == pytest.approx(0.0, abs=0.05)


def test_a_double_in_breath_tops_up_instead_of_starting_again(library: Library) -> None:
    run = ExerciseRun(library.exercise("decompression"))
    run.advance(18)  # intro steps done: first in-breath (3 s) then the top-up (1 s)
    levels = []
    for _ in range(8):
        run.advance(0.5)
        levels.append(run.position().level)
    assert levels == sorted(levels)  # never shrinks between the two in-breaths
    assert levels[-1] == pytest.approx(1.0)


def test_a_hold_keeps_the_size_the_breath_left(library: Library) -> None:
    run = ExerciseRun(library.exercise("box_breathing"))
    run.advance(10 + 4 + 2)  # intro, in-breath, halfway through the hold
    assert run.step.breath is Breath.HOLD and run.position().level == pytest.approx(1.0)
    run.advance(4 + 4)  # through the out-breath into the empty hold
    assert run.step.breath is Breath.HOLD and run.position().level == pytest.approx(0.0)


def test_time_never_runs_backwards(library: Library) -> None:
    with pytest.raises(ValueError):
        ExerciseRun(library.exercise("box_breathing")).advance(-1)
