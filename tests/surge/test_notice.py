"""Surge notices through a real exchange folder: signed by the coordinator, checked by counselors.

Forged (another key), altered (a changed end), expired, future, too long and malformed notices do
nothing; offers and notices share offers/ without either reader refusing the other's files.
"""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from tests.surge.helpers import MAX, at, cancel_of, publish, publish_unchecked, surge
from wellcare.exchange import CoordinatorKeys, Folder, FolderTransport, Kind, read_header, sign_public
from wellcare.exchange.transport import name_for
from wellcare.programs.offers import Offer, publish_offer, read_offers
from wellcare.programs.surge import SurgeNotice, SurgeNoticeError, read_surge_notices
from wellcare.programs.surge.notice import Refusal, refusal
from wellcare.programs.surge.publish import check_new, new_surge

NOW = at(7, 10)


def current(share: FolderTransport, keys: CoordinatorKeys, now=NOW):  # type: ignore[no-untyped-def]
    listing = read_surge_notices(share, keys.public().verify_key)
    return listing, [n.notice_id for n in listing.current(now, MAX)]


def test_a_published_notice_reads_back_with_what_it_says(share: FolderTransport, keys: CoordinatorKeys) -> None:
    notice = surge(at(7, 9), at(7, 18))
    name = publish(share, keys.signing, notice)
    listing, ids = current(share, keys)
    assert ids == [notice.notice_id] and listing.rejected == ()
    [read] = listing.surges
    assert (read.start, read.end, read.reason["ko"]) == (at(7, 9), at(7, 18), notice.reason["ko"])
    assert read.envelope_id == name.removesuffix(".json")
    assert read_header(share.read(Folder.OFFERS, name)).kind is Kind.SURGE_NOTICE


def test_a_notice_signed_by_another_key_is_refused(share: FolderTransport, keys: CoordinatorKeys) -> None:
    publish_unchecked(share, SigningKey.generate(), surge(at(7, 9), at(7, 18)))
    listing, ids = current(share, keys)
    assert ids == [] and [r.reason for r in listing.rejected] == ["bad_signature"]


def test_a_notice_with_a_changed_end_is_refused(share: FolderTransport, keys: CoordinatorKeys) -> None:
    name = publish(share, keys.signing, surge(at(7, 9), at(7, 12)))
    path = Path(share.root) / Folder.OFFERS.value / name
    wire = json.loads(path.read_bytes())
    body = base64.b64decode(wire["body"])
    wire["body"] = base64.b64encode(body.replace(b"T12:00:00+09:00", b"T23:00:00+09:00")).decode()
    path.write_bytes(json.dumps(wire, separators=(",", ":")).encode())
    listing, ids = current(share, keys)
    assert ids == [] and [r.reason for r in listing.rejected] == ["bad_signature"]


def test_an_expired_notice_does_nothing(share: FolderTransport, keys: CoordinatorKeys) -> None:
    publish(share, keys.signing, surge(at(6, 9), at(6, 18)))
    listing, ids = current(share, keys)
    assert ids == [] and listing.ignored(NOW, MAX)[0][1] is Refusal.EXPIRED


def test_a_notice_issued_in_the_future_does_nothing_beyond_the_skew(
    share: FolderTransport, keys: CoordinatorKeys
) -> None:
    publish_unchecked(share, keys.signing, surge(at(7, 11), at(7, 18), issued=at(7, 11)))
    assert current(share, keys)[1] == []
    assert current(share, keys, now=at(7, 10, 55))[1] != []  # five minutes of clock skew are forgiven


def test_a_notice_longer_than_the_policy_allows_does_nothing(share: FolderTransport, keys: CoordinatorKeys) -> None:
    publish_unchecked(share, keys.signing, surge(at(7, 9), at(7, 9) + MAX + timedelta(minutes=1)))
    listing, ids = current(share, keys)
    assert ids == [] and listing.ignored(NOW, MAX)[0][1] is Refusal.TOO_LONG


