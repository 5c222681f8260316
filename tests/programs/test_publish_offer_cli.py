"""`wellcare coordinator publish-offer|withdraw-offer` with a real coordinator vault and real folders.

The coordinator is made by the real `coordinator init`; what it publishes is read back with
`read_offers` and the keys in the policy it wrote, as a counselor's Programs page reads it.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.programs.helpers import KST
from wellcare.cli import run
from wellcare.exchange import CoordinatorPublicKeys, FolderTransport, Reason
from wellcare.paths import resource_dir
from wellcare.policy import Policy
from wellcare.policy import load as load_policy
from wellcare.programs import OfferListing, read_offers
from wellcare.vault import VaultManager

OFFER = """\
offer_id = "forest-2099-05"
kind = "outing"
title = { en = "Healing forest day", ko = "치유의 숲 하루 나들이" }
description = { en = "A guided day in a healing forest. Lunch is provided.", ko = "숲 치유 하루 프로그램입니다." }
place = "Seoul Forest"
seats = 20
enroll_by = 2099-05-07T18:00:00+09:00

[[dates]]
start = 2099-05-10T10:00:00+09:00
end = 2099-05-10T16:00:00+09:00
"""


def cli(*argv: str) -> tuple[int, str, str]:
    from io import StringIO

    out, err = StringIO(), StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@dataclass
class Coordinator:
    root: Path
    profile: Path
    exchange: Path
    passphrase_file: Path | None = None

    @property
    def offers(self) -> Path:
        return self.exchange / "offers"

    @property
    def policy(self) -> Policy:
        return load_policy(self.profile / "policy.toml")

    def run(self, *argv: str) -> tuple[int, str, str]:
        secret = ("--passphrase-file", str(self.passphrase_file)) if self.passphrase_file else ()
        return cli("--profile", str(self.profile), *secret, "coordinator", *argv)

    def write(self, text: str, name: str = "offer.toml") -> Path:
        path = self.root / name
        path.write_text(text, encoding="utf-8")
        return path

    def counselors_see(self) -> OfferListing:
        """What a counselor's Programs page lists: the policy's folder, verified with the policy's key."""
        policy = self.policy
        keys = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
        return read_offers(FolderTransport(policy.get("exchange", "path")), keys.verify_key, datetime.now(KST))

    def snapshot(self) -> dict[str, bytes]:
        """Every file under the exchange, hidden temp files included, with its bytes."""
        return {str(p.relative_to(self.exchange)): p.read_bytes() for p in self.exchange.rglob("*") if p.is_file()}


def make_coordinator(root: Path, passphrase: str | None = None) -> Coordinator:
    coordinator = Coordinator(root, root / "coordinator", root / "exchange")
    if passphrase is not None:
        coordinator.passphrase_file = root / "pass.txt"
        coordinator.passphrase_file.write_text(passphrase + "\n", encoding="utf-8")
    code, _out, err = coordinator.run("init", "--org", "120 다산콜센터", "--exchange", str(coordinator.exchange))
    assert code == 0, err
    return coordinator


@pytest.fixture
def coord(tmp_path: Path) -> Coordinator:
    return make_coordinator(tmp_path)


def published_files(coord: Coordinator) -> list[str]:
    return sorted(p.name for p in coord.offers.iterdir())


# ---------------------------------------------------------------------------- publishing


def test_a_published_offer_is_read_back_and_verified_by_the_counselor_side_reader(coord: Coordinator) -> None:
    code, out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    [name] = published_files(coord)  # one file, no temp file left beside it
    assert re.fullmatch(r"[0-9a-f]{32}\.json", name)
    assert "Published offer forest-2099-05 (revision 1)." in out
    assert f"Written to {coord.offers.resolve() / name}" in out

    listing = coord.counselors_see()
    assert listing.rejected == () and listing.hidden == 0
    [offer] = listing.offers
    assert (offer.offer_id, offer.revision, offer.kind, offer.seats) == ("forest-2099-05", 1, "outing", 20)
    assert offer.title == {"en": "Healing forest day", "ko": "치유의 숲 하루 나들이"}
    assert offer.dates[0].start == datetime(2099, 5, 10, 10, tzinfo=KST)
    assert offer.enroll_by == datetime(2099, 5, 7, 18, tzinfo=KST)
    assert offer.envelope_id == name.removesuffix(".json")


