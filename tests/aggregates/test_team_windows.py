"""The teams heat map over pooled windows (issue #13 items 2 and 5): only shown team-weeks are pooled.

Real vault and exchange folder for the report (the simulated organisation in the one-field scheme);
the coverage of the windows' 95% intervals is simulated person by person with the app's two-layer
randomized response, as in test_verdict.py. Qt-free.
"""

from __future__ import annotations

import csv
import json
import math
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.aggregates.coverage_sim import UNEVEN, Case, grid, simulate
from tests.aggregates.helpers import UNITS, Org, cli
from wellcare.aggregate_format.one_field import instantaneous_epsilon
from wellcare.aggregate_format.randomized_response import KaryRandomizedResponse
from wellcare.aggregates import estimate
from wellcare.aggregates.estimate import estimate_window_share, pairs_per_contribution
from wellcare.aggregates.report import HEAT_METRICS
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.team_windows import TEAM_WINDOW_CHOICES, team_windows
from wellcare.aggregates.verdict import WindowConcern, concern_share
from wellcare.coordinator.dashboard_data import DashboardData

TEAMS = {UNITS[0]: 60, UNITS[1]: 45, UNITS[2]: 30, UNITS[3]: 3}
NEAR_K = {UNITS[0]: 60, UNITS[1]: 45, UNITS[2]: 6, UNITS[3]: 3}  # a team of 6 is shown in some weeks, not others


def _data(org: Org, weeks: int = 8, teams: dict[str, int] = TEAMS) -> DashboardData:
    simulate_contributions(org.transport, org.keys.public(), teams, weeks, 7, UNITS, 2.0, "2026-W39")
    assert org.import_once().quarantined == 0
    return DashboardData(org.coordinator_vault, org.clock)


def test_a_team_window_pools_only_its_shown_weeks_and_says_when_one_is_left_out(org: Org) -> None:
    data = _data(org, teams=NEAR_K)
    report = data.report("2026-W39", "2026-W46")
    assert [t.window_weeks for t in report.team_windows] == list(TEAM_WINDOW_CHOICES)
    four, quarter = report.team_windows
    table = report.units
    assert four.windows == (tuple(table.periods[:4]), tuple(table.periods[4:]))
    assert quarter.windows == (table.periods,)  # 8 weeks asked for: the one quarter column is all of them
    partial = 0
    for windows in report.team_windows:
        for unit, row, cells in zip(table.units, table.cells, windows.cells, strict=True):
            ns = dict(zip(table.periods, (c.n for c in row), strict=True))
            for block, cell in zip(windows.windows, cells, strict=True):
                shown = [p for p in block if ns[p] is not None]
                assert cell.pooled == tuple(shown), unit
                assert cell.n == (sum(ns[p] or 0 for p in shown) if shown else None)  # never a hidden week's count
                assert cell.partial == (0 < len(shown) < windows.window_weeks)
                assert cell.hidden == (not shown) and (not cell.metrics if cell.hidden else True)
                partial += cell.partial and windows.window_weeks == 4
    assert partial > 0  # the team of 6 is hidden in some weeks: its windows pool the others and say so
    pilot = table.units.index(UNITS[3])
    assert all(c.hidden for t in report.team_windows for c in t.cells[pilot])  # a team of 3: never shown


def test_a_complete_team_window_is_the_summary_window_to_the_digit(org: Org) -> None:
    report = _data(org).report("2026-W39", "2026-W46")
    assert report.summary is not None
    four = report.team_windows[0]
    compared = 0
    for team, cells in zip(report.summary.teams, four.cells, strict=True):
        latest = cells[-1]
        for m in team.measures:
            if m.latest is None:  # the summary only pools complete windows
                continue
            assert not latest.partial and latest.n == m.latest.n
            mine = latest.metrics[m.metric]
            assert (mine.unbiased, mine.se, mine.too_uncertain) == (m.latest.unbiased, m.latest.se,
                                                                      m.latest.too_uncertain)
            compared += 1
    assert compared >= len(HEAT_METRICS)


def test_report_json_prints_the_team_windows_with_their_weeks(org: Org) -> None:
    report = _data(org).report("2026-W39", "2026-W46")
    doc = json.loads(json.dumps(report.to_json()))
    assert [t["window_weeks"] for t in doc["team_windows"]] == list(TEAM_WINDOW_CHOICES)
    four = doc["team_windows"][0]
    assert four["windows"] == [["2026-W39", "2026-W42"], ["2026-W43", "2026-W46"]]
    assert four["units"] == doc["units"]["units"]
    for row in four["cells"]:
        for cell in row:
            assert set(cell) == {"first", "last", "weeks", "n", "hidden", "partial", "metrics"}
            for metric in cell["metrics"].values():
                assert ("share" in metric) == (not metric["too_uncertain"])  # no number when too uncertain


