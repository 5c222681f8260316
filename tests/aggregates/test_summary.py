"""The summary (issue #13 item 5): floor and every team, latest pooled window, verdict, from shown cells only.

Real vault, real exchange folder, the simulated organisation in the current one-field scheme. Qt-free.
"""

from __future__ import annotations

import json

from tests.aggregates.helpers import UNITS, Org, cli
from wellcare.aggregates.display import MAX_SHOWN_WIDTH
from wellcare.aggregates.report import HEAT_METRICS
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.summary import summary_json
from wellcare.aggregates.verdict import Verdict
from wellcare.coordinator.dashboard_data import DashboardData

TEAMS = {UNITS[0]: 60, UNITS[1]: 45, UNITS[2]: 30, UNITS[3]: 3}


def _data(org: Org) -> DashboardData:
    truth = simulate_contributions(org.transport, org.keys.public(), TEAMS, 8, 7, UNITS, 2.0, "2026-W39")
    assert truth.written > 0
    assert org.import_once().quarantined == 0
    return DashboardData(org.coordinator_vault, org.clock)


def test_summary_answers_for_the_floor_and_each_team_from_shown_weeks_only(org: Org) -> None:
    data = _data(org)
    report = data.report("2026-W39", "2026-W46")
    summary = report.summary
    assert summary is not None and summary.window_weeks == 4
    assert summary.latest == ("2026-W43", "2026-W46") and summary.previous == ("2026-W39", "2026-W42")
    table = report.units
    # the floor's windows add up its shown weekly totals
    latest = summary.floor.measures[0].latest
    assert latest is not None and latest.n == sum(t or 0 for t in table.totals[4:])
    assert [m.metric for m in summary.floor.measures] == [m.key for m in HEAT_METRICS]
    # a team of 3 is never shown on its own: no window, no verdict
    pilot = next(t for t in summary.teams if t.unit == UNITS[3])
    assert all(m.latest is None and m.previous is None for m in pilot.measures)
    assert pilot.verdict is Verdict.CANT_TELL
    for team, row in zip(summary.teams, table.cells, strict=True):
        for m in team.measures:
            if m.latest is not None:  # every week of a shown window is shown for that team
                assert all(c.n is not None for c in row[4:])
                assert m.latest.n == sum(c.n or 0 for c in row[4:])
            if m.verdict is not Verdict.CANT_TELL:
                assert m.latest is not None and m.previous is not None
                assert not m.latest.too_uncertain and not m.previous.too_uncertain
    # the summary is the same whatever team the dashboard's filter shows
    assert summary_json(data.report("2026-W39", "2026-W46", UNITS[0]).summary) == summary_json(summary)  # type: ignore[arg-type]


def test_report_json_gains_the_summary_and_keeps_its_fields(org: Org) -> None:
    _data(org)
    code, out, err = cli("--profile", str(org.coordinator_profile), "--policy", str(org.policy_path), "coordinator",
                         "report", "--from", "2026-W39", "--to", "2026-W46", "--json")
    assert code == 0, err
    doc = json.loads(out)
    for key in ("schema", "periods", "weeks", "bands", "pooled", "units", "eap", "hard_calls_per_100"):
        assert key in doc
    summary = doc["summary"]
    assert summary["window_weeks"] == 4 and summary["latest"] == ["2026-W43", "2026-W46"]
    floor = summary["floor"]
    assert floor["unit"] is None and floor["verdict"] in {v.value for v in Verdict}
    for measure in floor["measures"]:
        window = measure["latest"]
        assert window is not None
        if window["too_uncertain"]:
            assert "share" not in window and measure["verdict"] == "cant_tell"
        else:
            assert window["low"] <= window["share"] <= window["high"]
            assert window["high"] - window["low"] <= MAX_SHOWN_WIDTH + 1e-9  # clipping only narrows it
    assert [t["unit"] for t in summary["teams"]] == [*UNITS, "none"]  # the table's rows, "no unit said" last
