"""When a number is too uncertain to show: the one rule, used by the dashboard, the PDF and the JSON.

A share whose 95% interval (after clipping to [0, 1]) is wider than :data:`MAX_SHOWN_WIDTH` says
"too uncertain" instead of a number: a cell reading "35% (5–75%)" invites reading the 35% and
forgetting the rest. 40 points is where a share still separates "few" from "most" (an interval
of 10–50% says "not most"); wider than that it says nothing a coordinator could act on. The
verdict (:mod:`.verdict`) never tests a window that is too uncertain to show.
"""

from __future__ import annotations

MAX_SHOWN_WIDTH = 0.40  # a share's 95% interval may be at most 40 percentage points wide to be shown


def too_uncertain(low: float, high: float) -> bool:
    """True when the interval [low, high] (shares in [0, 1]) is too wide to show its estimate."""
    return high - low > MAX_SHOWN_WIDTH + 1e-12
