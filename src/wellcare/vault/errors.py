"""Errors a vault can raise, each with a stable code the UI translates and a plain message for the CLI.

The messages never contain a key, a passphrase or any of the user's data.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: something stopped the vault from opening or writing. Nothing was changed."""

    code = "vault_error"
    message = "The vault could not be used. Nothing was changed."

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.message)
        self.detail = detail or self.message


class VaultNotFound(VaultError):
    code = "not_found"
    message = "There is no WellCare vault in this profile yet."


class VaultExists(VaultError):
    code = "exists"
    message = "A WellCare vault already exists here; it was left as it is."


class WrongKey(VaultError):
    code = "wrong_key"
    message = "The passphrase or key does not open this vault. The vault was not changed."


class VaultDamaged(VaultError):
    code = "damaged"
    message = (
        "The vault file is damaged or incomplete (for example truncated by a failed copy). "
        "It was left untouched; restore it from a backup or reset WellCare explicitly."
    )


class MissingKeyringEntry(VaultError):
    code = "missing_key"
    message = (
        "The vault's key is no longer in this computer's keyring (a profile restore or a new desktop "
        "can cause this). Unlock it with your recovery code; the vault was not changed."
    )


class InsecureKeyring(VaultError):
    code = "insecure_keyring"
    message = (
        "The only keyring available stores secrets unencrypted or not at all, so WellCare will not "
        "keep its key there. Use a passphrase instead."
    )


class DiskFull(VaultError):
    code = "disk_full"
    message = (
        "The disk is full, so WellCare could not open or save its vault. Free some space on the disk and "
        "try again; nothing that was saved before was lost."
    )


class VaultAccessDenied(VaultError):
    """The file or its folder cannot be read or written: permissions, a read-only drive, another owner."""

    code = "no_access"
    message = (
        "WellCare may not read or write the vault file or its folder (it is read-only, on a read-only drive, "
        "or belongs to another user). Give your user read and write access to the profile folder, then try "
        "again. The vault was not changed."
    )


class NotAVaultFile(VaultError):
    """vault.db is a folder, a pipe, a device or a link to one: opening it could hang or harm."""

    code = "not_a_file"
    message = (
        "The vault's name (vault.db) in this profile is taken by something that is not a file (a folder, "
        "a pipe or a device). WellCare did not touch it; move it away or restore the real vault file, "
        "then try again."
    )


class ProfileBroken(VaultError):
    code = "profile_broken"
    message = (
        "This profile's vault description (profile.json) is missing or unreadable while a vault file "
        "exists. WellCare left everything as it is; restore the file or reset explicitly."
    )


class WrongRecoveryCode(VaultError):
    code = "wrong_recovery_code"
    message = "That recovery code does not match this vault. Check it and try again."


class PassphraseRequired(VaultError):
    code = "passphrase_required"
    message = "This vault is locked with a passphrase. Enter it to continue."


class VaultInUse(VaultError):
    """Another process holds the vault's lock: on a network folder, maybe another computer."""

    code = "in_use"
    message = (
        "The vault is open in another WellCare (in another window, or on another computer when the profile "
        "is on a network folder). Close WellCare there, then try again. The vault was not changed."
    )