def test_the_too_uncertain_rule_reads_the_interval_before_clipping(org: Org) -> None:
    report = _data(org).report("2026-W39", "2026-W46")
    for t in report.team_windows:
        for row in t.cells:
            for cell in row:
                for v in cell.metrics.values():
                    assert v.too_uncertain == (2 * 1.96 * v.se > 0.40 + 1e-12)


def test_windows_need_weeks_shown_by_the_report_table(org: Org) -> None:
    data = _data(org, weeks=4)
    report = data.report("2026-W39", "2026-W42")
    fewer = team_windows(data.store, report.units, 13)
    assert fewer.windows == (report.units.periods,) and all(c.weeks == 13 for r in fewer.cells for c in r)


# -- coverage of the windows' 95% intervals (the person-level simulation) -------------------------------

CATEGORIES = ("likely_depression", "poor", "good")
LOW = [0, 1]
EPSILON = math.log(3)
FIELDS = 5


def _window(rng: random.Random, people: int, weeks: int, pooled: int, low_share: float, participation: float,
            ) -> tuple[WindowConcern, float]:
    """One team's window with the app's own randomizer: ``weeks`` weeks of which the first ``pooled`` are shown;
    (estimate from the reports and the published weekly counts, true share)."""
    permanent = KaryRandomizedResponse(CATEGORIES, 2 * EPSILON)
    fresh = KaryRandomizedResponse(CATEGORIES, instantaneous_epsilon(EPSILON, 2 * EPSILON, 3))
    level = [rng.random() for _ in range(people)]
    memos: dict[tuple[int, str], str] = {}
    counts = [0, 0, 0]
    weekly = [0] * pooled
    low = 0
    for week in range(weeks):
        for person in range(people):
            if rng.random() >= participation:  # this person did not send that week
                continue
            u = level[person] if rng.random() < 0.8 else rng.random()
            value = "poor" if u < low_share else "good"
            memo = memos.setdefault((person, value), permanent.randomize(value, rng))  # the memo spans the hidden week
            report = fresh.randomize(memo, rng)
            if week >= pooled:  # a hidden week: not pooled, not counted
                continue
            weekly[week] += 1
            low += value == "poor"
            if rng.randrange(FIELDS) == 0:  # this person-week drew this field
                counts[CATEGORIES.index(report)] += 1
    contributions = sum(weekly)
    estimate = concern_share({(EPSILON, 2 * EPSILON): counts}, LOW, contributions=contributions,
                             window_weeks=pooled, fields=FIELDS, weekly=weekly)
    assert estimate is not None
    return WindowConcern("a", "b", weeks, contributions, sum(counts), *estimate), low / contributions


def _coverage(people: int, weeks: int, pooled: int, trials: int, participation: float) -> float:
    rng = random.Random(1313 + weeks)
    hits = 0
    for trial in range(trials):
        window, truth = _window(rng, people, weeks, pooled, 0.3 if trial % 2 else 0.45, participation)
        hits += window.unbiased - 1.96 * window.se <= truth <= window.unbiased + 1.96 * window.se
    return hits / trials


@pytest.mark.parametrize(("people", "weeks", "pooled", "trials", "participation"),
                         [(100, 4, 3, 500, 0.85), (100, 4, 4, 500, 1.0), (120, 13, 12, 250, 1.0),
                          (120, 13, 12, 1000, 0.85)])
def test_team_window_intervals_cover_the_true_share(people: int, weeks: int, pooled: int, trials: int,
                                                     participation: float) -> None:
    # the app's own randomizer, person by person (the grid below runs the same scheme on numpy arrays); the
    # quarter with 85% sending was accepted up to 99% before the weekly counts entered the memo's pairs
    coverage = _coverage(people, weeks, pooled, trials, participation)
    assert 0.93 <= coverage <= 0.97, coverage


GRID_TRIALS = 1500  # windows per case: a coverage within about ±1.1 points (95%); tests/perf/coverage_grid.py: 3000


@pytest.mark.parametrize("case", [*grid(), *UNEVEN], ids=lambda c: c.label)
def test_every_case_of_the_grid_covers_between_93_and_97_percent(case: Case) -> None:
    # 4 and 13 weeks; 100 and 150 people sending 100%, 85% or 70% of weeks (independently, or half of them
    # always, or in blocks of leave); values stable or moving mid-window; the floor (every category) and a team
    # (low well-being), complete or with its last week hidden
    coverage, _ = simulate(case, GRID_TRIALS, seed=13)
    assert 0.93 <= coverage <= 0.97, coverage


