"""How many team cells of the heat map show a number: single weeks (before) vs pooled windows (after).

Two organisations at their own policy: the demo (``wellcare demo``: 150 counselors, 5 teams, 12 weeks)
and the screenshot centre (tests/aggregates/screens.py: 757 counselors in 8 teams, 12 weeks, ε = ln 3).
A cell "shows a number" when it is not hidden and its 95% interval (before clipping) is at most
``MAX_SHOWN_WIDTH`` wide. Prints one line per organisation × view × metric, and the load average.
Each organisation's report is made twice from the same vault: with the memo's same-person pairs from the
weekly counts (the app) and, for comparison, at their old bound W − 1 ("bound": everybody sends every week).

Run: ``.venv/bin/python -m tests.perf.team_window_cells``.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from unittest import mock

from wellcare.aggregates.report import HEAT_METRICS, AggregateReport


def count(report: AggregateReport) -> list[tuple[str, str, int, int]]:
    """(view, metric, cells showing a number, cells in the view)."""
    out = []
    table = report.units
    for metric in HEAT_METRICS:
        cells = [c for row in table.cells for c in row]
        shown = sum(1 for c in cells if metric.key in c.metrics and not c.metrics[metric.key].uncertain)
        out.append(("weeks", metric.key, shown, len(cells)))
        for windows in report.team_windows:
            total = sum(len(row) for row in windows.cells)
            out.append((f"{windows.window_weeks}-week", metric.key, windows.shown_cells(metric.key), total))
    return out


Reports = tuple[AggregateReport, AggregateReport]  # (pairs at the bound W − 1, pairs from the weekly counts)


def both(make: Callable[[], AggregateReport]) -> Reports:
    def bound(weekly: Sequence[int]) -> float:
        return float(len(weekly) - 1)

    with mock.patch("wellcare.aggregates.estimate.pairs_per_contribution", bound):
        before = make()
    return before, make()


def screens_centre(tmp: Path) -> Reports:
    from tests.aggregates.helpers import make_org
    from tests.aggregates.screens import SIZES, TEAMS_EN

    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.coordinator.dashboard_data import DashboardData

    org = make_org(tmp, units=TEAMS_EN)
    try:
        truth = simulate_contributions(org.transport, org.keys.public(), dict(zip(TEAMS_EN, SIZES, strict=True)), 12,
                                       2026, TEAMS_EN, 1.0986, "2026-W36")
        org.import_once()
        return both(lambda: DashboardData(org.coordinator_vault, org.clock).report(truth.weeks[0], truth.weeks[-1]))
    finally:
        org.close()


def demo(tmp: Path) -> Reports:
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.demo import DEMO_PASSPHRASE, build_demo
    from wellcare.schedule.clock import SystemClock
    from wellcare.vault import VaultManager

    layout = build_demo(tmp / "demo")
    vault = VaultManager(layout.coordinator).unlock(DEMO_PASSPHRASE)
    try:
        data = DashboardData(vault, SystemClock(), profile_dir=layout.coordinator)
        periods = data.periods()
        return both(lambda: data.report(periods[0], periods[-1]))
    finally:
        vault.close()


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="wellcare-team-windows-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_backend.FileTestKeyring"
    os.environ["WELLCARE_TEST_KEYRING_FILE"] = str(tmp / "keyring.json")
    for name, build in (("demo (150 counselors)", demo), ("screens centre (757)", screens_centre)):
        started = time.perf_counter()
        before, report = build(tmp / name.split()[0])
        print(f"{name}: ε/week {report.settings.epsilon:g}, k {report.settings.min_group_size}, "
              f"{len(report.periods)} weeks, built in {time.perf_counter() - started:.1f} s")
        for (view, metric, old, total), (_, _, shown, _) in zip(count(before), count(report), strict=True):
            print(f"  {view:8} {metric:16} {shown:4} of {total:4} team cells show a number (bound W − 1: {old})")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
