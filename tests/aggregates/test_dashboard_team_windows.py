"""The dashboard's teams heat map over pooled windows (issue #13 items 2 and 5): at the default ε single
team-weeks are too uncertain, so the map opens on windows, says which, and the PDF draws the same.
pytest-qt, real vault and exchange folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.team_windows import preferred_window
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.ui.dashboard.page import DashboardPage
from wellcare.ui.main_window import MainWindow

# one team large enough to show a 4-week number whatever the suppression draws
TEAMS = {UNITS[0]: 400, UNITS[1]: 120, UNITS[2]: 40, UNITS[3]: 3}
NUMBER = re.compile(r"\d+% \(\d+%–\d+%\)\nN [\d,]+( · \d+ of \d+ weeks)?")
UNCERTAIN = re.compile(r"too uncertain\nN [\d,]+( · \d+ of \d+ weeks)?")


@pytest.fixture
def page(qtbot, org: Org, english) -> Iterator[DashboardPage]:  # type: ignore[no-untyped-def]
    simulate_contributions(org.transport, org.keys.public(), TEAMS, 8, 5, UNITS, 1.0986, "2026-W39")  # default ε
    assert org.import_once().quarantined == 0
    page = DashboardPage(DashboardData(org.coordinator_vault, org.clock))
    window = MainWindow(tray_available=False, can_lock=False)
    window.add_page("dashboard", "Dashboard", page, scroll=False)
    window.resize(1100, 720)
    qtbot.addWidget(window)
    window.show()
    page.select(first="2026-W39", last="2026-W46", unit=None)
    page.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    yield page
    window.hide()


def _texts(page: DashboardPage) -> list[str]:
    from wellcare.ui.dashboard import plot

    QApplication.processEvents()
    return plot.figure_texts(page.heat_chart.figure)


def test_the_heat_map_opens_on_pooled_windows_and_says_which(page: DashboardPage) -> None:
    report = page.report
    assert report is not None
    assert all(v.uncertain for row in report.units.cells for c in row for v in c.metrics.values())  # weeks say nothing
    weeks = page.heat_window.currentData()
    assert weeks == preferred_window(report) and weeks in (4, 13)
    table = next(t for t in report.team_windows if t.window_weeks == weeks)
    for metric in ("pss10_high", "who5_low", "cbi_client_high"):
        page.heat_metric.setCurrentIndex(page.heat_metric.findData(metric))
        texts = _texts(page)
        assert any(t.startswith(f"Teams by {weeks}-week window · ") for t in texts)
        assert any(t.startswith(f"Each column pools {weeks} weeks") for t in texts)  # the legend says the window
        cells = [t for t in texts if NUMBER.fullmatch(t) or UNCERTAIN.fullmatch(t)]
        shown = [t for t in cells if NUMBER.fullmatch(t)]
        assert len(shown) == table.shown_cells(metric)  # a number exactly where the window's interval is narrow
        assert len(cells) == sum(metric in c.metrics for row in table.cells for c in row)
        assert texts.count("hidden") >= len(table.windows)  # the team of 3, every window
    assert any(table.shown_cells(m) for m in ("pss10_high", "who5_low", "cbi_client_high", "hard_calls_any"))


def test_the_coordinator_can_go_back_to_single_weeks_and_the_choice_stays(page: DashboardPage) -> None:
    page.heat_window.setCurrentIndex(page.heat_window.findData(1))
    page.heat_window.activated.emit(page.heat_window.currentIndex())
    texts = _texts(page)
    assert any(t.startswith("Teams by week · ") for t in texts)
    page.select(first="2026-W40", last="2026-W46", unit=None)
    assert page.heat_window.currentData() == 1


def test_the_pdf_draws_the_same_windows(page: DashboardPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.dashboard import heat_windows

    drawn: list[tuple[int, str]] = []
    real = heat_windows.draw_heat_windows

    def record(figure, table, metric, texts, font_pt=10.0):  # type: ignore[no-untyped-def]
        drawn.append((table.window_weeks, metric))
        real(figure, table, metric, texts, font_pt)

    monkeypatch.setattr(heat_windows, "draw_heat_windows", record)
    page.export_pdf(tmp_path / "floor.pdf")
    weeks = page.heat_window.currentData()
    assert [m for w, m in drawn if w == weeks] == ["who5_low", "pss10_high", "cbi_client_high", "hard_calls_any"]


def test_picking_a_team_keeps_the_heat_map_and_new_weeks_redraw_it(page: DashboardPage) -> None:
    """The heat map shows every team whatever the team filter: a team picked is not a redraw (issue #16)."""
    texts, draws = _texts(page), page.heat_chart.draws
    summary, team_windows = page._report().summary, page._report().team_windows
    page.select(unit=UNITS[0])
    assert page._report().unit == UNITS[0]
    assert _texts(page) == texts and page.heat_chart.draws == draws
    assert page._report().summary is summary and page._report().team_windows is team_windows  # not recomputed
    page.select(first="2026-W40")
    assert page.heat_chart.draws == draws + 1 and page._report().team_windows is not team_windows
