"""Org offers through a real exchange folder: signed by the coordinator, verified by counselors.

A forged or altered offer is rejected and never listed, and the counselor's app never moves or
deletes anything in offers/. Enrollments are sealed so only the coordinator can open them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from tests.programs.helpers import Org, at, make_offer, offer_payload
from wellcare.exchange import (
    CoordinatorKeys,
    EnvelopeError,
    Folder,
    Reason,
    open_sealed,
    sign_offer,
)
from wellcare.exchange.transport import name_for
from wellcare.programs import (
    EnrollAction,
    EnrollmentRequest,
    Offer,
    OfferError,
    clean_share,
    load_offer_toml,
    parse_enrollment,
    publish_offer,
    read_offers,
    send_enrollment,
    withdraw_offer,
)
from wellcare.programs.enrollment import new_withdraw_secret, proof_matches

NOW = at(10, 9)  # Monday 10 March; the forest day is Saturday 22 March


def listed(org: Org, now=NOW):  # type: ignore[no-untyped-def]
    return read_offers(org.transport, org.keys.public().verify_key, now)


def offer_files(org: Org) -> list[str]:
    return org.transport.list(Folder.OFFERS)


def test_a_published_offer_is_listed_with_everything_it_says(org: Org) -> None:
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    listing = listed(org)
    [offer] = listing.offers
    assert name in offer_files(org) and listing.rejected == ()
    assert offer.title["ko"] == "치유의 숲 하루 나들이" and offer.place.startswith("Seoul Forest")
    assert (offer.seats, offer.seats_left) == (20, 12) and offer.dates[0].start == at(22, 10)
    assert offer.envelope_id == name.removesuffix(".json")


def test_a_forged_offer_signed_by_someone_else_is_rejected(org: Org) -> None:
    publish_offer(org.transport, SigningKey.generate(), make_offer(offer_id="free-money"), now=NOW)
    listing = listed(org)
    assert listing.offers == ()
    assert [r.reason for r in listing.rejected] == [Reason.BAD_SIGNATURE.value]


def test_an_altered_offer_is_rejected_and_left_where_it_is(org: Org) -> None:
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    path = Path(org.transport.root) / "offers" / name
    wire = json.loads(path.read_bytes())
    body = bytearray(base64.b64decode(wire["body"]))
    at_place = body.find(b"Seoul Forest")
    body[at_place : at_place + 12] = b"Fake Place!!"  # same length: only the signature can tell
    wire["body"] = base64.b64encode(bytes(body)).decode()
    path.write_bytes(json.dumps(wire, separators=(",", ":")).encode())
    listing = listed(org)
    assert listing.offers == ()
    assert [r.reason for r in listing.rejected] == [Reason.BAD_SIGNATURE.value]
    assert offer_files(org) == [name]  # a shared reader never moves or deletes a file


def test_a_genuine_offer_moved_under_another_name_is_rejected(org: Org) -> None:
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    root = Path(org.transport.root) / "offers"
    (root / name).rename(root / name_for("0" * 32))
    assert listed(org).offers == ()
    assert listed(org).rejected[0].reason == Reason.NAME_MISMATCH.value


def test_a_signed_but_malformed_offer_is_rejected(org: Org) -> None:
    bad = offer_payload(seats=-3)
    org.transport.put(Folder.OFFERS, "a" * 32 + ".json", b"not json")  # junk beside it
    from wellcare.exchange import post

    post(org.transport, sign_offer(bad, org.keys.signing, now=NOW))
    listing = listed(org)
    assert listing.offers == ()
    assert sorted(r.reason for r in listing.rejected) == sorted([Reason.BAD_PAYLOAD.value, Reason.NOT_JSON.value])


def test_the_latest_revision_wins_and_a_withdrawn_offer_disappears(org: Org) -> None:
    first = make_offer()
    publish_offer(org.transport, org.keys.signing, first, now=NOW)
    publish_offer(org.transport, org.keys.signing, replace(first, revision=2, seats_left=3), now=NOW)
    [offer] = listed(org).offers
    assert (offer.revision, offer.seats_left) == (2, 3)
    withdraw_offer(org.transport, org.keys.signing, offer, now=NOW)
    listing = listed(org)
    assert listing.offers == () and listing.hidden == 1


def test_offers_whose_dates_have_passed_are_hidden(org: Org) -> None:
    publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    publish_offer(
        org.transport,
        org.keys.signing,
        make_offer(offer_id="spring-walk", dates=[{"start": "2025-03-05T10:00:00+09:00"}]),
        now=NOW,
    )
    assert [o.offer_id for o in listed(org).offers] == ["forest-2025-03"]
    assert listed(org, at(22, 17)).offers == ()  # the day after the forest day ended


def test_enrollment_rules_follow_the_offer(org: Org) -> None:
    offer = make_offer(enroll_by="2025-03-20T18:00:00+09:00")
    assert offer.can_enroll(NOW)
    assert not offer.can_enroll(at(21))
    assert not replace(offer, seats_left=0).can_enroll(NOW)


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"offer_id": "Bad Id"}, "offer_id"),
        ({"kind": "party"}, "kind"),
        ({"dates": []}, "dates"),
        ({"dates": [{"start": "2025-03-22T10:00:00"}]}, "dates[0].start"),  # no offset
        ({"dates": [{"start": "2025-03-22T10:00:00+09:00", "end": "2025-03-22T09:00:00+09:00"}]}, "dates[0].end"),
        ({"link": "javascript:alert(1)"}, "link"),
        ({"seats": 5, "seats_left": 9}, "seats_left"),
        ({"title": ""}, "title"),
        ({"surprise": 1}, "surprise"),
        ({"title": {"en": "x" * 500}}, "title.en"),
    ],
)
def test_offer_validation(changes: dict, key: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(OfferError) as caught:
        Offer.from_payload(offer_payload(**changes))
    assert caught.value.key == key


def test_publishing_refuses_what_counselors_would_reject(org: Org) -> None:
    with pytest.raises(OfferError):
        publish_offer(org.transport, org.keys.signing, replace(make_offer(), kind="party"), now=NOW)
    assert offer_files(org) == []


def test_an_offer_written_in_toml(org: Org) -> None:
    text = """
