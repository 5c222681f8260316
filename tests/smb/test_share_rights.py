"""DEPLOYMENT.md's permission table, applied on the test share: what a counselor can and cannot do.

The ``desk`` share carries the counselor's rights (inbox: create only; replies and offers: read
only), the ``lax`` share gives everything, as a share set up wrongly would. The start-up check
must find nothing on the first and say what is wrong on the second.
"""

from __future__ import annotations

import os

import pytest

from tests.smb.samba import SmbShare
from wellcare.exchange import Folder, FolderTransport, Reason, TransportError, name_for, new_id
from wellcare.exchange.share_rights import ShareProblem, counselor_share_problems, startup_share_check

OTHER_COUNSELOR_UID = 1  # "daemon": any account that is not the guest the desk share runs as


def test_a_counselor_can_drop_files_in_the_inbox_but_not_list_read_or_delete_it(smb: SmbShare) -> None:
    counselor, office = FolderTransport(smb.desk), FolderTransport(smb.office)
    mine, theirs = name_for(new_id()), name_for(new_id())
    counselor.put(Folder.INBOX, mine, b'{"sealed": "mine"}')
    counselor.put(Folder.INBOX, theirs, b'{"sealed": "theirs"}')
    os.chown(smb.server_root / "inbox" / theirs, OTHER_COUNSELOR_UID, -1)  # as if another counselor wrote it

    with pytest.raises(TransportError) as listing:
        counselor.list(Folder.INBOX)
    assert listing.value.reason is Reason.UNREADABLE
    with pytest.raises(OSError):
        os.listdir(smb.desk / "inbox")
    for name in (mine, theirs):
        with pytest.raises(TransportError) as reading:
            counselor.read(Folder.INBOX, name)  # even knowing the name
        assert reading.value.reason is Reason.UNREADABLE
    with pytest.raises(TransportError):
        counselor.remove(Folder.INBOX, theirs)

    assert office.list(Folder.INBOX) == sorted([mine, theirs])  # the coordinator reads and deletes
    assert office.read(Folder.INBOX, theirs) == b'{"sealed": "theirs"}'
    for name in (mine, theirs):
        office.remove(Folder.INBOX, name)
    assert os.listdir(smb.server_root / "inbox") == []


@pytest.mark.parametrize("folder", [Folder.REPLIES, Folder.OFFERS])
def test_a_counselor_reads_replies_and_offers_but_cannot_write_there(smb: SmbShare, folder: Folder) -> None:
    counselor, office = FolderTransport(smb.desk), FolderTransport(smb.office)
    name = name_for(new_id())
    office.put(folder, name, b'{"signed": "by the office"}')
    assert counselor.read(folder, name) == b'{"signed": "by the office"}'
    with pytest.raises(TransportError):
        counselor.put(folder, name_for(new_id()), b"planted")
    with pytest.raises(TransportError):
        counselor.remove(folder, name)
    assert office.list(folder) == [name]


def test_a_counselor_cannot_list_the_exchange_folder_or_the_replies(smb: SmbShare) -> None:
    for folder in (smb.desk, smb.desk / "replies"):
        with pytest.raises(OSError):
            os.listdir(folder)
    assert sorted(os.listdir(smb.office)) == ["inbox", "offers", "replies"]


def test_the_start_up_check_is_silent_on_a_share_set_up_as_documented(smb: SmbShare) -> None:
    assert counselor_share_problems(smb.desk) == []
    assert [p for p in (smb.server_root / "inbox").iterdir()] == []  # its probe file is gone again


def test_the_start_up_check_says_what_a_wrongly_set_up_share_allows(smb: SmbShare) -> None:
    assert counselor_share_problems(smb.lax) == [
        ShareProblem.INBOX_LISTABLE,
        ShareProblem.REPLIES_WRITABLE,
        ShareProblem.OFFERS_WRITABLE,
    ]
    for folder in Folder:
        assert os.listdir(smb.server_root / folder.value) == []  # nothing left behind


def test_an_inbox_counselors_cannot_write_to_is_reported(smb: SmbShare) -> None:
    os.chmod(smb.server_root / "inbox", 0o1711)  # traverse only: no request could ever be sent
    assert counselor_share_problems(smb.desk) == [ShareProblem.INBOX_NOT_WRITABLE]


def test_an_offline_share_is_not_a_rights_problem(smb: SmbShare) -> None:
    assert counselor_share_problems(smb.share("desk") / "no-such-folder") == []


def test_the_app_checks_a_network_share_and_leaves_a_local_exchange_folder_alone(smb: SmbShare, tmp_path) -> None:  # type: ignore[no-untyped-def]
    local = FolderTransport.create(tmp_path / "exchange")
    assert counselor_share_problems(local.root) != []  # one's own folder: every right is one's own
    assert startup_share_check(local.root) == []  # so the app does not warn about it
    assert startup_share_check(smb.lax) == [
        ShareProblem.INBOX_LISTABLE,
        ShareProblem.REPLIES_WRITABLE,
        ShareProblem.OFFERS_WRITABLE,
    ]
    assert startup_share_check(smb.desk) == []