@pytest.mark.parametrize(
    "payload",
    [
        {"format": 1, "action": "surge", "notice_id": "x", "issued": "2026-12-07T09:00+09:00",
         "start": "2026-12-07T18:00+09:00", "end": "2026-12-07T09:00+09:00", "reason": {"en": "a"}},  # end first
        {"format": 1, "action": "surge", "notice_id": "x", "issued": "2026-12-07T09:00",
         "start": "2026-12-07T09:00+09:00", "end": "2026-12-07T18:00+09:00", "reason": {"en": "a"}},  # no offset
        {"format": 1, "action": "surge", "notice_id": "x", "issued": "2026-12-07T09:00+09:00",
         "start": "2026-12-07T09:00+09:00", "end": "2026-12-07T18:00+09:00", "reason": {"fr": "a"}},
        {"format": 1, "action": "surge", "notice_id": "x", "issued": "2026-12-07T09:00+09:00",
         "start": "2026-12-07T09:00+09:00", "end": "2026-12-07T18:00+09:00", "reason": {"en": "a" * 301}},
        {"format": 1, "action": "surge", "notice_id": "x", "issued": "2026-12-07T09:00+09:00",
         "start": "2026-12-07T09:00+09:00", "end": "2026-12-07T18:00+09:00", "reason": {"en": "a"}, "extra": 1},
        {"format": 2, "action": "cancel", "notice_id": "x", "issued": "2026-12-07T09:00+09:00",
         "end": "2026-12-07T18:00+09:00"},
        {"format": 1, "action": "panic", "notice_id": "x"},
        {"format": 1, "action": "surge", "notice_id": "X Y", "issued": "2026-12-07T09:00+09:00",
         "start": "2026-12-07T09:00+09:00", "end": "2026-12-07T18:00+09:00", "reason": {"en": "a"}},
    ],
)
def test_a_malformed_notice_is_refused_even_when_signed(
    share: FolderTransport, keys: CoordinatorKeys, payload: dict[str, object]
) -> None:
    with pytest.raises(SurgeNoticeError):
        SurgeNotice.from_payload(payload)
    from wellcare.exchange import post

    post(share, sign_public(Kind.SURGE_NOTICE, payload, keys.signing, now=NOW))
    listing, ids = current(share, keys)
    assert ids == [] and [r.reason for r in listing.rejected] == ["bad_payload"]


def test_junk_links_and_huge_files_do_nothing_and_nothing_is_moved(
    share: FolderTransport, keys: CoordinatorKeys
) -> None:
    folder = Path(share.root) / Folder.OFFERS.value
    (folder / name_for("a" * 32)).write_bytes(b"\x00\xff not json")
    (folder / name_for("b" * 32)).write_bytes(b"{" * (64 * 1024))
    (folder / name_for("c" * 32)).symlink_to("/etc/passwd")
    good = publish(share, keys.signing, surge(at(7, 9), at(7, 18)))
    before = sorted(p.name for p in folder.iterdir())
    listing, ids = current(share, keys)
    assert len(ids) == 1 and len(listing.rejected) == 3
    assert sorted(p.name for p in folder.iterdir()) == before and good in before


def test_offers_and_surge_notices_share_the_folder_without_refusing_each_other(
    share: FolderTransport, keys: CoordinatorKeys
) -> None:
    from tests.programs.helpers import make_offer

    publish_offer(share, keys.signing, make_offer(dates=[{"start": "2026-12-19T10:00:00+09:00"}]), now=NOW)
    publish(share, keys.signing, surge(at(7, 9), at(7, 18)))
    offers = read_offers(share, keys.public().verify_key, NOW)
    assert [o.offer_id for o in offers.offers] == ["forest-2025-03"] and offers.rejected == ()
    listing, ids = current(share, keys)
    assert len(ids) == 1 and listing.rejected == ()
    assert isinstance(offers.offers[0], Offer)


def test_a_cancel_ends_the_surge_and_a_copy_put_back_still_does_nothing(
    share: FolderTransport, keys: CoordinatorKeys
) -> None:
    notice = surge(at(7, 9), at(7, 18))
    name = publish(share, keys.signing, notice)
    data = share.read(Folder.OFFERS, name)
    publish(share, keys.signing, cancel_of(notice, at(7, 9, 30)))
    share.remove(Folder.OFFERS, name)
    share.put(Folder.OFFERS, name, data)  # anyone may copy the old notice back
    assert current(share, keys)[1] == []


def test_a_cancel_signed_by_another_key_cancels_nothing(share: FolderTransport, keys: CoordinatorKeys) -> None:
    notice = surge(at(7, 9), at(7, 18))
    publish(share, keys.signing, notice)
    publish_unchecked(share, SigningKey.generate(), cancel_of(notice, at(7, 9, 30)))
    assert current(share, keys)[1] == [notice.notice_id]


def test_the_coordinator_cannot_write_what_counselors_would_ignore() -> None:
    with pytest.raises(SurgeNoticeError, match="end"):
        new_surge(at(7, 18), at(7, 9), {"en": "x"}, NOW)
    with pytest.raises(SurgeNoticeError, match="72 hours"):
        check_new(new_surge(at(7, 9), at(11, 9), {"en": "x"}, NOW), NOW, MAX)
    with pytest.raises(SurgeNoticeError, match="passed"):
        check_new(new_surge(at(6, 9), at(6, 18), {"en": "x"}, NOW), NOW, MAX)
    assert refusal(new_surge(at(7, 9), at(7, 18), {"en": "x"}, NOW), NOW, MAX) is None