def test_an_offer_without_an_id_gets_one_and_the_command_says_which(coord: Coordinator) -> None:
    path = coord.write(OFFER.replace('offer_id = "forest-2099-05"\n', ""))
    code, out, _err = coord.run("publish-offer", "--dry-run", str(path))
    assert code == 0 and "publishing makes a new one" in out and published_files(coord) == []
    code, out, err = coord.run("publish-offer", str(path))
    assert code == 0, err
    [offer] = coord.counselors_see().offers
    assert offer.offer_id.startswith("offer-2099-05-10-")
    assert f"Published offer {offer.offer_id} (revision 1)." in out
    assert f'offer_id = "{offer.offer_id}"' in out and f"withdraw-offer {offer.offer_id}" in out


def test_the_shipped_example_publishes_once_its_dates_are_moved_on(coord: Coordinator) -> None:
    example = (resource_dir() / "programs" / "offer.example.toml").read_text(encoding="utf-8")
    code, _out, err = coord.run("publish-offer", str(coord.write(example.replace("2025-05-", "2099-05-"))))
    assert code == 0, err
    [offer] = coord.counselors_see().offers
    assert offer.kind == "outing" and offer.seats == 20


def test_offers_check_applies_the_same_authoring_rules(coord: Coordinator) -> None:
    code, _out, err = cli("offers", "check", str(coord.write(OFFER.replace("seats = 20", "seats = 0"))))
    assert code == 1 and "seats: must be 1 or more" in err


def test_a_tampered_offer_file_is_refused_by_the_counselor_side_reader(coord: Coordinator) -> None:
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    [path] = coord.offers.iterdir()
    wire = json.loads(path.read_bytes())
    body = base64.b64decode(wire["body"])
    assert b"Seoul Forest" in body
    wire["body"] = base64.b64encode(body.replace(b"Seoul Forest", b"Busan Forest")).decode("ascii")
    path.write_text(json.dumps(wire, separators=(",", ":")), encoding="ascii")

    listing = coord.counselors_see()
    assert listing.offers == ()
    assert [r.reason for r in listing.rejected] == [Reason.BAD_SIGNATURE.value]

    # the coordinator's next publish says so, and leaves the altered file alone (it proves nothing)
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER.replace("forest-2099-05", "walk-2099-05"))))
    assert code == 0 and "1 file in" in err and "does not verify with this coordinator's key" in err
    assert path.exists() and [o.offer_id for o in coord.counselors_see().offers] == ["walk-2099-05"]


def test_a_passphrase_vault_is_opened_with_the_passphrase_file(tmp_path: Path) -> None:
    coord = make_coordinator(tmp_path, passphrase="a long coordinator passphrase")
    assert VaultManager(coord.profile).info().mode == "passphrase"
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    assert [o.offer_id for o in coord.counselors_see().offers] == ["forest-2099-05"]

    coord.passphrase_file = None  # no keyring, no file, no terminal: a clear refusal, nothing written
    code, _out, err = coord.run("publish-offer", "--replace", str(coord.write(OFFER)))
    assert code == 1 and "--passphrase-file" in err
    assert len(published_files(coord)) == 1


# ---------------------------------------------------------------------------- malformed offer files

