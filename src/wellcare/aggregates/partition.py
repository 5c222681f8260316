"""Suppression of one published total and its parts, with complements the reader cannot predict.

Every count the aggregate report publishes is a part of exactly one published total: a unit's
contributions in a week are parts of the week's total, an EAP request kind's requests in a week
are parts of the week's requests, a kind's statuses are parts of that kind's count. Nothing else
is published about a week, and a range of weeks only ever adds up numbers its weeks publish, so
the whole report is a tree of these partitions and each can be made safe on its own:

- a part under the minimum is hidden;
- the hidden parts add up to the total minus the shown ones, a group too: shown parts are hidden
  as well until that rest is at least the minimum (a rest of 0 would pin every hidden part at 0).
  Then there are at least two hidden parts and each lies anywhere in [0, rest] for all a reader
  can tell (non-negativity allows no more): the interval reaches both below and above the
  minimum, so it says neither the value nor whether the part is small;
- a hidden total hides all its parts (a shown part would prove the total is at least the minimum).

Which shown parts join the hidden ones is drawn at random from a generator keyed by the office's
secret (:func:`keyed_rng`), not "the next smallest": a reader who knew the rule could otherwise tell
the small part from its complement. The draw depends only on the secret and on what the partition
is (its week and labels), so every query that reaches the same week hides the same parts.
"""

from __future__ import annotations

import hashlib
import hmac
import random
from collections.abc import Sequence


def keyed_rng(secret: bytes, *context: str) -> random.Random:
    """A generator no one without ``secret`` can replay, the same for the same context every time."""
    message = "\x1f".join(context).encode("utf-8")
    return random.Random(hmac.new(secret, message, hashlib.sha256).digest())


def hidden_parts(parts: Sequence[int], minimum: int, rng: random.Random, *, total_hidden: bool = False) -> list[bool]:
    """For each part, whether it is hidden; ``total_hidden`` hides them all.

    The parts add up to the published total (at least ``minimum``). If any part is hidden, the
    hidden ones add up to at least ``minimum`` and there are two or more of them.
    """
    if total_hidden:
        return [True] * len(parts)
    hidden = [n < minimum for n in parts]
    rest = sum(n for n, h in zip(parts, hidden, strict=True) if h)
    while True:
        shown = [i for i, h in enumerate(hidden) if not h]
        count = len(parts) - len(shown)
        if count == 0 or not shown or (rest >= minimum and count >= 2):
            return hidden
        pick = shown[rng.randrange(len(shown))]
        hidden[pick] = True
        rest += parts[pick]
