"""A profile is owner-only on POSIX whatever the umask: folders 0700, files 0600; old ones are tightened."""

from __future__ import annotations

import io
import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.cli import run
from wellcare.logging_setup import setup_logging
from wellcare.vault import VaultManager

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)
        logging.getLogger("wellcare").handlers.clear()


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(root: Path) -> None:
    wide = {name: oct(mode) for name, mode in modes(root).items() if mode & 0o077}
    assert wide == {}


def test_a_new_profile_is_owner_only(tmp_path: Path, umask: int) -> None:
    profile = tmp_path / "new" / "profile"
    setup_logging(profile)
    logging.getLogger("wellcare").info("started")
    manager = VaultManager(profile)
    vault = manager.create("keyring").vault
    vault.execute("INSERT INTO journal(at, kind, body) VALUES('t', 'note', 'x')")
    vault.backup(reason="test")
    names = set(modes(profile))
    assert {"vault.db", "vault.db-wal", "vault.db-shm", "profile.json", "recovery.json", "logs/wellcare.log"} <= names
    assert any(name.startswith("backups/vault-test-") for name in names)
    assert_private(profile)
    vault.close()
    err = io.StringIO()
    assert run(["--profile", str(profile), "export", str(profile / "export.json")], io.StringIO(), err) == 0, (
        err.getvalue()
    )
    assert json.loads((profile / "export.json").read_text(encoding="utf-8"))
    assert_private(profile)


def test_an_old_wide_open_profile_is_tightened_when_opened(tmp_path: Path, umask: int) -> None:
    profile = tmp_path / "profile"
    manager = VaultManager(profile)
    vault = manager.create("keyring").vault
    vault.backup(reason="old")
    vault.close()
    setup_logging(profile)
    logging.getLogger("wellcare").handlers.clear()
    for path in [profile, *profile.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an older version left it
    VaultManager(profile).unlock().close()
    setup_logging(profile)
    assert_private(profile)
