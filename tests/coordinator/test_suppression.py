"""No small group is shown, and no hidden one can be worked out from what is shown."""

from __future__ import annotations

import random

import pytest

from tests.coordinator.attack import feasible_values, solvable_by_linear_algebra
from wellcare.aggregates.suppression import (
    CountTable,
    Hidden,
    MinGroupSizeError,
    check_filter,
    check_min_group_size,
    suppress,
)


def _table(counts: list[list[int]]) -> CountTable:
    weeks = [f"2026-W{c + 1:02d}" for c in range(len(counts[0]))]
    return CountTable.of([f"unit{r}" for r in range(len(counts))], weeks, counts)


def _assert_safe(counts: list[list[int]], minimum: int = 5, row_totals: bool = True, col_totals: bool = True) -> None:
    t = suppress(_table(counts), minimum, row_totals=row_totals, col_totals=col_totals)
    assert all(v >= minimum for v in t.shown())
    assert solvable_by_linear_algebra(t) == set()


@pytest.mark.parametrize("value", [2, 1, 0, -5])
def test_minimum_below_three_is_refused(value: int) -> None:
    with pytest.raises(MinGroupSizeError, match="below the floor of 3"):
        check_min_group_size(value)
    with pytest.raises(MinGroupSizeError):
        suppress(_table([[10]]), value)
    with pytest.raises(MinGroupSizeError):
        check_filter(100, 50, value)


def test_minimum_must_be_a_whole_number_and_three_is_allowed() -> None:
    assert check_min_group_size(3) == 3
    for bad in (True, 4.5, "5"):
        with pytest.raises(MinGroupSizeError):
            check_min_group_size(bad)  # type: ignore[arg-type]


def test_large_groups_are_all_shown() -> None:
    t = suppress(_table([[12, 10], [9, 8]]))
    assert t.cells == ((12, 10), (9, 8)) and t.row_totals == (22, 17) and t.col_totals == (21, 18)
    assert t.grand_total == 39 and t.hidden == {}


def test_a_unit_whose_size_follows_from_the_total_is_hidden_with_a_partner() -> None:
    # units A=12, B=9, C=3 in one week, total 24: hiding C alone leaves C = 24 − 12 − 9
    t = suppress(_table([[12], [9], [3]]))
    assert t.cells[2] == (None,) and t.hidden[(2, 0)] is Hidden.SMALL
    assert t.cells[1] == (None,) and t.hidden[(1, 0)] is Hidden.COMPLEMENTARY
    assert t.cells[0] == (12,) and t.grand_total == 24
    assert solvable_by_linear_algebra(t) == set()
    values = feasible_values(t, [[12], [9], [3]])
    assert values is not None and all(len(v) > 1 for v in values.values())


def test_complementary_suppression_takes_the_next_smallest_cell() -> None:
    t = suppress(_table([[12, 10], [9, 8], [3, 7]]))
    assert t.cells == ((12, 10), (None, None), (None, None))
    assert t.hidden[(2, 0)] is Hidden.SMALL
    assert {p for p, why in t.hidden.items() if why is Hidden.COMPLEMENTARY} == {(1, 0), (1, 1), (2, 1)}
    assert t.row_totals == (22, 17, 10)


def test_a_hidden_cell_linked_to_the_rest_by_one_bridge_is_still_protected() -> None:
    # Every line has two or more hidden cells after the row/column rule alone, yet (0, 2) is the
    # only link between two hidden rectangles and would follow from the sums; the audit catches it.
    big = 20
    counts = [[1, 2, 3, big], [2, 1, big, big], [big, big, 1, 2], [big, big, 2, 1]]
    t = suppress(_table(counts))
    assert t.cells[0][2] is None
    assert solvable_by_linear_algebra(t) == set()
    assert all(v >= 5 for v in t.shown())


def test_zero_cells_cannot_be_pinned_by_non_negativity() -> None:
    counts = [[0, 0, 12], [6, 7, 8]]
    t = suppress(_table(counts))
    values = feasible_values(t, counts)
    assert values is not None
    assert all(len(v) > 1 for v in values.values()), values


