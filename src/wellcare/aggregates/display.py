"""When a number is too uncertain to show: the one rule, used by the dashboard, the PDF and the JSON.

A share whose 95% interval is wider than :data:`MAX_SHOWN_WIDTH` says
"too uncertain" instead of a number: a cell reading "35% (5–75%)" invites reading the 35% and
forgetting the rest. 40 points is where a share still separates "few" from "most" (an interval
of 10–50% says "not most"); wider than that it says nothing a coordinator could act on. The
verdict (:mod:`.verdict`) never tests a window that is too uncertain to show.

The width is the interval's *before* clipping to [0, 1]: an estimate of 150% ± 40 points clips to
"100% (68–100%)", which looks narrow and would tell a coordinator a whole team is struggling.
"""

from __future__ import annotations

from wellcare.aggregates.estimate import Z_95

MAX_SHOWN_WIDTH = 0.40  # a share's 95% interval may be at most 40 percentage points wide to be shown


def too_uncertain(unbiased: float, se: float) -> bool:
    """True when the share's 95% interval, unbiased ± 1.96·se before clipping, is too wide to show."""
    return 2 * Z_95 * se > MAX_SHOWN_WIDTH + 1e-12
