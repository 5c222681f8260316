"""Load and cross-check everything in resources/programs/: exercises, programs, recommendation rules.

Layout (FORMAT.md describes each file)::

    resources/programs/exercises/<id>.json
    resources/programs/programs/<id>.json
    resources/programs/recommendations.json

Every file is validated when loaded; any problem stops the load with a :class:`ContentError`
naming the file and key. Then the library checks what no single file can: programs and rules only
name exercises (and programs) that exist.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellcare.datafile import read_json_file
from wellcare.paths import resource_dir
from wellcare.programs.model import Exercise, Program, Rules
from wellcare.programs.validate import ContentError, read_exercise, read_program, read_rules

RULES_FILE = "recommendations.json"


def content_dir() -> Path:
    """The shipped resources/programs folder."""
    return resource_dir() / "programs"


def read_json(path: Path) -> Any:
    """Parse a content file strictly (UTF-8, no duplicate keys), failing with a ContentError."""
    return read_json_file(path, ContentError)


@dataclass(frozen=True)
class Library:
    """All content, by id, in a stable order (exercises and programs sorted by file name)."""

    exercises: Mapping[str, Exercise]
    programs: Mapping[str, Program]
    rules: Rules

    def exercise(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise KeyError(f"no exercise {exercise_id!r}") from None

    def program(self, program_id: str) -> Program:
        try:
            return self.programs[program_id]
        except KeyError:
            raise KeyError(f"no program {program_id!r}") from None


def load_library(folder: Path | None = None) -> Library:
    """Read and check a content folder (default: the shipped one)."""
    root = content_dir() if folder is None else folder
    exercises = {
        path.stem: read_exercise(read_json(path), str(path), expected_id=path.stem)
        for path in sorted((root / "exercises").glob("*.json"))
    }
    programs = {
        path.stem: read_program(read_json(path), str(path), expected_id=path.stem)
        for path in sorted((root / "programs").glob("*.json"))
    }
    rules_path = root / RULES_FILE
    rules = read_rules(read_json(rules_path), str(rules_path))
    _cross_check(exercises, programs, rules, str(rules_path))
    return Library(exercises=exercises, programs=programs, rules=rules)


def _cross_check(exercises: Mapping[str, Exercise], programs: Mapping[str, Program], rules: Rules, source: str) -> None:
    if not exercises:
        raise ContentError(source, "", "no exercises found beside it (exercises/<id>.json)")
    for program in programs.values():
        for session in program.sessions:
            if session.exercise not in exercises:
                raise ContentError(
                    program.source, f"sessions[{session.index}].exercise", f"no exercise {session.exercise!r}"
                )
    for i, rule in enumerate(rules.rules):
        for j, exercise_id in enumerate(rule.exercises):
            if exercise_id not in exercises:
                raise ContentError(source, f"rules[{i}].exercises[{j}]", f"no exercise {exercise_id!r}")
        for j, program_id in enumerate(rule.programs):
            if program_id not in programs:
                raise ContentError(source, f"rules[{i}].programs[{j}]", f"no program {program_id!r}")
    for j, exercise_id in enumerate(rules.fallback):
        if exercise_id not in exercises:
            raise ContentError(source, f"fallback[{j}]", f"no exercise {exercise_id!r}")


@functools.lru_cache(maxsize=1)
def default_library() -> Library:
    """The shipped content, loaded once per process."""
    return load_library()
