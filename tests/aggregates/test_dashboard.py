"""The coordinator's dashboard: lazy charts, hidden cells marked, refused filters, CSV/PDF, Korean."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.aggregates.helpers import UNITS, Org
from tests.conftest import REPO_ROOT
from wellcare.aggregates.report import periods_between
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.app import features_for
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.eap.office_inbox import EapInbox, Triage
from wellcare.eap.protocol import (
    ContactMethod,
    RequestContent,
    RequestPayload,
    RequestType,
    TimeWindow,
    Urgency,
    cancel_hash,
    new_cancel_secret,
)
from wellcare.exchange import Kind, ReplyKeypair, new_id, post, seal
from wellcare.ui.dashboard.feature import DashboardFeature
from wellcare.ui.dashboard.page import DashboardPage
from wellcare.ui.i18n import Translations
from wellcare.ui.main_window import MainWindow
from wellcare.ui.privacy.feature import PrivacyFeature

TEAMS = {"1팀 민원상담": 60, "2팀 민원상담": 45, "3팀 야간": 30, "Pilot": 3}


def request(kind: RequestType) -> dict[str, Any]:
    content = RequestContent(type=kind, urgency=Urgency.ROUTINE, times=(TimeWindow.LUNCH,),
                             contact_method=ContactMethod.PHONE, contact="010-0000-0000", times_note="", note="",
                             attachments=())
    return RequestPayload(content, ReplyKeypair.generate().public_b64(), new_id(),
                          cancel_hash(new_cancel_secret())).to_json()


@pytest.fixture
def data(org: Org) -> DashboardData:
    simulate_contributions(org.transport, org.keys.public(), TEAMS, 6, 7, UNITS, 4.0, "2026-W42", scheme=1)
    box = org.keys.public().box_key
    for i in range(14):
        post(org.transport, seal(Kind.EAP_REQUEST, request(RequestType.COUNSELING if i < 11 else
                                                           RequestType.LEGAL_SUPPORT), box))
    report = org.import_once()
    assert report.quarantined == 0
    return DashboardData(org.coordinator_vault, org.clock)


@pytest.fixture
def page(qtbot, data: DashboardData, english) -> Iterator[DashboardPage]:  # type: ignore[no-untyped-def]
    page = DashboardPage(data)
    window = MainWindow(tray_available=False, can_lock=False)
    window.add_page("dashboard", "Dashboard", page, scroll=False)
    window.resize(1100, 720)
    qtbot.addWidget(window)
    yield page
    window.hide()


def show(page: DashboardPage) -> None:
    window = page.window()
    window.show()
    for _ in range(3):
        QApplication.processEvents()


def test_the_features_are_in_the_apps_lists() -> None:
    assert PrivacyFeature in features_for("counselor") and DashboardFeature in features_for("coordinator")


def test_charts_draw_when_shown_with_n_under_each_week(page: DashboardPage) -> None:
    assert page.band_chart.canvas is None  # nothing drawn (matplotlib not needed) until shown
    show(page)
    assert page.tabs.currentWidget() is page.summary and page.band_chart.canvas is None  # the Summary first
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert page.band_chart.canvas is not None and page.heat_chart.canvas is None  # other tabs wait
    from wellcare.ui.dashboard import plot

    lines = dict(plot.plotted_lines(page.band_chart.figure))
    assert set(lines) == {"Good wellbeing", "Low wellbeing", "Very low wellbeing", "Not taken that week"}
    assert all(len(v) == 6 for v in lines.values())
    texts = plot.figure_texts(page.band_chart.figure)
    report = page.report
    assert report is not None
    mondays = ["Oct 12", "Oct 19", "Oct 26", "Nov 2", "Nov 9", "Nov 16"]  # W42-W47, as people write them
    assert [w.period for w in report.weeks] == [f"2026-W{n}" for n in range(42, 48)]
    for i, (monday, week) in enumerate(zip(mondays, report.weeks, strict=True)):
        year = "\n2026" if i == 0 else ""  # the year once, on a line of its own
        assert f"{monday}\nN {week.n}{year}" in texts
    assert any("ε = 0.8" in t for t in texts)


def test_the_heat_map_marks_hidden_cells_and_shows_no_small_number(page: DashboardPage) -> None:
    show(page)
    page.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    from wellcare.ui.dashboard import plot

    texts = plot.figure_texts(page.heat_chart.figure)
    assert texts.count("hidden") >= 6  # the pilot team, every week
    assert "< 5" not in texts and not any("so that" in t for t in texts)  # never why a cell is hidden
    numbers = [int(t) for t in texts if t.isdigit()]
    assert numbers and min(numbers) >= 5
    page.heat_metric.setCurrentIndex(page.heat_metric.findData("pss10_high"))
    texts = plot.figure_texts(page.heat_chart.figure)
    # each shown share with its 95% interval, or "too uncertain" when that interval is wider than 40 points
    assert all(re.fullmatch(r"\d+%\n\d+%–\d+%\nN \d+", t) or t == "too uncertain"
               for t in texts if "%" in t or "uncertain" in t)
    # a number exactly where the report's interval (before clipping) is narrow enough, else "too uncertain"
    report = page.report
    assert report is not None
    values = [c.metrics["pss10_high"] for row in report.units.cells for c in row if "pss10_high" in c.metrics]
    assert values
    shown = [t for t in texts if re.fullmatch(r"\d+%\n\d+%–\d+%\nN \d+", t)]
    assert len(shown) == sum(not v.uncertain for v in values)
    assert texts.count("too uncertain") == sum(v.uncertain for v in values)


def test_the_eap_tab_says_which_weeks_its_blocks_cover(page: DashboardPage, org: Org) -> None:
    from matplotlib.figure import Figure

    from wellcare.ui.dashboard import plot

    org.clock.advance(timedelta(weeks=1))  # W49: the block W45-W48 is over
    show(page)
    page.select(first="2026-W43", last="2026-W48")  # cuts the block W41-W44
    report = page.report
    assert report is not None and report.eap is not None
    assert report.eap.covered == ("2026-W45", "2026-W46", "2026-W47", "2026-W48")
    assert report.eap.left_out == ("2026-W43", "2026-W44")
    figure = Figure()
    plot.draw_eap(figure, report.eap, page.chart_texts(plot))
    note = " ".join(plot.figure_texts(figure))
    assert "Counted: " in note and "Left out: " in note and "4-week block" in note
    assert "14" in plot.figure_texts(figure)  # the block's total: 11 counselling + 3 legal support


def test_a_small_team_filter_is_refused_with_the_reason(page: DashboardPage) -> None:
    show(page)
    page.select(unit="Pilot")
    assert page.warning.isVisible() and "fewer than 5 people, or comparing" in page.warning.text()
    assert page.report is not None and page.report.filter_refused
    assert not page.csv_button.isEnabled()
    page.select(unit="1팀 민원상담")
    assert not page.warning.isVisible()
    assert all(w.n is not None and w.n >= 5 for w in page.report.weeks)


def test_every_number_row_carries_n_and_epsilon(page: DashboardPage) -> None:
    rows = page.number_rows()
    assert rows
    for row in rows:
        assert int(row[5]) >= 5 and row[6] == "0.800"


def test_csv_and_pdf_exports_keep_suppression(page: DashboardPage, org: Org, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    org.clock.advance(timedelta(weeks=1))  # W49: the EAP block W45-W48 is over and may be counted
    show(page)
    page.select(last="2026-W48")  # no summaries yet that week, but EAP requests
    target = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (target["path"], "")))
    target["path"] = str(tmp_path / "floor.csv")
    assert page.export_csv_dialog() == tmp_path / "floor.csv"
    with (tmp_path / "floor.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(int(r["n"]) >= 5 for r in rows if r["n"])
    pilot = [r for r in rows if r["unit"] == "Pilot"]
    assert pilot and all(r["n"] == "" and r["hidden"] for r in pilot)
    eap = [r for r in rows if r["section"] == "eap_requests"]
    # 11 counselling and 3 legal-support requests in the block, all new: the 3 is small, and with it the 11
    # (the kinds with no request are hidden zeros, too few to cover it); what is left is the block's total
    assert {(r["field"], r["category"], r["n"]) for r in eap if r["n"]} == {("all", "all", "14")}
    assert {r["period"] for r in eap} == {"2026-W45..2026-W48"}  # the whole block, never one week
    assert all(r["hidden"] == "hidden" for r in eap if not r["n"])
    target["path"] = str(tmp_path / "floor.pdf")
    assert page.export_pdf_dialog() == tmp_path / "floor.pdf"
    pdf = (tmp_path / "floor.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 10
    target["path"] = ""
    assert page.export_csv_dialog() is None  # cancelled: nothing written


def test_eap_counts_come_from_the_coordinators_own_inbox(data: DashboardData, org: Org) -> None:
    eap = EapInbox(org.coordinator_vault, org.keys, org.clock)
    assert len(eap.requests()) == 14
    assert data.eap_counts(["2026-W48"]) == {("counseling", "new"): 11, ("legal_support", "new"): 3}
    assert data.eap_counts(["2026-W47"]) == {}
    assert data.eap_weekly(["2026-W47", "2026-W48"]) == {"2026-W48": {("counseling", "new"): 11,
                                                                     ("legal_support", "new"): 3}}
    report = data.report("2026-W42", "2026-W48")
    assert report.eap is not None and report.eap.total is None  # W48's block is not over yet
    assert report.eap.left_out == tuple(periods_between("2026-W42", "2026-W48"))  # W41-W44 is cut, W45-W48 running
    org.clock.advance(timedelta(weeks=1))
    report = data.report("2026-W42", "2026-W48")
    assert report.eap is not None and report.eap.total == 14 and report.eap.covered[0] == "2026-W45"
    legal = report.eap.rows.index("legal_support")
    assert report.eap.cells[legal][report.eap.cols.index("new")] is None  # 3 < 5
    eap.set_triage(eap.requests()[0].envelope_id, Triage.IN_PROGRESS)
    assert sum(data.eap_counts(["2026-W48"]).values()) == 14


def test_korean_labels_render_with_a_hangul_font(page: DashboardPage, english: Translations) -> None:
    translations = english
    translations.install("ko")
    try:
        from matplotlib import font_manager

        from wellcare.ui.dashboard import plot

        show(page)
        page.rebuild()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            page.tabs.setCurrentIndex(1)
            page.band_chart.redraw()
            page.band_chart.canvas.draw()
            page.tabs.setCurrentIndex(2)
            page.heat_chart.redraw()
            page.heat_chart.canvas.draw()
        missing = [str(w.message) for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
        assert missing == []
        texts = plot.figure_texts(page.band_chart.figure) + plot.figure_texts(page.heat_chart.figure)
        hangul = [t for t in texts if re.search("[가-힣]", t)]
        assert hangul, texts
        for ax in page.band_chart.figure.axes:
            for text in [ax.title, *ax.get_legend().get_texts()]:
                path = font_manager.findfont(text.get_fontproperties(), fallback_to_default=False)
                assert "CJK" in path or "Nanum" in path or "Malgun" in path, path
    finally:
        translations.install("en")


STARTUP = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser
    from wellcare.vault import VaultManager

    qapp = QApplication([])
    VaultManager(Path(sys.argv[1])).create("keyring", role="coordinator").vault.close()
    args = build_parser().parse_args(["--profile", sys.argv[1], "--lang", "en", "--coordinator"])
    app = WellCareApp(args, qapp)
    assert app.start()
    started = "matplotlib" in sys.modules
    app.show_page("dashboard")
    for _ in range(20):
        qapp.processEvents()
    summary = "matplotlib" in sys.modules  # the Summary tab is words and a table: no charts yet
    from wellcare.ui.dashboard.page import DashboardPage

    [page] = [w for w in qapp.allWidgets() if isinstance(w, DashboardPage)]
    page.tabs.setCurrentIndex(1)
    for _ in range(20):
        qapp.processEvents()
    shown = "matplotlib" in sys.modules
    binding = sys.modules["matplotlib.backends.qt_compat"].QT_API if shown else None
    app.shutdown()
    print(json.dumps({"at_start": started, "summary": summary, "after_chart": shown, "binding": binding}))
    """
)


