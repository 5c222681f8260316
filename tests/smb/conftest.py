"""A real SMB share for the tests in this folder: smbd on loopback, mounted through smbnetfs (FUSE).

The server starts once per session (about a second); each test gets an empty exchange folder
with the counselor rights of DEPLOYMENT.md applied on the server. Where smbd or FUSE cannot run
the tests are skipped, and the reason is printed in pytest's summary (-ra) and on stderr.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator

import pytest

from tests.smb.samba import ShareUnavailable, SmbShare, start_share, unavailable
from wellcare.exchange import Folder


@pytest.fixture(scope="session")
def smb_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmbShare]:
    reason = unavailable()
    if reason is not None:
        print(f"\nSKIPPED SMB share tests: {reason}", file=sys.stderr)
        pytest.skip(reason)
    try:
        share = start_share(tmp_path_factory.mktemp("smb"))
    except ShareUnavailable as exc:
        print(f"\nSKIPPED SMB share tests: {exc}", file=sys.stderr)
        pytest.skip(f"SMB share tests: {str(exc)[:300]}")
    try:
        yield share
    finally:
        share.stop()


@pytest.fixture
def smb(smb_server: SmbShare) -> Iterator[SmbShare]:
    """The running share with a fresh, empty exchange folder (inbox, replies, offers)."""
    root = smb_server.server_root
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for folder in Folder:
        (root / folder.value).mkdir()
    smb_server.apply_counselor_rights()
    yield smb_server
