"""Coverage of the pooled windows' 95% intervals over the grid of issue #13, before and after the weekly counts.

"Before": the memo's same-person pairs at their bound C·(W − 1)/F² (everybody sends every week).
"After": the pairs from the group's published weekly counts
(:func:`wellcare.aggregates.estimate.pairs_per_contribution`). "Linked" (a diagnostic only, never
available to the app): the true Σ s(s − 1) of the simulated people, the best any estimate of the pairs could do.
Simulated person by person (tests/aggregates/coverage_sim.py); prints a markdown table and the load average.

Run: ``.venv/bin/python -m tests.perf.coverage_grid [trials]`` (default 3000 windows per case).
"""

from __future__ import annotations

import os
import sys
import time

from tests.aggregates.coverage_sim import UNEVEN, grid, simulate


def main(trials: int) -> None:
    started = time.perf_counter()
    print(f"{trials} windows per case; coverage of 95% intervals (mean half-width, points)\n")
    print("| case | before | after | linked (diagnostic) |")
    print("|---|---|---|---|")
    worst = [1.0, 0.0]
    for case in (*grid(), *UNEVEN):
        before = simulate(case, trials, 2026, pairs="bound")
        after = simulate(case, trials, 2026)
        linked = simulate(case, trials, 2026, pairs="linked")
        worst = [min(worst[0], after[0]), max(worst[1], after[0])]
        print(f"| {case.label} | {100 * before[0]:.1f}% (±{before[1]:.1f}) | {100 * after[0]:.1f}% (±{after[1]:.1f}) "
              f"| {100 * linked[0]:.1f}% (±{linked[1]:.1f}) |", flush=True)
    print(f"\nafter: coverage {100 * worst[0]:.1f}% to {100 * worst[1]:.1f}%; "
          f"{time.perf_counter() - started:.0f} s, load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
