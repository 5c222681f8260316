"""End to end with a fixed seed: simulated counselors → sealed files → import → report.

The 95% intervals must cover the simulation's true org-wide shares in at least 90% of the cells,
and every estimate must carry its N and ε.
"""

from __future__ import annotations

import json
import math

import pytest

from tests.aggregates.helpers import UNITS, Org, make_org
from wellcare.aggregate_format.schema import BREAKS, HARD_CALLS
from wellcare.aggregates.report import BREAK_VALUES, FIELDS, HARD_CALL_VALUES
from wellcare.aggregates.simulation import SimulationTruth, simulate_contributions
from wellcare.coordinator.dashboard_data import DashboardData

TEAMS = {"1팀 민원상담": 95, "2팀 민원상담": 80, "3팀 야간": 60, "Pilot": 3}
WEEKS = 10


def run(org: Org, epsilon: float, seed: int = 2026) -> tuple[SimulationTruth, dict]:  # type: ignore[type-arg]
    # the weekly five-field estimator, as still used for contributions received before the one-field scheme
    truth = simulate_contributions(org.transport, org.keys.public(), TEAMS, WEEKS, seed, UNITS, epsilon, "2026-W36",
                                   scheme=1)
    report = org.import_once()
    assert report.quarantined == 0 and report.accepted == truth.written - truth.resends  # resends: duplicates
    data = DashboardData(org.coordinator_vault, org.clock)
    return truth, data.report(truth.weeks[0], truth.weeks[-1]).to_json()


_RUNS: dict[float, tuple[SimulationTruth, dict]] = {}  # type: ignore[type-arg]


def simulated(tmp_path, epsilon: float) -> tuple[SimulationTruth, dict]:  # type: ignore[no-untyped-def,type-arg]
    """One simulated org per ε for the whole module (the vault is gone after; the results stay)."""
    if epsilon not in _RUNS:
        org = make_org(tmp_path, epsilon=epsilon)
        try:
            _RUNS[epsilon] = run(org, epsilon)
        finally:
            org.close()
    return _RUNS[epsilon]


def coverage(truth: SimulationTruth, doc: dict) -> tuple[float, int, float]:  # type: ignore[type-arg]
    hits = cells = 0
    widths = []
    for name, weeks in doc["bands"].items():
        for week in weeks:
            assert week["n"] == truth.contributors[week["period"]]
            for est in week["estimates"]:
                true = truth.share(week["period"], name, est["category"])
                cells += 1
                hits += est["low"] - 1e-4 <= true <= est["high"] + 1e-4
                widths.append(est["high"] - est["low"])
    return hits / cells, cells, sum(widths) / len(widths)


@pytest.mark.parametrize(("epsilon", "widest"), [(4.0, 0.45), (math.log(3), 1.0)])
def test_intervals_cover_the_true_org_wide_shares(tmp_path, epsilon: float, widest: float) -> None:  # type: ignore[no-untyped-def]
    truth, doc = simulated(tmp_path, epsilon)
    share, cells, mean_width = coverage(truth, doc)
    assert cells == WEEKS * sum(len(c) for c in FIELDS.values())
    assert share >= 0.90, share
    assert mean_width < widest, mean_width


def test_rates_cover_the_bucketed_truth(tmp_path) -> None:  # type: ignore[no-untyped-def]
    truth, doc = simulated(tmp_path, 4.0)
    hits = cells = 0
    for key, field, values, scale in (("hard_calls_per_100", HARD_CALLS, HARD_CALL_VALUES, 100.0),
                                      ("breaks_per_week", BREAKS, BREAK_VALUES, 1.0)):
        for row in doc[key]:
            counts = truth.counts[(row["period"], field)]
            true = sum(values[c] * n for c, n in counts.items()) / truth.contributors[row["period"]] * scale
            cells += 1
            hits += row["low"] - 1e-3 <= true <= row["high"] + 1e-3
    assert hits / cells >= 0.9, hits / cells


def test_every_estimate_says_its_n_and_epsilon(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, doc = simulated(tmp_path, 4.0)
    assert doc["min_group_size"] == 5 and doc["epsilon_per_period"] == 4.0
    for weeks in doc["bands"].values():
        for week in weeks:
            for est in week["estimates"]:
                assert est["n"] == week["n"] >= 5
                assert est["epsilon"] == [0.8]  # the period's 4.0 split over five fields
    for row in doc["hard_calls_per_100"] + doc["breaks_per_week"]:
        assert row["n"] >= 5 and row["epsilon"] == [0.8]
    for row in doc["units"]["cells"]:
        for cell in row:
            assert cell["n"] is None or (cell["n"] >= 5 and cell["epsilon"] == [0.8])
    pilot = doc["units"]["units"].index("Pilot")
    assert all(c["n"] is None and c["hidden"] is True for c in doc["units"]["cells"][pilot])
    json.dumps(doc)  # plain JSON all the way down
