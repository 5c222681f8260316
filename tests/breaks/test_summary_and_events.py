from datetime import UTC, date, datetime, timedelta

import pytest

from tests.breaks.rig import KST, MONDAY, at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, DaySummary, daily_summary

A = BreakAction


def test_daily_summary_counts_per_local_day() -> None:
    tuesday = MONDAY + timedelta(days=1)
    events = [
        BreakEvent(BreakKind.MICRO, A.SHOWN, at(9, 30)),
        BreakEvent(BreakKind.MICRO, A.POSTPONED, at(9, 30, 20), 300),
        BreakEvent(BreakKind.MICRO, A.SHOWN, at(9, 35, 20)),
        BreakEvent(BreakKind.MICRO, A.TAKEN, at(9, 36, 20), 60),
        BreakEvent(BreakKind.REST, A.NATURAL, at(12, 50), 45 * 60),
        BreakEvent(BreakKind.MICRO, A.SHOWN, at(13, 20)),
        BreakEvent(BreakKind.MICRO, A.SKIPPED, at(13, 20, 5)),
        BreakEvent(BreakKind.MICRO, A.TAKEN, at(9, 31, day=tuesday), 60),
        # 23:30 UTC Monday is 08:30 Tuesday in Seoul
        BreakEvent(BreakKind.MICRO, A.NATURAL, datetime(2025, 3, 3, 23, 30, tzinfo=UTC), 120),
    ]
    summary = daily_summary(reversed(events), KST)
    assert list(summary) == [date(2025, 3, 3), date(2025, 3, 4)]
    assert summary[date(2025, 3, 3)] == DaySummary(
        date(2025, 3, 3), shown=3, taken=1, natural=1, postponed=1, skipped=1, break_time=timedelta(minutes=46)
    )
    tue = summary[date(2025, 3, 4)]
    assert (tue.taken, tue.natural, tue.total_taken, tue.break_time) == (1, 1, 2, timedelta(minutes=3))
    assert daily_summary([], KST) == {}


def test_events_round_trip_and_refuse_naive_times() -> None:
    event = BreakEvent(BreakKind.REST, A.POSTPONED, at(11, 0), 300)
    assert BreakEvent.from_dict(event.to_dict()) == event
    assert BreakEvent("micro", "taken", at(9, 31), 60).kind is BreakKind.MICRO  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        BreakEvent(BreakKind.MICRO, A.TAKEN, datetime(2025, 3, 3, 9, 31))
    with pytest.raises(ValueError):
        BreakEvent(BreakKind.MICRO, A.TAKEN, at(9, 31), -1)
