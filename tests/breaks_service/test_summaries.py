"""Day summaries and weekly counts from the vault's record, and the privacy contribution reading them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.breaks_service.rig import MONDAY, at
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.capabilities import ProtectedBreak, WeeklyBreaks
from wellcare.privacy.inputs import ServiceInputs


def _a_morning(rig) -> None:  # type: ignore[no-untyped-def]
    """9:30 micro taken, 10:01 micro skipped, 10:20-10:22:30 away (a natural micro-break)."""
    rig.run_until(at(9, 35))  # the 9:30 micro-break, taken
    rig.auto_take = False
    rig.run_until(at(10, 1))
    rig.service.skip_shown()
    rig.auto_take = True
    rig.run_until(at(10, 20), every=timedelta(seconds=10))
    rig.run_until(at(10, 22, 30), every=timedelta(seconds=10), touch=False)
    rig.step(timedelta(seconds=10))


def test_day_summaries_count_what_happened_per_local_day(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    _a_morning(rig)
    rig.run_until(at(11, 15))  # the rest break, shown at 11:00:10, taken for its 10 minutes
    yesterday, today = rig.service.day_summaries(2)
    assert yesterday.day == MONDAY.date() - timedelta(days=1) and yesterday.total_taken == 0
    assert today.day == MONDAY.date()
    assert (today.shown, today.taken, today.natural, today.skipped, today.postponed) == (3, 2, 1, 1, 0)
    assert today.total_taken == 3
    assert today.break_time == timedelta(minutes=1 + 2.5 + 10)  # micro, time away, rest


def test_day_summaries_while_locked_are_empty_days_not_an_error(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 35))
    rig.service.stop()
    assert [s.total_taken for s in rig.service.day_summaries(3)] == [0, 0, 0]
    assert rig.service.breaks_taken_in_week("2025-W10") == 0


def test_breaks_taken_in_an_iso_week_counts_taken_and_natural_in_that_week_only(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    _a_morning(rig)
    sunday_before = MONDAY - timedelta(hours=1)  # 23:00 the day before: ISO week 9
    rig.service.record(BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, sunday_before, 60))
    next_monday = MONDAY + timedelta(days=7)  # week 11
    rig.service.record(BreakEvent(BreakKind.MICRO, BreakAction.NATURAL, next_monday, 60))
    assert rig.service.breaks_taken_in_week("2025-W10") == 2  # 9:30 taken + natural; the skip does not count
    assert rig.service.breaks_taken_in_week("2025-W09") == 1
    assert rig.service.breaks_taken_in_week("2025-W11") == 1
    with pytest.raises(ValueError):
        rig.service.breaks_taken_in_week("last week")


def test_the_contributions_break_field_comes_from_the_breaks_service(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    _a_morning(rig)
    assert isinstance(rig.service, WeeklyBreaks) and isinstance(rig.service, ProtectedBreak)
    inputs = ServiceInputs(rig.clock, breaks=rig.service)
    assert inputs.inputs("2025-W10", None).breaks_taken == 2
    assert inputs.inputs("2025-W09", None).breaks_taken == 0
    assert ServiceInputs(rig.clock).inputs("2025-W10", None).breaks_taken == 0  # no breaks capability: 0
