"""The coordinator imports enrollments through its real inbox: kept with what was shared, seats counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.programs.helpers import Org, at
from wellcare.coordinator.handlers import build_registry
from wellcare.exchange import Folder, Kind, post, seal
from wellcare.inbox.dispatcher import HandlerSetup, Inbox
from wellcare.programs.enrollment import EnrollAction, EnrollmentRequest, new_withdraw_secret, send_enrollment
from wellcare.programs.enrollment_inbox import EnrollmentBook
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager


@pytest.fixture
def coordinator(tmp_path: Path, org: Org):  # type: ignore[no-untyped-def]
    vault: Vault = VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault
    clock = ManualClock(at(10, 9))
    inbox = Inbox(vault, org.keys, build_registry(HandlerSetup(vault, org.keys, clock)), clock)
    yield inbox, EnrollmentBook(vault)
    vault.close()


def enroll(org: Org, offer_id: str, share: dict[str, str]) -> tuple[str, str]:
    secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.ENROLL, offer_id, 1, share, withdraw_hash=hashed)
    return send_enrollment(org.transport, request, org.keys.box.public_key, now=at(10)), secret


def withdraw(org: Org, offer_id: str, enrollment: str, proof: str) -> None:
    request = EnrollmentRequest(EnrollAction.WITHDRAW, offer_id, 1, {}, enrollment=enrollment, proof=proof)
    send_enrollment(org.transport, request, org.keys.box.public_key, now=at(10))


def test_enrollments_are_imported_with_only_what_was_shared(org: Org, coordinator) -> None:  # type: ignore[no-untyped-def]
    inbox, book = coordinator
    first, _ = enroll(org, "forest", {"contact": "ext. 4321"})
    enroll(org, "forest", {"name": "Kim"})
    enroll(org, "voice", {"name": "Lee"})
    report = inbox.import_once(org.transport)
    assert report.accepted == 3 and report.accepted_by_kind == {"enrollment": 3}
    assert org.transport.list(Folder.INBOX) == []
    assert book.seats_taken("forest") == 2 and book.seats_taken("voice") == 1
    kept = {e.envelope_id: e.share for e in book.enrollments("forest")}
    assert kept[first] == {"contact": "ext. 4321"}


def test_only_the_enrollee_can_withdraw(org: Org, coordinator) -> None:  # type: ignore[no-untyped-def]
    inbox, book = coordinator
    mine, secret = enroll(org, "forest", {"name": "Kim"})
    inbox.import_once(org.transport)
    withdraw(org, "forest", mine, new_withdraw_secret()[0])  # a colleague who saw the file name
    report = inbox.import_once(org.transport)
    assert report.quarantined == 1 and book.seats_taken("forest") == 1
    withdraw(org, "forest", mine, secret)
    inbox.import_once(org.transport)
    assert book.seats_taken("forest") == 0 and not book.enrollments("forest")[0].active


def test_a_withdrawal_that_arrives_first_waits_for_its_enrollment(org: Org, coordinator) -> None:  # type: ignore[no-untyped-def]
    inbox, book = coordinator
    secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.ENROLL, "forest", 1, {"name": "Kim"}, withdraw_hash=hashed)
    from wellcare.programs.enrollment import seal_enrollment

    envelope_id, data = seal_enrollment(request, org.keys.box.public_key, now=at(10))
    withdraw(org, "forest", envelope_id, secret)
    inbox.import_once(org.transport)  # only the withdrawal is there
    from wellcare.exchange import post

    post(org.transport, data)
    inbox.import_once(org.transport)
    assert book.seats_taken("forest") == 0 and len(book.enrollments("forest")) == 1


def test_the_coordinators_services_register_the_enrollment_handler(org: Org, tmp_path: Path) -> None:
    vault = VaultManager(tmp_path / "c2").create("keyring", role="coordinator").vault
    try:
        registry = build_registry(HandlerSetup(vault, org.keys, ManualClock(at(10, 9))))
        assert {Kind.ENROLLMENT, Kind.EAP_REQUEST, Kind.EAP_CANCEL, Kind.CONTRIBUTION} <= set(registry.kinds())
    finally:
        vault.close()


MARKER = "SECRET-NAME-7731"


def test_malformed_enrollments_are_quarantined_with_a_reason_and_nothing_they_said(  # type: ignore[no-untyped-def]
    org: Org, coordinator
) -> None:
    inbox, book = coordinator
    box = org.keys.box.public_key
    good = {"format": 1, "action": "enroll", "offer_id": "forest", "revision": 1, "withdraw_hash": "a" * 64}
    bad_payloads = [
        good | {"share": {"name": MARKER, "ssn": MARKER}},  # a key the counselor's app never sends
        good | {"share": {"name": MARKER + "\x07"}},  # control characters
        good | {"share": {"name": MARKER * 10}},  # too long
        good | {"share": {"name": MARKER}, "withdraw_hash": MARKER},
        good | {"share": {"name": MARKER}, "format": 9},
        {"format": 1, "action": "withdraw", "offer_id": "forest", "revision": 1, "share": {"name": MARKER},
         "enrollment": "b" * 32, "proof": "c" * 64},
    ]
    for payload in bad_payloads:
        post(org.transport, seal(Kind.ENROLLMENT, payload, box))
    report = inbox.import_once(org.transport)
    assert report.quarantined == len(bad_payloads) and report.accepted == 0
    assert {r.reason for r in report.quarantine_reasons} == {"bad_payload"}
    assert book.enrollments() == []
    root = Path(org.transport.root)
    for path in root.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path  # sidecars name the key, never the content


def test_the_same_enrollment_sealed_again_is_kept_once(org: Org, coordinator) -> None:  # type: ignore[no-untyped-def]
    from wellcare.programs.enrollment import seal_enrollment

    inbox, book = coordinator
    _secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.ENROLL, "forest", 1, {"name": "Kim"}, withdraw_hash=hashed)
    _first_id, first = seal_enrollment(request, org.keys.box.public_key, now=at(10))
    _second_id, second = seal_enrollment(request, org.keys.box.public_key, now=at(10))
    post(org.transport, first)
    post(org.transport, second)
    inbox.import_once(org.transport)
    post(org.transport, first)  # and the first file delivered again
    report = inbox.import_once(org.transport)
    assert report.duplicates == 1
    assert book.seats_taken("forest") == 1 and len(book.enrollments("forest")) == 1


def test_a_withdrawal_must_name_the_offer_of_its_enrollment(org: Org, coordinator) -> None:  # type: ignore[no-untyped-def]
    inbox, book = coordinator
    mine, secret = enroll(org, "forest", {"name": "Kim"})
    inbox.import_once(org.transport)
    withdraw(org, "voice", mine, secret)
    report = inbox.import_once(org.transport)
    assert report.quarantined == 1 and report.quarantine_reasons[0].reason == "bad_payload"
    assert book.seats_taken("forest") == 1
