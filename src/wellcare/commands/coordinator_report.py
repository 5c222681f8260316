"""`wellcare coordinator report`: the dashboard's numbers, headless (for tests and scripts).

Same report as the dashboard (:mod:`wellcare.aggregates.report`): estimates with 95% intervals,
each with its group size N and ε, small groups and their complements hidden (not saying which is
which). ``--json`` is documented in docs/AGGREGATES.md. ``--json`` prints
the whole report; ``--csv FILE`` writes its rows; without either, a short text summary.

``--council OUT.json [--quarter Q]`` writes the centre's signed report for the council instead
(:mod:`wellcare.council.centre_report`, docs/COUNCIL.md).

Exit codes: 0 done (also when a unit filter had to be refused: the JSON says so); 1 the vault or
policy could not be used; 2 usage error (a bad week, an unknown unit).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from wellcare.aggregate_format.schema import check_period
from wellcare.aggregates.policy import aggregate_policy, remember
from wellcare.aggregates.report import AggregateReport, shift_week
from wellcare.aggregates.report_files import CSV_HEADER, report_rows
from wellcare.aggregates.windows import WINDOW_CHOICES
from wellcare.commands.context import EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.coordinator import coordinator_profile
from wellcare.coordinator.dashboard_data import DEFAULT_WEEKS, DashboardData
from wellcare.council.periods import clip_quarter, quarter_weeks
from wellcare.policy import PolicyError
from wellcare.schedule.clock import SystemClock


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rep = csub.add_parser("report")
    rep.add_argument("--json", action="store_true", help="print the whole report as JSON")
    rep.add_argument("--csv", type=Path, help="write the report's rows to this CSV file")
    rep.add_argument("--from", dest="first", help="first ISO week, e.g. 2026-W36 (default: --weeks before --to)")
    rep.add_argument("--to", dest="last", help="last ISO week (default: the latest week with contributions)")
    rep.add_argument("--weeks", type=int, default=DEFAULT_WEEKS, help=f"weeks to show (default {DEFAULT_WEEKS})")
    rep.add_argument("--unit", help="one unit only (\"none\": contributions that named no unit)")
    rep.add_argument("--window", type=int, choices=WINDOW_CHOICES, default=1,
                     help="also pool weeks into windows of 4 or 13 (one-field contributions only)")
    rep.add_argument("--council", type=Path, metavar="OUT.json",
                     help="write the centre's report for the council (signed, under the common definition)")
    rep.add_argument("--quarter", help="with --council: the ISO weeks of this quarter, e.g. 2026-Q4")
    rep.set_defaults(handler=report_command)


def council_range(args: argparse.Namespace, first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """--quarter's first and last week; ValueError for options that do not go together."""
    if args.quarter is None:
        return first, last
    if args.council is None:
        raise ValueError("--quarter goes with --council")
    if first or last:
        raise ValueError("give either --quarter or --from/--to, not both")
    weeks = quarter_weeks(args.quarter)
    return weeks[0], weeks[-1]


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def summary_lines(report: AggregateReport) -> list[str]:
    settings = report.settings
    who = report.unit or "all units"
    lines = [
        f"Aggregates {report.periods[0]}..{report.periods[-1]} ({who}); minimum group {settings.min_group_size}, "
        f"epsilon {settings.epsilon:.3g} per week",
    ]
    if report.filter_refused:
        lines.append("  filter refused: every week of this unit is hidden")
    for i, week in enumerate(report.weeks):
        if week.n is None:
            lines.append(f"  {week.period}: hidden")
            continue
        parts = []
        for name, rows in report.bands.items():
            row = rows[i]
            shown = " ".join(f"{s.category} {_pct(s.share)} [{_pct(s.low)}-{_pct(s.high)}]" for s in row.shares)
            eps = "/".join(f"{e:.3g}" for e in row.epsilon)
            parts.append(f"{name} (eps {eps}): {shown}")
        calls = report.hard_calls_per_100[i]
        rate = "-" if calls.value is None else f"{calls.value:.0f} [{calls.low or 0:.0f}-{calls.high or 0:.0f}]"
        lines.append(f"  {week.period}: N={week.n}; hard calls per 100 counselor-weeks {rate}")
        lines.extend(f"      {p}" for p in parts)
    for name, windows in report.pooled.items():
        for w in windows:
            if w.gap is not None:
                lines.append(f"  {name} {w.first}..{w.last} ({w.weeks} weeks pooled): no estimate ({w.gap.value})")
                continue
            shown = " ".join(f"{s.categories[0]} {_pct(s.share)} [{_pct(s.low)}-{_pct(s.high)}]" for s in w.shares)
            lines.append(f"  {name} {w.first}..{w.last} ({w.weeks} weeks pooled, N={w.n}): {shown}")
    return lines


def report_command(ctx: Context) -> int:
    args = ctx.args
    try:
        first = check_period(args.first) if args.first else None
        last = check_period(args.last) if args.last else None
    except ValueError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_USAGE
    if args.weeks < 1:
        ctx.err.write("wellcare: --weeks must be 1 or more\n")
        return EXIT_USAGE
    try:
        first, last = council_range(args, first, last)
    except ValueError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_USAGE
    profile = coordinator_profile(ctx)
    vault = ctx.open_vault(profile, check=False)  # it reads; SQLCipher checks each page it reads
    try:
        try:
            remember(vault, ctx.policy())  # the policy this command was given wins from now on
        except PolicyError as exc:
            ctx.err.write(f"wellcare: {exc}\n")
        data = DashboardData(vault, SystemClock(), aggregate_policy(vault, profile))
        _, default_last = data.default_range(args.weeks)
        last = last or (shift_week(first, args.weeks - 1) if first else default_last)
        first = first or shift_week(last, -(args.weeks - 1))
        if args.quarter is not None:
            first, last = clip_quarter(first, last, data.periods(), data.current_week())
        if first > last:
            ctx.err.write("wellcare: --from must not be after --to\n")
            return EXIT_USAGE
        if args.unit is not None and args.unit not in data.units():
            ctx.err.write(f"wellcare: unknown unit {args.unit!r} (units: {', '.join(data.units())})\n")
            return EXIT_USAGE
        report = data.report(first, last, args.unit, windows=args.window)
        if args.council is not None:
            from wellcare.commands.council_export import write_council_report  # signing: only for --council

            return write_council_report(ctx, vault, report, args.council, args.quarter)
    finally:
        vault.close()
    if args.csv is not None:
        with args.csv.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            writer.writerows(report_rows(report))
    if args.json:
        ctx.out.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    elif args.csv is None:
        ctx.out.write("\n".join(summary_lines(report)) + "\n")
    return EXIT_OK
