"""A vault on a network folder: no WAL (its shared memory cannot span machines), one opener at a time.

The folder here is local, told to be a network one (the SMB share itself is in tests/smb).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wellcare.netfs import NetworkLocation
from wellcare.vault import database
from wellcare.vault.database import Vault, passphrase_pragma
from wellcare.vault.errors import VaultInUse

KEY = passphrase_pragma("correct horse")


@pytest.fixture
def on_network(monkeypatch: pytest.MonkeyPatch) -> NetworkLocation:
    where = NetworkLocation("cifs", "/mnt/team")
    monkeypatch.setattr(database, "network_location", lambda _path: where)
    return where


def test_a_vault_on_a_network_folder_runs_a_rollback_journal_and_keeps_its_lock(
    profile_dir: Path, on_network: NetworkLocation
) -> None:
    vault = Vault.create(profile_dir, KEY)
    try:
        assert vault.network == on_network
        assert vault.query_one("PRAGMA journal_mode") == ("delete",)
        assert vault.query_one("PRAGMA locking_mode") == ("exclusive",)
        vault.set_setting("note-count", 3)
        assert not (profile_dir / "vault.db-wal").exists() and not (profile_dir / "vault.db-shm").exists()
        with pytest.raises(VaultInUse, match="open in another WellCare"):
            Vault.open(profile_dir, KEY)  # another computer's WellCare: refused, not a second writer
        assert vault.get_setting("note-count") == 3  # the first one goes on
    finally:
        vault.close()
    again = Vault.open(profile_dir, KEY)
    try:
        assert again.get_setting("note-count") == 3
    finally:
        again.close()


def test_a_local_vault_moved_to_a_network_folder_leaves_wal_with_nothing_lost(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = Vault.create(profile_dir, KEY)
    local.set_setting("kept", "yes")
    assert local.query_one("PRAGMA journal_mode") == ("wal",)
    local.close()
    monkeypatch.setattr(database, "network_location", lambda _path: NetworkLocation("nfs4", "/home"))
    moved = Vault.open(profile_dir, KEY)
    try:
        assert moved.query_one("PRAGMA journal_mode") == ("delete",)
        assert moved.get_setting("kept") == "yes"
        assert moved.integrity_ok()
    finally:
        moved.close()


def test_a_local_vault_keeps_wal(profile_dir: Path) -> None:
    vault = Vault.create(profile_dir, KEY)
    try:
        assert vault.network is None
        assert vault.query_one("PRAGMA journal_mode") == ("wal",)
    finally:
        vault.close()


def test_re_entering_the_passphrase_works_while_a_network_vault_is_held_open(
    profile_dir: Path, on_network: NetworkLocation
) -> None:
    from wellcare.vault import VaultManager
    from wellcare.vault.errors import WrongKey

    manager = VaultManager(profile_dir)
    vault = manager.create("passphrase", passphrase="first passphrase").vault
    try:
        manager.verify_passphrase("first passphrase")  # the settings page's re-authentication
        with pytest.raises(WrongKey):
            manager.verify_passphrase("not it")
        manager.change_passphrase(vault, "first passphrase", "second passphrase")
        manager.verify_passphrase("second passphrase")
        with pytest.raises(WrongKey):
            manager.verify_passphrase("first passphrase")
    finally:
        vault.close()
    VaultManager(profile_dir).unlock("second passphrase").close()
