"""The counselor's side: consent, the exact preview, one sealed contribution per week, withdrawal."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from nacl.public import SealedBox

from tests.aggregates.helpers import Org
from wellcare.aggregates.received import ReceivedOneField, read_any
from wellcare.assess.service import bands_from_results
from wellcare.exchange import Folder, FolderTransport, Reason, Transport, TransportError, open_sealed, read_header
from wellcare.exchange._codec import b64decode_strict
from wellcare.policy import Policy
from wellcare.privacy.contribution import ContributionInputs, canonical_json, dedup_token
from wellcare.privacy.inputs import ServiceInputs, previous_week, week_bounds
from wellcare.privacy.sender import RETRY_AFTER, Availability, ContributionSender, Outcome
from wellcare.privacy.store import ContributionStore

INPUTS = ContributionInputs(who5_band="poor", pss10_band="high", cbi_client_band=None, breaks_taken=12,
                            hard_calls=3)


def fixed_inputs(period: str, unit: str | None) -> ContributionInputs:
    return ContributionInputs(**{**INPUTS.__dict__, "org_unit": unit})


def sender(org: Org, policy: Policy | None = None, **kw: Any) -> ContributionSender:
    return ContributionSender(org.counselor_vault, policy or org.policy, org.clock, fixed_inputs, **kw)


def inbox_files(org: Org) -> list[str]:
    return org.transport.list(Folder.INBOX)


def to_send_time(s: ContributionSender, org: Org) -> None:
    """Move the clock to the due week's random send moment, if it is still ahead (never sleeps)."""
    send_at = s.plan(previous_week(org.clock.now())).send_at
    if send_at > org.clock.now():
        org.clock.advance(send_at - org.clock.now())


def test_off_by_default_and_nothing_is_sent_without_consent(org: Org) -> None:
    s = sender(org)
    assert s.store.consent().on is False
    assert s.availability() is Availability.OFF
    assert s.next_run(org.clock.now()) is None
    result = s.send_due()
    assert result.outcome is Outcome.NOT_ALLOWED and result.availability is Availability.OFF
    assert inbox_files(org) == [] and s.store.sent_log() == []


def test_the_preview_is_byte_for_byte_what_is_sealed_and_sent(org: Org) -> None:
    s = sender(org)
    s.set_org_unit("2팀 민원상담")
    preview = s.preview()  # shown on the Privacy page before opting in
    assert preview is not None and preview.due and preview.period == "2026-W47"
    s.set_consent(True)
    to_send_time(s, org)
    result = s.send_due()
    assert result.outcome is Outcome.SENT and result.period == "2026-W47"
    [name] = inbox_files(org)
    on_share = (org.exchange / "inbox" / name).read_bytes()
    assert on_share == result.sealed
    # the coordinator opens it with its key: the payload is the previewed bytes exactly
    envelope = open_sealed(on_share, org.keys.box)
    assert canonical_json(envelope.payload) == preview.payload
    # and the decrypted plaintext carries those very bytes, not a re-encoding that happens to match
    plaintext = SealedBox(org.keys.box).decrypt(b64decode_strict(json.loads(on_share)["body"]))
    assert preview.payload in plaintext
    assert read_header(on_share).kind.value == "contribution"
    # what the log keeps is what went out
    [sent] = s.store.sent_log()
    assert sent.payload == preview.payload and sent.period == "2026-W47" and sent.envelope_id == envelope.id
    received = read_any(preview.payload, s.contribution_policy)  # type: ignore[arg-type]
    assert isinstance(received, ReceivedOneField) and received.org_unit == "2팀 민원상담"
    assert received.token == dedup_token(s.store.device_secret(), "2026-W47")


def test_a_week_is_sent_once_and_the_next_one_after_it_ends(org: Org) -> None:
    s = sender(org)
    s.set_consent(True)
    send_at = s.plan("2026-W47").send_at
    assert s.next_run(org.clock.now()) == max(org.clock.now(), send_at)
    to_send_time(s, org)
    assert s.send_due().outcome is Outcome.SENT
    assert s.send_due().outcome is Outcome.ALREADY_SENT
    monday = datetime(2026, 11, 30, 0, 1, tzinfo=org.clock.now().tzinfo)  # 2026-11-30 is the Monday of W49
    assert s.next_run(org.clock.now()) == monday
    org.clock.advance(monday - org.clock.now())
    to_send_time(s, org)
    result = s.send_due()
    assert result.outcome is Outcome.SENT and result.period == "2026-W48"
    assert len(inbox_files(org)) == 2
    assert [c.period for c in s.store.sent_log()] == ["2026-W48", "2026-W47"]


