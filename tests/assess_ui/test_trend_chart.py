"""My history's chart: whole mood steps, dates as people write them, words when empty, the wheel scrolls."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.support.wheel import tall_page_with, wheel_down
from wellcare.assess.trends import Series, Trend
from wellcare.ui.assess.chart import TrendChart

START = datetime(2026, 11, 20, 17, 40)


def mood(days: int) -> Trend:
    points = tuple((START + timedelta(days=i), float(1 + i % 5)) for i in range(days))
    return Trend(title="Daily mood", y_low=1.0, y_high=5.0, series=(Series("mood", "Mood (1–5)", points),))


def _shown(qtbot, chart: TrendChart):  # type: ignore[no-untyped-def]
    area = tall_page_with(chart)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_mood_axis_steps_in_whole_moods_and_dates_read_naturally(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart("en")
    chart.set_trend(mood(20))
    area = _shown(qtbot, chart)
    qtbot.waitUntil(lambda: chart.canvas is not None)
    chart.canvas.draw()
    axes = chart.canvas.figure.axes[0]
    ticks = [t for t in axes.get_yticks() if 1 <= t <= 5]
    assert ticks == [1, 2, 3, 4, 5]  # never 1.5 or 2.5 on a 1-5 mood scale
    labels = [t.get_text() for t in axes.get_xticklabels() if t.get_text()]
    assert labels and labels[0].endswith(", 2026") and labels[0][:3] in ("Nov", "Dec")  # "Nov 23, 2026"
    bar = area.verticalScrollBar()
    wheel_down(chart.canvas)
    assert bar.value() > 0


def test_korean_ticks_are_month_and_day(qtbot, korean) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart("ko")
    chart.set_trend(mood(20))
    area = _shown(qtbot, chart)  # noqa: F841  (kept: the page owns the chart)
    qtbot.waitUntil(lambda: chart.canvas is not None)
    chart.canvas.draw()
    labels = [t.get_text() for t in chart.canvas.figure.axes[0].get_xticklabels() if t.get_text()]
    assert labels[0].startswith("2026년 11월") and all("월" in label and label.endswith("일") for label in labels)


def test_an_empty_trend_says_so_instead_of_drawing_empty_axes(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    chart = TrendChart("en")
    chart.set_trend(mood(0))
    area = _shown(qtbot, chart)  # noqa: F841  (kept: the page owns the chart)
    assert chart.is_empty() and chart.empty_note.isVisible()
    assert "Daily mood" in chart.empty_note.text() and "Nothing to draw yet" in chart.empty_note.text()
    assert chart.canvas is None
    chart.set_trend(mood(3))
    qtbot.waitUntil(lambda: chart.canvas is not None)
    assert not chart.empty_note.isVisible() and chart.canvas.isVisible()
