"""Which exercises (and programs) to suggest in a situation: rules from recommendations.json.

The engine knows no situation itself. A context is a small dict, for example
``{"after": "hard_call"}`` or ``{"instrument": "pss10", "band": "high"}``; a rule matches when
every key it tests is present in the context with one of the rule's values. All matching rules
contribute, in file order, without repeats; with no match the file's fallback list is used.
Two context keys are filters rather than conditions: ``max_seconds`` drops exercises longer than
that (a 60-second micro-break; if none of the suggestions fits, the shortest that fit),
``limit`` caps the list (default: the file's ``limit``).
"""

from __future__ import annotations

from collections.abc import Mapping

from wellcare.programs.library import Library
from wellcare.programs.model import Rule


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _matches(rule: Rule, context: Mapping[str, object]) -> bool:
    for key, allowed in rule.when.items():
        value = _as_text(context.get(key))
        if value is None or value not in allowed:
            return False
    return True


def _number(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def matching_rules(library: Library, context: Mapping[str, object]) -> list[Rule]:
    return [rule for rule in library.rules.rules if _matches(rule, context)]


def recommend(library: Library, context: Mapping[str, object]) -> list[str]:
    """Exercise ids for ``context``, best first."""
    rules = matching_rules(library, context)
    candidates: list[str] = []
    for ids in [rule.exercises for rule in rules] or [library.rules.fallback]:
        candidates.extend(i for i in ids if i not in candidates)
    max_seconds = _number(context.get("max_seconds"))
    if max_seconds is not None:
        fits = [i for i in candidates if library.exercise(i).seconds <= max_seconds]
        if not fits:  # nothing suggested fits the time: the shortest fitting exercises, shortest first
            fits = sorted(
                (e.id for e in library.exercises.values() if e.seconds <= max_seconds),
                key=lambda i: (library.exercise(i).seconds, i),
            )
        candidates = fits
    limit = _number(context.get("limit"))
    return candidates[: library.rules.limit if limit is None or limit < 1 else limit]


def recommend_programs(library: Library, context: Mapping[str, object]) -> list[str]:
    """Program ids the matching rules suggest (often none)."""
    out: list[str] = []
    for rule in matching_rules(library, context):
        out.extend(i for i in rule.programs if i not in out)
    return out


def part_of_day(hour: int) -> str:
    """The ``part_of_day`` context value for an hour of the local day."""
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    return "evening"
