"""Aggregates at scale: import 50,000 sealed contributions, then render the coordinator's dashboard.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_aggregates.py [--counselors 1000]
[--weeks 50] [--no-fsync]``. Not part of pytest.

Every contribution takes the real path: built on the "counselor" side exactly as the app builds it
(memoized randomized response, dedup token, canonical bytes; ``simulate_contributions``), sealed
to the coordinator's key and posted to a folder exchange; then ``Inbox.import_once`` on a real
SQLCipher coordinator vault with the real handler registry: strict read, decrypt, strict payload
check, token lookup, one vault transaction per envelope, file removal. Then the dashboard page is
built on that vault and each of its four charts drawn and painted, offscreen at 1100×720: once
cold (the first chart imports matplotlib), once warm (another range and one team).

Last, the privacy table (issue #13): simulated 95% half-widths and interval coverage of the
one-field scheme at the default budget for a 150-counselor centre and a 5,000-counselor council,
over 1-, 4- and 13-week windows, and whether the two goals hold (``privacy_table``).
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DISTRICTS = (  # Seoul's 25 districts
    "강남구", "강동구", "강북구", "강서구", "관악구", "광진구", "구로구", "금천구", "노원구",
    "도봉구", "동대문구", "동작구", "마포구", "서대문구", "서초구", "성동구", "성북구", "송파구",
    "양천구", "영등포구", "용산구", "은평구", "종로구", "중구", "중랑구",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counselors", type=int, default=1000)
    parser.add_argument("--weeks", type=int, default=50)
    parser.add_argument("--no-fsync", action="store_true", help="skip fsync on the share (the vault still syncs)")
    parser.add_argument("--scheme", type=int, choices=(1, 2), default=2, help="2: one field per week (the app's)")
    parser.add_argument("--table-only", action="store_true", help="print the privacy table only")
    args = parser.parse_args()
    if args.table_only:
        print_privacy_table()
        return

    from PySide6.QtWidgets import QApplication

    from wellcare.aggregates.policy import SETTING, AggregatePolicy
    from wellcare.aggregates.report import shift_week
    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.coordinator.handlers import build_registry
    from wellcare.exchange import Folder, FolderTransport
    from wellcare.inbox.dispatcher import HandlerSetup, Inbox
    from wellcare.inbox.keys_store import ensure_keys
    from wellcare.schedule.clock import SystemClock
    from wellcare.ui.dashboard.page import DashboardPage
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.theme import apply_theme
    from wellcare.vault import VaultManager

    app = QApplication([])
    apply_theme(app)
    epsilon = math.log(3)
    start = "2025-W48"
    with tempfile.TemporaryDirectory(prefix="wellcare-agg-bench-") as tmp:
        root = Path(tmp)
        vault = VaultManager(root / "coordinator").create("passphrase", "bench passphrase", role="coordinator").vault
        keys, _ = ensure_keys(vault)
        vault.set_setting(SETTING, AggregatePolicy(DISTRICTS, 5, epsilon).to_json())
        transport = FolderTransport.create(root / "exchange", fsync=not args.no_fsync)

        t0 = time.perf_counter()
        truth = simulate_contributions(transport, keys.public(), args.counselors, args.weeks, 2026, DISTRICTS, epsilon,
                                       start, participation=1.0, resend_rate=0.0, scheme=args.scheme)
        t1 = time.perf_counter()
        n = truth.written

        clock = SystemClock()
        inbox = Inbox(vault, keys, build_registry(HandlerSetup(vault, keys, clock)), clock)
        t2 = time.perf_counter()
        report = inbox.import_once(transport)
        t3 = time.perf_counter()
        assert report.accepted == n and report.quarantined == 0, report
        assert transport.list(Folder.INBOX) == []
        size = (root / "coordinator" / "vault.db").stat().st_size

        data = DashboardData(vault, clock)
        last = shift_week(start, args.weeks - 1)
        t4 = time.perf_counter()
        data.report(shift_week(last, -11), last)
        t5 = time.perf_counter()

        def render(page: DashboardPage) -> None:
            """Show each chart tab and paint it, as the screen would (grab() forces the paint)."""
            for index in range(5):  # the Summary, then the four charts
                page.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab()

        window = MainWindow(tray_available=False, can_lock=False)
        window.resize(1100, 720)
        t6 = time.perf_counter()
        page = DashboardPage(data)
        window.add_page("dashboard", "Dashboard", page, scroll=False)
        window.show()
        app.processEvents()
        render(page)
        t7 = time.perf_counter()
        charts = (page.band_chart, page.heat_chart, page.rate_chart, page.eap_chart)
        assert all(c.canvas is not None for c in charts), [c.draws for c in charts]
        page.tabs.setCurrentIndex(0)
        t8 = time.perf_counter()
        page.select(first=shift_week(last, -25), last=last, unit=DISTRICTS[3])
        render(page)
        t9 = time.perf_counter()
        page.tabs.setCurrentIndex(0)
        app.processEvents()
        t10 = time.perf_counter()
        page.select(unit=DISTRICTS[5])  # what one click costs: a new report, the visible chart redrawn
        app.processEvents()
        window.grab()
        t11 = time.perf_counter()
        window.hide()
        vault.close()

    print(f"contributions: {n} from {args.counselors} counselors × {args.weeks} weeks in {len(DISTRICTS)} units; "
          f"ε = ln 3 per week; share fsync: {not args.no_fsync}; vault: SQLCipher 4, WAL, synchronous=FULL")
    print(f"build + seal + post (simulation): {t1 - t0:7.2f} s  {n / (t1 - t0):8.0f} /s")
    print(f"import (read, open, check, store, remove): {t3 - t2:7.2f} s  {n / (t3 - t2):8.0f} /s; "
          f"vault after import {size / 1e6:.1f} MB")
    print(f"report, 12 weeks, whole floor:  {t5 - t4:7.3f} s")
    print(f"dashboard, cold (page + 4 charts, matplotlib import included): {t7 - t6:7.2f} s")
    print(f"dashboard, warm (26 weeks, one unit, 4 charts): {t9 - t8:7.2f} s")
    print(f"dashboard, one filter change (visible chart only): {t11 - t10:7.2f} s")
    print_privacy_table()


def print_privacy_table() -> None:
    """The half-width table at the default policy, and the two goals of issue #13."""
    from wellcare.aggregate_format.one_field import OneFieldBudget
    from wellcare.aggregates.privacy_table import simulate_rows, table_markdown
    from wellcare.policy import Policy, privacy_budget

    budget = OneFieldBudget(*privacy_budget(Policy()))
    t0 = time.perf_counter()
    rows = [*simulate_rows(150, budget), *simulate_rows(5000, budget)]
    t1 = time.perf_counter()
    print(f"\nprivacy table at the default policy (simulated, {t1 - t0:.1f} s):")
    print(table_markdown(rows))
    centre = next(r for r in rows if (r.counselors, r.window_weeks, r.field) == (150, 13, "who5_low"))
    council = next(r for r in rows if (r.counselors, r.window_weeks, r.field) == (5000, 4, "who5_band"))
    for label, row, goal in (("150-counselor centre, quarterly share of low well-being", centre, 15.0),
                             ("5,000-counselor council, 4-week band shares", council, 5.0)):
        verdict = "met" if row.half_width_points <= goal else f"NOT met by {row.half_width_points - goal:.1f} points"
        print(f"goal {label}: ±{row.half_width_points:.1f} (goal ±{goal:.0f}), coverage {100 * row.coverage:.1f}%: "
              f"{verdict}")


if __name__ == "__main__":
    main()
