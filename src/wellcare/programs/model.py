"""The content of healing programs as plain, immutable data: exercises, programs and their texts.

Everything here is built by ``validate.py`` from the JSON files in resources/programs/ and is never
changed afterwards. Texts carry one string per language (``{"en": ..., "ko": ...}``); the UI picks
one with :func:`pick`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

FORMAT_VERSION = 1

Text = Mapping[str, str]


def pick(text: Text, language: str) -> str:
    """The text in ``language``, else English, else any language it has."""
    if language in text:
        return text[language]
    if "en" in text:
        return text["en"]
    return next(iter(text.values()), "")


class Breath(StrEnum):
    """What the breath does during a step; drives the player's circle."""

    IN = "in"
    HOLD = "hold"
    OUT = "out"


class Animation(StrEnum):
    """How the player's circle moves: with the breath steps, a slow pulse, or not at all."""

    BREATH = "breath"
    PULSE = "pulse"
    STILL = "still"


class Category(StrEnum):
    BREATHING = "breathing"
    BODY = "body"
    EYES = "eyes"
    VOICE = "voice"
    GROUNDING = "grounding"
    RECOVERY = "recovery"
    REFLECTION = "reflection"


class InputKind(StrEnum):
    """A step that waits for the counselor to write something (kept only in the vault)."""

    GOOD_THINGS = "good_things"  # three things that went well, and optionally why


@dataclass(frozen=True)
class Step:
    """One timed instruction of the flattened timeline.

    ``round``/``rounds`` say where a step sits in a repeated block (1/1 outside one). A step with
    ``input`` does not end by itself: ``seconds`` is only the time suggested for it.
    """

    index: int
    text: Text
    seconds: int
    breath: Breath | None = None
    input: InputKind | None = None
    round: int = 1
    rounds: int = 1

    @property
    def waits(self) -> bool:
        return self.input is not None


@dataclass(frozen=True)
class Evidence:
    text: Text
    references: tuple[str, ...]


@dataclass(frozen=True)
class Exercise:
    id: str
    version: str
    languages: tuple[str, ...]
    category: Category
    animation: Animation
    title: Text
    summary: Text
    steps: tuple[Step, ...]
    evidence: Evidence
    caution: Text | None = None
    breathing: bool = False  # paces or changes the breath: its caution says what to do when dizzy
    audible: bool = False  # makes sounds others hear (humming, sighs): its place note names a rest room
    place: Text | None = None  # where to do it, shown before it starts
    source: str = field(default="", compare=False)

    @property
    def seconds(self) -> int:
        """The planned length (steps that wait count with their suggested time)."""
        return sum(step.seconds for step in self.steps)

    @property
    def minutes(self) -> int:
        """To the nearest minute (a half rounds up), at least 1: what a card says ("2 min"), and what the
        summary's own words must say ("Two minutes"): 2 min 1 s is "2 min", not "3 min"."""
        return max(1, (self.seconds + 30) // 60)


@dataclass(frozen=True)
class ProgramSession:
    index: int  # 0-based position in the program
    exercise: str
    title: Text
    note: Text
    week: int | None = None


@dataclass(frozen=True)
class Week:
    title: Text
    intro: Text


@dataclass(frozen=True)
class Program:
    id: str
    version: str
    languages: tuple[str, ...]
    title: Text
    summary: Text
    sessions: tuple[ProgramSession, ...]
    evidence: Evidence
    weeks: tuple[Week, ...] = ()
    suggested_days: tuple[int, ...] = (1, 2, 3, 4, 5)  # ISO weekdays the start dialog preselects
    suggested_time: str = "12:30"
    daily: bool = False  # one session a day on consecutive days: a "7-day" program spans 7 days
    source: str = field(default="", compare=False)

    def week_of(self, session: ProgramSession) -> Week | None:
        if session.week is None or not self.weeks:
            return None
        return self.weeks[session.week - 1]


@dataclass(frozen=True)
class Rule:
    """Suggest ``exercises`` (and ``programs``) when every ``when`` condition holds."""

    id: str
    when: Mapping[str, tuple[str, ...]]
    exercises: tuple[str, ...]
    programs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    fallback: tuple[str, ...]
    limit: int = 3
