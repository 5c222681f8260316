"""Today's EAP cards from real vaults and a real exchange: new replies (counselor), new requests (office)."""

from __future__ import annotations

from datetime import timedelta

from tests.eap.helpers import Org, content
from wellcare.eap import Appointment, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.eap.office_today import requests_waiting
from wellcare.eap.today import new_replies, replies_seen_at
from wellcare.inbox.last_import import last_import, record_import


def test_a_reply_is_new_until_the_counselor_opens_it(org: Org) -> None:
    counselor = org.counselor()
    request = counselor.submit(content())
    assert new_replies(counselor.requests(), None).new == ()
    org.import_once()
    counselor.sync()  # the receipt
    [receipt] = counselor.new_replies().new
    assert (receipt.request_id, receipt.status) == (request.id, "received")

    org.clock.advance(timedelta(minutes=5))
    counselor.mark_replies_seen()
    assert counselor.new_replies().new == ()
    assert replies_seen_at(org.counselor_vault) == org.clock.now()  # kept in the vault: a restart agrees

    org.clock.advance(timedelta(minutes=5))
    [received] = org.eap_inbox().requests()
    start = org.clock.now() + timedelta(days=1)
    org.eap_inbox().schedule(received.envelope_id, Appointment(start, 50, "3층", ""))
    counselor.sync()
    [scheduled] = counselor.new_replies().new
    assert scheduled.status == "scheduled" and scheduled.appointment == start


def test_the_coordinator_sees_new_requests_urgent_first(org: Org) -> None:
    counselor = org.counselor()
    counselor.submit(content(urgency=Urgency.ROUTINE))
    org.clock.advance(timedelta(minutes=1))
    counselor.submit(content(urgency=Urgency.SOON))
    org.clock.advance(timedelta(minutes=1))
    counselor.submit(content(urgency=Urgency.URGENT))
    org.import_once()
    eap = org.eap_inbox()
    waiting = requests_waiting(eap.requests())
    assert [r.urgent for r in waiting.requests] == [True, False, False]
    assert waiting.urgent == 1
    [urgent] = [r for r in eap.requests() if r.urgency is Urgency.URGENT]
    eap.set_triage(urgent.envelope_id, Triage.IN_PROGRESS)
    assert requests_waiting(eap.requests()).urgent == 0  # picked up: no longer waiting


def test_the_last_import_is_remembered(org: Org) -> None:
    assert last_import(org.coordinator_vault).at is None
    record_import(org.coordinator_vault, org.clock.now(), 4)
    remembered = last_import(org.coordinator_vault)
    assert (remembered.at, remembered.accepted) == (org.clock.now(), 4)
    org.coordinator_vault.set_setting("inbox.last_import", {"at": "yesterday", "accepted": "many"})
    assert last_import(org.coordinator_vault).at is None  # a damaged record reads as "not yet"
