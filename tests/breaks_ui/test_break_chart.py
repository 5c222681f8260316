"""My day's chart: natural date labels, words instead of empty axes, and the wheel scrolls the page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from tests.support.wheel import tall_page_with, wheel_down
from wellcare.breaks.summary import DaySummary
from wellcare.ui.breaks.chart import BreakChart, ChartData, ChartLabels

LABELS = ChartLabels("Breaks", "Taken", "Away", "Postponed", "Skipped", "Hard calls per week", "Hard calls",
                     empty="No breaks in the last two weeks yet.")  # fmt: skip
DAYS = [date(2026, 11, 28) + timedelta(days=i) for i in range(7)]  # Sat 28 Nov .. Fri 4 Dec


@pytest.fixture
def english(english) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield


def _chart(qtbot, data: ChartData):  # type: ignore[no-untyped-def]
    chart = BreakChart(lambda: data, LABELS)
    area = tall_page_with(chart)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return chart, area


def test_no_breaks_yet_says_so_instead_of_empty_axes(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    chart, _area = _chart(qtbot, ChartData([DaySummary(d) for d in DAYS], [("2026-W48", 0)]))
    assert chart.empty_note.isVisible() and chart.empty_note.text() == "No breaks in the last two weeks yet."
    assert chart.canvas is None  # no axes drawn at all


def test_day_labels_read_as_dates_and_the_wheel_scrolls_the_page(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    days = [DaySummary(d, shown=3, taken=2, skipped=1) for d in DAYS]
    chart, area = _chart(qtbot, ChartData(days, [("2026-W48", 2), ("2026-W49", 1)]))
    qtbot.waitUntil(lambda: chart.canvas is not None)
    assert not chart.empty_note.isVisible()
    day_axes, week_axes = chart._figure.axes
    assert [t.get_text() for t in day_axes.get_xticklabels()] == ["Nov 28", "29", "30", "Dec 1", "2", "3", "4"]
    assert [t.get_text() for t in week_axes.get_xticklabels()] == ["Nov 23", "Nov 30"]
    bar = area.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    wheel_down(chart.canvas)
    assert bar.value() > 0  # the page moved; matplotlib did not swallow the wheel


def test_the_chart_appears_once_there_is_a_break(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    data = {"days": [DaySummary(d) for d in DAYS]}
    chart = BreakChart(lambda: ChartData(data["days"], None), LABELS)
    area = tall_page_with(chart)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    assert chart.empty_note.isVisible()
    data["days"] = [DaySummary(DAYS[0], shown=1, taken=1), *data["days"][1:]]
    chart.refresh()
    assert chart.canvas is not None and chart.canvas.isVisible() and not chart.empty_note.isVisible()
