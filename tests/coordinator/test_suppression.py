"""The minimum group size and the filter check (what is hidden besides: tests/coordinator/test_partition.py)."""

from __future__ import annotations

import pytest

from wellcare.aggregates.suppression import MinGroupSizeError, check_filter, check_min_group_size


@pytest.mark.parametrize("value", [2, 1, 0, -5])
def test_minimum_below_three_is_refused(value: int) -> None:
    with pytest.raises(MinGroupSizeError, match="below the floor of 3"):
        check_min_group_size(value)
    with pytest.raises(MinGroupSizeError):
        check_filter(100, 50, value)


def test_minimum_must_be_a_whole_number_and_three_is_allowed() -> None:
    assert check_min_group_size(3) == 3
    for bad in (True, 4.5, "5"):
        with pytest.raises(MinGroupSizeError):
            check_min_group_size(bad)  # type: ignore[arg-type]


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
