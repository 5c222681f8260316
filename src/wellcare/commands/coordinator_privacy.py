"""`wellcare coordinator privacy-table`: what the privacy budget lets the dashboard show, for your centre.

For ``--counselors N`` it simulates the one-field scheme at the policy's budget (``[privacy]
epsilon``, ``epsilon_per_value``, ``epsilon_per_year``; the flags override them) over windows of 1,
4 and 13 weeks and prints, per window, the 95% half-width in percentage points of the share of
low well-being (WHO-5 at or below 50, a yes/no share) and of the WHO-5 bands, with the measured
coverage of the intervals (:mod:`wellcare.aggregates.privacy_table`). ``--json`` prints a list of
rows with ``counselors``, ``window_weeks``, ``field``, ``epsilon_per_year``, ``half_width_points``
and ``coverage`` (and the other two ε and the formula's half-width). It opens no vault.

Exit codes: 0 done; 1 the policy could not be read; 2 usage error (a count or ε out of range).
"""

from __future__ import annotations

import argparse
import json

from wellcare.aggregate_format.one_field import OneFieldBudget
from wellcare.aggregate_format.policy import ContributionError
from wellcare.aggregates.privacy_table import simulate_rows, table_json, table_markdown
from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.policy import PolicyError, privacy_budget

MAX_COUNSELORS = 100_000


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = csub.add_parser("privacy-table")
    p.add_argument("--counselors", type=int, required=True, help="how many counselors contribute")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.add_argument("--epsilon", type=float, help="epsilon per week (default: the policy's)")
    p.add_argument("--epsilon-per-value", type=float,
                   help="epsilon per unchanged value and year (default: the policy's)")
    p.add_argument("--epsilon-per-year", type=float, help="epsilon per counselor and year (default: the policy's)")
    p.add_argument("--seed", type=int, default=13, help="the simulation's seed")
    p.set_defaults(handler=privacy_table_command)


def privacy_table_command(ctx: Context) -> int:
    args = ctx.args
    if not 1 <= args.counselors <= MAX_COUNSELORS:
        ctx.err.write(f"wellcare: --counselors must be between 1 and {MAX_COUNSELORS}\n")
        return EXIT_USAGE
    try:
        week, value, year = privacy_budget(ctx.policy())
    except PolicyError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_FAIL
    week = args.epsilon if args.epsilon is not None else week
    value = args.epsilon_per_value if args.epsilon_per_value is not None else (
        2 * week if args.epsilon is not None else value)
    year = args.epsilon_per_year if args.epsilon_per_year is not None else max(year, value)
    try:
        budget = OneFieldBudget(week, value, year)
    except ContributionError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_USAGE
    rows = simulate_rows(args.counselors, budget, seed=args.seed)
    if args.json:
        ctx.out.write(json.dumps(table_json(rows), indent=2) + "\n")
    else:
        ctx.out.write(table_markdown(rows) + "\n")
    return EXIT_OK