def test_matplotlib_loads_only_when_the_dashboard_is_shown(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")]))
    env.pop("MPLBACKEND", None)
    out = subprocess.run([sys.executable, "-c", STARTUP, str(tmp_path / "coordinator")], env=env,
                         capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"at_start": False, "summary": False, "after_chart": True, "binding": "PySide6"}


def test_the_feature_keeps_the_org_policy_before_the_inbox_first_imports(qtbot, org: Org, english) -> None:  # type: ignore[no-untyped-def]
    from wellcare.aggregates.policy import SETTING
    from wellcare.calls import CallState
    from wellcare.ui.feature import AppContext
    from wellcare.ui.notify import Notifier
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler

    org.coordinator_vault.execute("DELETE FROM settings WHERE key = ?", (SETTING,))
    calls = CallState(org.clock)
    ctx = AppContext(profile_dir=org.coordinator_profile, policy=org.policy,
                     vault=lambda: org.coordinator_vault,
                     clock=org.clock, scheduler=QtMainThreadScheduler(clock=org.clock), notifier=Notifier(calls),
                     calls=calls, language=lambda: "en")
    feature = DashboardFeature(ctx)  # constructed, not started yet: app.py constructs every feature first
    assert org.coordinator_vault.get_setting(SETTING)["org_units"] == list(UNITS)
    feature.start()
    [spec] = feature.pages()
    qtbot.addWidget(spec.widget)
    assert spec.key == "dashboard" and isinstance(spec.widget, DashboardPage)
    assert [e.text for e in feature.tray_entries()] == ["Floor dashboard"]
    feature.stop()
    assert feature.pages() == []


def test_exports_start_in_the_documents_folder(page: DashboardPage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.support.documents import korean_documents_folder, record_dialog_starts

    show(page)
    documents = korean_documents_folder(monkeypatch, tmp_path)  # the app was started in another folder
    started = record_dialog_starts(monkeypatch)
    assert page.export_csv_dialog() is None and page.export_pdf_dialog() is None
    assert [Path(s).parent for s in started] == [documents, documents]
    assert [Path(s).suffix for s in started] == [".csv", ".pdf"]



def test_pdf_pages_keep_titles_and_cells_inside_the_paper(page: DashboardPage) -> None:
    from wellcare.ui.dashboard import plot

    show(page)
    report = page.report
    assert report is not None
    figure = plot.pdf_page()
    plot.draw_bands(figure, report, "who5_band", page.chart_texts(plot), font_pt=11)
    renderer = figure._get_renderer()
    figure.draw_without_rendering()
    title = figure.axes[0].title if figure.axes[0].title.get_text() else figure.axes[0]._left_title
    box = title.get_window_extent(renderer)
    dpi = figure.dpi
    assert figure.bbox.height - box.y1 >= 0.3 * dpi  # the title is at least 0.3 in below the paper's top edge
    long_rows = [["Week of 12 Oct 2026", "Hard calls per 100 counselor-weeks, estimated for the whole floor",
                  "Not taken that week, or not measured", "100.0", "100.0 – 100.0", "1,234", "0.800"]] * 3
    sheet = plot.table_page(long_rows, page.number_header())
    table = sheet.axes[0].tables[0]
    assert plot.overflowing_cells(sheet, table) == []  # the font shrank until every text fits its cell
