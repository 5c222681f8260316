"""Suppression and differencing: no shown group under the minimum, nothing hidden recoverable.

The stores here are filled with real contributions (built, randomized and read back exactly as
in production) for chosen group sizes, then attacked the way a curious reader of the dashboard
would: subtracting totals, comparing a unit's view with the whole floor's, comparing queries.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.coordinator.outside_attack import Knowledge, attack
from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregates.eap_counts import block_index, block_weeks
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.received import read_contribution
from wellcare.aggregates.report import (
    AggregateReport,
    build_report,
    check_filter,
    eap_grid,
    periods_between,
)
from wellcare.aggregates.store import ContributionsStore
from wellcare.aggregates.suppression import MinGroupSizeError
from wellcare.privacy.contribution import ContributionInputs, ContributionPolicy, build_contribution
from wellcare.vault import VaultManager
from wellcare.weeks import IsoWeek

UNITS = ("A", "B", "C", "D")
WEEKS = periods_between("2026-W40", "2026-W45")


def fill(store: ContributionsStore, sizes: Mapping[tuple[str, str], int], units: tuple[str, ...] = UNITS,
         epsilon: float = 4.0, seed: int = 1) -> None:
    rng = random.Random(seed)
    policy = ContributionPolicy(epsilon=epsilon, org_units=units)
    received = []
    for (unit, period), n in sizes.items():
        for _ in range(n):
            inputs = ContributionInputs(
                who5_band=rng.choice(["good", "poor", "likely_depression", None]),
                pss10_band=rng.choice(["low", "moderate", "high", None]),
                cbi_client_band=rng.choice(["low", "high", None]),
                breaks_taken=rng.choice([0, 4, 12, 30]),
                hard_calls=rng.choice([0, 1, 3, 7]),
                org_unit=None if unit == "none" else unit,
            )
            data = build_contribution(inputs, period=period, policy=policy, device_secret=rng.randbytes(32),
                                      memo=InMemoryMemoStore(), rng=rng)
            received.append(read_contribution(data, policy))
    store.insert_many(received, "2026-11-30")


@pytest.fixture
def store(tmp_path: Path) -> ContributionsStore:
    vault = VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault
    return ContributionsStore(vault)


def settings(minimum: int = 5, units: tuple[str, ...] = UNITS) -> AggregatePolicy:
    return AggregatePolicy(units, minimum, 4.0)


def recovered(reports: list[AggregateReport]) -> set[tuple[str, ...]]:
    """Hidden counts an outside attacker works out from these reports' JSON (tests/coordinator/outside_attack.py)."""
    knowledge = Knowledge()
    for report in reports:
        knowledge.read(report.to_json())
    return attack(knowledge).recovered


def all_reports(store: ContributionsStore, s: AggregatePolicy, weeks: list[str] = WEEKS) -> list[AggregateReport]:
    return [build_report(store, s, weeks, unit) for unit in (None, *UNITS, *(["none"] if "none" in store.units()
                                                                             else []))]


def assert_no_small_group(report: AggregateReport) -> None:
    minimum = report.settings.min_group_size
    assert all(n >= minimum for n in report.shown_counts()), report.shown_counts()


@pytest.mark.parametrize("minimum", [3, 5, 7])
def test_no_reported_cell_is_below_the_minimum_group_size(store: ContributionsStore, minimum: int) -> None:
    rng = random.Random(minimum)
    fill(store, {(u, w): rng.choice([0, 1, 2, 3, 4, 6, 9, 15]) for u in UNITS for w in WEEKS})
    reports = all_reports(store, settings(minimum))
    assert recovered(reports) == set()
    for report in reports:
        assert_no_small_group(report)
        for weeks in report.bands.values():  # estimates only for groups that are shown
            for w in weeks:
                assert (not w.hidden) == bool(w.shares)


def test_two_queries_differing_by_one_counselor_cannot_be_subtracted(store: ContributionsStore) -> None:
    """A: 11 people, B: 1 person. The whole floor (12) minus team A would be B's one answer."""
    fill(store, {("A", "2026-W40"): 11, ("B", "2026-W40"): 1})
    floor = build_report(store, settings(), ["2026-W40"])
    team_a = build_report(store, settings(), ["2026-W40"], "A")
    assert floor.weeks[0].n == 12 and floor.bands["who5_band"][0].shares  # the floor is shown
    assert team_a.filter_refused and team_a.weeks[0].n is None and not team_a.bands["who5_band"][0].shares
    cell_a = floor.units.cells[0][0]
    assert cell_a.n is None and not cell_a.metrics  # nor through the heat map, nor its count (12 − 11 = 1)
    assert check_filter(12, 11).allowed is False  # the documented rule agrees


