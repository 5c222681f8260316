"""Playing an exercise, without Qt: where in the steps a run is after some active seconds.

The player widget owns an :class:`ExerciseRun` and feeds it the seconds that passed between two
ticks of its timer; tests feed it directly. Paused time does not count, steps that wait for
writing do not end by themselves, and :attr:`Position.level` says how large the breathing circle
is (0 = smallest, 1 = largest), so the animation follows the same clock as the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wellcare.programs.model import Animation, Breath, Exercise, Step

PULSE_PERIOD = 10.0  # seconds per slow pulse: six a minute, a calm breathing pace
_REST_LEVEL = 0.3  # where the circle rests in a breathing exercise between breath steps


def _ease(p: float) -> float:
    """Sine ease-in-out on 0..1: a breath starts and ends slowly."""
    p = min(1.0, max(0.0, p))
    return (1.0 - math.cos(math.pi * p)) / 2.0


@dataclass(frozen=True)
class Position:
    """A snapshot of a run for the player to draw."""

    step: Step
    step_elapsed: float  # active seconds in this step
    step_remaining: float  # seconds until it ends by itself (waiting steps: of the suggested time)
    elapsed: float  # active seconds in the whole run
    remaining: float  # planned seconds left in the run
    level: float  # circle size 0..1
    paused: bool
    finished: bool


class ExerciseRun:
    """The state of one play-through: current step, active time, paused, finished."""

    def __init__(self, exercise: Exercise) -> None:
        if not exercise.steps:
            raise ValueError("an exercise needs at least one step")
        self.exercise = exercise
        self._index = 0
        self._elapsed = 0.0
        self._step_start = 0.0
        self._paused = False
        self._finished = False
        self._ramps = self._breath_ramps(exercise.steps)

    # -- state ------------------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.exercise.steps[self._index]

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def elapsed(self) -> float:
        return self._elapsed

    # -- control ----------------------------------------------------------------------------------

    def pause(self) -> None:
        if not self._finished:
            self._paused = True

    def resume(self) -> None:
        self._paused = False

    def advance(self, seconds: float) -> list[Step]:
        """Let ``seconds`` of active time pass; returns the steps entered (in order), if any."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        if self._paused or self._finished:
            return []
        self._elapsed += seconds
        entered: list[Step] = []
        while not self._finished:
            step = self.step
            if step.waits or self._elapsed - self._step_start < step.seconds:
                break
            self._step_start += step.seconds
            entered.extend(self._enter(self._index + 1))
        return entered

    def next_step(self) -> list[Step]:
        """End the current step now (a waiting step's "Continue", or skipping ahead)."""
        if self._finished:
            return []
        self._step_start = self._elapsed
        return self._enter(self._index + 1)

    def finish(self) -> None:
        """Mark the run complete at once (e.g. the last waiting step was saved)."""
        self._finished = True

    def _enter(self, index: int) -> list[Step]:
        if index >= len(self.exercise.steps):
            self._finished = True
            return []
        self._index = index
        return [self.exercise.steps[index]]

    # -- reading ----------------------------------------------------------------------------------

    def position(self) -> Position:
        step = self.step
        step_elapsed = max(0.0, self._elapsed - self._step_start)
        step_remaining = 0.0 if self._finished else max(0.0, step.seconds - step_elapsed)
        later = sum(s.seconds for s in self.exercise.steps[self._index + 1 :])
        return Position(
            step=step,
            step_elapsed=step_elapsed,
            step_remaining=step_remaining,
            elapsed=self._elapsed,
            remaining=0.0 if self._finished else step_remaining + later,
            level=self._level(step, step_elapsed),
            paused=self._paused,
            finished=self._finished,
        )

    def _level(self, step: Step, step_elapsed: float) -> float:
        animation = self.exercise.animation
        if self._finished:
            return _REST_LEVEL
        if animation is Animation.STILL:
            return 0.5
        if animation is Animation.PULSE:
            return _ease(0.5 - 0.5 * math.cos(2 * math.pi * self._elapsed / PULSE_PERIOD))
        start, end = self._ramps[step.index]
        return start + (end - start) * _ease(step_elapsed / step.seconds)

    @staticmethod
    def _breath_ramps(steps: tuple[Step, ...]) -> list[tuple[float, float]]:
        """Circle size at the start and end of each step, continuous from step to step.

        Consecutive in-breath steps share one expansion (a double in-breath tops up rather than
        starting again), out-breaths share one contraction, a hold keeps the size, and a step
        without a breath phase settles to the resting size.
        """
        ramps: list[tuple[float, float]] = []
        level = _REST_LEVEL
        i = 0
        while i < len(steps):
            breath = steps[i].breath
            if breath in (Breath.IN, Breath.OUT):
                j = i
                while j < len(steps) and steps[j].breath is breath:
                    j += 1
                run = steps[i:j]
                total = sum(s.seconds for s in run)
                base, target = level, (1.0 if breath is Breath.IN else 0.0)
                done = 0
                for s in run:
                    start = level
                    done += s.seconds
                    level = base + (target - base) * done / total
                    ramps.append((start, level))
                i = j
                continue
            end = level if breath is Breath.HOLD else _REST_LEVEL
            ramps.append((level, end))
            level = end
            i += 1
        return ramps
