"""The one-field scheme on the counselor's side (issue #13, items 2 and 3): one field, two layers, a yearly budget.

Qt-free: real vaults, a real exchange folder, a ManualClock.
"""

from __future__ import annotations

import json
import math
import os
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.aggregates.helpers import Org
from wellcare.aggregate_format.one_field import PAYLOAD_BYTES, SCHEMA_V2, instantaneous_epsilon
from wellcare.aggregate_format.policy import ContributionPolicy
from wellcare.aggregate_format.randomized_response import InMemoryMemoStore, rr_probabilities
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.aggregates.received import ReceivedOneField, read_any
from wellcare.exchange import Folder
from wellcare.exchange.transport import INBOX_FILE_TIME
from wellcare.policy import PolicyError
from wellcare.policy import parse as parse_policy
from wellcare.privacy.contribution import ContributionInputs, build_one_field
from wellcare.privacy.sender import Availability, ContributionSender, Outcome

INPUTS = ContributionInputs(who5_band="poor", pss10_band="high", breaks_taken=12, hard_calls=3)
LONG_UNIT = "가" * 64  # the longest unit name the schema allows, three bytes a character


class Inputs:
    """The week's true inputs, changeable between weeks."""

    def __init__(self) -> None:
        self.value = INPUTS

    def __call__(self, period: str, unit: str | None) -> ContributionInputs:
        return ContributionInputs(**{**self.value.__dict__, "org_unit": unit})


def with_privacy(org: Org, extra: str) -> None:
    """Add keys to the policy's [privacy] section (the helper writes the section last)."""
    org.policy_path.write_text(org.policy_path.read_text(encoding="utf-8") + extra, encoding="utf-8")


def sender(org: Org, inputs: Any = None, rng: random.Random | None = None) -> ContributionSender:
    return ContributionSender(org.counselor_vault, org.policy, org.clock, inputs or Inputs(), rng=rng)


def to_send_time(s: ContributionSender, org: Org, period: str) -> None:
    send_at = s.plan(period).send_at
    if send_at > org.clock.now():
        org.clock.advance(send_at - org.clock.now())


@pytest.mark.parametrize("spec", AGGREGATE_FIELDS, ids=lambda f: f.id)
def test_a_week_sends_one_field_padded_to_one_size(spec: Any) -> None:
    policy = ContributionPolicy(epsilon=math.log(3), org_units=(LONG_UNIT, "b"))
    for unit in (LONG_UNIT, None):
        built = build_one_field(ContributionInputs(**{**INPUTS.__dict__, "org_unit": unit}), period="2026-W48",
                                field=spec.id, policy=policy, device_secret=b"s" * 32, memo=InMemoryMemoStore())
        assert len(built.payload) == PAYLOAD_BYTES
        payload = json.loads(built.payload)
        assert payload["schema"] == SCHEMA_V2 and payload["field"] == spec.id
        assert not ({f.id for f in AGGREGATE_FIELDS} - {spec.id}) & set(payload)  # the others are not sent
        received = read_any(built.payload, policy)
        assert isinstance(received, ReceivedOneField) and received.report in spec.categories
        assert received.epsilon == pytest.approx(math.log(3))
        assert received.epsilon_value == pytest.approx(2 * math.log(3))


@pytest.mark.parametrize("k", [2, 3, 4])
def test_memo_then_weekly_draw_is_exactly_the_weekly_epsilon(k: int) -> None:
    week, value = math.log(3), 2 * math.log(3)
    p_value, _ = rr_probabilities(value, k)
    p_inst, q_inst = rr_probabilities(instantaneous_epsilon(week, value, k), k)
    p_report = p_value * p_inst + (1 - p_value) * q_inst
    q_report = (1 - p_report) / (k - 1)
    assert math.log(p_report / q_report) == pytest.approx(week)


def test_the_weekly_draw_is_fresh_but_the_memo_is_kept_per_value_and_year() -> None:
    policy = ContributionPolicy(epsilon=math.log(3))
    memo = InMemoryMemoStore()
    reports = {json.loads(build_one_field(INPUTS, period=f"2026-W{w:02d}", field="who5_band", policy=policy,
                                          device_secret=b"s" * 32, memo=memo).payload)["report"]
               for w in range(1, 41)}
    assert len(memo) == 1  # one memo for (who5_band, poor, 2026), whatever the weeks
    assert len(reports) > 1  # each week's report is drawn afresh from it
    build_one_field(INPUTS, period="2027-W01", field="who5_band", policy=policy, device_secret=b"s" * 32, memo=memo)
    assert len(memo) == 2  # a new ISO year, a new memo and a new budget


