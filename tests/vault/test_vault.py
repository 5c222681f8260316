"""The vault as a user meets it: created, reopened, recovered, refused, never replaced."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from wellcare.vault import VaultManager, VaultState
from wellcare.vault.database import DB_FILE, Vault, raw_key_pragma
from wellcare.vault.errors import (
    DiskFull,
    InsecureKeyring,
    MissingKeyringEntry,
    PassphraseRequired,
    ProfileBroken,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongKey,
    WrongRecoveryCode,
)
from wellcare.vault.keystore import SERVICE, KeyStore

MARKER = "MARKER-7f3a-counselor-felt-awful"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def all_bytes_under(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_keyring_vault_is_standard_sqlcipher4_and_holds_no_plaintext(profile_dir: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    created.vault.set_setting("note", MARKER)
    created.vault.execute("INSERT INTO journal(at, kind, body) VALUES('2026-11-28', 'note', ?)", (MARKER,))
    created.vault.close()

    db = profile_dir / DB_FILE
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    for path, data in all_bytes_under(profile_dir):
        assert MARKER.encode() not in data, path
        assert MARKER.encode("utf-16-le") not in data, path

    # plain sqlcipher3 with the key from the keyring opens it: it is standard SQLCipher 4
    key_hex = keyring.get_password(SERVICE, created.info.vault_id)
    conn = sqlcipher.connect(str(db))
    conn.execute(raw_key_pragma(key_hex))
    assert conn.execute("SELECT body FROM journal").fetchone()[0] == MARKER
    conn.close()


def test_reopen_with_keyring_key(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    manager.create("keyring").vault.close()
    assert manager.state() is VaultState.KEYRING
    vault = manager.unlock()
    assert vault.integrity_ok()
    vault.close()


def test_missing_keyring_entry_is_explained_and_recovery_code_restores_it(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.set_setting("language", "ko")
    created.vault.close()
    before = digest(profile_dir / DB_FILE)
    keyring.delete_password(SERVICE, created.info.vault_id)

    with pytest.raises(MissingKeyringEntry) as err:
        manager.unlock()
    assert "recovery code" in str(err.value)
    assert digest(profile_dir / DB_FILE) == before

    with pytest.raises(WrongRecoveryCode):
        manager.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    vault = manager.recover(created.recovery_code.lower().replace("-", " "))
    assert vault.get_setting("language") == "ko"
    vault.close()
    manager.unlock().close()  # the keyring entry is back


def test_wrong_passphrase_leaves_file_identical(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    manager.create("passphrase", passphrase="correct horse").vault.close()
    before = digest(profile_dir / DB_FILE)
    with pytest.raises(WrongKey):
        manager.unlock("wrong horse")
    with pytest.raises(PassphraseRequired):
        manager.unlock()
    assert digest(profile_dir / DB_FILE) == before
    manager.unlock("correct horse").close()


def test_truncated_vault_is_reported_damaged_and_left_alone(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    for i in range(200):
        created.vault.set_setting(f"k{i}", "x" * 200)
    created.vault.close()
    db = profile_dir / DB_FILE
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])
    before = digest(db)
    with pytest.raises(VaultDamaged):
        manager.unlock()
    assert digest(db) == before
    assert sorted(p.name for p in profile_dir.iterdir()) == sorted(["vault.db", "profile.json", "recovery.json"])


def test_page_aligned_truncation_is_still_caught(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    for i in range(300):
        created.vault.set_setting(f"k{i}", "y" * 300)
    created.vault.close()
    db = profile_dir / DB_FILE
    db.write_bytes(db.read_bytes()[: 4096 * 3])
    with pytest.raises((VaultDamaged, WrongKey)):
        manager.unlock()


def test_never_creates_a_vault_over_an_existing_one(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    manager.create("keyring").vault.close()
    before = digest(profile_dir / DB_FILE)
    with pytest.raises(VaultExists):
        manager.create("keyring")
    (profile_dir / "profile.json").unlink()
    with pytest.raises(ProfileBroken):
        manager.state()
    with pytest.raises(ProfileBroken):
        manager.create("keyring")
    assert digest(profile_dir / DB_FILE) == before


def test_insecure_keyring_is_refused(profile_dir: Path) -> None:
    from keyring.backends import fail

    store = KeyStore(fail.Keyring())
    assert not store.is_usable()
    with pytest.raises(InsecureKeyring):
        VaultManager(profile_dir, store).create("keyring")
    assert not (profile_dir / DB_FILE).exists()
    # passphrase mode still works without a keyring
    VaultManager(profile_dir, store).create("passphrase", passphrase="pw").vault.close()


def test_full_disk_gives_clear_error_and_keeps_what_was_saved(profile_dir: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    vault = created.vault
    vault.set_setting("kept", "yes")
    pages = vault.query_one("PRAGMA page_count")[0]
    vault.query(f"PRAGMA max_page_count = {pages}")  # the file may not grow: SQLite's own "disk full"
    with pytest.raises(DiskFull), vault.transaction() as cur:
        for i in range(500):
            cur.execute("INSERT INTO journal(at, kind, body) VALUES('t', 'k', ?)", ("z" * 1000 + str(i),))
    assert vault.get_setting("kept") == "yes"
    assert vault.query_one("SELECT count(*) FROM journal")[0] == 0
    vault.close()


def test_passphrase_change_and_recovery_after_it(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("passphrase", passphrase="first")
    manager.change_passphrase(created.vault, "first", "second")
    created.vault.close()
    with pytest.raises(WrongKey):
        manager.unlock("first")
    manager.unlock("second").close()
    # the recovery code still works after the change and can set a third passphrase
    manager.recover(created.recovery_code, new_passphrase="third").close()
    manager.unlock("third").close()


def test_switch_modes_both_ways(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.set_setting("x", 1)
    manager.switch_to_passphrase(created.vault, "pw")
    created.vault.close()
    assert manager.state() is VaultState.PASSPHRASE
    vault = manager.unlock("pw")
    manager.switch_to_keyring(vault)
    vault.close()
    assert manager.state() is VaultState.KEYRING
    assert manager.unlock().get_setting("x") == 1


def test_migration_backs_up_first(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wellcare.vault import database, migrations

    created = VaultManager(profile_dir).create("keyring")
    created.vault.set_setting("kept", MARKER)
    created.vault.close()
    extra = (*migrations.MIGRATIONS, migrations.Migration(999, "test", "CREATE TABLE t999 (x INTEGER)"))
    monkeypatch.setattr(database, "MIGRATIONS", extra)
    vault = VaultManager(profile_dir).unlock()
    assert vault.schema_version() == 999
    backups = list((profile_dir / "backups").glob("vault-*.db"))
    assert len(backups) == 1
    assert b"SQLite format 3" not in backups[0].read_bytes()[:16]
    assert MARKER.encode() not in backups[0].read_bytes()
    vault.close()


def test_wipe_removes_everything(profile_dir: Path) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.close()
    removed = manager.wipe()
    assert "keyring entry" in removed
    assert list(profile_dir.iterdir()) == []
    assert keyring.get_password(SERVICE, created.info.vault_id) is None
    assert manager.state() is VaultState.NEW


def test_open_never_creates_a_missing_file(profile_dir: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(profile_dir, raw_key_pragma("ab" * 32))
    assert not (profile_dir / DB_FILE).exists()


def test_component_migrations_apply_once_and_back_up_existing_data(profile_dir: Path) -> None:
    from wellcare.vault.migrations import Migration

    vault = VaultManager(profile_dir).create("keyring").vault
    first = [Migration(1, "notes", "CREATE TABLE demo_notes (id INTEGER PRIMARY KEY, body TEXT)")]
    assert vault.migrate_component("demo", first) == [1]
    assert vault.migrate_component("demo", first) == []
    assert not (profile_dir / "backups").exists()
    vault.execute("INSERT INTO demo_notes(body) VALUES(?)", (MARKER,))
    second = [*first, Migration(2, "tags", "ALTER TABLE demo_notes ADD COLUMN tag TEXT")]
    assert vault.migrate_component("demo", second) == [2]
    assert vault.component_version("demo") == 2
    assert len(list((profile_dir / "backups").glob("vault-demo-v1-*.db"))) == 1
    assert vault.query_one("SELECT body, tag FROM demo_notes") == (MARKER, None)
    vault.close()


@pytest.mark.parametrize("content", ["[1, 2]", '"text"', '{"salt": 1}', "{"])
def test_a_recovery_file_that_is_not_the_expected_object_is_reported_damaged(profile_dir: Path, content: str) -> None:
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.close()
    before = digest(profile_dir / DB_FILE)
    (profile_dir / "recovery.json").write_text(content, encoding="utf-8")

    with pytest.raises(VaultDamaged, match="recovery file is damaged"):
        manager.recover(created.recovery_code)
    assert digest(profile_dir / DB_FILE) == before
