"""Quarters of ISO weeks: the council's trend periods.

A week belongs to the quarter its Monday falls in, so every week is in exactly one quarter and a
quarter's weeks never overlap the next one's.
"""

from __future__ import annotations

import re
from datetime import date

from wellcare.weeks import IsoWeek

_QUARTER_RE = re.compile(r"(\d{4})-Q([1-4])")


def check_quarter(text: str) -> str:
    """'2026-Q4' as given, or ValueError with the expected form."""
    if not isinstance(text, str) or not _QUARTER_RE.fullmatch(text.strip()):
        raise ValueError(f"{text!r} is not a quarter like 2026-Q4")
    return text.strip()


def quarter_of(period: str) -> str:
    monday = IsoWeek.parse(period).monday
    return f"{monday.year}-Q{(monday.month - 1) // 3 + 1}"


def quarter_weeks(quarter: str) -> list[str]:
    """The ISO weeks whose Monday falls in the quarter, oldest first."""
    match = _QUARTER_RE.fullmatch(check_quarter(quarter))
    assert match is not None
    year, q = int(match.group(1)), int(match.group(2))
    first_day = date(year, 3 * q - 2, 1)
    last_day = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
    week = IsoWeek.from_date(first_day)
    if week.monday < first_day:
        week = week.next()
    out: list[str] = []
    while week.monday < last_day:
        out.append(str(week))
        week = week.next()
    return out


def clip_quarter(first: str, last: str, have: list[str], current: str) -> tuple[str, str]:
    """A quarter's weeks from the first week with summaries to this week: weeks before the centre's
    first summary or after today hold nothing, and would only read as "hidden" to the council."""
    if have:
        first = max(first, have[0])
    last = min(last, current)
    return first, max(first, last)
