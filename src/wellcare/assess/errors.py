"""Errors of the self-assessment core.

Each error says exactly where the problem is (a file and key, or an item), because the people
who see them are a pack author fixing a JSON file or a script feeding `wellcare score`.
"""

from __future__ import annotations


class AssessError(Exception):
    """Base class for every error raised by wellcare.assess."""


class InstrumentFormatError(AssessError, ValueError):
    """An instrument file is malformed; names the file and the offending key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        super().__init__(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")


class UnknownInstrumentError(AssessError, KeyError):
    """No loaded instrument has this id."""

    def __init__(self, instrument_id: str, known: tuple[str, ...] = ()) -> None:
        self.instrument_id = instrument_id
        self.known = known
        self.message = f"unknown instrument {instrument_id!r}" + (f" (known: {', '.join(known)})" if known else "")
        super().__init__(self.message)

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return self.message


class AnswerError(AssessError, ValueError):
    """An answer set cannot be scored; names the item when one is at fault."""

    def __init__(self, message: str, item_id: str | None = None) -> None:
        self.item_id = item_id
        super().__init__(message)


class MissingSexError(AssessError, ValueError):
    """The instrument has sex-specific cut-offs and no sex was given."""
