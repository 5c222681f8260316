"""What a share can hold that no honest app wrote: odd names, folders, oversized files, links
planted on the server; and a counselor writing while the coordinator imports. Over SMB the
import must take the good files, set the bad ones aside and never read a half-written file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.aggregates.helpers import UNITS, WEDNESDAY
from tests.eap.helpers import content
from tests.smb.org import ShareOrg, make_share_org
from tests.smb.samba import SmbShare
from wellcare.aggregates.simulation import simulate_contributions
from wellcare.exchange import MAX_ENVELOPE_BYTES, FolderTransport
from wellcare.schedule.clock import ManualClock

SECRET = b"outside the share: payroll 2026"


@pytest.fixture
def org(tmp_path: Path, smb: SmbShare) -> Iterator[ShareOrg]:
    org = make_share_org(tmp_path, smb, ManualClock(WEDNESDAY))
    yield org
    org.close()


def test_hostile_names_folders_sizes_and_links_never_stop_or_fool_the_import(
    org: ShareOrg, smb: SmbShare, tmp_path: Path
) -> None:
    org.counselor().submit(content())  # the one honest request
    desk_inbox = smb.desk / "inbox"
    # what a counselor's account can write there (create, no list)
    for name in ("CON.json", "AUX", f"{'A' * 32}.json", ".hidden.json", "민원.json", f"{'b' * 32}.json.tmp",
                 f"{'c' * 200}.json", "x" * 250):  # fmt: skip
        (desk_inbox / name).write_bytes(b'{"not": "an envelope"}')
    (desk_inbox / f"{'d' * 32}.json").write_bytes(b"\x00garbage with a valid name")
    (desk_inbox / f"{'e' * 32}.json").write_bytes(b"{" + b" " * (MAX_ENVELOPE_BYTES + 10) + b"}")
    os.mkdir(desk_inbox / f"{'f' * 32}.json")  # a folder under a valid name
    # what only someone on the server can plant: links out of the share and within it
    secret = tmp_path / "payroll.txt"
    secret.write_bytes(SECRET)
    os.symlink(secret, smb.server_root / "inbox" / f"{'1' * 32}.json")
    os.symlink(smb.server_root / "offers", smb.server_root / "inbox" / f"{'2' * 32}.json")

    report = org.import_once()
    assert report.accepted_by_kind == {"eap_request": 1}
    assert len(org.eap_inbox().requests()) == 1
    assert secret.read_bytes() == SECRET  # never followed to be changed or moved
    left_and_set_aside = b"".join(
        p.read_bytes() for p in smb.server_root.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert SECRET not in left_and_set_aside  # nothing of it copied onto the share
    again = org.import_once()  # a second run is not stuck on what the first refused
    assert again.accepted == 0


def test_a_counselor_writing_while_the_coordinator_imports_never_has_a_half_file_read(
    org: ShareOrg, smb: SmbShare
) -> None:
    counselor, office_keys = FolderTransport(smb.desk), org.keys.public()
    written: list[int] = []
    failure: list[BaseException] = []

    def write() -> None:
        try:
            truth = simulate_contributions(counselor, office_keys, 40, 2, 5, UNITS, 1.0986, "2026-W44",
                                           participation=1.0, resend_rate=0.0)  # fmt: skip
            written.append(truth.written)
        except BaseException as exc:  # reported by the main thread
            failure.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    accepted = quarantined = runs = 0
    while True:
        busy = writer.is_alive()
        report = org.import_once()
        accepted += report.accepted
        quarantined += report.quarantined
        runs += 1
        if not busy and not os.listdir(smb.server_root / "inbox"):
            break
    writer.join()
    assert not failure, failure
    assert written == [80]
    assert quarantined == 0  # a torn file would fail to open and be quarantined
    assert accepted == 80
    assert runs >= 2  # the import really ran while files were arriving
