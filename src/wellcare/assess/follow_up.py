"""What a result asks the counselor to follow up on: crisis lines, a professional, the EAP, the PHQ-9.

Worked out from the instrument's own data (its safety rules, severe bands, the bands' suggestions
and its `follow_up` rules), never from code per instrument, and re-derived from the stored answers
and scores, so a result read again from the history says the same as when it was taken.
A fired safety rule governs everything: crisis lines, a professional and the EAP, always.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from wellcare.assess.model import FOLLOW_UP_IDS, SAFETY_FOLLOW_UP, FollowUpRule, Instrument
from wellcare.assess.result import Result


@dataclass(frozen=True)
class FollowUp:
    ids: tuple[str, ...]  # a subset of FOLLOW_UP_IDS, in that order
    assessment: bool  # recommend a professional assessment (a safety answer, a severe band, a rule)
    safety: bool  # a safety rule fired: the whole result speaks to that answer first
    rules: tuple[str, ...] = ()  # the follow-up rules that fired, by id

    def __contains__(self, follow_up_id: object) -> bool:
        return follow_up_id in self.ids


def _fires(rule: FollowUpRule, result: Result) -> bool:
    if rule.score_key is not None and rule.score_range is not None:
        value = result.scores.get(rule.score_key)
        if value is not None and rule.score_range.contains(Fraction(str(value))):
            return True
    if rule.any_item is not None:
        return any(rule.any_item.contains(value) for value in result.answers.values())
    return False


def follow_up_for(instrument: Instrument, result: Result) -> FollowUp:
    """The follow-up a result calls for, from the instrument's rules and the result's bands."""
    wanted: set[str] = set()
    assessment = False
    if result.safety:
        wanted.update(SAFETY_FOLLOW_UP)
        assessment = True
    for key, band_id in result.bands.items():
        band = instrument.band(key, band_id, result.sex)
        wanted.update(band.helps)
        assessment = assessment or band.severe
    fired = tuple(rule.id for rule in instrument.follow_up if _fires(rule, result))
    for rule in instrument.follow_up:
        if rule.id in fired:
            wanted.update(rule.suggest)
            assessment = assessment or rule.assessment
    if assessment:
        wanted.add("professional")
    return FollowUp(tuple(i for i in FOLLOW_UP_IDS if i in wanted), assessment, result.safety, fired)
