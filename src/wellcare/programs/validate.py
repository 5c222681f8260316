"""The schema of the content files, checked in plain Python with the file and key path in every error.

Three kinds of file live in resources/programs/ (see FORMAT.md there): exercises, programs and the
recommendation rules. Each ``read_*`` function takes a parsed JSON document and either returns the
immutable model or raises :class:`ContentError` naming the file, the key path (for example
``steps[2].text.ko``) and what is wrong, so an author can fix a file without reading code.
Cross-file checks (a program names an exercise that exists) are done by ``library.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from wellcare.datafile import ShapeReader, join_key, kind_of
from wellcare.programs.model import (
    FORMAT_VERSION,
    Animation,
    Breath,
    Category,
    Evidence,
    Exercise,
    InputKind,
    Program,
    ProgramSession,
    Rule,
    Rules,
    Step,
    Text,
    Week,
)

CONTENT_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")  # fullmatch; also the file name
_LANG = re.compile(r"[a-z]{2,3}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")  # ASCII digits only
REQUIRED_LANGUAGES = ("en", "ko")

MAX_STEP_SECONDS = 600
MAX_EXERCISE_SECONDS = 20 * 60
MAX_REPEAT = 60
MAX_TEXT = 600  # characters per step or note text: a step is read in a glance
MAX_SESSIONS = 60

# What a recommendation rule may test, and the values "after" may take. Other context keys are
# ignored by the engine, so a caller can pass more than the rules look at.
WHEN_KEYS = ("after", "instrument", "score", "band", "part_of_day")
AFTER_VALUES = ("hard_call", "micro_break", "rest_break", "assessment")
PART_OF_DAY_VALUES = ("morning", "afternoon", "evening")


# The caution every breathing exercise carries, in each shipped language (a fixed phrase, so a
# file can be checked for it). Audible exercises must say where to do them.
BREATHING_CAUTION = {"en": "If you feel dizzy, breathe normally.", "ko": "어지러우면 평소대로 숨 쉬세요."}
# Words in an English step that mean others can hear the exercise.
_AUDIBLE_WORDS = re.compile(r"\b(hum|humming|haa|whoosh|sing|aloud|out loud)\b", re.IGNORECASE)
ALL_DAYS = (1, 2, 3, 4, 5, 6, 7)


class ContentError(ValueError):
    """A content file breaks the format: ``source``, ``key`` path and ``problem``."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {problem}")