FUTURE_START = "start = 2099-05-10T10:00:00+09:00"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (OFFER + 'colour = "green"\n', "colour"),  # after [[dates]]: a key of the date table
        (OFFER.replace('place = "Seoul Forest"\n', 'place = "Seoul Forest"\ncolour = "green"\n'), "colour"),
        (OFFER.replace('kind = "outing"\n', ""), "kind"),
        (re.sub(r"title = .*\n", "", OFFER), "title"),
        (re.sub(r"description = .*\n", "", OFFER), "description"),
        (OFFER.split("[[dates]]")[0], "dates"),
        (OFFER.replace(FUTURE_START, 'start = "next tuesday"'), "dates[0].start"),
        (OFFER.replace(FUTURE_START, "start = 2099-05-10T10:00:00"), "dates[0].start"),  # no offset
        (OFFER.replace(FUTURE_START, "start = 2099-05-10"), "dates[0].start"),  # no time
        (OFFER.replace("end = 2099-05-10T16:00:00+09:00", "end = 2099-05-10T09:00:00+09:00"), "dates[0].end"),
        (OFFER.replace("enroll_by = 2099-05-07T18", "enroll_by = 2099-05-11T18"), "enroll_by"),
        (OFFER.replace("seats = 20", "seats = 0"), "seats"),
        (OFFER.replace("seats = 20", "seats = -3"), "seats"),
        (OFFER.replace("seats = 20", 'seats = "twenty"'), "seats"),
        (OFFER.replace("seats = 20", "seats = 5\nseats_left = 9"), "seats_left"),
        (OFFER.replace('kind = "outing"', 'kind = "party"'), "kind"),
        (OFFER.replace('offer_id = "forest-2099-05"', 'offer_id = "Forest Day"'), "offer_id"),
        (OFFER.replace('place = "Seoul Forest"', 'place = "Seoul Forest"\nwithdrawn = true'), "withdrawn"),
        (OFFER.replace('place = "Seoul Forest"', 'place = "Seoul Forest"\nformat = 2'), "format"),
        (OFFER.replace('place = "Seoul Forest"', 'place = "Seoul Forest"\nlink = "ftp://x"'), "link"),
        (re.sub(r"title = .*\n", 'title = ""\n', OFFER), "title"),
        (OFFER.replace("2099-05-", "2020-05-"), "dates"),  # the last date has passed
        (OFFER.replace('kind = "outing"', 'kind = "outing'), "not valid TOML"),
        (OFFER + '"bad\\nkey" = 1\n', "bad key"),  # a key with a line break still gives one line
    ],
)
def test_each_malformed_offer_file_is_a_usage_error_and_nothing_is_written(
    coord: Coordinator, text: str, key: str
) -> None:
    path = coord.write(text)
    before = coord.snapshot()
    for extra in ((), ("--dry-run",), ("--replace",)):
        code, out, err = coord.run("publish-offer", *extra, str(path))
        assert code == 2, (out, err)
        assert out == "" and err.count("\n") == 1 and err.startswith(f"wellcare: {path}: ")
        assert key in err
        assert coord.snapshot() == before


def test_an_unreadable_offer_file_is_a_usage_error(coord: Coordinator) -> None:
    missing = coord.root / "nope.toml"
    code, _out, err = coord.run("publish-offer", str(missing))
    assert code == 2 and err.startswith(f"wellcare: {missing}: cannot be read") and err.count("\n") == 1
    binary = coord.root / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00kind")
    code, _out, err = coord.run("publish-offer", str(binary))
    assert code == 2 and "not UTF-8" in err
    assert published_files(coord) == []


# ---------------------------------------------------------------------------- dry run, duplicates, withdrawing


def test_dry_run_prints_the_payload_and_writes_nothing(coord: Coordinator) -> None:
    before = coord.snapshot()
    code, out, err = coord.run("publish-offer", "--dry-run", str(coord.write(OFFER)))
    assert code == 0, err
    assert coord.snapshot() == before and published_files(coord) == []
    assert out.startswith("Dry run: nothing was written.\n")
    assert f"Would publish offer forest-2099-05 (revision 1) to {coord.offers.resolve()}" in out
    fingerprint = CoordinatorPublicKeys.from_policy(coord.policy.section("coordinator")).fingerprint()
    assert fingerprint in out
    payload = json.loads(out[out.index("{") :])
    assert payload["offer_id"] == "forest-2099-05" and payload["seats"] == 20
    assert payload["dates"] == [{"start": "2099-05-10T10:00+09:00", "end": "2099-05-10T16:00+09:00"}]

    # what the dry run printed is exactly what is then published
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    [offer] = coord.counselors_see().offers
    assert offer.to_payload() == payload


def test_a_published_id_is_refused_without_replace_and_replaced_with_it(coord: Coordinator) -> None:
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    first = coord.snapshot()
    updated = coord.write(OFFER.replace('place = "Seoul Forest"', 'place = "Seoul Forest, gate 2"\nseats_left = 4'))

    code, out, err = coord.run("publish-offer", str(updated))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "forest-2099-05 is already published (revision 1" in err and "--replace" in err
    assert coord.snapshot() == first

    code, out, err = coord.run("publish-offer", "--replace", "--dry-run", str(updated))
    assert code == 0, err
    assert "Would publish offer forest-2099-05 (revision 2)" in out and "Would replace revision 1" in out
    assert coord.snapshot() == first

    code, out, err = coord.run("publish-offer", "--replace", str(updated))
    assert code == 0, err
    assert "Published offer forest-2099-05 (revision 2)." in out and "It replaces revision 1." in out
    [name] = published_files(coord)  # the replaced file is gone
    assert name not in {Path(p).name for p in first}
    [offer] = coord.counselors_see().offers
    assert (offer.revision, offer.place, offer.seats_left) == (2, "Seoul Forest, gate 2", 4)