def test_withdrawal_stops_every_future_contribution(org: Org) -> None:
    s = sender(org)
    s.set_consent(True)
    to_send_time(s, org)
    s.send_due()
    s.set_consent(False)
    assert s.availability() is Availability.OFF
    assert s.next_run(org.clock.now()) is None
    for _ in range(3):  # weeks pass: nothing more goes out
        org.clock.advance(timedelta(days=7))
        assert s.send_due().outcome is Outcome.NOT_ALLOWED
    assert len(inbox_files(org)) == 1
    events = [e.event.value for e in s.store.log()]
    assert events == ["consent_off", "consent_on"]


def test_withdrawing_drops_the_payload_waiting_to_go(org: Org) -> None:
    s = sender(org)
    s.preview()
    assert s.store.pending("2026-W47") is not None
    s.set_consent(True)
    s.set_consent(False)
    assert s.store.pending("2026-W47") is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"enabled": False}, Availability.DISABLED),
        ({"units": ("none",)}, Availability.BAD_POLICY),
    ],
)
def test_the_policy_can_switch_sending_off(org: Org, change: dict[str, Any], expected: Availability) -> None:
    policy = org.write_policy(**change)
    s = sender(org, policy)
    s.set_consent(True)
    assert s.availability() is expected
    assert s.preview() is None
    assert s.send_due().outcome is Outcome.NOT_ALLOWED
    assert inbox_files(org) == []


def test_no_policy_or_no_coordinator_key_sends_nothing(org: Org, tmp_path: Any) -> None:
    s = sender(org, Policy())
    s.set_consent(True)
    assert s.availability() is Availability.PERSONAL and s.send_due().outcome is Outcome.NOT_ALLOWED
    text = org.policy_path.read_text(encoding="utf-8")
    bare = text.replace('box_public_key = "', 'box_public_key = "" #"')
    org.policy_path.write_text(bare, encoding="utf-8")
    s = sender(org)
    assert s.availability() is Availability.NO_COORDINATOR and s.send_due().outcome is Outcome.NOT_ALLOWED
    assert inbox_files(org) == []


def test_a_changed_coordinator_key_pauses_sending(org: Org) -> None:
    s = sender(org)
    s.set_consent(True)
    assert s.availability() is Availability.READY  # pins the key on first use (shared with EAP)
    from wellcare.exchange import CoordinatorKeys

    other = CoordinatorKeys.generate().public().to_policy()
    text = org.policy_path.read_text(encoding="utf-8")
    for key in ("box_public_key", "sign_public_key", "fingerprint"):
        old = org.policy.get("coordinator", key)
        text = text.replace(old, other[key])
    org.policy_path.write_text(text, encoding="utf-8")
    s = sender(org)
    assert s.availability() is Availability.KEY_PROBLEM
    assert s.send_due().outcome is Outcome.NOT_ALLOWED and inbox_files(org) == []


class _Flaky(Transport):
    def __init__(self, inner: FolderTransport) -> None:
        self.inner = inner
        self.down = True

    def put(self, folder: Folder, name: str, data: bytes) -> None:
        if self.down:
            raise TransportError(Reason.IO_ERROR, "share offline")
        self.inner.put(folder, name, data)

    def list(self, folder: Folder) -> list[str]:
        return self.inner.list(folder)

    def read(self, folder: Folder, name: str, *, max_bytes: int = 0) -> bytes:
        return self.inner.read(folder, name)

    def quarantine(self, folder: Folder, name: str, reason: str, detail: str = "") -> None:
        self.inner.quarantine(folder, name, reason, detail)

    def remove(self, folder: Folder, name: str) -> None:
        self.inner.remove(folder, name)


def test_an_offline_share_is_retried_later_with_the_same_bytes(org: Org) -> None:
    flaky = _Flaky(org.transport)
    s = sender(org, transport_factory=lambda path: flaky)
    s.set_consent(True)
    preview = s.preview()
    assert preview is not None
    to_send_time(s, org)
    failed = s.send_due()
    assert failed.outcome is Outcome.OFFLINE and s.store.sent_log() == []
    assert s.next_run(org.clock.now()) == org.clock.now() + RETRY_AFTER
    org.clock.advance(RETRY_AFTER)
    flaky.down = False
    result = s.send_due()
    assert result.outcome is Outcome.SENT and result.payload == preview.payload