def test_a_unit_whose_size_follows_from_the_total_is_hidden_too(store: ContributionsStore) -> None:
    two = settings(units=("A", "B"))
    fill(store, {("A", "2026-W40"): 30, ("B", "2026-W40"): 3}, units=("A", "B"))
    report = build_report(store, two, ["2026-W40"])
    a, b = report.units.cells[0][0], report.units.cells[1][0]
    assert report.units.totals[0] == 33
    assert (a.n, a.hidden) == (None, True) and (b.n, b.hidden) == (None, True)
    assert build_report(store, two, ["2026-W40"], "A").filter_refused
    assert build_report(store, two, ["2026-W40"], "B").filter_refused
    assert recovered([report]) == set()  # both anywhere in [0, 33]: neither is known to be the small one


def test_teams_are_hidden_where_the_rest_of_the_floor_would_be_small(store: ContributionsStore) -> None:
    # B and C are each small and hide each other; A could be shown, but the floor minus A is 4 people
    fill(store, {("A", "2026-W40"): 20, ("B", "2026-W40"): 2, ("C", "2026-W40"): 2})
    report = build_report(store, settings(), ["2026-W40"])
    a = report.units.cells[0][0]
    assert (a.n, a.hidden, a.metrics) == (None, True, {})
    refused = build_report(store, settings(), ["2026-W40"], "A")
    assert refused.filter_refused and "filter_reason" not in refused.to_json()
    # with a rest of 6 the same team may be shown on its own
    fill(store, {("D", "2026-W40"): 2}, seed=2)
    shown = build_report(store, settings(), ["2026-W40"], "A")
    assert not shown.filter_refused and shown.weeks[0].n == 20 and shown.bands["pss10_band"][0].shares


def test_the_shown_units_never_leave_a_small_rest(store: ContributionsStore) -> None:
    rng = random.Random(9)
    for trial in range(30):
        sizes = {(u, "2026-W40"): rng.choice([0, 2, 4, 5, 6, 8, 12]) for u in UNITS}
        vault_store = store
        vault_store.vault.execute("DELETE FROM agg_contributions")
        fill(vault_store, sizes, seed=trial)
        report = build_report(vault_store, settings(), ["2026-W40"])
        total = sum(sizes.values())
        if total < 5:
            assert report.weeks[0].n is None
            continue
        with_estimates = [i for i, row in enumerate(report.units.cells) if row[0].metrics]
        assert with_estimates == [i for i, row in enumerate(report.units.cells) if row[0].n is not None]
        rest = total - sum(sizes[(UNITS[i], "2026-W40")] for i in with_estimates)
        assert rest == 0 or rest >= 5, (sizes, with_estimates)
        hidden = [i for i, row in enumerate(report.units.cells) if row[0].hidden]
        assert hidden == [] or (len(hidden) >= 2 and rest >= 5)  # a hidden rest of 0 would pin every hidden team
        for i in with_estimates:
            assert check_filter(total, sizes[(UNITS[i], "2026-W40")]).allowed


def test_a_week_looks_the_same_whatever_period_is_asked(store: ContributionsStore) -> None:
    rng = random.Random(3)
    fill(store, {(u, w): rng.choice([0, 2, 3, 5, 8, 13]) for u in UNITS for w in WEEKS})
    long = build_report(store, settings(), WEEKS)
    for j, week in enumerate(WEEKS):
        short = build_report(store, settings(), [week])
        assert [row[j] for row in long.units.cells] == [row[0] for row in short.units.cells]
        assert long.bands["who5_band"][j] == short.bands["who5_band"][0]
        for unit in UNITS:
            assert build_report(store, settings(), WEEKS, unit).weeks[j] == build_report(
                store, settings(), [week], unit).weeks[0]


def test_a_small_team_stays_hidden_however_many_weeks_it_sends(store: ContributionsStore) -> None:
    """3 people × 6 weeks = 18 person-weeks: never pooled into a group that passes the minimum."""
    fill(store, {**{("A", w): 40 for w in WEEKS}, **{("D", w): 3 for w in WEEKS}})
    report = build_report(store, settings(), WEEKS)
    assert all(c.n is None for c in report.units.cells[3])
    assert build_report(store, settings(), WEEKS, "D").filter_refused
    assert_no_small_group(report)


def test_filters_are_one_known_unit_at_a_time(store: ContributionsStore) -> None:
    fill(store, {("A", "2026-W40"): 10})
    with pytest.raises(ValueError):
        build_report(store, settings(), ["2026-W40"], "Z")
    with pytest.raises(MinGroupSizeError):
        settings(minimum=2)


BLOCK = ["2026-W41", "2026-W42", "2026-W43", "2026-W44"]  # a fixed 4-week EAP block (from 2024-W01)


