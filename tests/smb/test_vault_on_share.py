"""A vault placed on the SMB share: opened without WAL and held exclusively, or refused; never two writers."""

from __future__ import annotations

import pytest

from tests.smb.samba import SmbShare
from wellcare.vault.database import Vault, passphrase_pragma
from wellcare.vault.errors import VaultInUse

KEY = passphrase_pragma("correct horse battery")


def test_a_vault_on_the_share_is_opened_safely_and_a_second_opener_is_refused(smb: SmbShare) -> None:
    profile = smb.share("office") / "profiles" / "kim"
    vault = Vault.create(profile, KEY)
    try:
        assert vault.network is not None and vault.network.kind == "fuse.smbnetfs"
        assert vault.query_one("PRAGMA journal_mode") == ("delete",)
        for n in range(20):
            vault.set_setting(f"entry-{n}", n)
        with pytest.raises(VaultInUse) as refused:
            Vault.open(profile, KEY)  # a second computer (or window) on the same roaming profile
        assert "another computer" in str(refused.value)
    finally:
        vault.close()
    on_server = smb.server_root.parent / "profiles" / "kim"
    assert sorted(p.name for p in on_server.iterdir()) == ["vault.db"]  # no -wal/-shm, no journal left
    again = Vault.open(profile, KEY)
    try:
        assert again.integrity_ok()
        assert [again.get_setting(f"entry-{n}") for n in range(20)] == list(range(20))
    finally:
        again.close()
