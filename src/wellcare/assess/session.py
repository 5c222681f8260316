"""Filling in one questionnaire, one item at a time: the wizard's state, without any widget.

Answers are the published raw values of the options the counselor picked (reversal happens in
the scorer). Moving on needs an answer; scoring needs every item (no pro-rating).
"""

from __future__ import annotations

from collections.abc import Mapping

from wellcare.assess.model import Instrument, Item, ResponseOption
from wellcare.assess.result import Result
from wellcare.assess.scoring import check_value, score


class Questionnaire:
    def __init__(
        self,
        instrument: Instrument,
        answers: Mapping[str, int] | None = None,
        position: int = 0,
        sex: str | None = None,
    ) -> None:
        self.instrument = instrument
        self.sex = sex
        known = set(instrument.item_ids)
        self.answers: dict[str, int] = {}
        for item_id, value in (answers or {}).items():
            if item_id in known and value in instrument.item(item_id).response_set.values:
                self.answers[item_id] = value  # a draft from an older version keeps what still fits
        self.position = max(0, min(position, self.count - 1))

    @property
    def count(self) -> int:
        return len(self.instrument.items)

    @property
    def item(self) -> Item:
        return self.instrument.items[self.position]

    @property
    def options(self) -> tuple[ResponseOption, ...]:
        return self.item.response_set.options

    @property
    def answer(self) -> int | None:
        return self.answers.get(self.item.id)

    @property
    def answered_count(self) -> int:
        return len(self.answers)

    @property
    def is_last(self) -> bool:
        return self.position == self.count - 1

    @property
    def complete(self) -> bool:
        return all(item_id in self.answers for item_id in self.instrument.item_ids)

    def choose(self, value: int) -> None:
        self.answers[self.item.id] = check_value(self.instrument, self.item, value)

    def choose_option(self, index: int) -> bool:
        """Pick the option shown at `index` (0-based, display order); False if there is none."""
        if not 0 <= index < len(self.options):
            return False
        self.choose(self.options[index].value)
        return True

    def advance(self) -> bool:
        """Go to the next item; False on the last item or when this one is unanswered."""
        if self.answer is None or self.is_last:
            return False
        self.position += 1
        return True

    def back(self) -> bool:
        if self.position == 0:
            return False
        self.position -= 1
        return True

    def first_unanswered(self) -> int | None:
        for index, item in enumerate(self.instrument.items):
            if item.id not in self.answers:
                return index
        return None

    def score(self) -> Result:
        return score(self.instrument, self.answers, sex=self.sex)