kind = "outing"
title = { en = "Healing forest day", ko = "치유의 숲 하루 나들이" }
description = "A guided day in the forest."
place = "Seoul Forest"
link = "https://example.org/forest"
seats = 20
enroll_by = 2025-03-20T18:00:00+09:00

[[dates]]
start = 2025-03-22T10:00:00+09:00
end = 2025-03-22T16:00:00+09:00
"""
    offer = load_offer_toml(text)
    assert offer.offer_id.startswith("offer-2025-03-22-") and offer.revision == 1
    assert offer.description == {"und": "A guided day in the forest."}
    assert offer.to_payload()["description"] == "A guided day in the forest."
    publish_offer(org.transport, org.keys.signing, offer, now=NOW)
    assert listed(org).offers[0].enroll_by == at(20, 18)
    with pytest.raises(OfferError, match="offset"):
        load_offer_toml(text.replace("+09:00\nend", "\nend"))


def test_an_enrollment_is_sealed_to_the_coordinator_with_only_what_was_shared(org: Org) -> None:
    share = clean_share(name="", contact=" ext. 4321 ", note="")
    _secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.ENROLL, "forest-2025-03", 2, share, withdraw_hash=hashed)
    envelope_id = send_enrollment(org.transport, request, org.keys.box.public_key, now=NOW)
    [name] = org.transport.list(Folder.INBOX)
    data = org.transport.read(Folder.INBOX, name)
    assert b"4321" not in data and b"forest" not in data  # sealed
    with pytest.raises(EnvelopeError):
        open_sealed(data, CoordinatorKeys.generate().box)  # nobody else can open it
    parsed = parse_enrollment(open_sealed(data, org.keys.box))
    assert name == f"{envelope_id}.json"
    assert parsed == EnrollmentRequest(
        EnrollAction.ENROLL, "forest-2025-03", 2, {"contact": "ext. 4321"}, withdraw_hash=hashed
    )


def test_a_withdrawal_names_the_enrollment_and_proves_it_is_theirs(org: Org) -> None:
    enrolled = "b" * 32
    secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.WITHDRAW, "forest-2025-03", 1, {}, enrollment=enrolled, proof=secret)
    send_enrollment(org.transport, request, org.keys.box.public_key, now=NOW)
    [name] = org.transport.list(Folder.INBOX)
    parsed = parse_enrollment(open_sealed(org.transport.read(Folder.INBOX, name), org.keys.box))
    assert parsed.action is EnrollAction.WITHDRAW and parsed.enrollment == enrolled
    assert proof_matches(parsed.proof, hashed) and not proof_matches(new_withdraw_secret()[0], hashed)
    for bad in ({"enrollment": "nope"}, {"proof": "00"}, {"withdraw_hash": hashed}, {"share": {"name": "x"}}):
        with pytest.raises(OfferError):
            EnrollmentRequest.from_payload(request.to_payload() | bad)


def test_the_coordinator_refuses_a_malformed_enrollment(org: Org) -> None:
    from wellcare.exchange import Kind, seal

    payload = {
        "format": 1,
        "action": "enroll",
        "offer_id": "x",
        "revision": 1,
        "share": {"ssn": "123"},
        "withdraw_hash": "0" * 64,
    }
    data = seal(Kind.ENROLLMENT, payload, org.keys.box.public_key, now=NOW)
    with pytest.raises(EnvelopeError) as caught:
        parse_enrollment(open_sealed(data, org.keys.box))
    assert caught.value.reason is Reason.BAD_PAYLOAD


def test_sharing_nothing_sends_no_fields() -> None:
    assert clean_share("  ", "", "\n") == {}
    with pytest.raises(OfferError):
        clean_share(name="x" * 81)