def test_the_yearly_budget_is_enforced_and_the_page_can_say_so(org: Org) -> None:
    # room for exactly one value: a second one would exceed the year's budget
    with_privacy(org, "epsilon_per_value = 2.0\nepsilon_per_year = 3.0\n")
    inputs = Inputs()
    s = sender(org, inputs)
    s.set_consent(True)
    s.store.plan("2026-W47", "who5_band", org.clock.now())  # the weeks' fields, as if drawn so
    s.store.plan("2026-W48", "pss10_band", org.clock.now())
    assert s.send_due().outcome is Outcome.SENT
    assert s.budget() == (pytest.approx(2.0), 3.0)
    org.clock.advance(timedelta(days=7))
    to_send_time(s, org, "2026-W48")
    result = s.send_due()
    assert result.outcome is Outcome.BUDGET_SPENT and result.availability is Availability.BUDGET_SPENT
    assert len(org.transport.list(Folder.INBOX)) == 1
    assert s.availability() is Availability.BUDGET_SPENT and s.next_run(org.clock.now()) is None
    # the rest of the year sends nothing, even a value whose memo is paid for
    org.clock.advance(timedelta(days=7))
    s.store.plan("2026-W49", "who5_band", org.clock.now())
    assert s.send_due().outcome is Outcome.NOT_ALLOWED and len(org.transport.list(Folder.INBOX)) == 1
    # a new ISO year has a new budget
    org.clock.advance(datetime(2027, 1, 12, 10, 0, tzinfo=org.clock.now().tzinfo) - org.clock.now())
    assert s.availability() is Availability.READY
    to_send_time(s, org, "2027-W01")
    assert s.send_due().outcome is Outcome.SENT and len(org.transport.list(Folder.INBOX)) == 2


def test_it_sends_at_a_random_moment_of_the_week_not_at_start(org: Org) -> None:
    s = sender(org)
    s.set_consent(True)
    plan = s.plan("2026-W47")
    monday = datetime(2026, 11, 23, 0, 0, tzinfo=org.clock.now().tzinfo)
    assert monday <= plan.send_at < monday + timedelta(days=5)
    assert s.plan("2026-W47") == plan  # drawn once and kept
    if plan.send_at > org.clock.now():
        assert s.send_due().outcome is Outcome.WAITING and org.transport.list(Folder.INBOX) == []
        assert s.next_run(org.clock.now()) == plan.send_at
    # across weeks and devices the moments spread over the days, whatever the log-in times
    moments = {ContributionSender(org.counselor_vault, org.policy, org.clock, Inputs(), rng=random.Random(i))
               .plan(f"2026-W{i:02d}").send_at.weekday() for i in range(10, 40)}
    assert len(moments) >= 4


def test_the_share_sees_the_same_size_time_and_created_hour_for_every_contribution(org: Org, tmp_path: Path) -> None:
    from wellcare.vault import VaultManager

    for i, unit in enumerate((LONG_UNIT, None, "Pilot")):
        vault = org.counselor_vault if i == 0 else VaultManager(tmp_path / f"c{i}").create("keyring").vault
        if unit == LONG_UNIT:
            org.write_policy(units=(LONG_UNIT, "Pilot"))
        s = ContributionSender(vault, org.policy, org.clock, Inputs())
        s.set_org_unit(unit)
        s.set_consent(True)
        to_send_time(s, org, "2026-W47")
        result = s.send_due()
        assert result.outcome is Outcome.SENT
    paths = [org.exchange / "inbox" / name for name in org.transport.list(Folder.INBOX)]
    assert len(paths) == 3
    assert {p.stat().st_size for p in paths} == {paths[0].stat().st_size}
    assert {int(p.stat().st_mtime) for p in paths} == {INBOX_FILE_TIME}
    assert len({json.loads(p.read_bytes())["created"] for p in paths}) == 1
    assert os.path.getmtime(paths[0]) == INBOX_FILE_TIME


def test_the_org_unit_is_sent_clear_randomized_or_not_at_all(org: Org) -> None:
    s = sender(org)
    s.set_org_unit("Pilot")
    assert json.loads(s.build("2026-W47"))["org_unit"] == "Pilot"
    with_privacy(org, "randomize_org_unit = true\n")
    s = sender(org)
    payload = json.loads(s.build("2026-W47"))
    assert "org_unit" not in payload and set(payload["unit"]) == {"report", "epsilon", "k"}
    received = read_any(s.build("2026-W47"), s.contribution_policy)  # type: ignore[arg-type]
    assert isinstance(received, ReceivedOneField) and received.org_unit is None and received.unit_report is not None
    org.write_policy()
    with_privacy(org, "team_views = false\n")
    payload = json.loads(sender(org).build("2026-W47"))
    assert "org_unit" not in payload and "unit" not in payload


@pytest.mark.parametrize(("extra", "named"), [
    ("randomize_org_unit = 1\n", "randomize_org_unit"),
    ("epsilon_per_value = 1.0\n", "epsilon_per_value"),  # not above the weekly epsilon
    ("epsilon_per_year = 2.0\n", "epsilon_per_year"),  # less than one value
    ("randomize_org_unit = true\nteam_views = false\n", "team_views"),
])
def test_the_privacy_keys_are_validated_with_the_key_named(org: Org, extra: str, named: str) -> None:
    text = org.policy_path.read_text(encoding="utf-8") + extra
    with pytest.raises(PolicyError, match=named):
        parse_policy(text, org.policy_path)


def test_a_preview_costs_no_budget_only_a_sent_summary_does(org: Org) -> None:
    s = sender(org)
    preview = s.preview()
    assert preview is not None and preview.due
    assert s.budget() == (0.0, 30.0)  # shown, frozen, not sent: nothing revealed, nothing charged
    s.set_consent(True)
    to_send_time(s, org, "2026-W47")
    assert s.send_due().payload == preview.payload
    assert s.budget() == (pytest.approx(s.contribution_policy.value_epsilon), 30.0)  # type: ignore[union-attr]
