"""The simulated organisation sends what the real counselor app sends (issue #13 item 5): one-field
contributions with permanent randomized response and the yearly budget; old-scheme files on request. Qt-free."""

from __future__ import annotations

import json
import math

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.store import SCHEME_V1, SCHEME_V2, ContributionsStore
from wellcare.exchange import EnvelopeError, open_sealed

TEAMS = {UNITS[0]: 20, UNITS[1]: 15}


def _payloads(org: Org) -> list[dict[str, object]]:
    out = []
    for path in sorted(org.exchange.rglob("*")):
        if path.is_file():
            try:
                out.append(dict(open_sealed(path.read_bytes(), org.keys.box).payload))
            except EnvelopeError:  # not an envelope (a probe file)
                continue
    return out


def test_simulation_writes_one_field_contributions_by_default(org: Org) -> None:
    truth = simulate_contributions(org.transport, org.keys.public(), TEAMS, 3, 4, UNITS, math.log(3), "2026-W40",
                                   resend_rate=0.0)
    payloads = _payloads(org)
    assert payloads and len(payloads) == truth.written
    for content in payloads:
        assert content["schema"] == "wellcare.contribution/2"
        assert content["epsilon"] == math.log(3) and content["epsilon_value"] == 2 * math.log(3)
        assert "who5_band" not in content  # one field, named by "field", not the five of /1
    assert org.import_once().quarantined == 0
    store = ContributionsStore(org.coordinator_vault)
    assert set(store.week_schemes(list(truth.weeks)).values()) == {SCHEME_V2}
    assert truth.budget_stops == 0  # three weeks at ln 3 stay far inside the default 30 a year


def test_the_yearly_budget_stops_a_simulated_counselor_as_it_stops_the_app(org: Org) -> None:
    # ε = 4 a week makes each value's memo cost 8: a year's 30 allows three values, then nothing is sent
    truth = simulate_contributions(org.transport, org.keys.public(), TEAMS, 8, 4, UNITS, 4.0, "2026-W30",
                                   participation=1.0, resend_rate=0.0)
    assert truth.budget_stops > 0
    assert truth.contributors[truth.weeks[-1]] < truth.contributors[truth.weeks[0]] / 2
    assert sum(truth.contributors.values()) + truth.budget_stops == 8 * sum(TEAMS.values())


def test_old_scheme_files_can_still_be_made_for_the_migration_tests(org: Org) -> None:
    truth = simulate_contributions(org.transport, org.keys.public(), TEAMS, 2, 4, UNITS, math.log(3), "2026-W40",
                                   resend_rate=0.0, scheme=1)
    assert {json.dumps(p["schema"]) for p in _payloads(org)} == {'"wellcare.contribution/1"'}
    assert org.import_once().quarantined == 0
    assert set(ContributionsStore(org.coordinator_vault).week_schemes(list(truth.weeks)).values()) == {SCHEME_V1}
