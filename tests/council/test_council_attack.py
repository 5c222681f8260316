"""An outside attack over the council's published numbers recovers no hidden centre cell.

Every view ``council report`` accepts over the three demo centres (every week range [a, b] of the
reported weeks, and every quarter), per centre and combined, weekly and quarterly, goes into one
linear system; exact elimination and LP bounds are tried on every hidden cell
(:mod:`tests.council.council_attack`). A second test shows the attacker is not toothless: a
combined total that also counted a hidden centre gives that centre's number away.
"""

from __future__ import annotations

import pytest

from tests.coordinator.outside_attack import Knowledge, attack
from tests.council.conftest import Built
from tests.council.council_attack import read_view
from wellcare.aggregates.eap_counts import block_index, block_weeks
from wellcare.council.merge import COMBINED
from wellcare.council.periods import quarter_weeks
from wellcare.council.service import CouncilDesk


@pytest.mark.slow
def test_no_view_the_council_publishes_gives_away_a_hidden_centre_cell(council_demo: Built) -> None:
    vault = council_demo.council_vault()
    try:
        desk = CouncilDesk(vault)
        whole = desk.view()
        periods = whole["periods"]
        views = [desk.view(a, b) for i, a in enumerate(periods) for b in periods[i:]]
        views += [desk.view(quarter_weeks(q)[0], quarter_weeks(q)[-1]) for q in whole["quarters"]]
    finally:
        vault.close()
    knowledge = Knowledge()
    for view in [whole, *views]:
        read_view(knowledge, view)
    assert knowledge.reports == 1 + len(periods) * (len(periods) + 1) // 2 + len(whole["quarters"])
    outcome = attack(knowledge)
    assert outcome.hidden > 30  # there is something to find: quiet weeks, few EAP requests
    assert outcome.small_published == []  # no published count under the minimum (sums of shown ones aside)
    assert outcome.recovered == set(), sorted(outcome.recovered)[:10]


def test_a_combined_total_over_a_hidden_centre_would_be_caught() -> None:
    view = {
        "centres": [{"id": "A", "combined": True, "min_group_size": 5},
                    {"id": "B", "combined": True, "min_group_size": 5}],
        "periods": ["2026-W46"], "quarters": ["2026-Q4"],
        "measures": [{"id": "contributions", "kind": "count", "collected": True}],
        "weekly": {"contributions": {"A": [{"state": "shown", "count": 30}], "B": [{"state": "hidden"}],
                                     COMBINED: [{"state": "hidden"}]}},
        "quarterly": {"contributions": {"A": [{"state": "shown", "count": 30}], "B": [{"state": "hidden"}],
                                        COMBINED: [{"state": "shown", "count": 30}]}},
    }
    safe = Knowledge()
    read_view(safe, view)
    assert attack(safe).recovered == set()  # what the merge publishes: B stays anywhere under 5
    leaky = Knowledge()
    view["weekly"]["contributions"][COMBINED] = [{"state": "shown", "count": 33, "centres": 2}]  # counted B
    read_view(leaky, view)
    assert ("contrib", "B", "2026-W46") in attack(leaky).pinned  # 33 − 30 = 3


def _eap_view(weekly_counseling: list[dict[str, object]] | None) -> dict[str, object]:
    """One centre, four weeks of one 4-week block: the block's EAP total on its last week (definition 2)."""
    weeks = ["2026-W41", "2026-W42", "2026-W43", "2026-W44"]
    none: dict[str, object] = {"state": "none"}
    measures: list[dict[str, object]] = [
        {"id": "contributions", "kind": "count", "collected": True, "per": "week"},
        {"id": "eap_requests.total", "kind": "count", "collected": True, "per": "4-week block"},
        {"id": "eap_requests.counseling", "kind": "count", "collected": True, "per": "week"},
    ]
    block = [none, none, none, {"state": "shown", "count": 13}]
    return {
        "centres": [{"id": "A", "combined": True, "min_group_size": 5}],
        "periods": weeks, "quarters": ["2026-Q4"], "measures": measures,
        "weekly": {"contributions": {"A": [{"state": "shown", "count": 30}] * 4, COMBINED: [{"state": "shown",
                                                                                             "count": 30}] * 4},
                   "eap_requests.total": {"A": block, COMBINED: block},
                   "eap_requests.counseling": {"A": weekly_counseling or [none] * 4,
                                               COMBINED: weekly_counseling or [none] * 4}},
        "quarterly": {},
    }


def test_weekly_eap_cells_beside_the_blocks_would_be_caught() -> None:
    safe = Knowledge()
    read_view(safe, _eap_view(None))
    assert attack(safe).recovered == set()  # 13 requests somewhere in four weeks
    shown = [{"state": "shown", "count": 5}, {"state": "shown", "count": 6}, {"state": "hidden"}, {"state": "hidden"}]
    leaky = Knowledge()
    read_view(leaky, _eap_view(shown))
    recovered = attack(leaky).recovered
    assert ("eap", "A", "counseling", "2026-W43") in recovered  # 13 − 5 − 6 = 2 over the last two weeks


@pytest.mark.slow
def test_the_council_shows_eap_blocks(council_demo: Built) -> None:
    vault = council_demo.council_vault()
    try:
        view = CouncilDesk(vault).view()
    finally:
        vault.close()
    blocky = [m["id"] for m in view["measures"] if m.get("per") == "4-week block"]
    assert "eap_requests.total" in blocky and "eap_requests.legal_support" in blocky
    total = view["weekly"]["eap_requests.total"]
    for key, cells in total.items():  # a number (or "hidden") only on a block's last week, and there is one
        given = [w for w, cell in zip(view["periods"], cells, strict=True) if cell["state"] != "none"]
        assert given and all(block_weeks(block_index(w))[-1] == w for w in given), key
