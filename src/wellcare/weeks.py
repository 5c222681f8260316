"""The ISO week as a value: one parser, one formatter, one calendar walk for every capability.

Weeks travel as text ("2026-W09": in contributions, incident counts, the dashboard, the CLI);
this is the only place that reads or writes that text. Parsing is strict (a full match, ASCII
digits, a week the year really has: "2025-W53" is refused, "2026-W53" accepted), so a week read
from a file or a command line is either right or a clear ``ValueError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

_TEXT = re.compile(r"([0-9]{4})-W([0-9]{2})")  # always fullmatch; [0-9], not \d (no other scripts' digits)


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO year and week (Monday to Sunday); ordered in time."""

    year: int
    week: int

    def __post_init__(self) -> None:
        try:
            date.fromisocalendar(self.year, self.week, 1)
        except (ValueError, TypeError):
            raise ValueError(f"{self.year} has no ISO week {self.week}") from None

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """``"2026-W09"`` -> IsoWeek(2026, 9); anything else is a ``ValueError`` that quotes it."""
        match = _TEXT.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f'an ISO week looks like "2026-W09", not {text!r}')
        year, week = int(match.group(1)), int(match.group(2))
        try:
            return cls(year, week)
        except ValueError:
            raise ValueError(f"{text!r} is not an ISO week: {year} has no week {week}") from None

    @classmethod
    def from_date(cls, day: date) -> IsoWeek:
        """The week a day belongs to (ISO years differ from calendar years around New Year)."""
        year, week, _ = day.isocalendar()
        return cls(year, week)

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def shifted(self, weeks: int) -> IsoWeek:
        """The week ``weeks`` later (earlier when negative)."""
        return IsoWeek.from_date(self.monday + timedelta(weeks=weeks))

    def next(self) -> IsoWeek:
        return self.shifted(1)

    def prev(self) -> IsoWeek:
        return self.shifted(-1)

    def bounds(self, tz: tzinfo | None) -> tuple[datetime, datetime]:
        """[Monday 00:00, next Monday 00:00) in ``tz`` (the counselor's local zone)."""
        start = datetime.combine(self.monday, time(0, 0), tzinfo=tz)
        return start, datetime.combine(self.monday + timedelta(days=7), time(0, 0), tzinfo=tz)

    @staticmethod
    def range(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
        """Every week from ``first`` to ``last``, both included (empty if ``last`` is earlier)."""
        out: list[IsoWeek] = []
        week = first
        while week <= last:
            out.append(week)
            week = week.next()
        return out


def iso_week(day: date) -> str:
    """The text of the week a day belongs to, e.g. "2026-W48"."""
    return str(IsoWeek.from_date(day))