def test_an_unchanged_value_reuses_its_memo_and_costs_no_new_budget(org: Org) -> None:
    s = sender(org)
    s.set_consent(True)
    value_epsilon = s.contribution_policy.value_epsilon  # type: ignore[union-attr]
    sent: list[tuple[str, str]] = []  # (ISO year, field)
    for _ in range(8):  # eight weeks of the same true inputs (W47 .. W02 of the next ISO year)
        to_send_time(s, org)
        result = s.send_due()
        assert result.outcome is Outcome.SENT and result.payload is not None
        sent.append((result.period[:4], json.loads(result.payload)["field"]))
        org.clock.advance(timedelta(days=7))
    # one permanent memo per (field, value) and ISO year, charged once however many weeks used it
    memos = org.counselor_vault.query("SELECT year, field, charged_at FROM privacy_value_memo")
    assert sorted((m[0], m[1]) for m in memos) == sorted(set(sent))
    assert all(m[2] is not None for m in memos)
    for year in {y for y, _ in sent}:
        distinct = {f for y, f in sent if y == year}
        assert s.store.spent(year) == pytest.approx(len(distinct) * value_epsilon)
    assert len(set(sent)) < len(sent)  # some week repeated a (year, field): it cost nothing new
    secret = s.store.device_secret()
    assert len(secret) == 32 and ContributionStore(org.counselor_vault).device_secret() == secret


def test_changing_the_team_rebuilds_the_waiting_payload(org: Org) -> None:
    s = sender(org)
    before = s.preview()
    s.set_org_unit("3팀 야간")
    after = s.preview()
    assert before is not None and after is not None and before.payload != after.payload
    assert json.loads(after.payload)["org_unit"] == "3팀 야간"
    with pytest.raises(ValueError):
        s.set_org_unit("no such team")


# -- inputs from the other capabilities ------------------------------------------------------------


class _Assess:
    def latest_bands(self, since: Any, until: Any) -> dict[str, str]:
        return {"who5": "good", "pss10": "moderate", "cbi": "high", "phq9": "severe"}


class _Breaks:
    def breaks_taken_in_week(self, week: str) -> int:
        return 11


class _Incidents:
    def count_in_week(self, week: str) -> int:
        assert week == "2026-W47"
        return 2


def test_inputs_come_from_the_services_and_only_coarse_ones(org: Org) -> None:
    inputs = ServiceInputs(org.clock, bands=_Assess(), breaks=_Breaks(), hard_calls=_Incidents())  # type: ignore[arg-type]
    got = inputs.inputs("2026-W47", "Pilot")
    assert got == ContributionInputs("good", "moderate", "high", 11, 2, "Pilot")  # phq9 never read
    assert ServiceInputs(org.clock).inputs("2026-W47", None) == ContributionInputs()


def test_the_weeks_bands_are_the_latest_result_of_each_instrument_in_the_week(org: Org) -> None:
    from dataclasses import dataclass

    tz = org.clock.now().tzinfo
    assert tz is not None
    since, until = week_bounds("2026-W47", tz)

    @dataclass
    class Result:
        bands: dict[str, str]

    @dataclass
    class Stored:
        instrument_id: str
        completed_at: Any
        result: Result

    results = [
        Stored("who5", since + timedelta(days=1), Result({"percent": "poor"})),
        Stored("who5", since + timedelta(days=3), Result({"percent": "good"})),  # the latest in the week wins
        Stored("who5", until + timedelta(hours=1), Result({"percent": "likely_depression"})),  # next week
        Stored("cbi", since, Result({"personal": "high", "work": "high", "client": "low"})),
    ]
    assert bands_from_results(results, since, until) == {"who5": "good", "cbi": "low"}

    class Assess:
        def latest_bands(self, since: Any, until: Any) -> dict[str, str]:
            return bands_from_results(results, since, until)  # type: ignore[arg-type]

    inputs = ServiceInputs(org.clock, bands=Assess())
    got = inputs.inputs("2026-W47", None)
    assert (got.who5_band, got.cbi_client_band) == ("good", "low")


def test_a_failing_service_gives_none_not_a_crash(org: Org) -> None:
    class Broken:
        def latest_bands(self, since: Any, until: Any) -> dict[str, str]:
            raise RuntimeError("boom")

        def count_in_week(self, week: str) -> int:
            raise RuntimeError("boom")

    inputs = ServiceInputs(org.clock, bands=Broken(), hard_calls=Broken())  # type: ignore[arg-type]
    assert inputs.inputs("2026-W47", None) == ContributionInputs()


def test_weeks_that_can_no_longer_be_sent_keep_nothing_even_without_consent(org: Org) -> None:
    s = sender(org)
    s.preview()
    assert s.store.pending("2026-W47") is not None
    org.clock.advance(timedelta(days=14))
    s.preview()  # now W49 is due; W47's frozen payload is gone
    assert s.store.pending("2026-W47") is None
    assert not org.counselor_vault.query("SELECT 1 FROM privacy_memo")  # the first scheme's weekly memos
