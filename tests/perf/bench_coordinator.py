"""Benchmark (issue #16, goal 2): the coordinator at council scale, every number in one command.

    .venv/bin/python tests/perf/bench_coordinator.py [--store DIR] [--only report,cli,dashboard,import,demo]

- ``report``: ``DashboardData.report`` + pooled windows + ``to_json`` (what ``coordinator report
  --json`` computes) over a 5,000 × 52 store (:mod:`coordinator_data`, built once into ``--store``
  and reused), warm (second run), for each window (12 and 52 weeks; pooled 1, 4, 13) and filter
  (whole org, one unit, "none");
- ``cli``: the command itself, ``wellcare coordinator report --json``, wall time and peak RSS of the
  process (vault open and Python start included);
- ``dashboard``: the dashboard's data for its first render (units, default range, report) and a
  filter change (one unit's report), through ``DashboardData`` only, so it survives a new page;
- ``import`` and ``demo``: as ``bench_footprint.py`` measures them (10,000-file inbox; the
  5,000 × 52 demo, minutes: only when asked).

Every line says the load average (1 min) when it was taken: this machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

WINDOWS = ((12, 1), (52, 1), (52, 4), (52, 13), (13, 13))  # (weeks shown, pooled window)


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def timed(fn: Callable[[], Any], repeat: int = 2) -> tuple[float, Any]:
    """The last of ``repeat`` runs (the first warms the caches), seconds."""
    result, seconds = None, 0.0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - t0
    return seconds, result


def ensure_store(path: Path, counselors: int, weeks: int) -> None:
    import coordinator_data

    if not (path / "profile.json").exists():
        t0 = time.perf_counter()
        coordinator_data.build(path, counselors, weeks).close()
        print(f"built {counselors} × {weeks} store in {time.perf_counter() - t0:.0f} s ({load()})")


def bench_report(path: Path) -> list[dict[str, Any]]:
    import coordinator_data

    from wellcare.aggregates.report import shift_week
    from wellcare.aggregates.windows import with_windows
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.schedule.clock import SystemClock

    vault = coordinator_data.open_built(path)
    rows = []
    try:
        data = DashboardData(vault, SystemClock())
        last = data.periods()[-1]
        for unit in (None, data.units()[0], "none"):
            for weeks, window in WINDOWS:
                first = shift_week(last, -(weeks - 1))

                def run(first: str = first, unit: str | None = unit, window: int = window) -> str:
                    report = with_windows(data.report(first, last, unit), data.store, window)
                    return json.dumps(report.to_json(), ensure_ascii=False, indent=2)

                seconds, _ = timed(run)
                rows.append({"weeks": weeks, "window": window, "unit": unit or "all", "seconds": round(seconds, 3),
                             "load": round(os.getloadavg()[0], 1)})
                print(f"report {weeks:>2} weeks, window {window:>2}, {unit or 'all':<6}: {seconds:.3f} s ({load()})")
    finally:
        vault.close()
    print(f"report: peak RSS of this process {peak_mb()} MB")
    return rows


def bench_cli(path: Path) -> dict[str, Any]:
    """``wellcare coordinator report --json`` on the built store, twice (the second warm)."""
    from bench_footprint import REPO, run_measured

    secret = path.parent / f"{path.name}.passphrase"
    secret.write_text("bench passphrase\n", encoding="utf-8")
    secret.chmod(0o600)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    argv = [sys.executable, "-m", "wellcare", "--profile", str(path), "--passphrase-file", str(secret),
            "coordinator", "report", "--json", "--weeks", "52", "--window", "4"]
    out: dict[str, Any] = {}
    for _ in range(2):
        seconds, peak, _ = run_measured(argv, env)
        out = {"seconds": round(seconds, 2), "peak_rss_mb": round(peak), "load": round(os.getloadavg()[0], 1)}
    print(f"cli coordinator report --json --weeks 52 --window 4: {out['seconds']} s, peak RSS {out['peak_rss_mb']} MB "
          f"({load()})")
    return out


def bench_dashboard(path: Path) -> dict[str, Any]:
    """What the dashboard reads for its first render (default range, whole org) and a filter change."""
    import coordinator_data

    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.schedule.clock import SystemClock

    vault = coordinator_data.open_built(path)
    try:
        def first_render() -> DashboardData:
            data = DashboardData(vault, SystemClock())
            data.units()
            data.report(*data.default_range())
            return data

        first, data = timed(first_render)
        unit = data.units()[1]
        change, _ = timed(lambda: data.report(*data.default_range(), unit))
    finally:
        vault.close()
    out = {"first_render_data_s": round(first, 3), "filter_change_data_s": round(change, 3),
           "load": round(os.getloadavg()[0], 1)}
    print(f"dashboard data: first render {first:.3f} s, filter change {change:.3f} s ({load()})")
    return out


def _verdict(value: float, goal: float, *, at_least: bool = False) -> str:
    met = value >= goal if at_least else value <= goal
    if met:
        return "met"
    return f"not met ({value / goal:.1f}× the goal)" if not at_least else f"not met ({goal / value:.1f}× short)"


def print_table(results: dict[str, Any]) -> None:
    """The goal-2 table of docs/PERFORMANCE.md for this run: value, goal, met or by how much not."""
    rows: list[tuple[str, str, str, str]] = []
    if "report" in results:
        worst = max(results["report"], key=lambda r: r["seconds"])
        rows.append(("report, slowest window and filter (s)", f"{worst['seconds']} (load {worst['load']})", "≤ 1",
                     _verdict(worst["seconds"], 1.0)))
    if "cli" in results:
        r = results["cli"]
        rows.append(("`coordinator report --json`, whole process (s)", f"{r['seconds']} (load {r['load']})", "≤ 1",
                     _verdict(r["seconds"], 1.0)))
    if "dashboard" in results:
        r = results["dashboard"]
        rows.append(("dashboard data, first render (s)", f"{r['first_render_data_s']} (load {r['load']})", "≤ 1.5",
                     _verdict(r["first_render_data_s"], 1.5)))
        rows.append(("dashboard data, filter change (s)", f"{r['filter_change_data_s']} (load {r['load']})", "≤ 0.3",
                     _verdict(r["filter_change_data_s"], 0.3)))
    if "import" in results:
        r = results["import"]
        rows.append((f"import, {r['files']}-file inbox (envelopes/s)", f"{r['per_s']} (load {r['load']})", "≥ 5,000",
                     _verdict(float(r["per_s"]), 5000.0, at_least=True)))
        rows.append(("import peak RSS (MB)", str(r["peak_rss_mb"]), "< 300", _verdict(r["peak_rss_mb"], 300)))
    if "demo" in results:
        r = results["demo"]
        rows.append((f"demo {r['counselors']} × {r['weeks']} (s)", f"{r['seconds']} (load {r['load']})", "≤ 90",
                     _verdict(r["seconds"], 90.0)))
        rows.append(("demo peak RSS (MB)", str(r["peak_rss_mb"]), "< 300", _verdict(r["peak_rss_mb"], 300)))
    if rows:
        print("\n| measure (5,000 × 52) | this run | goal | |\n|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, default=Path("/tmp/wellcare-bench-coordinator"))
    parser.add_argument("--only", default="report,cli,dashboard,import")
    parser.add_argument("--counselors", type=int, default=5000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    results: dict[str, Any] = {}
    if parts & {"report", "cli", "dashboard"}:
        ensure_store(args.store, args.counselors, args.weeks)
    if "report" in parts:
        results["report"] = bench_report(args.store)
    if "cli" in parts:
        results["cli"] = bench_cli(args.store)
    if "dashboard" in parts:
        results["dashboard"] = bench_dashboard(args.store)
    if "import" in parts or "demo" in parts:
        from bench_footprint import REPO, bench_demo, bench_import

        if "import" in parts:
            r = results["import"] = {**bench_import(REPO / "src", args.files), "load": round(os.getloadavg()[0], 1)}
            print(f"import: {r['files']} files in {r['seconds']} s = {r['per_s']} envelopes/s, "
                  f"peak RSS {r['peak_rss_mb']} MB ({load()})")
        if "demo" in parts:
            r = results["demo"] = {**bench_demo(REPO / "src", args.counselors, args.weeks),
                                   "load": round(os.getloadavg()[0], 1)}
            print(f"demo --counselors {r['counselors']} --weeks {r['weeks']}: {r['seconds']} s, "
                  f"peak RSS {r['peak_rss_mb']} MB ({load()})")
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
