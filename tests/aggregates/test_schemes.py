"""Migration (issue #13, item 6): five-field contributions received before stay readable, are marked by
their scheme, and are never mixed with one-field ones in an estimate. Qt-free."""

from __future__ import annotations

import json

from tests.aggregates.helpers import UNITS, Org, cli
from wellcare.aggregate_format.schema import WHO5
from wellcare.aggregates.policy import aggregate_policy
from wellcare.aggregates.report import build_report, periods_between
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.store import SCHEME_V1, SCHEME_V2, ContributionsStore
from wellcare.aggregates.windows import WindowGap, with_windows

TEAMS = {UNITS[0]: 14, UNITS[1]: 12, UNITS[2]: 9, UNITS[3]: 6}


def test_old_contributions_stay_readable_and_are_never_mixed_with_new_ones(org: Org) -> None:
    old = simulate_contributions(org.transport, org.keys.public(), TEAMS, 4, 5, UNITS, 1.0986, "2026-W40",
                                 participation=1.0, resend_rate=0.0, scheme=1)
    new = simulate_contributions(org.transport, org.keys.public(), TEAMS, 4, 6, UNITS, 1.0986, "2026-W43",
                                 participation=1.0, resend_rate=0.0, scheme=2)
    report = org.import_once()
    assert report.quarantined == 0
    store = ContributionsStore(org.coordinator_vault)
    periods = periods_between("2026-W40", "2026-W46")
    # marked: each week is read from one scheme, the newer as soon as it has any
    expected = {**dict.fromkeys(periods[:3], SCHEME_V1), **dict.fromkeys(periods[3:], SCHEME_V2)}
    assert store.week_schemes(periods) == expected
    # the old ones of the overlapping week are kept but left out, and say how many
    assert store.left_out(periods) == {"2026-W43": old.contributors["2026-W43"]}
    assert store.count() == sum(old.contributors.values()) + sum(new.contributors.values())
    # still readable: a five-field week's tallies are every old contribution
    w40 = store.tallies(WHO5, ["2026-W40"])
    assert sum(t.count for t in w40) == old.contributors["2026-W40"]
    # the overlapping week's estimate uses the one-field reports only
    w43 = store.tallies(WHO5, ["2026-W43"])
    assert sum(t.count for t in w43) == sum(new.field_reports[("2026-W43", WHO5)].values())
    built = build_report(store, aggregate_policy(org.coordinator_vault), periods)
    sizes = {w.period: w.n for w in built.weeks}
    assert sizes["2026-W43"] == new.contributors["2026-W43"]  # not old + new
    assert sizes["2026-W41"] == old.contributors["2026-W41"]
    # pooled windows never span the two schemes
    pooled = with_windows(built, store, 3).pooled[WHO5]
    assert [(w.first, w.last) for w in pooled] == [("2026-W41", "2026-W43"), ("2026-W44", "2026-W46")]
    assert pooled[0].gap is WindowGap.OLD_SCHEME and pooled[0].shares == ()
    assert pooled[1].gap is None and pooled[1].n == sum(new.contributors[p] for p in periods[4:])
    assert sum(s.share for s in pooled[1].shares) > 0


def test_report_pools_one_field_weeks_into_windows_on_request(org: Org) -> None:
    simulate_contributions(org.transport, org.keys.public(), TEAMS, 8, 9, UNITS, 1.0986, "2026-W39",
                           participation=1.0, resend_rate=0.0, scheme=2)
    assert org.import_once().quarantined == 0
    code, out, err = cli("--profile", str(org.coordinator_profile), "--policy", str(org.policy_path), "coordinator",
                         "report", "--from", "2026-W39", "--to", "2026-W46", "--window", "4", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["window_weeks"] == 4
    windows = doc["pooled"][WHO5]
    assert [(w["first"], w["last"]) for w in windows] == [("2026-W39", "2026-W42"), ("2026-W43", "2026-W46")]
    weekly = {w["period"]: w["n"] for w in doc["weeks"]}
    for w in windows:
        assert w["gap"] is None and w["n"] == sum(weekly[p] for p in periods_between(w["first"], w["last"]))
        assert {e["category"] for e in w["estimates"]} == {"good", "poor", "likely_depression", "none"}
        assert all(0 <= e["low"] <= e["share"] <= e["high"] <= 1 and e["half_width"] > 0 for e in w["estimates"])
    code, out, _ = cli("--profile", str(org.coordinator_profile), "--policy", str(org.policy_path), "coordinator",
                       "report", "--from", "2026-W39", "--to", "2026-W46", "--window", "4")
    assert code == 0 and "(4 weeks pooled, N=" in out