def test_unpublished_row_totals_neither_show_nor_cost_cells() -> None:
    counts = [[12, 10, 9], [2, 11, 14], [8, 7, 6]]
    t = suppress(_table(counts), row_totals=False)
    assert t.row_totals == (None, None, None)
    assert t.cells == ((12, 10, 9), (None, 11, 14), (None, 7, 6))  # no cell hidden just for its unpublished total
    assert t.hidden[(1, 0)] is Hidden.SMALL and t.hidden[(2, 0)] is Hidden.COMPLEMENTARY  # column 0 still adds up
    assert t.hidden[(0, 3)] is Hidden.NOT_SHOWN
    assert solvable_by_linear_algebra(t) == set()
    assert all(v >= 5 for v in t.shown())
    only_rows = suppress(_table(counts), col_totals=False)
    assert only_rows.col_totals == (None, None, None) and only_rows.row_totals[0] == 31
    assert solvable_by_linear_algebra(only_rows) == set()
    bare = suppress(_table(counts), row_totals=False, col_totals=False)
    assert bare.grand_total is None and bare.cells[1] == (None, 11, 14)
    assert [p for p, why in bare.hidden.items() if why is not Hidden.NOT_SHOWN] == [(1, 0)]


def test_everything_small_hides_everything() -> None:
    t = suppress(_table([[1, 1], [1, 0]]))
    assert t.shown() == []


@pytest.mark.parametrize("seed", range(60))
def test_random_tables_show_no_small_group_and_leak_no_hidden_one(seed: int) -> None:
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 7), rng.randint(1, 6)
    counts = [[rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 30]) for _ in range(cols)] for _ in range(rows)]
    _assert_safe(counts, minimum=rng.choice([3, 5, 7]), row_totals=rng.random() < 0.7, col_totals=rng.random() < 0.7)


def test_tiny_random_tables_have_at_least_two_consistent_values_for_every_hidden_entry() -> None:
    rng = random.Random(99)
    checked = 0
    for _ in range(400):
        rows, cols = rng.randint(1, 3), rng.randint(1, 3)
        counts = [[rng.choice([0, 1, 2, 4, 5, 6, 9]) for _ in range(cols)] for _ in range(rows)]
        t = suppress(_table(counts), 5, row_totals=rng.random() < 0.8, col_totals=rng.random() < 0.8)
        if not t.hidden:
            continue
        values = feasible_values(t, counts, limit=20_000)
        if values is None:
            continue
        checked += 1
        for position, seen in values.items():
            assert len(seen) > 1, (counts, position, seen, t)
    assert checked >= 250


def test_two_queries_that_differ_by_one_counselor_are_refused() -> None:
    decision = check_filter(total=30, filtered=29)
    assert not decision.allowed
    assert "leaves out only 1" in decision.reason
    assert not check_filter(30, 26).allowed
    assert check_filter(30, 25).allowed
    assert check_filter(30, 30).allowed  # keeps everyone: nothing to subtract


def test_a_filtered_group_under_the_minimum_is_refused() -> None:
    decision = check_filter(total=40, filtered=4)
    assert not decision.allowed and "groups under 5" in decision.reason
    assert check_filter(40, 3, min_group_size=3).allowed


def test_filter_input_is_checked() -> None:
    with pytest.raises(ValueError):
        check_filter(10, 11)
    with pytest.raises(ValueError):
        check_filter(-1, 0)
    with pytest.raises(ValueError):
        check_filter(10, True)  # type: ignore[arg-type]


def test_table_shape_is_checked() -> None:
    with pytest.raises(ValueError):
        CountTable.of([], [], [])
    with pytest.raises(ValueError):
        CountTable.of(["a"], ["w"], [[1, 2]])
    with pytest.raises(ValueError):
        CountTable.of(["a"], ["w"], [[-1]])
