"""What every headless command gets: its parsed arguments, output streams, profile and vault access."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from wellcare.policy import Policy
from wellcare.policy import load as load_policy
from wellcare.profile_location import ProfileLocation, locate_profile, read_passphrase_file
from wellcare.schedule.clock import Clock, SystemClock
from wellcare.vault import Vault, VaultError, VaultManager, VaultState
from wellcare.vault.errors import PassphraseRequired

if TYPE_CHECKING:  # the composition (every service) is imported by the commands that build it
    from wellcare.runtime import Services

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
RECOVERY_FILE_MISSING = (
    "recovery.json is missing from this profile, so your recovery code can no longer open the vault; "
    "make a new recovery code in WellCare's Settings."
)


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO

    @property
    def location(self) -> ProfileLocation:
        return locate_profile(self.args)

    @property
    def profile_dir(self) -> Path:
        return self.location.folder

    def policy(self) -> Policy:
        return load_policy(self.location.policy_file)

    def services(self, vault: Vault, clock: Clock | None = None, profile_dir: Path | None = None) -> Services:
        """The Qt-free services on this open vault (the system clock unless one is given)."""
        from wellcare.runtime import Profile, build_services

        location = self.location if profile_dir is None else replace(self.location, folder=profile_dir)
        return build_services(Profile(location, self.policy()), vault, clock or SystemClock())

    def read_passphrase(self) -> str | None:
        passphrase_file = self.location.passphrase_file
        if passphrase_file is not None:
            return read_passphrase_file(passphrase_file)
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass("WellCare vault passphrase: ")
        return None

    def open_vault(self, profile_dir: Path | None = None, *, check: bool = True) -> Vault:
        """Open a profile's vault: keyring key, else --passphrase-file, else a TTY prompt.

        ``check=False`` (commands that only read, e.g. `coordinator report`): no whole-file check at
        open; SQLCipher still verifies every page read, and a damaged one fails as VaultDamaged.
        """
        profile_dir = profile_dir or self.profile_dir
        manager = VaultManager(profile_dir)
        state = manager.state()
        if state is VaultState.NEW:
            raise VaultError(f"There is no WellCare vault in {profile_dir}. Start the app once to set it up.")
        if manager.recovery_file_missing():
            self.err.write(f"wellcare: warning: {RECOVERY_FILE_MISSING}\n")
        if state is VaultState.KEYRING:
            return manager.unlock(check=check)
        passphrase = self.read_passphrase()
        if not passphrase:
            raise PassphraseRequired(
                "This vault is locked with a passphrase. Give it with --passphrase-file FILE or run on a terminal."
            )
        return manager.unlock(passphrase, check=check)


Handler = Callable[[Context], int]