def test_withdrawing_an_offer_hides_it_from_counselors(coord: Coordinator) -> None:
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 0, err
    before = coord.snapshot()

    code, out, err = coord.run("withdraw-offer", "--dry-run", "forest-2099-05")
    assert code == 0, err
    assert "Would publish offer forest-2099-05 (revision 2)" in out and '"withdrawn": true' in out
    assert coord.snapshot() == before

    code, out, err = coord.run("withdraw-offer", "forest-2099-05")
    assert code == 0, err
    assert "Withdrew offer forest-2099-05 (revision 2)" in out and "Written to " in out
    listing = coord.counselors_see()
    assert listing.offers == () and listing.hidden == 1 and listing.rejected == ()
    assert len(published_files(coord)) == 1  # only the withdrawn revision is left

    after = coord.snapshot()
    code, out, err = coord.run("withdraw-offer", "forest-2099-05")
    assert code == 0 and "already withdrawn" in out
    assert coord.snapshot() == after

    code, _out, err = coord.run("withdraw-offer", "no-such-offer")
    assert code == 2 and "no-such-offer" in err and err.count("\n") == 1
    assert coord.snapshot() == after

    # publishing it again needs --replace, and brings it back as the next revision
    code, _out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 2 and "withdrawn" in err
    code, _out, err = coord.run("publish-offer", "--replace", str(coord.write(OFFER)))
    assert code == 0, err
    assert [(o.offer_id, o.revision) for o in coord.counselors_see().offers] == [("forest-2099-05", 3)]


# ---------------------------------------------------------------------------- where it cannot write


def _refused_cleanly(coord: Coordinator, before: dict[str, bytes]) -> str:
    code, out, err = coord.run("publish-offer", str(coord.write(OFFER)))
    assert code == 1 and out == "" and err.count("\n") == 1, (out, err)
    assert err.startswith("wellcare: ") and str(coord.offers.resolve()) in err
    assert coord.snapshot() == before  # no partial file, no temp file
    return err


@pytest.mark.skipif(sys.platform == "win32", reason="a read-only folder is a POSIX permission")
def test_a_read_only_offers_folder_gives_a_clear_error(coord: Coordinator) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the offers path being a file is tested below")
    coord.offers.chmod(0o555)
    try:
        err = _refused_cleanly(coord, coord.snapshot())
    finally:
        coord.offers.chmod(0o755)
    assert "Permission denied" in err and "nothing was published" in err
    assert published_files(coord) == []


def test_an_offers_path_that_is_a_file_gives_a_clear_error(coord: Coordinator) -> None:
    coord.offers.rmdir()
    coord.offers.write_text("not a folder\n", encoding="utf-8")
    err = _refused_cleanly(coord, coord.snapshot())
    assert "not a folder" in err


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the file being written through /proc")
def test_a_full_disk_leaves_no_partial_file(coord: Coordinator, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    offers = str(coord.offers.resolve())

    def full_disk(fd: int, data: bytes) -> int:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if target.startswith(offers + os.sep):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    err = _refused_cleanly(coord, coord.snapshot())
    assert "No space left on device" in err and "nothing was published" in err
    assert published_files(coord) == []


# ---------------------------------------------------------------------------- wrong profile, wrong policy


def test_a_policy_with_another_coordinator_key_is_refused(coord: Coordinator, tmp_path: Path) -> None:
    other = make_coordinator(tmp_path / "other")
    before = coord.snapshot()
    code, _out, err = cli(
        "--profile", str(coord.profile), "--policy", str(other.profile / "policy.toml"),
        "coordinator", "publish-offer", str(coord.write(OFFER)),
    )  # fmt: skip
    assert code == 1 and "another coordinator key" in err and err.count("\n") == 1
    assert coord.snapshot() == before


def test_a_profile_without_coordinator_keys_is_refused(tmp_path: Path) -> None:
    VaultManager(tmp_path / "me").create("keyring").vault.close()
    offer = tmp_path / "offer.toml"
    offer.write_text(OFFER, encoding="utf-8")
    code, _out, err = cli("--profile", str(tmp_path / "me"), "coordinator", "publish-offer", str(offer))
    assert code == 1 and "no coordinator keys" in err and "coordinator init" in err
