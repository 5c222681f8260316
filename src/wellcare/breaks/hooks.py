"""How the breaks service reaches its UI: plain callables the Qt feature adapts to widgets and signals."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellcare.breaks.screen import HeadsUp, Recommend, ShownBreak


def _nothing(*_: object) -> None:
    return None


def _no_suggestion(context: Mapping[str, object]) -> Sequence[str]:
    return []


@dataclass
class BreakHooks:
    """How the service reaches its UI; every hook defaults to doing nothing (headless use, tests)."""

    changed: Callable[[], None] = _nothing  # the record, the plan, the settings or idle detection changed
    planned: Callable[[datetime], None] = _nothing  # a plan was just made (the tray tooltip refreshes)
    heads_up: Callable[[HeadsUp], None] = _nothing  # give the heads-up before a break
    show: Callable[[ShownBreak], None] = _nothing  # put this break on screen (or raise it if it already is)
    hide: Callable[[], None] = _nothing  # the break on screen is over: take it down
    arm_presence: Callable[[timedelta | None], None] = _nothing  # poll presence after this long (None: stop)
    recommend: Recommend = _no_suggestion  # exercise ids for a scheduled break (the programs capability)
