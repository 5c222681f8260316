"""The exchange's three flows over a real SMB share, each counselor with DEPLOYMENT.md's rights:
an EAP request and its replies, a weekly contribution with consent on, offers published and
verified. Nothing readable ever lies on the share, and the counselor never needs to list inbox/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from tests.aggregates.helpers import WEDNESDAY
from tests.eap.helpers import MARKER, content
from tests.programs.helpers import make_offer
from tests.smb.org import ShareOrg, make_share_org
from tests.smb.samba import SmbShare
from wellcare.eap import Appointment, ReplyStatus, Status
from wellcare.exchange import FolderTransport, sign_offer
from wellcare.exchange.share_rights import ShareProblem
from wellcare.privacy.contribution import ContributionInputs
from wellcare.privacy.inputs import previous_week
from wellcare.privacy.sender import ContributionSender, Outcome
from wellcare.programs import publish_offer, read_offers
from wellcare.schedule.clock import ManualClock


@pytest.fixture
def org(tmp_path: Path, smb: SmbShare) -> Iterator[ShareOrg]:
    org = make_share_org(tmp_path, smb, ManualClock(WEDNESDAY))
    yield org
    org.close()


def fixed_inputs(period: str, unit: str | None) -> ContributionInputs:
    """A week's bands and counts as the counselor's own services would give them."""
    return ContributionInputs(who5_band="poor", pss10_band="high", cbi_client_band=None, breaks_taken=12,
                              hard_calls=3, org_unit=unit)  # fmt: skip


def _on_server(smb: SmbShare) -> bytes:
    """Every byte of every file on the share, as the server's admin could read it."""
    return b"".join(p.read_bytes() for p in sorted(smb.server_root.rglob("*")) if p.is_file())


def test_an_eap_request_and_its_replies_cross_the_share(org: ShareOrg, smb: SmbShare) -> None:
    counselor = org.counselor()
    assert counselor.coordinator().exchange == str(smb.desk)
    assert counselor.share_problems() == []  # the start-up check: the desk share is set up as documented
    request = counselor.submit(content())
    assert request.status is Status.SENT
    assert len(os.listdir(smb.server_root / "inbox")) == 1
    assert MARKER.encode() not in _on_server(smb)  # sealed before it left

    report = org.import_once()
    assert report.accepted_by_kind == {"eap_request": 1} and report.quarantined == 0
    assert os.listdir(smb.server_root / "inbox") == []  # the office consumed it
    eap = org.eap_inbox()
    [received] = eap.requests()
    assert received.content.note == MARKER

    assert [u.status for u in counselor.sync().updates] == [ReplyStatus.RECEIVED]  # the automatic receipt
    start = org.clock.now().replace(hour=14, minute=0) + timedelta(days=1)
    eap.schedule(received.envelope_id, Appointment(start, 50, "본관 3층 상담실", "편하게 오세요"))
    eap.flush(org.office)
    [update] = counselor.sync().updates
    assert update.status is ReplyStatus.SCHEDULED
    mine = counselor.get(request.id)
    assert mine.status is Status.SCHEDULED and mine.appointment is not None
    assert mine.appointment.where == "본관 3층 상담실"
    assert "본관".encode() not in _on_server(smb)


def test_a_weekly_contribution_with_consent_on_reaches_the_office(org: ShareOrg, smb: SmbShare) -> None:
    sender = ContributionSender(org.counselor_vault, org.policy, org.clock, fixed_inputs)
    assert sender.send_due().outcome is Outcome.NOT_ALLOWED  # consent is off by default: nothing on the share
    assert os.listdir(smb.server_root / "inbox") == []
    sender.set_org_unit("2팀 민원상담")
    sender.set_consent(True)
    send_at = sender.plan(previous_week(org.clock.now())).send_at  # the week's random moment, never at log-in
    org.clock.advance(max(send_at - org.clock.now(), timedelta(0)))
    result = sender.send_due()
    assert result.outcome is Outcome.SENT
    assert sender.send_due().outcome is Outcome.ALREADY_SENT
    report = org.import_once()
    assert report.accepted_by_kind == {"contribution": 1} and report.quarantined == 0
    assert "2팀".encode() not in _on_server(smb)


def test_offers_published_by_the_office_are_verified_by_counselors_and_forgeries_refused(
    org: ShareOrg, smb: SmbShare
) -> None:
    now = org.clock.now()
    day = now + timedelta(days=10)
    offer = make_offer(dates=[{"start": day.isoformat(), "end": (day + timedelta(hours=6)).isoformat()}])
    name = publish_offer(org.office, org.keys.signing, offer, now=now)
    counselor = FolderTransport(smb.desk)
    listing = read_offers(counselor, org.keys.public().verify_key, now)
    assert [(o.offer_id, o.envelope_id + ".json") for o in listing.offers] == [(offer.offer_id, name)]

    # someone with write access on the server plants an offer signed with another key
    forged = sign_offer(make_offer(offer_id="free-money").to_payload(), SigningKey.generate(), now=now)
    (smb.server_root / "offers" / f"{'ab' * 16}.json").write_bytes(forged)
    listing = read_offers(counselor, org.keys.public().verify_key, now)
    assert [o.offer_id for o in listing.offers] == [offer.offer_id]
    assert sorted(os.listdir(smb.server_root / "offers")) == sorted([name, f"{'ab' * 16}.json"])  # nothing moved


def test_a_whole_demo_organisation_builds_on_the_share_and_its_commands_work_over_it(
    tmp_path: Path, smb: SmbShare
) -> None:
    from tests.aggregates.helpers import cli

    root = smb.share("office") / "demo"
    code, out, err = cli("demo", "--dir", str(root), "--counselors", "20", "--weeks", "3")
    assert code == 0, err
    common = ["--profile", str(root / "coordinator"), "--passphrase-file", str(root / "demo-passphrase.txt")]
    code, out, err = cli(*common, "--policy", str(root / "policy.toml"), "coordinator", "report", "--json")
    assert code == 0, err
    assert json.loads(out)["schema"] == "wellcare.aggregate_report/3"
    code, out, err = cli("--profile", str(root / "counselor"), "--policy", str(root / "policy.toml"),
                         "--passphrase-file", str(root / "demo-passphrase.txt"), "eap", "status")  # fmt: skip
    assert code == 0, err
    served = smb.server_root.parent / "demo"
    for profile in ("coordinator", "counselor"):  # network vaults: no WAL side files left behind
        assert not list((served / profile).glob("vault.db-*")), profile


def test_a_request_waits_while_the_inbox_refuses_it_and_goes_once_the_rights_are_fixed(
    org: ShareOrg, smb: SmbShare
) -> None:
    os.chmod(smb.server_root / "inbox", 0o1711)  # IT forgot "create files" for counselors
    counselor = org.counselor()
    assert counselor.share_problems() == [ShareProblem.INBOX_NOT_WRITABLE]
    request = counselor.submit(content())
    assert request.status is Status.QUEUED  # kept, sealed, in the counselor's vault: "waiting to send"
    smb.apply_counselor_rights()
    counselor.sync()
    assert counselor.get(request.id).status is Status.SENT
    assert org.import_once().accepted_by_kind == {"eap_request": 1}
