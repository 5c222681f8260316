"""Each week's partitions: small parts hidden with company, a hidden rest of at least the minimum,
complements no reader can predict, and the same week hidden the same way in every query."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from pathlib import Path

import pytest

from wellcare.aggregates.partition import hidden_parts, keyed_rng
from wellcare.aggregates.store import ContributionsStore
from wellcare.vault import VaultManager

SECRET = bytes(range(32))


def hide(parts: list[int], minimum: int = 5, secret: bytes = SECRET, week: str = "2026-W40") -> list[bool]:
    return hidden_parts(parts, minimum, keyed_rng(secret, "units", week))


def test_large_parts_are_all_shown() -> None:
    assert hide([12, 10, 9, 5]) == [False] * 4


def test_a_small_part_is_hidden_with_enough_company_to_make_a_group() -> None:
    hidden = hide([12, 9, 3])
    assert hidden[2] and sum(hidden) == 2  # 3 plus one of the others: a rest of 12 or 15
    hidden = hide([20, 2, 2])  # 2 + 2 = 4 is still a small group: the 20 goes too
    assert hidden == [True, True, True]


def test_hidden_zeros_get_company_too() -> None:
    """A hidden rest of 0 would pin every hidden part at 0."""
    hidden = hide([0, 10, 12])
    assert hidden[0] and sum(hidden) == 2


def test_a_hidden_total_hides_every_part() -> None:
    assert hidden_parts([3, 1], 5, keyed_rng(SECRET, "x"), total_hidden=True) == [True, True]


def _consistent_values(parts: list[int], hidden: list[bool]) -> dict[int, set[int]]:
    """Every value each hidden part takes over all non-negative whole parts giving the same shown numbers."""
    rest = sum(n for n, h in zip(parts, hidden, strict=True) if h)
    where = [i for i, h in enumerate(hidden) if h]
    values: dict[int, set[int]] = {i: set() for i in where}
    for combo in itertools.product(range(rest + 1), repeat=len(where)):
        if sum(combo) == rest:
            for i, v in zip(where, combo, strict=True):
                values[i].add(v)
    return values


@pytest.mark.parametrize("seed", range(40))
def test_random_partitions_show_no_small_part_and_say_nothing_of_a_hidden_one(seed: int) -> None:
    rng = random.Random(seed)
    minimum = rng.choice([3, 5, 7])
    parts = [rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 12, 20]) for _ in range(rng.randint(1, 5))]
    if sum(parts) < minimum:
        return  # the total itself is hidden, and with it every part
    hidden = hidden_parts(parts, minimum, keyed_rng(SECRET, str(seed)))
    assert all(n >= minimum for n, h in zip(parts, hidden, strict=True) if not h)
    if not any(hidden):
        return
    assert sum(hidden) >= 2
    for i, seen in _consistent_values(parts, hidden).items():  # could be small, could be not
        assert min(seen) < minimum <= max(seen), (parts, hidden, i, seen)


def test_the_complement_is_not_predictable_without_the_secret() -> None:
    """The old rule took the next-smallest team; here every shown team is drawn now and then."""
    parts = [3, 6, 9, 12, 20]
    chosen = Counter()
    for n in range(200):
        hidden = hide(parts, secret=n.to_bytes(4, "big") * 8)
        chosen.update(i for i, h in enumerate(hidden) if h and i != 0)
    assert set(chosen) == {1, 2, 3, 4} and chosen[1] < 100  # the 6 is no likelier than the others


def test_the_same_week_is_hidden_the_same_way_every_time() -> None:
    parts = [3, 6, 9, 12, 20]
    assert all(hide(parts) == hide(parts) for _ in range(5))
    weeks = {tuple(hide(parts, week=f"2026-W{w:02d}")) for w in range(1, 30)}
    assert len(weeks) > 1  # but another week draws afresh


def test_the_office_secret_is_made_once_and_kept(tmp_path: Path) -> None:
    vault = VaultManager(tmp_path / "office").create("keyring", role="coordinator").vault
    secret = ContributionsStore(vault).suppression_secret()
    assert len(secret) == 32 and ContributionsStore(vault).suppression_secret() == secret
    other = VaultManager(tmp_path / "other").create("keyring", role="coordinator").vault
    assert ContributionsStore(other).suppression_secret() != secret
