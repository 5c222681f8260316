"""`wellcare coordinator enrollments`: after `coordinator import`, each offer's seats and enrollments.

A real coordinator (`coordinator init`, `publish-offer`), counselors' sealed enrollments in the
real exchange folder, the real import; the seat status it republishes is read back the way a
counselor's Programs page reads offers.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tests.programs.helpers import KST
from tests.programs.test_publish_offer_cli import OFFER, Coordinator, make_coordinator
from wellcare.exchange import CoordinatorPublicKeys, FolderTransport
from wellcare.programs.enrollment import EnrollAction, EnrollmentRequest, new_withdraw_secret, send_enrollment
from wellcare.programs.offers import Offer, read_offers


def _counselor_sees(coord: Coordinator) -> Offer:
    keys = CoordinatorPublicKeys.from_policy(coord.policy.section("coordinator"))
    listing = read_offers(FolderTransport(coord.exchange), keys.verify_key, datetime.now(KST))
    (offer,) = listing.offers
    return offer


def _enroll(coord: Coordinator, share: dict[str, str]) -> tuple[str, str, str]:
    keys = CoordinatorPublicKeys.from_policy(coord.policy.section("coordinator"))
    secret, hashed = new_withdraw_secret()
    request = EnrollmentRequest(EnrollAction.ENROLL, "forest-2099-05", 1, share, withdraw_hash=hashed)
    return send_enrollment(FolderTransport(coord.exchange), request, keys.box_key), secret, hashed


def test_enrollments_lists_what_import_took_in_with_seats_and_withdrawals(tmp_path: Path) -> None:
    coord = make_coordinator(tmp_path)
    assert coord.run("publish-offer", str(coord.write(OFFER.replace("seats = 20", "seats = 2"))))[0] == 0
    kim, _, kim_hash = _enroll(coord, {"name": "Kim", "note": "vegetarian"})
    lee, lee_secret, lee_hash = _enroll(coord, {"contact": "ext. 4321"})
    park, _, park_hash = _enroll(coord, {"name": "Park"})
    code, out, err = coord.run("import")
    assert code == 0, err
    assert "enrollment 3" in out

    code, out, _ = coord.run("enrollments", "--json")
    assert code == 0
    (offer,) = json.loads(out)["offers"]
    assert (offer["offer_id"], offer["seats"], offer["taken"], offer["left"], offer["waiting"]) == (
        "forest-2099-05", 2, 2, 0, 1)  # fmt: skip
    assert offer["title"]["ko"] == "치유의 숲 하루 나들이" and offer["dates"][0]["start"].startswith("2099-05-10T10:00")
    shared = {e["id"]: e["shared"] for e in offer["enrollments"]}
    assert shared == {kim: {"name": "Kim", "note": "vegetarian"}, lee: {"contact": "ext. 4321"}, park: {"name": "Park"}}
    statuses = sorted(e["status"] for e in offer["enrollments"])
    assert statuses == ["enrolled", "enrolled", "waiting_list"]

    seen = _counselor_sees(coord)  # the republished, signed seat status
    assert seen.is_full() and not seen.can_enroll(datetime.now(KST))
    waiting = next(e["id"] for e in offer["enrollments"] if e["status"] == "waiting_list")
    hashes = {kim: kim_hash, lee: lee_hash, park: park_hash}
    assert not seen.confirms(hashes[waiting])
    assert sum(seen.confirms(h) for h in hashes.values()) == 2

    # Lee withdraws with the secret: the first one waiting gets the place
    keys = CoordinatorPublicKeys.from_policy(coord.policy.section("coordinator"))
    request = EnrollmentRequest(EnrollAction.WITHDRAW, "forest-2099-05", 1, {}, enrollment=lee, proof=lee_secret)
    send_enrollment(FolderTransport(coord.exchange), request, keys.box_key)
    assert coord.run("import")[0] == 0
    (offer,) = json.loads(coord.run("enrollments", "--json")[1])["offers"]
    assert (offer["taken"], offer["left"], offer["waiting"]) == (2, 0, 0)
    assert {e["id"]: e["status"] for e in offer["enrollments"]}[lee] == "withdrawn"
    seen = _counselor_sees(coord)
    assert seen.confirms(kim_hash) and seen.confirms(park_hash)

    code, out, _ = coord.run("enrollments")
    assert code == 0
    assert "Healing forest day [forest-2099-05]" in out and "2 of 2 seats taken, 0 left" in out
    assert "withdrawn" in out and "name: Kim; note: vegetarian" in out


def test_enrollments_without_coordinator_keys_or_offers_folder_fails_clearly(tmp_path: Path) -> None:
    coord = make_coordinator(tmp_path)
    code, out, _ = coord.run("enrollments")
    assert code == 0 and "nobody has enrolled" in out
    code, _, err = coord.run("enrollments", "--exchange", str(tmp_path / "missing"))
    assert code == 1 and "cannot be read" in err


def test_a_replaced_offer_gets_its_seat_status_back_at_the_next_import(tmp_path: Path) -> None:
    coord = make_coordinator(tmp_path)
    path = coord.write(OFFER.replace("seats = 20", "seats = 2"))
    assert coord.run("publish-offer", str(path))[0] == 0
    _, _, kim_hash = _enroll(coord, {"name": "Kim"})
    assert coord.run("import")[0] == 0
    files = sorted(p.name for p in coord.offers.iterdir())
    assert coord.run("import")[0] == 0  # nothing new: the signed offer is not rewritten
    assert sorted(p.name for p in coord.offers.iterdir()) == files
    assert _counselor_sees(coord).seats_left == 1

    path.write_text(OFFER.replace("seats = 20", "seats = 3"), encoding="utf-8")
    assert coord.run("publish-offer", "--replace", str(path))[0] == 0
    assert _counselor_sees(coord).seats_left is None  # the file says nothing about seats taken
    assert coord.run("import")[0] == 0
    seen = _counselor_sees(coord)
    assert (seen.seats, seen.seats_left) == (3, 2) and seen.confirms(kim_hash)


def test_an_offer_file_cannot_confirm_places_itself(tmp_path: Path) -> None:
    coord = make_coordinator(tmp_path)
    path = coord.write(OFFER.replace("seats = 20", 'seats = 20\nconfirmed = ["0123456789abcdef"]'))
    code, _, err = coord.run("publish-offer", str(path))
    assert code == 2 and "confirmed" in err
    assert list(coord.offers.iterdir()) == []
