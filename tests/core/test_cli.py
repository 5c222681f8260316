"""Headless commands run as a user or a script would run them: a real `python -m wellcare` process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from wellcare.vault import VaultManager
from wellcare.vault.database import DB_FILE
from wellcare.vault.keystore import SERVICE

MARKER = "MARKER-cli-5d1e"


def wellcare(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wellcare", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=os.environ.copy(),
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wellcare: ")
    for word in words:
        assert word in lines[0]


@pytest.mark.gui_runtime
def test_self_test_passes() -> None:
    result = wellcare("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert set(report["checks"]) == {"vault", "resources", "translations", "scheduler"}


def test_export_writes_own_data_but_no_secrets(profile_dir: Path, tmp_path: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    created.vault.set_setting("mood_note", MARKER)
    created.vault.close()
    target = tmp_path / "mine.json"
    result = wellcare("--profile", str(profile_dir), "export", str(target))
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    values = [row["value"] for row in data["tables"]["settings"]]
    assert json.dumps(MARKER) in values
    assert "secrets" not in data["tables"]
    assert created.recovery_code not in target.read_text(encoding="utf-8")
    assert MARKER not in result.stdout + result.stderr


def test_wrong_passphrase_file_fails_cleanly_and_changes_nothing(profile_dir: Path, tmp_path: Path) -> None:
    VaultManager(profile_dir).create("passphrase", passphrase="right one").vault.close()
    before = digest(profile_dir / DB_FILE)
    wrong = tmp_path / "pw"
    wrong.write_text("wrong one\n")
    result = wellcare("--profile", str(profile_dir), "--passphrase-file", str(wrong), "export", str(tmp_path / "x"))
    assert_clean_failure(result, "does not open")
    assert digest(profile_dir / DB_FILE) == before
    assert not (tmp_path / "x").exists()


def test_passphrase_vault_without_passphrase_and_no_tty_fails_with_advice(profile_dir: Path, tmp_path: Path) -> None:
    VaultManager(profile_dir).create("passphrase", passphrase="right one").vault.close()
    result = wellcare("--profile", str(profile_dir), "export", str(tmp_path / "x"))
    assert_clean_failure(result, "--passphrase-file")


def test_truncated_vault_fails_cleanly_and_is_left_alone(profile_dir: Path, tmp_path: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    for i in range(100):
        created.vault.set_setting(f"k{i}", "v" * 300)
    created.vault.close()
    db = profile_dir / DB_FILE
    db.write_bytes(db.read_bytes()[:10_000])
    before = digest(db)
    result = wellcare("--profile", str(profile_dir), "export", str(tmp_path / "x"))
    assert_clean_failure(result, "damaged")
    assert digest(db) == before


def test_missing_keyring_entry_fails_cleanly(profile_dir: Path, tmp_path: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    created.vault.close()
    keyring.delete_password(SERVICE, created.info.vault_id)
    before = digest(profile_dir / DB_FILE)
    result = wellcare("--profile", str(profile_dir), "export", str(tmp_path / "x"))
    assert_clean_failure(result, "recovery code")
    assert digest(profile_dir / DB_FILE) == before


def test_wipe_needs_confirmation_then_removes_everything(profile_dir: Path) -> None:
    created = VaultManager(profile_dir).create("keyring")
    created.vault.close()
    refused = wellcare("--profile", str(profile_dir), "wipe")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert (profile_dir / DB_FILE).exists()
    done = wellcare("--profile", str(profile_dir), "wipe", "--yes")
    assert done.returncode == 0, done.stderr
    assert not (profile_dir / DB_FILE).exists()
    assert keyring.get_password(SERVICE, created.info.vault_id) is None
