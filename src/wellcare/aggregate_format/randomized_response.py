"""k-ary randomized response, run on the counselor's workstation before anything leaves it.

A few lines on ``secrets.SystemRandom()`` (a CSPRNG) instead of OpenDP: its wheel is 47 MB and its
randomized-response constructors sit behind a not-yet-vetted feature flag (STACK.md). A seeded
``random.Random`` may be injected, for simulations and tests only.

Each report is memoized per (field, true value, period) in a store the caller owns (the encrypted
vault), so re-deriving or resending a contribution returns the same report and cannot average the
noise away.
"""

from __future__ import annotations

import math
import random
import secrets
from dataclasses import dataclass
from typing import Protocol

_SYSTEM_RANDOM = secrets.SystemRandom()


def rr_probabilities(epsilon: float, k: int) -> tuple[float, float]:
    """Return (p, q): the chance to report the true category, and each particular other one.

    p = e^ε / (e^ε + k − 1), q = 1 / (e^ε + k − 1), so p / q = e^ε (ε-local differential privacy).
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 2:
        raise ValueError(f"randomized response needs at least 2 categories, not k={k!r}")
    if not (isinstance(epsilon, int | float) and not isinstance(epsilon, bool)) or not math.isfinite(epsilon):
        raise ValueError(f"epsilon must be a finite number, not {epsilon!r}")
    if epsilon <= 0:
        raise ValueError(f"epsilon must be greater than 0, not {epsilon!r}")
    e = math.exp(epsilon)
    denominator = e + k - 1
    return e / denominator, 1.0 / denominator


@dataclass(frozen=True)
class KaryRandomizedResponse:
    """One field's mechanism: its categories (order is part of the schema) and its budget ε."""

    categories: tuple[str, ...]
    epsilon: float

    def __post_init__(self) -> None:
        if len(set(self.categories)) != len(self.categories):
            raise ValueError(f"categories must be distinct: {self.categories!r}")
        rr_probabilities(self.epsilon, len(self.categories))  # validates ε and k

    @property
    def k(self) -> int:
        return len(self.categories)

    @property
    def p(self) -> float:
        return rr_probabilities(self.epsilon, self.k)[0]

    @property
    def q(self) -> float:
        return rr_probabilities(self.epsilon, self.k)[1]

    def randomize(self, true_value: str, rng: random.Random | None = None) -> str:
        """Report the true category with probability p, else one of the other k − 1 uniformly.

        Never memoized: use :func:`memoized_report` for anything that may leave the machine.
        """
        if true_value not in self.categories:
            raise ValueError(f"{true_value!r} is not one of the categories {self.categories!r}")
        source = _SYSTEM_RANDOM if rng is None else rng
        if source.random() < self.p:
            return true_value
        others = [c for c in self.categories if c != true_value]
        return others[source.randrange(len(others))]


@dataclass(frozen=True)
class MemoKey:
    """What a report is memoized under. Holds a true value: keep it only in the encrypted vault."""

    field: str
    true_value: str
    period: str


@dataclass(frozen=True)
class MemoizedReport:
    """A report and the budget it was drawn with (a policy change mid-period keeps the old draw)."""

    report: str
    epsilon: float
    k: int


class MemoStore(Protocol):
    """Where memoized reports live; the app backs this with its vault, tests with a dict."""

    def get(self, key: MemoKey) -> MemoizedReport | None: ...

    def put(self, key: MemoKey, value: MemoizedReport) -> None: ...


class InMemoryMemoStore:
    """A dict-backed :class:`MemoStore` for tests and simulations (forgets on exit)."""

    def __init__(self) -> None:
        self._items: dict[MemoKey, MemoizedReport] = {}

    def get(self, key: MemoKey) -> MemoizedReport | None:
        return self._items.get(key)

    def put(self, key: MemoKey, value: MemoizedReport) -> None:
        self._items[key] = value

    def __len__(self) -> int:
        return len(self._items)


class MemoMismatchError(ValueError):
    """A memoized report does not fit the field's categories: the vault holds a foreign memo."""


def memoized_report(
    field: str,
    true_value: str,
    period: str,
    mechanism: KaryRandomizedResponse,
    memo: MemoStore,
    rng: random.Random | None = None,
) -> MemoizedReport:
    """Return the memoized report for (field, true value, period), drawing and storing it once.

    A memo found is returned as stored, with the ε it was drawn with, even if the policy's ε has
    changed since: a fresh draw would spend budget twice in one period.
    """
    if true_value not in mechanism.categories:
        raise ValueError(f"{field}: {true_value!r} is not one of {mechanism.categories!r}")
    key = MemoKey(field=field, true_value=true_value, period=period)
    found = memo.get(key)
    if found is not None:
        if found.k != mechanism.k or found.report not in mechanism.categories:
            raise MemoMismatchError(
                f"{field}: the memoized report for {period} does not fit this field's {mechanism.k} categories"
            )
        return found
    drawn = MemoizedReport(report=mechanism.randomize(true_value, rng), epsilon=mechanism.epsilon, k=mechanism.k)
    memo.put(key, drawn)
    return drawn
