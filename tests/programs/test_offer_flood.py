"""A flooded offers/ folder: anyone who can write to the share must not be able to hide the official offers."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from nacl.signing import SigningKey

from tests.programs.helpers import Org, make_offer
from wellcare.exchange import Folder, FolderTransport, sign_offer
from wellcare.programs import publish_offer, read_offers
from wellcare.programs.offer_scan import FailedFiles, scan_offers
from wellcare.programs.offers import Offer

from .test_offers import NOW

JUNK = 5_000


class CountingTransport(FolderTransport):
    def __init__(self, root: str) -> None:
        super().__init__(root, fsync=False)
        self.reads = 0

    def read(self, folder: Folder, name: str, **kw) -> bytes:  # type: ignore[no-untyped-def, override]
        self.reads += 1
        return super().read(folder, name, **kw)


def _junk_name(i: int) -> str:
    return f"{i:032x}.json"  # "0000…": sorts before every random id


def _flood(offers: Path, genuine: Path, forger: SigningKey) -> None:
    """5,000 files of many shapes, all newer than the genuine offers, some dated in the future."""
    forged = sign_offer(make_offer(offer_id="fake-offer").to_payload(), forger)
    later = time.time() + 3600
    for i in range(JUNK):
        path = offers / _junk_name(i)
        shape = i % 8
        if shape == 0:  # huge (sparse: the size is what a reader sees)
            with path.open("wb") as fh:
                fh.truncate(50 * 1024 * 1024)
        elif shape == 1:  # a link to a genuine offer, or to something endless
            path.symlink_to(genuine if i % 16 == 1 else Path("/dev/zero"))
        elif shape == 2:  # looks like an offer, signed by somebody else
            path.write_bytes(forged.replace(json.loads(forged)["id"].encode(), path.stem.encode()))
        elif shape == 3:  # a real offer's bytes under the wrong name
            path.write_bytes(genuine.read_bytes())
        elif shape == 4:
            path.mkdir()
        elif shape == 5:
            path.write_bytes(b'{"schema":"wellcare.exchange","version":1,"kind":"offer"' + b" " * 200_000)
        else:
            path.write_bytes(os.urandom(64) if shape == 6 else b"{}")
        if shape != 1:
            stamp = later + (10 * 365 * 86400 if i % 3 == 0 else 0)  # newer; a third far in the future
            os.utime(path, (stamp, stamp), follow_symlinks=False)


def test_five_thousand_junk_files_do_not_hide_any_offer(org: Org, tmp_path: Path) -> None:
    titles = ["Forest day", "Sound bath", "Tea workshop"]
    names = [
        publish_offer(org.transport, org.keys.signing, make_offer(offer_id=f"offer-{i}", title=title), now=NOW)
        for i, title in enumerate(titles)
    ]
    offers = Path(org.transport.root) / Folder.OFFERS.value
    _flood(offers, offers / names[0], SigningKey.generate())
    assert sorted(org.transport.list(Folder.OFFERS))[:JUNK] == [_junk_name(i) for i in range(JUNK)]  # junk first

    transport = CountingTransport(org.transport.root)
    memo = FailedFiles()
    verify = org.keys.public().verify_key
    started = time.perf_counter()
    first = read_offers(transport, verify, NOW, memo=memo)
    first_seconds = time.perf_counter() - started
    assert sorted(o.offer_id for o in first.offers) == ["offer-0", "offer-1", "offer-2"]
    assert len(first.rejected) + first.unread == JUNK  # every junk file refused, or left for the next refresh
    assert transport.reads <= JUNK * 5 // 8 + len(names)  # huge files, links and folders refused from a stat
    refreshes, unread = 1, first.unread
    while unread:  # 200 KB junk spends the byte budget: the rest is read on the next refresh
        unread = read_offers(transport, verify, NOW, memo=memo).unread
        refreshes += 1
        assert refreshes < 5

    transport.reads = 0
    started = time.perf_counter()
    again = read_offers(transport, verify, NOW, memo=memo)
    again_seconds = time.perf_counter() - started
    assert [o.offer_id for o in again.offers] == [o.offer_id for o in first.offers]
    assert transport.reads == len(names) and len(again.rejected) == JUNK  # junk remembered: only offers opened
    print(f"\noffers flood: {JUNK} junk files, first refresh {first_seconds:.2f} s "
          f"({refreshes} refreshes to look at every junk file once), then {again_seconds:.3f} s")
    assert first_seconds < 60 and again_seconds < first_seconds


def test_a_flood_beyond_the_budget_delays_offers_by_a_refresh_never_hides_them(org: Org) -> None:
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    offers = Path(org.transport.root) / Folder.OFFERS.value
    for i in range(30):
        path = offers / _junk_name(i)
        path.write_bytes(b"{}")
        stamp = time.time() + 60
        os.utime(path, (stamp, stamp))
    memo = FailedFiles()
    verify = org.keys.public().verify_key
    listings = []
    for _ in range(4):
        found: list[str] = []
        result = scan_offers(org.transport, lambda data: _open(data, verify), lambda e, into=found: into.append(e.id),
                             memo=memo, max_failed_reads=10)
        listings.append((found, result.unread))
    assert listings[0] == ([], 21) and listings[1] == ([], 11) and listings[2] == ([], 1)
    assert listings[3] == ([name.removesuffix(".json")], 0)


def _open(data: bytes, verify):  # type: ignore[no-untyped-def]
    from wellcare.programs.offers import open_verified_offer

    return open_verified_offer(data, verify)[0]


def test_a_file_that_failed_is_read_again_once_it_changes(org: Org) -> None:
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=NOW)
    path = Path(org.transport.root) / Folder.OFFERS.value / name
    good = path.read_bytes()
    path.write_bytes(b"{}")
    memo = FailedFiles()
    verify = org.keys.public().verify_key
    assert read_offers(org.transport, verify, NOW, memo=memo).offers == ()
    path.write_bytes(good)  # the coordinator repaired it: another size and time
    [offer] = read_offers(org.transport, verify, NOW, memo=memo).offers
    assert isinstance(offer, Offer)
