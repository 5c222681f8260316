"""A vault that will not open says why: wrong key, damaged, no access, disk full, or not a file.

Real vault files, truncated and damaged for real; a real full (tmpfs) disk and a read-only mount
where the test runs as root, a chmod-ed folder otherwise. The file is never changed by the attempt.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.cli import run
from wellcare.vault import VaultManager
from wellcare.vault.database import DB_FILE
from wellcare.vault.errors import DiskFull, NotAVaultFile, VaultAccessDenied, VaultDamaged, VaultError, WrongKey

PAGE = 4096
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_vault(profile_dir: Path, mode: str = "keyring") -> VaultManager:
    manager = VaultManager(profile_dir)
    vault = manager.create(mode, passphrase="correct horse battery" if mode == "passphrase" else None).vault
    for i in range(150):
        vault.execute("INSERT INTO journal(at, kind, body) VALUES('t', 'note', ?)", (f"entry {i} " * 30,))
    vault.close()
    assert (profile_dir / DB_FILE).stat().st_size // PAGE > 10
    return manager


def opened_error(manager: VaultManager, passphrase: str | None = None) -> VaultError:
    """The error unlocking raises; the vault file and its folder are exactly as before."""
    db = manager.profile_dir / DB_FILE
    before = sha(db) if db.is_file() else None
    names = sorted(p.name for p in manager.profile_dir.iterdir())
    with pytest.raises(VaultError) as err:
        manager.unlock(passphrase).close()
    if before is not None:
        assert sha(db) == before
    assert sorted(p.name for p in manager.profile_dir.iterdir()) == names  # no -wal/-shm left behind
    return err.value


def cli_error(profile_dir: Path) -> str:
    err = io.StringIO()
    assert run(["--profile", str(profile_dir), "export", str(profile_dir.parent / "out.json")], io.StringIO(), err) == 1
    assert not (profile_dir.parent / "out.json").exists()
    return err.getvalue()


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_wrong_passphrase_is_still_called_a_wrong_key(profile_dir: Path) -> None:
    manager = make_vault(profile_dir, "passphrase")
    assert isinstance(opened_error(manager, "not the passphrase"), WrongKey)


@pytest.mark.parametrize("pages", [1, 5, 12])
def test_a_vault_truncated_at_a_page_boundary_is_damaged_not_a_wrong_key(profile_dir: Path, pages: int) -> None:
    manager = make_vault(profile_dir)
    os.truncate(profile_dir / DB_FILE, pages * PAGE)
    error = opened_error(manager)
    assert isinstance(error, VaultDamaged)
    assert "passphrase" not in str(error)
    assert "damaged" in cli_error(profile_dir)


def test_a_vault_truncated_mid_page_is_damaged(profile_dir: Path) -> None:
    manager = make_vault(profile_dir)
    os.truncate(profile_dir / DB_FILE, 5 * PAGE + 1000)
    assert isinstance(opened_error(manager), VaultDamaged)


@pytest.mark.parametrize("page", [1, 2, 8])
def test_a_damaged_page_is_damaged_not_a_wrong_key(profile_dir: Path, page: int) -> None:
    manager = make_vault(profile_dir)
    flip_byte(profile_dir / DB_FILE, (page - 1) * PAGE + 200)
    assert isinstance(opened_error(manager), VaultDamaged)


def test_a_damaged_vault_with_a_wrong_passphrase_is_a_wrong_key(profile_dir: Path) -> None:
    manager = make_vault(profile_dir, "passphrase")
    flip_byte(profile_dir / DB_FILE, 7 * PAGE + 200)
    assert isinstance(opened_error(manager, "not the passphrase"), WrongKey)


@pytest.mark.parametrize("kind", ["fifo", "folder", "device link"])
def test_something_that_is_not_a_file_is_named_and_nothing_hangs(profile_dir: Path, kind: str) -> None:
    manager = make_vault(profile_dir)
    db = profile_dir / DB_FILE
    db.unlink()
    if kind == "fifo":
        os.mkfifo(db)  # opening it for reading would block every command for ever
    elif kind == "folder":
        db.mkdir()
    else:
        db.symlink_to("/dev/zero")
    assert isinstance(opened_error(manager), NotAVaultFile)
    message = cli_error(profile_dir)
    assert "not a file" in message
    assert "passphrase" not in message


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs (root only): a disk that can be filled and made read-only for real."""
    if not IS_ROOT:
        pytest.skip("mounting a small disk needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)], check=False)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 1024)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_full_disk_is_named_and_leaves_no_wal_or_shm(small_disk: Path) -> None:
    profile = small_disk / "profile"
    manager = make_vault(profile)
    fill(small_disk)
    error = opened_error(manager)
    assert isinstance(error, DiskFull)
    assert "Free some space" in cli_error(profile)
    # the CLI's own log folder may appear (it logs there); no -wal/-shm or other vault file may
    assert sorted(p.name for p in profile.iterdir() if p.name != "logs") == ["profile.json", "recovery.json", "vault.db"]
    (small_disk / "filler").unlink()
    manager.unlock().close()  # nothing was harmed: with space again it opens


def test_a_read_only_drive_is_named(small_disk: Path) -> None:
    profile = small_disk / "profile"
    manager = make_vault(profile)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    assert isinstance(opened_error(manager), VaultAccessDenied)
    assert "read-only" in cli_error(profile)


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_a_read_only_folder_is_named(profile_dir: Path) -> None:
    manager = make_vault(profile_dir)
    profile_dir.chmod(0o500)
    try:
        assert isinstance(opened_error(manager), VaultAccessDenied)
        assert "read-only" in cli_error(profile_dir)
    finally:
        profile_dir.chmod(0o700)


def test_a_first_setup_on_a_full_disk_says_so_and_leaves_nothing(small_disk: Path, tmp_path: Path) -> None:
    profile = small_disk / "profile"
    fill(small_disk)
    filler = small_disk / "filler"
    os.truncate(filler, filler.stat().st_size - 20 * 1024)  # room for a folder, not for a vault
    argv = ["--profile", str(profile), "coordinator", "init", "--org", "Org", "--exchange", str(tmp_path / "x")]
    err = io.StringIO()
    assert run(argv, io.StringIO(), err) == 1
    assert "disk is full" in err.getvalue()
    assert not profile.exists() or sorted(p.name for p in profile.iterdir()) == []
    filler.unlink()
    out = io.StringIO()
    assert run(argv, out, err) == 0
    assert "RECOVERY CODE" in out.getvalue()


def test_a_folder_named_vault_db_in_a_new_profile_is_named_and_survives_a_wipe(profile_dir: Path) -> None:
    (profile_dir / DB_FILE).mkdir()
    (profile_dir / DB_FILE / "keep.txt").write_text("mine")
    manager = VaultManager(profile_dir)
    with pytest.raises(NotAVaultFile):
        manager.state()
    manager.wipe()
    assert (profile_dir / DB_FILE / "keep.txt").read_text() == "mine"
