"""What the programs store keeps for the counselor between runs, without Qt: the withdrawal proof of
each enrollment and the exercise player's sound choice, in the vault, surviving a lock and unlock."""

from __future__ import annotations

from pathlib import Path

from wellcare.programs import ProgramService
from wellcare.programs.enrollment import new_withdraw_secret, withdraw_hash
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager


def test_the_withdraw_secret_and_the_sound_choice_survive_a_lock(
    profile_dir: Path, vault: Vault, clock: ManualClock
) -> None:
    store = ProgramService(vault, clock).store
    assert store.withdraw_secret("env-1") is None and store.sound_cue() is False
    secret, hashed = new_withdraw_secret()
    store.keep_withdraw_secret("env-1", secret)
    store.set_sound_cue(True)
    vault.close()

    reopened = VaultManager(profile_dir).unlock()
    try:
        again = ProgramService(reopened, clock).store
        kept = again.withdraw_secret("env-1")
        assert kept == secret and withdraw_hash(kept) == hashed
        assert again.withdraw_secret("env-2") is None
        assert again.sound_cue() is True
        again.set_sound_cue(False)
        assert again.sound_cue() is False
    finally:
        reopened.close()
