"""The one-step urgent call-back as a service: sent, waiting to be sent, or not made, said exactly;
and the policy's statements about the EAP office (hours, urgent response time) it may promise."""

from __future__ import annotations

import shutil
from datetime import datetime, time
from pathlib import Path

import pytest

from tests.eap.helpers import KST, MONDAY_9, Org
from wellcare.eap import ContactMethod, EapService, Status, Urgency
from wellcare.eap.office import EapOffice, UrgentOutcome, valid_phone
from wellcare.exchange import open_sealed
from wellcare.paths import resource_dir
from wellcare.policy import PolicyError, parse

OFFICE_TOML = """
[eap]
urgent_response_hours = 2

[eap.office_hours]
mon = "09:00-18:00"
tue = "09:00-18:00"
wed = "09:00-18:00"
thu = "09:00-18:00"
fri = "09:00-18:00"
sat = "10:00-13:00"
"""


def with_office(org: Org) -> None:
    """The organisation states its EAP office's hours and urgent response time in the policy IT ships."""
    org.policy_path.write_text(org.policy_path.read_text(encoding="utf-8") + OFFICE_TOML, encoding="utf-8")


def inbox_files(org: Org) -> list[Path]:
    folder = org.exchange / "inbox"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_an_urgent_call_back_on_a_reachable_share_is_sent_with_the_given_phone(org: Org) -> None:
    service = org.counselor()
    result = service.request_urgent_call_back(" 010-9876  5432 ", "ko")
    assert result.outcome is UrgentOutcome.SENT
    (landed,) = inbox_files(org)
    payload = open_sealed(landed.read_bytes(), org.keys.box).payload
    assert payload["contact"] == {"method": "phone", "value": "010-9876 5432"}
    assert payload["urgency"] == "urgent" and payload["note"] == "" and payload["attachments"] == []
    request = service.get(result.request_id or 0)
    assert request.status is Status.SENT and request.content.contact_method is ContactMethod.PHONE
    assert request.content.urgency is Urgency.URGENT
    assert service.last_contact() == (ContactMethod.PHONE, "010-9876 5432")


def test_an_urgent_call_back_on_an_unreachable_share_is_waiting_not_sent(org: Org) -> None:
    shutil.rmtree(org.exchange)  # the network share is gone
    service = org.counselor()
    result = service.request_urgent_call_back("010-9876-5432", "en")
    assert result.outcome is UrgentOutcome.WAITING
    assert service.get(result.request_id or 0).status is Status.QUEUED
    assert not org.exchange.exists()
    # when the share is back, the outbox sends it, sealed to the coordinator, with the phone
    (org.exchange / "inbox").mkdir(parents=True)
    (org.exchange / "replies").mkdir()
    assert service.flush_outbox().sent == 1
    (landed,) = inbox_files(org)
    assert open_sealed(landed.read_bytes(), org.keys.box).payload["contact"]["value"] == "010-9876-5432"
    assert service.get(result.request_id or 0).status is Status.SENT


def test_an_urgent_call_back_that_cannot_be_made_says_so(org: Org) -> None:
    service = org.counselor()
    assert service.request_urgent_call_back("name@example.org", "en").outcome is UrgentOutcome.FAILED
    assert service.request_urgent_call_back("12-34", "en").outcome is UrgentOutcome.FAILED
    personal = EapService(org.counselor_vault, parse("format = 1\n", Path("p.toml")), org.clock)
    failed = personal.request_urgent_call_back("010-9876-5432", "en")
    assert failed.outcome is UrgentOutcome.FAILED and failed.code.startswith("coordinator_")
    assert service.requests() == [] and inbox_files(org) == []


@pytest.mark.parametrize(
    ("text", "ok"),
    [("010-1234-5678", True), ("+82 (2) 120 0000", True), ("0101234", True), ("010-12", False),
     ("010.1234.5678", False), ("call me", False), ("", False)],
)  # fmt: skip
def test_a_call_back_phone_is_checked_lightly(text: str, ok: bool) -> None:
    assert valid_phone(text) is ok


def test_office_hours_and_response_time_come_from_the_policy(org: Org) -> None:
    assert EapOffice.from_policy(org.policy).hours_stated is False  # nothing stated, nothing promised
    with_office(org)
    office = EapOffice.from_policy(org.policy)
    assert office.urgent_response_hours == 2 and office.phone == "02-120-0000"
    assert office.hours[1] == (time(9), time(18)) and 7 not in office.hours
    assert office.is_open(MONDAY_9) and office.closes_at(MONDAY_9) == time(18)
    saturday_evening = datetime(2025, 3, 8, 19, 0, tzinfo=KST)
    assert not office.is_open(saturday_evening)
    assert office.next_opening(saturday_evening) == datetime(2025, 3, 10, 9, 0, tzinfo=KST)  # Sunday is closed


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ('office_hours = { mon = "9-18" }', "eap.office_hours.mon"),
        ('office_hours = { mon = "18:00-09:00" }', "eap.office_hours.mon"),
        ('office_hours = { monday = "09:00-18:00" }', "unknown day 'monday'"),
        ('office_hours = { fri = 9 }', "eap.office_hours.fri"),
        ('office_hours = "weekdays"', "eap.office_hours"),
        ("urgent_response_hours = 100", "eap.urgent_response_hours"),
        ("urgent_response_hours = -1", "eap.urgent_response_hours"),
    ],
)
def test_a_bad_office_hours_key_is_an_error_that_names_it(table: str, named: str) -> None:
    with pytest.raises(PolicyError, match=named.replace(".", r"\.")):
        parse(f"format = 1\n[eap]\n{table}\n", Path("policy.toml"))


def test_the_example_policy_documents_the_new_keys() -> None:
    text = (resource_dir() / "policy.example.toml").read_text(encoding="utf-8")
    policy = parse(text, Path("policy.example.toml"))
    office = EapOffice.from_policy(policy)
    assert office.hours_stated and office.urgent_response_hours > 0
    assert "office_hours" in text and "urgent_response_hours" in text
