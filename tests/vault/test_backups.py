"""Migration backups are short-lived: what was deleted since, and an old key, must not live on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wellcare.vault import VaultManager
from wellcare.vault.database import BACKUP_DIR, BACKUP_MAX_AGE, expire_backups
from wellcare.vault.errors import WrongKey

STAMP = "%Y%m%dT%H%M%S%fZ"


def backup_made(folder: Path, when: datetime, reason: str = "v1") -> Path:
    path = folder / f"vault-{reason}-{when.strftime(STAMP)}.db"
    path.write_bytes(b"encrypted bytes")
    return path


def test_backups_older_than_the_limit_go_at_the_next_open(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    folder = profile_dir / BACKUP_DIR
    folder.mkdir()
    now = datetime.now(UTC)
    old = backup_made(folder, now - BACKUP_MAX_AGE - timedelta(hours=1), reason="eap-inbox-v1")
    recent = backup_made(folder, now - timedelta(days=2))
    foreign = folder / "vault-kept-by-hand.db"  # not a name WellCare writes: left alone
    foreign.write_bytes(b"x")
    VaultManager(profile_dir).unlock().close()
    assert not old.exists()
    assert recent.exists() and foreign.exists()


def test_expiry_counts_from_the_time_in_the_name(tmp_path: Path) -> None:
    folder = tmp_path / BACKUP_DIR
    folder.mkdir()
    made = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    backup = backup_made(folder, made)
    assert expire_backups(tmp_path, made + BACKUP_MAX_AGE) == []
    assert expire_backups(tmp_path, made + BACKUP_MAX_AGE + timedelta(seconds=1)) == [backup]
    assert not backup.exists()


def test_a_passphrase_change_deletes_the_backups_the_old_passphrase_opens(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    vault = manager.create("passphrase", passphrase="old passphrase 1234").vault
    backup = vault.backup(reason="v1")
    assert backup.exists()
    manager.change_passphrase(vault, "old passphrase 1234", "new passphrase 5678")
    vault.close()
    assert list((profile_dir / BACKUP_DIR).glob("vault-*.db")) == []
    with pytest.raises(WrongKey):
        manager.verify_passphrase("old passphrase 1234")
