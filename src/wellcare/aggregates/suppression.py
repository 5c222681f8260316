"""The minimum group size and the filter check: the rules every shown number keeps.

A group under the minimum (5 by default, never below 3) is not shown, and neither is a filtered
view whose remainder is small (Culture Amp refuses such a filter): the unfiltered view minus the
filtered one would describe the few left out. Which other numbers are hidden so that a small one
cannot be worked out by subtraction is :mod:`.partition`'s part (see docs/AGGREGATES.md).
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_GROUP_SIZE_DEFAULT = 5
MIN_GROUP_SIZE_FLOOR = 3



class MinGroupSizeError(ValueError):
    """The configured minimum group size is unusable (below the floor of 3, or not a whole number)."""


def check_min_group_size(value: int) -> int:
    """Refuse a minimum group size below 3: with 2, either member can subtract the other."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise MinGroupSizeError(f"the minimum group size must be a whole number, not {value!r}")
    if value < MIN_GROUP_SIZE_FLOOR:
        raise MinGroupSizeError(f"the minimum group size is {value}, below the floor of {MIN_GROUP_SIZE_FLOOR}: "
                                f"groups that small identify people (the usual value is {MIN_GROUP_SIZE_DEFAULT})")
    return value


@dataclass(frozen=True)
class FilterDecision:
    """Whether a filtered view may be shown; ``reason`` says why not, in words for the coordinator."""

    allowed: bool
    reason: str = ""


def check_filter(total: int, filtered: int, min_group_size: int = MIN_GROUP_SIZE_DEFAULT) -> FilterDecision:
    """Refuse a filter whose group, or whose remainder (total − filtered), is under the minimum.

    A small remainder is as revealing as a small group: the unfiltered view minus the filtered one
    describes the few people left out. A filter that keeps everyone (remainder 0) adds nothing.
    """
    minimum = check_min_group_size(min_group_size)
    for name, n in (("total", total), ("filtered", filtered)):
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"{name} must be a whole number, 0 or more, not {n!r}")
    if filtered > total:
        raise ValueError(f"the filtered group ({filtered}) cannot be larger than the total ({total})")
    if filtered < minimum:
        return FilterDecision(False, f"This filter leaves {filtered} people; groups under {minimum} are not shown.")
    remainder = total - filtered
    if 0 < remainder < minimum:
        return FilterDecision(False, f"This filter leaves out only {remainder} people; comparing it with the "
                                     f"unfiltered view would describe them, and groups under {minimum} are "
                                     f"not shown.")
    return FilterDecision(True)