class Reader(ShapeReader):
    """Typed access to parsed JSON that fails with the file and key path."""

    error = ContentError

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.languages: tuple[str, ...] = REQUIRED_LANGUAGES

    def string(self, value: object, key: str, *, most: int | None = None) -> str:
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {kind_of(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        if value != value.strip():
            self.fail(key, "has spaces or line breaks at its start or end")
        if most is not None and len(value) > most:
            self.fail(key, f"is {len(value)} characters long, at most {most} allowed")
        return value

    def ident(self, value: object, key: str) -> str:
        text = self.string(value, key)
        if not CONTENT_ID.fullmatch(text):
            self.fail(key, f"{text!r} is not a valid id (lower-case letters, digits and _, starting with a letter)")
        return text

    def integer(self, value: object, key: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be a whole number, not {kind_of(value)}")
        if not low <= value <= high:
            self.fail(key, f"must be between {low} and {high}, not {value}")
        return value

    def choice(self, value: object, key: str, allowed: Iterable[str]) -> str:
        allowed = tuple(allowed)
        text = self.string(value, key)
        if text not in allowed:
            self.fail(key, f"{text!r} is not one of {', '.join(allowed)}")
        return text

    def text(self, value: object, key: str, *, most: int = MAX_TEXT) -> Text:
        """A user-facing text: one non-empty string per declared language, no others."""
        if not isinstance(value, dict):
            self.fail(key, f"must be an object with one text per language ({', '.join(self.languages)})")
        for lang in self.languages:
            if lang not in value:
                self.fail(join_key(key, lang), "is missing")
            self.string(value[lang], join_key(key, lang), most=most)
        for lang in value:
            if lang not in self.languages:
                self.fail(join_key(key, lang), "is not a declared language")
        return {lang: value[lang] for lang in self.languages}

    def header(self, doc: Mapping[str, Any], expected_id: str | None) -> tuple[str, str]:
        """format, id (equal to the file name), version and languages: common to every file kind."""
        if self.integer(doc["format"], "format", 0, 1_000) != FORMAT_VERSION:
            self.fail("format", f"this WellCare reads format {FORMAT_VERSION}, not {doc['format']}")
        content_id = self.ident(doc["id"], "id")
        if expected_id is not None and content_id != expected_id:
            self.fail("id", f"{content_id!r} does not match the file name ({expected_id}.json)")
        version = self.string(doc["version"], "version", most=20)
        languages = tuple(
            self.string(v, f"languages[{i}]") for i, v in enumerate(self.array(doc["languages"], "languages"))
        )
        for i, lang in enumerate(languages):
            if not _LANG.fullmatch(lang):
                self.fail(f"languages[{i}]", f"{lang!r} is not a language code like en or ko")
        if len(set(languages)) != len(languages):
            self.fail("languages", "lists a language twice")
        for lang in REQUIRED_LANGUAGES:
            if lang not in languages:
                self.fail("languages", f"must include {lang!r}: WellCare ships in English and Korean")
        self.languages = languages
        return content_id, version

    def evidence(self, value: object, key: str) -> Evidence:
        doc = self.obj(value, key, ("text", "references"))
        refs = self.array(doc["references"], join_key(key, "references"), most=8)
        return Evidence(
            text=self.text(doc["text"], join_key(key, "text"), most=1200),
            references=tuple(self.string(r, f"{key}.references[{i}]", most=400) for i, r in enumerate(refs)),
        )


# ---------------------------------------------------------------------------- exercises

_EXERCISE_REQUIRED = (
    "format", "id", "version", "languages", "category", "title", "summary", "steps", "evidence",
)  # fmt: skip
_EXERCISE_OPTIONAL = ("animation", "caution", "breathing", "audible", "place")
_STEP_KEYS = ("text", "seconds")
_STEP_OPTIONAL = ("breath", "input")


def read_exercise(data: object, source: str, expected_id: str | None = None) -> Exercise:
    """Validate one exercise document and build the :class:`Exercise` (steps flattened)."""
    r = Reader(source)
    doc = r.obj(data, "", _EXERCISE_REQUIRED, _EXERCISE_OPTIONAL)
    exercise_id, version = r.header(doc, expected_id)
    category = Category(r.choice(doc["category"], "category", (c.value for c in Category)))
    animation = Animation(r.choice(doc.get("animation", "pulse"), "animation", (a.value for a in Animation)))
    steps: list[Step] = []
    entries = r.array(doc["steps"], "steps", most=80)
    for i, entry in enumerate(entries):
        key = f"steps[{i}]"
        if isinstance(entry, dict) and "repeat" in entry:
            block = r.obj(entry, key, ("repeat", "steps"))
            times = r.integer(block["repeat"], join_key(key, "repeat"), 1, MAX_REPEAT)
            inner = r.array(block["steps"], join_key(key, "steps"), most=12)
            for n in range(1, times + 1):
                for j, item in enumerate(inner):
                    steps.append(_step(r, item, f"{key}.steps[{j}]", len(steps), n, times, in_block=True))
        else:
            steps.append(_step(r, entry, key, len(steps), 1, 1, in_block=False))
    if animation is Animation.BREATH and not any(s.breath is not None for s in steps):
        r.fail("animation", '"breath" needs steps with a "breath" phase')
    total = sum(s.seconds for s in steps)
    if total > MAX_EXERCISE_SECONDS:
        r.fail("steps", f"add up to {total} s; an exercise is at most {MAX_EXERCISE_SECONDS} s")
    breathing, audible, caution, place = _care_notes(r, doc, steps)
    return Exercise(
        id=exercise_id,
        version=version,
        languages=r.languages,
        category=category,
        animation=animation,
        title=r.text(doc["title"], "title", most=60),
        summary=r.text(doc["summary"], "summary", most=240),
        steps=tuple(steps),
        evidence=r.evidence(doc["evidence"], "evidence"),
        caution=caution,
        breathing=breathing,
        audible=audible,
        place=place,
        source=source,
    )


def _care_notes(r: Reader, doc: dict[str, Any], steps: list[Step]) -> tuple[bool, bool, Text | None, Text | None]:
    """`breathing` needs the dizziness caution; `audible` needs a place note; the steps must agree."""
    breathing = r.boolean(doc.get("breathing", False), "breathing")
    audible = r.boolean(doc.get("audible", False), "audible")
    caution = r.text(doc["caution"], "caution") if "caution" in doc else None
    place = r.text(doc["place"], "place") if "place" in doc else None
    if any(s.breath is not None for s in steps) and not breathing:
        r.fail("breathing", "must be true: the steps pace the breath")
    if breathing:
        for lang, phrase in BREATHING_CAUTION.items():
            if caution is None or phrase not in caution.get(lang, phrase):
                r.fail(join_key("caution", lang), f"a breathing exercise must say {phrase!r}")
    heard = next((s for s in steps if _AUDIBLE_WORDS.search(s.text["en"])), None)
    if heard is not None and not audible:
        r.fail("audible", f"must be true: step {heard.index + 1} can be heard by others")
    if audible and place is None:
        r.fail("place", "is missing: an audible exercise must say to use a rest room, not the call floor")
    return breathing, audible, caution, place


def _step(r: Reader, value: object, key: str, index: int, n: int, times: int, *, in_block: bool) -> Step:
    if isinstance(value, dict) and "repeat" in value:
        r.fail(key, "repeat blocks cannot be nested")
    doc = r.obj(value, key, _STEP_KEYS, _STEP_OPTIONAL)
    breath = (
        Breath(r.choice(doc["breath"], join_key(key, "breath"), (b.value for b in Breath))) if "breath" in doc else None
    )
    kind = None
    if "input" in doc:
        kind = InputKind(r.choice(doc["input"], join_key(key, "input"), (k.value for k in InputKind)))
        if in_block:
            r.fail(join_key(key, "input"), "a step that waits for writing cannot be repeated")
        if breath is not None:
            r.fail(join_key(key, "input"), "a writing step cannot also pace the breath")
    return Step(
        index=index,
        text=r.text(doc["text"], join_key(key, "text")),
        seconds=r.integer(doc["seconds"], join_key(key, "seconds"), 1, MAX_STEP_SECONDS),
        breath=breath,
        input=kind,
        round=n,
        rounds=times,
    )


# ---------------------------------------------------------------------------- programs

_PROGRAM_REQUIRED = ("format", "id", "version", "languages", "title", "summary", "sessions", "evidence")
_PROGRAM_OPTIONAL = ("weeks", "suggested_days", "suggested_time", "daily")


def read_program(data: object, source: str, expected_id: str | None = None) -> Program:
    """Validate one program document; exercise ids are checked against the library later."""
    r = Reader(source)
    doc = r.obj(data, "", _PROGRAM_REQUIRED, _PROGRAM_OPTIONAL)
    program_id, version = r.header(doc, expected_id)
    weeks: list[Week] = []
    for i, entry in enumerate(r.array(doc.get("weeks", []), "weeks", allow_empty=True, most=12)):
        week_doc = r.obj(entry, f"weeks[{i}]", ("title", "intro"))
        weeks.append(
            Week(
                r.text(week_doc["title"], f"weeks[{i}].title", most=60),
                r.text(week_doc["intro"], f"weeks[{i}].intro"),
            )
        )
    sessions: list[ProgramSession] = []
    for i, entry in enumerate(r.array(doc["sessions"], "sessions", most=MAX_SESSIONS)):
        key = f"sessions[{i}]"
        session = r.obj(entry, key, ("exercise", "title", "note"), ("week",) if weeks else ())
        week: int | None = None
        if weeks:
            if "week" not in session:
                r.fail(join_key(key, "week"), "is missing (the program has weeks)")
            week = r.integer(session["week"], join_key(key, "week"), 1, len(weeks))
            if sessions and sessions[-1].week is not None and week < sessions[-1].week:
                r.fail(join_key(key, "week"), "sessions must be listed week by week")
        sessions.append(
            ProgramSession(
                index=i,
                exercise=r.ident(session["exercise"], join_key(key, "exercise")),
                title=r.text(session["title"], join_key(key, "title"), most=60),
                note=r.text(session["note"], join_key(key, "note")),
                week=week,
            )
        )
    if weeks and {s.week for s in sessions} != set(range(1, len(weeks) + 1)):
        r.fail("weeks", "every week needs at least one session")
    daily = r.boolean(doc.get("daily", False), "daily")
    days = r.array(doc.get("suggested_days", list(ALL_DAYS) if daily else [1, 2, 3, 4, 5]), "suggested_days", most=7)
    suggested_days = tuple(sorted({r.integer(d, f"suggested_days[{i}]", 1, 7) for i, d in enumerate(days)}))
    if daily and suggested_days != ALL_DAYS:
        r.fail("suggested_days", "a daily program runs every day (1-7): its sessions span as many days as there are")
    suggested_time = r.string(doc.get("suggested_time", "12:30"), "suggested_time")
    if not _TIME.fullmatch(suggested_time):
        r.fail("suggested_time", f"{suggested_time!r} is not a time like 12:30")
    return Program(
        id=program_id,
        version=version,
        languages=r.languages,
        title=r.text(doc["title"], "title", most=60),
        summary=r.text(doc["summary"], "summary", most=400),
        sessions=tuple(sessions),
        evidence=r.evidence(doc["evidence"], "evidence"),
        weeks=tuple(weeks),
        suggested_days=suggested_days,
        suggested_time=suggested_time,
        daily=daily,
        source=source,
    )


# ---------------------------------------------------------------------------- rules


def read_rules(data: object, source: str) -> Rules:
    """Validate recommendations.json; ids are checked against the library later."""
    r = Reader(source)
    doc = r.obj(data, "", ("format", "rules", "fallback"), ("limit",))
    if r.integer(doc["format"], "format", 0, 1_000) != FORMAT_VERSION:
        r.fail("format", f"this WellCare reads format {FORMAT_VERSION}, not {doc['format']}")
    rules: list[Rule] = []
    for i, entry in enumerate(r.array(doc["rules"], "rules", most=200)):
        key = f"rules[{i}]"
        rule = r.obj(entry, key, ("id", "when", "exercises"), ("programs",))
        when_doc = r.obj(rule["when"], join_key(key, "when"), (), WHEN_KEYS)
        if not when_doc:
            r.fail(join_key(key, "when"), "must test at least one thing (use fallback for the default)")
        when: dict[str, tuple[str, ...]] = {}
        for name, value in when_doc.items():
            where = f"{key}.when.{name}"
            values = [value] if isinstance(value, str) else r.array(value, where, most=20)
            allowed = {"after": AFTER_VALUES, "part_of_day": PART_OF_DAY_VALUES}.get(name)
            checked = tuple(
                r.choice(v, f"{where}[{j}]", allowed) if allowed else r.string(v, f"{where}[{j}]")
                for j, v in enumerate(values)
            )
            when[name] = checked
        rules.append(
            Rule(
                id=r.ident(rule["id"], join_key(key, "id")),
                when=when,
                exercises=_ids(r, rule["exercises"], join_key(key, "exercises")),
                programs=_ids(r, rule.get("programs", []), join_key(key, "programs"), allow_empty=True),
            )
        )
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        r.fail("rules", "two rules have the same id")
    return Rules(
        rules=tuple(rules),
        fallback=_ids(r, doc["fallback"], "fallback"),
        limit=r.integer(doc.get("limit", 3), "limit", 1, 12),
    )


def _ids(r: Reader, value: object, key: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    items = [r.ident(v, f"{key}[{i}]") for i, v in enumerate(r.array(value, key, allow_empty=allow_empty, most=20))]
    if len(set(items)) != len(items):
        r.fail(key, "lists an id twice")
    return tuple(items)
