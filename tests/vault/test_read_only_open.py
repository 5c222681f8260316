"""`coordinator report` opens the vault without the whole-file check, and a damaged vault still fails it cleanly.

The check at open reads and decrypts every page (0.4 s of a council-sized coordinator's 1 s report,
issue #16); the report only reads, and SQLCipher verifies each page it reads. A damaged page the
report reads must still end it with the plain "damaged" message (exit 1, no traceback, the file
untouched), and every other way of opening keeps the check.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from tests.aggregates.test_report_cells import contributions

from wellcare.aggregates.store import ContributionsStore
from wellcare.cli import run
from wellcare.vault import VaultManager
from wellcare.vault.database import DB_FILE, Vault
from wellcare.vault.errors import VaultDamaged

PAGE = 4096
PASSPHRASE = "report passphrase"


def coordinator_vault(profile: Path) -> Path:
    vault = VaultManager(profile).create("passphrase", passphrase=PASSPHRASE, role="coordinator").vault
    ContributionsStore(vault).insert_many(contributions(seed=3), "2026-11-30")
    vault.close()
    secret = profile.parent / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    return secret


def report(profile: Path, secret: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--profile", str(profile), "--passphrase-file", str(secret), "coordinator", "report", "--json"],
               out, err)
    return code, out.getvalue(), err.getvalue()


def damage_every_page_but_the_first(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(PAGE + 300, len(data), PAGE):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_report_on_a_damaged_vault_says_damaged_and_changes_nothing(profile_dir: Path) -> None:
    secret = coordinator_vault(profile_dir)
    code, out, err = report(profile_dir, secret)
    assert code == 0 and '"schema"' in out, err
    db = profile_dir / DB_FILE
    damage_every_page_but_the_first(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, out, err = report(profile_dir, secret)
    assert code == 1 and out == ""
    assert "damaged" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_every_other_open_still_checks_the_whole_file(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator_vault(profile_dir)
    checks: list[bool] = []
    real_query_one = Vault.query_one

    def query_one(self: Vault, sql: str, params: tuple[object, ...] = ()) -> object:
        if sql == "PRAGMA quick_check":
            checks.append(True)
        return real_query_one(self, sql, params)

    monkeypatch.setattr(Vault, "query_one", query_one)
    VaultManager(profile_dir).unlock(PASSPHRASE).close()
    assert checks == [True]
    VaultManager(profile_dir).unlock(PASSPHRASE, check=False).close()
    assert checks == [True]  # a read-only open: no whole-file check (the schema is current)
    assert report(profile_dir, profile_dir.parent / "secret")[0] == 0
    assert checks == [True]
    code, _, err = run_export(profile_dir)
    assert code == 0, err
    assert checks == [True, True]


def run_export(profile: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--profile", str(profile), "--passphrase-file", str(profile.parent / "secret"), "export",
                str(profile.parent / "mine.json")], out, err)
    return code, out.getvalue(), err.getvalue()


def test_damage_found_by_a_read_is_damaged(profile_dir: Path) -> None:
    coordinator_vault(profile_dir)
    damage_every_page_but_the_first(profile_dir / DB_FILE)
    with pytest.raises(VaultDamaged):
        vault = VaultManager(profile_dir).unlock(PASSPHRASE, check=False)
        try:
            ContributionsStore(vault).periods()
        finally:
            vault.close()
