"""Creating, unlocking, recovering, re-keying and wiping a profile's vault.

The rules from the design: the default key is a random 256-bit raw key in the OS keyring; a
passphrase keys the database through SQLCipher's own KDF when no safe keyring exists or the user
prefers it; a recovery code opens the vault when the keyring entry is gone; and no failure ever
creates a new vault in place of an old one.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from wellcare.vault.creation import MARKER_FILE, CreationMarker, SetupUnderWay
from wellcare.vault.database import BACKUP_DIR, DB_FILE, Vault, passphrase_pragma, raw_key_pragma
from wellcare.vault.errors import (
    MissingKeyringEntry,
    NotAVaultFile,
    PassphraseRequired,
    ProfileBroken,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongKey,
)
from wellcare.vault.keycheck import passphrase_opens
from wellcare.vault.keystore import KeyStore
from wellcare.vault.profile import PROFILE_FILE, ProfileInfo, read_profile, write_profile
from wellcare.vault.recovery import RECOVERY_FILE, RecoveryFile, new_recovery_code

RECOVERY_CODE_SECRET = "recovery_code"


class VaultState(Enum):
    NEW = "new"  # nothing here yet: first-run setup
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_code: str
    info: ProfileInfo


class VaultManager:
    """Everything that decides how a profile's vault is keyed. Plain Python; the UI and CLI call it."""

    def __init__(self, profile_dir: Path, keystore: KeyStore | None = None) -> None:
        self.profile_dir = profile_dir
        self.keystore = keystore or KeyStore()

    # -- what is here --------------------------------------------------------------------------
    def state(self) -> VaultState:
        info = read_profile(self.profile_dir)
        marker = CreationMarker(self.profile_dir)
        if info is None:
            if marker.exists():
                if not marker.abandoned():
                    raise SetupUnderWay()
                self._discard_half_made(marker)
            db = self.profile_dir / DB_FILE
            if db.exists() or db.is_symlink():
                if not db.is_file():
                    raise NotAVaultFile()
                raise ProfileBroken()
            return VaultState.NEW
        if marker.exists() and marker.abandoned():
            marker.end()  # killed after profile.json was written: the setup was complete
        if not (self.profile_dir / DB_FILE).exists():
            raise VaultNotFound(
                "This profile says it has a vault, but vault.db is missing. Nothing was created; "
                "restore the file or reset WellCare explicitly."
            )
        return VaultState(info.mode)

    def info(self) -> ProfileInfo:
        info = read_profile(self.profile_dir)
        if info is None:
            raise VaultNotFound()
        return info

    def keyring_usable(self) -> bool:
        return self.keystore.is_usable()

    # -- setup ---------------------------------------------------------------------------------
    def create(self, mode: str, passphrase: str | None = None, role: str = "counselor") -> CreatedVault:
        if self.state() is not VaultState.NEW:
            raise VaultExists()
        if mode not in ("keyring", "passphrase"):
            raise ValueError(f"unknown vault mode {mode!r}")
        if mode == "passphrase" and not passphrase:
            raise PassphraseRequired()
        if mode == "keyring":
            self.keystore.check()
        info = ProfileInfo.new(mode, role)
        code = new_recovery_code()
        secret = secrets.token_hex(32) if mode == "keyring" else str(passphrase)
        pragma = raw_key_pragma(secret) if mode == "keyring" else passphrase_pragma(secret)
        marker = CreationMarker(self.profile_dir)
        marker.begin(info.vault_id)  # a kill -9 from here on leaves a setup the next start can undo
        vault: Vault | None = None
        try:
            vault = Vault.create(self.profile_dir, pragma)
            vault.set_secret(RECOVERY_CODE_SECRET, code)
            RecoveryFile(self.profile_dir).create(code, mode, secret)
            if mode == "keyring":
                self.keystore.store(info.vault_id, secret)
            write_profile(self.profile_dir, info)  # last: until now the setup can be retried cleanly
        except BaseException:
            if vault is not None:
                vault.close()
            self._discard_half_made(marker)
            raise
        marker.end()
        return CreatedVault(vault, code, info)

    def _discard_half_made(self, marker: CreationMarker) -> None:
        """Undo a setup that never wrote profile.json: its vault was never opened, so holds no user data."""
        vault_id = marker.vault_id()
        if vault_id is not None:
            with contextlib.suppress(Exception):  # no keyring (a passphrase setup) holds nothing of ours
                self.keystore.delete(vault_id)
        self._remove_vault_files()
        (self.profile_dir / RECOVERY_FILE).unlink(missing_ok=True)
        marker.end()

    # -- opening -------------------------------------------------------------------------------
    def unlock(self, passphrase: str | None = None, *, check: bool = True) -> Vault:
        """The open vault; ``check=False``: no whole-file check first (read-only commands; Vault.open)."""
        state = self.state()
        info = self.info()
        if state is VaultState.KEYRING:
            key_hex = self.keystore.load(info.vault_id)
            try:
                return Vault.open(self.profile_dir, raw_key_pragma(key_hex), check=check)
            except WrongKey:
                raise WrongKey(
                    "The key in this computer's keyring does not open this vault (the keyring may hold "
                    "another vault's key, or the file is damaged). Unlock it with your recovery code; "
                    "the vault was not changed."
                ) from None
        if not passphrase:
            raise PassphraseRequired()
        return Vault.open(self.profile_dir, passphrase_pragma(passphrase), check=check)

    def recover(self, code: str, new_passphrase: str | None = None) -> Vault:
        """Open with the recovery code; re-store the keyring entry, or set a new passphrase."""
        info = self.info()
        recovered = RecoveryFile(self.profile_dir).recover(code)
        if recovered.mode == "keyring":
            vault = Vault.open(self.profile_dir, raw_key_pragma(recovered.secret))
            try:
                self.keystore.store(info.vault_id, recovered.secret)
            except BaseException:
                vault.close()
                raise
            return vault
        vault = Vault.open(self.profile_dir, passphrase_pragma(recovered.secret))
        if new_passphrase:
            self._set_passphrase(vault, info, new_passphrase)
        return vault

    # -- changing the key ----------------------------------------------------------------------
    def change_passphrase(self, vault: Vault, old: str, new: str) -> None:
        info = self.info()
        if info.mode != "passphrase":
            raise ValueError("this vault is not in passphrase mode")
        self.verify_passphrase(old)
        self._set_passphrase(vault, info, new)

    def verify_passphrase(self, passphrase: str) -> None:
        """Re-authentication: raises WrongKey unless the passphrase opens the vault file."""
        try:
            Vault.open(self.profile_dir, passphrase_pragma(passphrase)).close()
        except VaultInUse:
            # a vault on a network folder is held exclusively while open (by this app, most likely):
            # its first page's HMAC tells whether the passphrase is its key
            if not passphrase_opens(self.profile_dir / DB_FILE, passphrase):
                raise WrongKey() from None

    def switch_to_passphrase(self, vault: Vault, passphrase: str) -> None:
        info = self.info()
        self._set_passphrase(vault, info, passphrase)
        self.keystore.delete(info.vault_id)

    def switch_to_keyring(self, vault: Vault) -> None:
        self.keystore.check()
        info = self.info()
        key_hex = secrets.token_hex(32)
        self.keystore.store(info.vault_id, key_hex)  # first: a failed rekey then leaves only an unused entry
        vault.rekey(raw_key_pragma(key_hex).replace("PRAGMA key", "PRAGMA rekey", 1))
        RecoveryFile(self.profile_dir).reseal("keyring", key_hex)
        write_profile(self.profile_dir, ProfileInfo(info.vault_id, "keyring", info.role))

    def _set_passphrase(self, vault: Vault, info: ProfileInfo, passphrase: str) -> None:
        vault.rekey(passphrase_pragma(passphrase, pragma="rekey"))
        RecoveryFile(self.profile_dir).reseal("passphrase", passphrase)
        if info.mode != "passphrase":
            write_profile(self.profile_dir, ProfileInfo(info.vault_id, "passphrase", info.role))

    def recovery_code(self, vault: Vault) -> str | None:
        return vault.get_secret(RECOVERY_CODE_SECRET)

    def recovery_file_missing(self) -> bool:
        """True when recovery.json is gone: the recovery code can no longer open this vault."""
        return not RecoveryFile(self.profile_dir).exists()

    def renew_recovery_code(self, vault: Vault, passphrase: str | None = None) -> str:
        """A new recovery code and recovery.json, after re-authentication (passphrase mode needs it).

        The old code stops working: recovery.json is sealed to the new one only.
        """
        info = self.info()
        if info.mode == "keyring":
            secret = self.keystore.load(info.vault_id)
        else:
            if not passphrase:
                raise PassphraseRequired()
            self.verify_passphrase(passphrase)
            secret = passphrase
        code = new_recovery_code()
        RecoveryFile(self.profile_dir).create(code, info.mode, secret)
        vault.set_secret(RECOVERY_CODE_SECRET, code)
        return code

    # -- reset -------------------------------------------------------------------------------
    def wipe(self) -> list[str]:
        """Delete the vault, its backups, recovery file, profile file and keyring entry."""
        removed: list[str] = []
        try:
            info = read_profile(self.profile_dir)
        except ProfileBroken:
            info = None
        if info is not None and self.keystore.delete(info.vault_id):
            removed.append("keyring entry")
        removed += self._remove_vault_files()
        for name in (RECOVERY_FILE, PROFILE_FILE, MARKER_FILE):
            path = self.profile_dir / name
            if path.exists():
                path.unlink()
                removed.append(name)
        backups = self.profile_dir / BACKUP_DIR
        if backups.exists():
            shutil.rmtree(backups)
            removed.append(BACKUP_DIR)
        return removed

    def _remove_vault_files(self) -> list[str]:
        removed = []
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = self.profile_dir / f"{DB_FILE}{suffix}"
            if path.is_dir() and not path.is_symlink():
                continue  # not something WellCare made: left for the user to move away
            if path.exists() or path.is_symlink():
                path.unlink()
                removed.append(path.name)
        return removed


__all__ = ["CreatedVault", "MissingKeyringEntry", "VaultManager", "VaultState"]
