"""The coordinator's desk without Qt: what the inbox page shows (requests, the date a closed request's
content goes, quarantined files) comes from this Qt-free service, on a real vault and a real share."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from tests.eap.helpers import Org, content
from wellcare.coordinator.desk import OfficeDesk
from wellcare.eap.office_inbox import Triage
from wellcare.eap.retention import SETTING
from wellcare.exchange import TransportError
from wellcare.inbox.keys_store import SETUP_SETTING


def test_the_desk_imports_a_request_and_says_when_its_content_will_go(org: Org) -> None:
    desk = OfficeDesk.open(org.coordinator_vault, org.clock, org.coordinator_profile, org.policy)
    assert desk.ready and desk.fingerprint == org.keys.public().fingerprint()
    days = desk.retention_days
    assert org.coordinator_vault.get_setting(SETTING) == days  # remembered for scripted runs without the policy

    assert desk.last_import().at is None
    org.counselor().submit(content())
    report = desk.import_once()
    assert report is not None and report.accepted == 1
    shown = desk.last_import()  # the coordinator's Today card
    assert (shown.at, shown.accepted) == (org.clock.now(), 1)
    [request] = desk.requests()
    assert desk.purge_date(request) is None  # open: nothing is deleted

    org.clock.advance(timedelta(hours=2))
    closed = desk.close(request.envelope_id, done=True, message="상담 예약 완료")
    assert closed.triage is Triage.DONE
    assert desk.purge_date(closed) == org.clock.now() + timedelta(days=days)

    org.clock.advance(timedelta(days=days, minutes=1))
    run = desk.purge()
    assert run is not None and run.purged == (request.envelope_id,)
    assert desk.purge_date(desk.get(request.envelope_id)) is None  # already deleted


def test_a_desk_before_set_up_imports_nothing(org: Org) -> None:
    org.coordinator_vault.execute("DELETE FROM settings WHERE key = ?", (SETUP_SETTING,))
    desk = OfficeDesk(org.coordinator_vault, org.clock, org.coordinator_profile)
    assert not desk.ready and desk.fingerprint  # keys, but no share yet
    assert desk.import_once() is None and desk.purge() is None
    assert desk.requests() == [] and desk.quarantined() == {} and desk.pending_replies() == 0


def test_a_share_that_is_gone_is_an_error_not_an_empty_inbox(org: Org) -> None:
    desk = OfficeDesk(org.coordinator_vault, org.clock, org.coordinator_profile)
    shutil.rmtree(org.exchange)
    with pytest.raises(TransportError):
        desk.import_once()
    assert desk.quarantined() == {}
