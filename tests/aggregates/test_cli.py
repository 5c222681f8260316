"""`wellcare coordinator report`: the dashboard's numbers, headless."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.aggregates.helpers import UNITS, Org, cli
from wellcare.aggregates.simulation import simulate_contributions

TEAMS = {"1팀 민원상담": 40, "2팀 민원상담": 30, "Pilot": 3}


def imported(org: Org) -> None:
    simulate_contributions(org.transport, org.keys.public(), TEAMS, 3, 11, UNITS, 1.0986, "2026-W45")
    code, out, _ = cli("--profile", str(org.coordinator_profile), "coordinator", "import")
    assert code == 0, out


def report(org: Org, *extra: str) -> tuple[int, str, str]:
    return cli("--profile", str(org.coordinator_profile), "--policy", str(org.policy_path), "coordinator", "report",
               *extra)


def test_report_json_has_the_same_numbers_with_n_and_epsilon(org: Org) -> None:
    imported(org)
    code, out, err = report(org, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "wellcare.aggregate_report/3"
    assert doc["periods"] == ["2026-W36", "2026-W37", "2026-W38", "2026-W39", "2026-W40", "2026-W41", "2026-W42",
                              "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"]  # 12 weeks to the latest
    shown = [w for w in doc["weeks"] if w["n"] is not None]
    assert [w["period"] for w in shown] == ["2026-W45", "2026-W46", "2026-W47"]
    for week in doc["bands"]["who5_band"]:
        if week["n"] is not None:
            assert all(e["n"] == week["n"] and e["epsilon"] == [1.0986] for e in week["estimates"])
        else:
            assert week["hidden"] is True and "estimates" not in week
    assert doc["units"]["units"] == [*UNITS, "none"] or doc["units"]["units"] == list(UNITS)
    assert doc["eap"]["total"] is None  # no requests: 0 is under the minimum too
    eap = doc["eap"]  # per fixed 4-week block (W37-W40, W41-W44, ...), never per week
    assert "weeks" not in eap and eap["block_weeks"] == 4 and eap["epoch"] == "2024-W01"
    assert [(b["first"], b["last"]) for b in eap["blocks"]][:2] == [("2026-W37", "2026-W40"), ("2026-W41", "2026-W44")]
    assert eap["hidden_blocks"]["total"] == len(eap["blocks"])
    assert eap["left_out"][0] == "2026-W36" and eap["covered"][0] == "2026-W37"  # W36's block is cut by the range
    assert "small" not in out and "complementary" not in out  # hidden, never why


def test_report_filters_and_refuses_a_small_team(org: Org) -> None:
    imported(org)
    code, out, _ = report(org, "--json", "--from", "2026-W46", "--to", "2026-W47", "--unit", "Pilot")
    assert code == 0
    doc = json.loads(out)
    assert doc["periods"] == ["2026-W46", "2026-W47"] and doc["unit"] == "Pilot"
    assert doc["filter_refused"] is True and "filter_reason" not in doc
    assert all(not w.get("estimates") for w in doc["bands"]["pss10_band"])
    code, _, err = report(org, "--unit", "Team 99")
    assert code == 2 and "unknown unit" in err
    code, _, err = report(org, "--from", "2026-11")
    assert code == 2


def test_report_text_and_csv(org: Org, tmp_path: Path) -> None:
    imported(org)
    code, out, _ = report(org, "--weeks", "3")
    assert code == 0 and "2026-W45: N=" in out and "who5_band (eps 1.1)" in out
    target = tmp_path / "floor.csv"
    code, out, _ = report(org, "--weeks", "3", "--csv", str(target))
    assert code == 0 and out == ""
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["section"] for r in rows} >= {"shares", "hard_calls_per_100", "unit_week", "week_total"}
    for row in rows:
        if row["n"]:
            assert int(row["n"]) >= 5
    pilot = [r for r in rows if r["section"] == "unit_week" and r["unit"] == "Pilot"]
    assert pilot and all(r["n"] == "" and r["hidden"] == "hidden" for r in pilot)
