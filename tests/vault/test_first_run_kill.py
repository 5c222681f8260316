"""A first setup killed with SIGKILL at any point can simply be run again (real subprocesses).

The child runs the real `wellcare coordinator init` (or a counselor's first setup); a stage is
made to stop and wait, announced on stdout, so the kill lands exactly there. Before the fix a
kill between vault.db and profile.json left a profile that every later start refused.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import pytest

from wellcare.cli import run
from wellcare.vault import VaultManager
from wellcare.vault.creation import MARKER_FILE, CreationMarker
from wellcare.vault.keystore import SERVICE

CHILD = textwrap.dedent(
    """
    import sys, time
    import wellcare.commands.coordinator as coordinator
    import wellcare.vault.manager as manager
    from wellcare.cli import run

    stage = sys.argv[1]

    def pause_before(owner, name):
        original = getattr(owner, name)
        def paused(*args, **kwargs):
            print("PAUSED", flush=True)
            time.sleep(600)
            return original(*args, **kwargs)
        setattr(owner, name, paused)

    def pause_after(owner, name):
        original = getattr(owner, name)
        def paused(*args, **kwargs):
            result = original(*args, **kwargs)
            print("PAUSED", flush=True)
            time.sleep(600)
            return result
        setattr(owner, name, paused)

    if stage == "vault-made":  # vault.db is there; the recovery file (Argon2id, slow) is being made
        pause_before(manager.RecoveryFile, "create")
    elif stage == "key-stored":
        pause_before(manager, "write_profile")
    elif stage == "profile-written":
        pause_after(manager, "write_profile")
    elif stage == "initializing":
        pause_before(coordinator, "initialize")
    if sys.argv[2] == "counselor":
        manager.VaultManager(manager.Path(sys.argv[3])).create("passphrase", passphrase="a long passphrase")
        print("DONE", flush=True)
    else:
        sys.exit(run(sys.argv[3:]))
    """
)


def init_argv(profile: Path, tmp_path: Path) -> list[str]:
    return ["--profile", str(profile), "coordinator", "init", "--org", "Org", "--exchange", str(tmp_path / "x")]


def kill_at(stage: str, role: str, argv: list[str]) -> str:
    """Start the child, wait until it stops at stage, kill -9 it; returns what it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, stage, role, *argv], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert proc.stdout is not None
    printed = []
    for line in proc.stdout:
        printed.append(line)
        if line.startswith("PAUSED"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "".join(printed)
    return "".join(printed)


@pytest.mark.parametrize("stage", ["vault-made", "key-stored", "profile-written", "initializing"])
def test_coordinator_init_killed_at_any_stage_can_be_run_again(tmp_path: Path, stage: str) -> None:
    profile = tmp_path / "coordinator"
    printed = kill_at(stage, "coordinator", init_argv(profile, tmp_path))
    killed_id = CreationMarker(profile).vault_id()
    assert (profile / "vault.db").exists()

    out, err = io.StringIO(), io.StringIO()
    assert run(init_argv(profile, tmp_path), out, err) == 0, err.getvalue()
    assert not (profile / MARKER_FILE).exists()
    if stage in ("vault-made", "key-stored"):  # the half-made vault was never opened: made afresh
        assert "RECOVERY CODE" in out.getvalue()
        assert keyring.get_password(SERVICE, str(killed_id)) is None  # no orphaned key left behind
    else:  # the profile was whole: kept, not made again
        assert "RECOVERY CODE" not in out.getvalue()
    if stage == "initializing":  # the code is shown as soon as the vault exists, not after the rest
        assert "RECOVERY CODE" in printed
    manager = VaultManager(profile)
    assert manager.info().role == "coordinator"
    vault = manager.unlock()
    assert vault.integrity_ok()
    vault.close()


def test_a_counselor_setup_killed_mid_way_starts_again_as_new(tmp_path: Path) -> None:
    profile = tmp_path / "counselor"
    kill_at("vault-made", "counselor", [str(profile)])
    manager = VaultManager(profile)
    assert manager.state().value == "new"  # not "profile.json is missing": the half-made vault is gone
    assert sorted(p.name for p in profile.iterdir()) == []
    manager.create("passphrase", passphrase="another long passphrase").vault.close()
    manager.unlock("another long passphrase").close()


def test_a_setup_still_running_is_not_mistaken_for_a_dead_one(tmp_path: Path) -> None:
    profile = tmp_path / "counselor"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, "vault-made", "counselor", str(profile)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("PAUSED")
        with pytest.raises(Exception) as err:
            VaultManager(profile).state()
        assert getattr(err.value, "code", "") == "setup_under_way"
        assert (profile / "vault.db").exists()  # the running setup's files were left alone
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_a_vault_without_profile_json_and_no_marker_is_still_refused(profile_dir: Path) -> None:
    """Only a provably half-made setup is removed; a vault whose profile.json was lost is kept."""
    manager = VaultManager(profile_dir)
    manager.create("keyring").vault.close()
    (profile_dir / "profile.json").unlink()
    with pytest.raises(Exception) as err:
        manager.state()
    assert getattr(err.value, "code", "") == "profile_broken"
    assert (profile_dir / "vault.db").exists()
