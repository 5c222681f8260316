"""The coordinator's import: strict checks, quarantine with a reason, one contribution per token."""

from __future__ import annotations

import json
from typing import Any

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregates import inbox as contributions_inbox
from wellcare.aggregates.inbox import ContributionHandler
from wellcare.aggregates.policy import SETTING, AggregatePolicy, aggregate_policy
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.aggregates.store import ContributionsStore
from wellcare.coordinator.handlers import HANDLERS
from wellcare.exchange import Folder, Kind, post, seal
from wellcare.privacy.contribution import ContributionInputs, ContributionPolicy, build_contribution

SECRET = bytes(range(32))


def payload(org: Org, period: str = "2026-W46", unit: str | None = "Pilot", secret: bytes = SECRET) -> dict[str, Any]:
    policy = ContributionPolicy(epsilon=1.0986, org_units=UNITS)
    data = build_contribution(ContributionInputs(who5_band="good", org_unit=unit), period=period, policy=policy,
                              device_secret=secret, memo=InMemoryMemoStore())
    return json.loads(data)


def send(org: Org, content: dict[str, Any]) -> str:
    return post(org.transport, seal(Kind.CONTRIBUTION, content, org.keys.public().box_key))


def test_the_handler_is_registered_for_contributions() -> None:
    assert contributions_inbox.register in HANDLERS


def test_a_simulated_org_imports_with_resends_dropped(org: Org) -> None:
    truth = simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 30, "2팀 민원상담": 20,
                                   "Pilot": 3}, 4, 5, UNITS, 1.0986, "2026-W44", resend_rate=0.1)
    assert truth.resends > 0
    inbox = org.inbox()
    report = inbox.import_once(org.transport)
    assert report.accepted == truth.written - truth.resends and report.quarantined == 0
    assert report.duplicates == truth.resends  # a resend is a duplicate, not a second acceptance
    handler = inbox.registry.get(Kind.CONTRIBUTION)
    assert isinstance(handler, ContributionHandler) and handler.last_run_duplicates == truth.resends
    store = ContributionsStore(org.coordinator_vault)
    assert store.count() == sum(truth.contributors.values())
    assert org.transport.list(Folder.INBOX) == []
    sizes = store.group_sizes(["2026-W44"])
    assert sum(sizes.values()) == truth.contributors["2026-W44"]
    # the same files again (a replay): the envelope ids are known, nothing is stored twice
    again = simulate_contributions(org.transport, org.keys.public(), {"1팀 민원상담": 30, "2팀 민원상담": 20,
                                   "Pilot": 3}, 4, 5, UNITS, 1.0986, "2026-W44", resend_rate=0.1)
    report = org.import_once()
    assert report.duplicates + report.accepted == again.written
    assert store.count() == sum(truth.contributors.values())


def test_the_first_contribution_of_a_token_is_kept(org: Org) -> None:
    first = payload(org, unit="Pilot")
    second = payload(org, unit="3팀 야간")  # same device and week, different content: a forgery or a bug
    send(org, first)
    org.import_once()
    send(org, second)
    org.import_once()
    rows = org.coordinator_vault.query("SELECT org_unit FROM agg_contributions")
    assert rows == [("Pilot",)]


def test_bad_contributions_are_quarantined_with_a_reason(org: Org) -> None:
    good = payload(org)
    cases = {
        "unknown_unit": payload(org, unit=None) | {"org_unit": "Team 99"},
        "extra_key": good | {"note": "저 오늘 너무 힘들었어요"},
        "missing_field": good | {"fields": {k: v for k, v in good["fields"].items() if k != "who5_band"}},
        "bad_category": good | {"fields": good["fields"] | {"who5_band": {"epsilon": 0.219721, "k": 4,
                                                                          "report": "great"}}},
        "wrong_k": good | {"fields": good["fields"] | {"who5_band": {"epsilon": 0.219721, "k": 5, "report": "good"}}},
        "future_week": payload(org, period="2026-W52", secret=bytes(32)),
        "not_a_week": good | {"period": "2026-11"},
        "greedy_budget": good | {"fields": {k: v | {"epsilon": 5.0} for k, v in good["fields"].items()}},
        "schema": good | {"schema": "wellcare.contribution/2"},
        "period_newline": good | {"period": "2026-W45\n"},  # "$" lets a trailing newline through
        "period_unicode_digits": good | {"period": "\uff12\uff10\uff12\uff16-W45"},  # full-width digits
        "period_arabic_digits": good | {"period": "2026-W\u0664\u0665"},
        "token_newline": good | {"token": good["token"] + "\n"},
        "nested_unit": good | {"org_unit": ["Pilot"]},
    }
    names = {case: send(org, content) for case, content in cases.items()}
    ok = send(org, payload(org, secret=b"\x01" * 32))
    report = org.import_once()
    assert report.accepted == 1 and report.quarantined == len(cases)
    quarantined = org.transport.quarantined(Folder.INBOX)
    assert set(quarantined) == set(names.values()) and ok not in quarantined
    assert quarantined.pop(names["unknown_unit"]) == "unknown_unit"
    assert quarantined.pop(names["future_week"]) == "period_not_started"
    assert quarantined.pop(names["nested_unit"]) == "unknown_unit"
    assert set(quarantined.values()) == {"bad_payload"}
    details = {r.name: r.detail for r in report.quarantine_reasons}
    for case, name in names.items():  # the kind and the envelope id, never anything the sealed content said
        assert details[name] == f"envelope {name[:32]}: refused by the contribution check", case
    assert ContributionsStore(org.coordinator_vault).count() == 1


def test_without_any_unit_list_no_unit_name_is_taken(org: Org) -> None:
    """Anyone can seal a contribution: with no unit list to check against, a named unit is refused."""
    org.coordinator_vault.execute("DELETE FROM settings WHERE key = ?", (SETTING,))
    assert aggregate_policy(org.coordinator_vault).org_units == ()  # no policy anywhere this coordinator knows
    invented = send(org, payload(org, unit="Pilot"))
    send(org, payload(org, unit=None, secret=bytes(32)))  # no unit: fine
    report = org.import_once()
    assert report.accepted == 1 and report.quarantined == 1
    assert org.transport.quarantined(Folder.INBOX) == {invented: "unknown_unit"}
    assert "Pilot" not in ContributionsStore(org.coordinator_vault).units()


def test_the_policy_the_coordinator_app_saw_is_what_import_uses(org: Org) -> None:
    settings = aggregate_policy(org.coordinator_vault)
    assert settings == AggregatePolicy(UNITS, 5, 1.0986, True)