def test_fewer_senders_a_week_make_fewer_same_person_pairs_never_more_than_the_bound() -> None:
    assert pairs_per_contribution([100, 100, 100, 100]) == 3.0  # the same counts every week: maybe everybody
    # a holiday week: 40 of the 100 send; if they are always the same people, Σ s(s − 1) = 40·12 + 60·6 = 840
    assert pairs_per_contribution([100, 100, 100, 40]) * 340 == pytest.approx(840)
    assert pairs_per_contribution([90, 100, 80, 95]) < 3.0
    assert pairs_per_contribution([7]) == 0.0  # one week: no pairs
    counts = [20, 30, 50]
    kw: dict[str, Any] = dict(epsilon_report=EPSILON, epsilon_value=2 * EPSILON, contributions=340, window_weeks=4,
                              fields=FIELDS)
    bound = estimate_window_share(counts, LOW, **kw)
    assert estimate_window_share(counts, LOW, weekly=[85, 85, 85, 85], **kw).se == pytest.approx(bound.se)
    fewer = estimate_window_share(counts, LOW, weekly=[100, 100, 100, 40], **kw)
    assert fewer.unbiased == bound.unbiased and fewer.se < bound.se


def test_the_linked_pairs_are_what_the_weekly_counts_approach_from_above() -> None:
    # the diagnostic the app cannot run (it would link people): with the true Σ s(s − 1) of the simulated people
    # the interval is narrowest; the weekly counts' estimate lies between it and the old bound
    case = Case(150, 13, 0.7, "stable", "team")
    linked, bound, counts = (simulate(case, 300, seed=5, pairs=p)[1] for p in ("linked", "bound", "counts"))
    assert linked < counts < bound


def test_windows_estimate_the_pairs_from_their_pooled_weeks_published_counts(
        org: Org, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(org, teams=NEAR_K)
    seen: list[tuple[int, ...]] = []
    real = estimate.pairs_per_contribution

    def spy(weekly: Sequence[int]) -> float:
        seen.append(tuple(weekly))
        return real(weekly)

    monkeypatch.setattr(estimate, "pairs_per_contribution", spy)
    report = data.report("2026-W39", "2026-W46")
    table = report.units
    expected = set()
    for windows in report.team_windows:
        for row, cells in zip(table.cells, windows.cells, strict=True):
            ns = dict(zip(table.periods, (c.n for c in row), strict=True))
            expected |= {tuple(int(ns[p] or 0) for p in c.pooled) for c in cells if c.metrics}
    assert report.summary is not None and report.summary.latest is not None
    first, last = report.summary.latest
    totals = dict(zip(table.periods, table.totals, strict=True))
    floor = tuple(int(totals[p] or 0) for p in table.periods[table.periods.index(first):table.periods.index(last) + 1])
    assert any(m.latest is not None for m in report.summary.floor.measures)
    expected.add(floor)
    assert expected <= set(seen)  # every shown window's pairs come from its own weeks' published counts
    assert any(len(set(w)) > 1 for w in expected)  # and the counts differ from week to week


def test_the_csv_has_every_team_window_with_its_interval_and_says_which_are_hidden(org: Org, tmp_path: Path) -> None:
    _data(org, teams=NEAR_K)
    target = tmp_path / "report.csv"
    code, out, err = cli("--profile", str(org.coordinator_profile), "--policy", str(org.policy_path), "coordinator",
                         "report", "--from", "2026-W39", "--to", "2026-W46", "--json", "--csv", str(target))
    assert code == 0, err
    doc = json.loads(out)
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    seen = {"hidden": 0, "partial": 0, "too uncertain": 0, "shown": 0}
    for table in doc["team_windows"]:
        mine = iter(r for r in rows if r["section"] == f"team_window_{table['window_weeks']}")
        for unit, cells in zip(table["units"], table["cells"], strict=True):
            for cell in cells:
                weeks = f"{len(cell['weeks'])} of {table['window_weeks']} weeks" if cell["partial"] else ""
                head = next(mine)
                assert (head["period"], head["unit"], head["field"]) == (f"{cell['first']}..{cell['last']}", unit,
                                                                          "contributions")
                if cell["hidden"]:
                    assert head["n"] == "" and head["hidden"] == "hidden"
                    seen["hidden"] += 1
                    continue
                assert head["n"] == str(cell["n"]) and head["hidden"] == weeks and head["epsilon"]
                seen["partial"] += bool(weeks)
                for key, metric in cell["metrics"].items():
                    row = next(mine)
                    assert row["field"] == key and row["n"] == str(cell["n"]) and row["epsilon"] == head["epsilon"]
                    if metric["too_uncertain"]:  # no number, and it says why
                        assert (row["estimate"], row["low"], row["high"]) == ("", "", "")
                        assert row["hidden"] == "; ".join(x for x in ("too uncertain", weeks) if x)
                        seen["too uncertain"] += 1
                    else:
                        assert [float(row[k]) for k in ("estimate", "low", "high")] == [
                            metric["share"], metric["low"], metric["high"]]
                        assert row["hidden"] == weeks
                        seen["shown"] += 1
        assert next(mine, None) is None
    assert seen["hidden"] and seen["partial"] and seen["too uncertain"], seen
