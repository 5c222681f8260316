"""The dashboard's Summary tab (issue #13 item 5): the three questions in plain words, the same numbers as
``coordinator report --json``'s summary, and the PDF's one-page summary first. pytest-qt, real vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.summary import summary_json
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.ui.dashboard.page import DashboardPage
from wellcare.ui.main_window import MainWindow

TEAMS = {UNITS[0]: 70, UNITS[1]: 60, UNITS[2]: 40, UNITS[3]: 3}


@pytest.fixture
def page(qtbot, org: Org, english) -> Iterator[DashboardPage]:  # type: ignore[no-untyped-def]
    simulate_contributions(org.transport, org.keys.public(), TEAMS, 8, 5, UNITS, 2.0, "2026-W39")
    assert org.import_once().quarantined == 0
    page = DashboardPage(DashboardData(org.coordinator_vault, org.clock))
    window = MainWindow(tray_available=False, can_lock=False)
    window.add_page("dashboard", "Dashboard", page, scroll=False)
    window.resize(1100, 720)
    qtbot.addWidget(window)
    window.show()
    page.select(first="2026-W39", last="2026-W46", unit=None)
    QApplication.processEvents()
    yield page
    window.hide()


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def test_summary_tab_comes_first_and_says_the_json_summarys_numbers(page: DashboardPage) -> None:
    assert page.tabs.currentWidget() is page.summary and page.tabs.tabText(0) == "Summary"
    assert page.report is not None and page.report.summary is not None
    doc = summary_json(page.report.summary)
    rows = page.summary.cell_texts()
    assert [r[0] for r in rows] == ["Whole floor", *UNITS, "No team given"]
    assert len(rows) == 1 + len(doc["teams"])
    for row, group in zip(rows, [doc["floor"], *doc["teams"]], strict=True):
        assert row[1] == {"worse": "Getting worse", "better": "Getting better", "cant_tell": "Can't tell yet"}[
            group["verdict"]]
        for cell, measure in zip(row[2:], group["measures"], strict=True):
            latest = measure["latest"]
            if latest is None:
                assert cell == "not shown"
            elif latest["too_uncertain"]:
                assert cell == "too uncertain"
            else:  # the same numbers as the JSON, with the interval
                assert cell.startswith(f"{_pct(latest['share'])} ({_pct(latest['low'])}–{_pct(latest['high'])})")
    pilot = rows[[r[0] for r in rows].index(UNITS[3])]
    assert pilot[1] == "Can't tell yet" and set(pilot[2:]) == {"not shown"}  # a team of 3 is never shown
    assert page.summary.worse_label.text().startswith("Is it getting worse?")
    assert page.summary.support_label.text().startswith("Who asks for what support?")
    assert "4 weeks" in page.summary.window_label.text()


def test_pdf_starts_with_a_one_page_summary_with_the_same_numbers(page: DashboardPage, tmp_path: Path) -> None:
    from wellcare.ui.dashboard import plot
    from wellcare.ui.dashboard.summary_page import summary_figures

    assert page.report is not None and page.report.summary is not None
    texts = page.summary_texts()
    cover = page.pdf_cover()
    figures = summary_figures(texts, cover)
    assert len(figures) == 1  # the summary part is one page
    cells = [cell for ax in figures[0].axes for table in ax.tables for cell in table.get_celld().values()]
    drawn = plot.figure_texts(figures[0]) + [cell.get_text().get_text() for cell in cells]
    # the one printed page says what it is, which weeks, and how to read it (ε, minimum group, N)
    assert cover[0] == "WellCare floor report" and cover[0] in drawn and cover[1] in drawn
    footer = "\n".join(drawn)
    assert all(note in footer for note in cover[2:]) and "ε = " in footer
    for row in texts.rows:
        for cell in row:
            assert cell in drawn
    doc = summary_json(page.report.summary)
    floor = doc["floor"]["measures"][0]["latest"]
    if floor is not None and not floor["too_uncertain"]:
        assert any(t.startswith(_pct(floor["share"])) for t in drawn)
    page.export_pdf(tmp_path / "floor.pdf")
    data = (tmp_path / "floor.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 10


def test_noisy_weeks_are_pooled_into_windows_that_say_so_and_add_up(page: DashboardPage) -> None:
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    from matplotlib.container import ErrorbarContainer

    from wellcare.ui.dashboard import plot

    figure = page.band_chart.figure
    [ax] = [a for a in figure.axes if a.get_title(loc="left")]
    assert ax.get_title(loc="left").endswith("· 4-week windows")  # the chart says which window it uses
    bars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert len(bars) == 4  # WHO-5's three bands and "not taken"
    tops = [list(c.lines[0].get_ydata()) for c in bars]
    for window in zip(*tops, strict=True):  # every shown window's shares add up to 100%
        assert abs(sum(window) - 100.0) < 1e-6
        assert min(window) >= 0.0
    assert any("pooled into windows" in t for t in plot.figure_texts(figure))
