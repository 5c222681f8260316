"""The ISO week, read and written in one place (wellcare.weeks) for every capability."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from wellcare.aggregate_format.schema import check_period
from wellcare.aggregates.report import periods_between, shift_week
from wellcare.breaks.service import week_bounds as breaks_week_bounds
from wellcare.incidents.store import IncidentError, parse_iso_week
from wellcare.privacy.inputs import week_bounds as privacy_week_bounds
from wellcare.weeks import IsoWeek, iso_week

SRC = Path(__file__).resolve().parents[2] / "src" / "wellcare"


def test_text_round_trips_and_the_iso_year_is_not_the_calendar_year() -> None:
    assert str(IsoWeek.parse("2026-W09")) == "2026-W09"
    assert IsoWeek.from_date(date(2027, 1, 1)) == IsoWeek(2026, 53)  # a Friday: still 2026's last week
    assert iso_week(date(2024, 12, 30)) == "2025-W01"  # a Monday: already 2025's first week
    assert IsoWeek.parse("2026-W01").monday == date(2025, 12, 29)


@pytest.mark.parametrize(
    "text",
    ["2026-W9", "2026-w09", " 2026-W09", "2026-W09\n", "2026-W00", "2025-W53", "٢٠٢٦-W09", "2026-W٠٩", "", None],
)
def test_anything_but_a_real_week_is_a_clear_error(text: object) -> None:
    with pytest.raises(ValueError, match=r"ISO week|has no week"):
        IsoWeek.parse(text)  # type: ignore[arg-type]


def test_walking_weeks_crosses_years() -> None:
    last_2026 = IsoWeek(2026, 53)
    assert last_2026.next() == IsoWeek(2027, 1) and IsoWeek(2027, 1).prev() == last_2026
    assert last_2026.shifted(-53) == IsoWeek(2025, 52)
    assert [str(w) for w in IsoWeek.range(IsoWeek(2026, 52), IsoWeek(2027, 2))] == [
        "2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    assert IsoWeek.range(IsoWeek(2027, 2), IsoWeek(2026, 52)) == []
    assert IsoWeek(2026, 9) < IsoWeek(2026, 10) < IsoWeek(2027, 1)


def test_bounds_are_local_midnights_a_week_apart() -> None:
    seoul = timezone(timedelta(hours=9))
    start, end = IsoWeek.parse("2026-W09").bounds(seoul)
    assert start == datetime(2026, 2, 23, tzinfo=seoul) and end - start == timedelta(days=7)


def test_every_capability_reads_weeks_the_same_way() -> None:
    seoul = timezone(timedelta(hours=9))
    assert breaks_week_bounds("2026-W09", datetime(2026, 3, 1, tzinfo=seoul)) == privacy_week_bounds("2026-W09", seoul)
    assert parse_iso_week("2020-W53") == (2020, 53)
    with pytest.raises(IncidentError):
        parse_iso_week("2025-W53")
    with pytest.raises(ValueError, match="period"):
        check_period("2025-W53")
    with pytest.raises(ValueError):
        breaks_week_bounds("2026-W٠٩", datetime(2026, 3, 1, tzinfo=seoul))
    assert shift_week("2026-W52", 2) == "2027-W01"
    assert periods_between("2026-W53", "2027-W01") == ["2026-W53", "2027-W01"]


def test_no_module_but_weeks_py_parses_or_formats_iso_weeks() -> None:
    """A copy of the week helpers coming back (``fromisocalendar``, ``isocalendar()``, "-W{") fails here."""
    pattern = re.compile(r"fromisocalendar|isocalendar\(\)|-W\{")
    copies = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "weeks.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert copies == []