def test_eap_counts_are_suppressed_like_everything_else() -> None:
    kinds, statuses = ("counseling", "legal_support", "other"), ("new", "done")
    counts = {("counseling", "new"): 12, ("counseling", "done"): 9, ("legal_support", "new"): 2,
              ("legal_support", "done"): 7, ("other", "new"): 6, ("other", "done"): 1}
    grid = eap_grid({"2026-W42": counts}, BLOCK, kinds, statuses, 5, b"k" * 32)
    assert all(v >= 5 for v in grid.shown())
    assert grid.cells[1][0] is None and grid.cells[2][1] is None  # 2 and 1 requests
    block = grid.blocks[0]
    assert (block.first, block.last, block.total) == ("2026-W41", "2026-W44", 37)
    for r, kind_total in enumerate(block.kind_totals):  # each kind's hidden statuses: none or 5 and more
        if kind_total is None:
            assert block.cells[r] == (None, None)
            continue
        rest = kind_total - sum(v for v in block.cells[r] if v is not None)
        assert rest == 0 or rest >= 5


def test_eap_blocks_are_fixed_four_weeks_from_the_epoch() -> None:
    assert block_weeks(block_index("2024-W01")) == ("2024-W01", "2024-W02", "2024-W03", "2024-W04")
    assert block_weeks(block_index("2026-W43")) == tuple(BLOCK)
    assert block_weeks(block_index("2023-W52"))[-1] == "2023-W52"  # before the epoch too
    weeks = [str(IsoWeek.parse("2026-W40").shifted(i)) for i in range(70)]  # across 2026's 53-week year end
    assert all(w in block_weeks(block_index(w)) for w in weeks)  # every week in exactly its one block
    indices = [block_index(w) for w in weeks]
    assert all(b - a in (0, 1) for a, b in itertools.pairwise(indices))
    assert all(indices.count(i) == 4 for i in indices[4:-4])


def test_a_range_counts_only_whole_blocks_that_are_over_and_says_which_weeks() -> None:
    """W46 against W46–W47: the weekly publication gave a hidden week away; blocks give nothing per week."""
    kinds, statuses = ("counseling", "legal_support"), ("new", "done")
    weekly = {"2026-W41": {("counseling", "new"): 9, ("counseling", "done"): 5, ("legal_support", "new"): 6},
              "2026-W44": {("counseling", "new"): 7, ("legal_support", "done"): 2},
              "2026-W45": {("counseling", "new"): 30}}
    whole = eap_grid(weekly, BLOCK, kinds, statuses, 5, b"k" * 32)
    assert whole.total == 29 and whole.covered == tuple(BLOCK) and whole.left_out == ()
    assert whole.row_totals == (21, 8) and whole.cells[1] == (None, None)  # legal support 8: not split 6 / 2
    cut = eap_grid(weekly, ["2026-W43", "2026-W44", "2026-W45"], kinds, statuses, 5, b"k" * 32)
    assert cut.total is None and cut.blocks == () and cut.left_out == ("2026-W43", "2026-W44", "2026-W45")
    wider = eap_grid(weekly, [*BLOCK, "2026-W45", "2026-W46"], kinds, statuses, 5, b"k" * 32)
    assert wider.total == 29 and wider.left_out == ("2026-W45", "2026-W46")  # W45's 30 never shown
    assert wider.cells == whole.cells and wider.row_totals == whole.row_totals  # the same block, the same cells
    running = eap_grid(weekly, BLOCK, kinds, statuses, 5, b"k" * 32, before="2026-W44")
    assert running.total is None and running.left_out == tuple(BLOCK)  # its last week is not over yet
    assert eap_grid(weekly, BLOCK, kinds, statuses, 5, b"k" * 32, before="2026-W45").total == 29


def test_an_eap_range_adds_up_only_what_its_blocks_show() -> None:
    kinds, statuses = ("counseling", "legal_support"), ("new", "done")
    weekly = {"2026-W42": {("counseling", "new"): 9, ("counseling", "done"): 5, ("legal_support", "new"): 6,
                           ("legal_support", "done"): 5},
              "2026-W46": {("counseling", "new"): 7, ("legal_support", "new"): 2}}
    one = eap_grid(weekly, BLOCK, kinds, statuses, 5, b"k" * 32)
    two = eap_grid(weekly, periods_between("2026-W41", "2026-W48"), kinds, statuses, 5, b"k" * 32)
    legal = kinds.index("legal_support")
    assert one.cells[legal][0] == 6 and two.cells[legal][0] == 6  # the second block's 2 is not added
    assert two.hidden_blocks[legal][0] == 1
    assert one.total == 25 and two.total == 34 and two.total_hidden_blocks == 0  # its 9 requests are shown
    assert two.blocks[1].kind_totals == (None, None)  # but not split: the 2 legal-support ones hide the 7 as well
    assert two.row_totals == (14, 11) and two.row_hidden_blocks == (1, 1)
