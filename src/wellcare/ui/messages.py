"""Plain-language, translated texts for vault and policy errors, keyed by the error's code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.vault.errors import VaultError

# The ui's one door to the vault's errors (import-linter: ui must not import wellcare.vault, except
# the unlock, setup and settings screens): pages catch VaultError from the services and show its text.
__all__ = ["NOT_KEY_PROBLEMS", "VaultError", "vault_error_text"]

# Problems with the file, the disk or a setup under way, not the key: recovery cannot help, and a
# reset is never the first thing to offer (it would delete a vault that may be whole once fixed).
NOT_KEY_PROBLEMS = frozenset({"damaged", "no_access", "disk_full", "not_a_file", "setup_under_way", "in_use"})


def vault_error_text(error: VaultError) -> str:
    texts = {
        "not_found": QCoreApplication.translate("VaultErrors", "There is no WellCare vault in this profile yet."),
        "exists": QCoreApplication.translate(
            "VaultErrors", "A WellCare vault already exists here; it was left as it is."
        ),
        "wrong_key": QCoreApplication.translate(
            "VaultErrors", "The passphrase or key does not open this vault. The vault was not changed."
        ),
        "damaged": QCoreApplication.translate(
            "VaultErrors",
            "The vault file is damaged or incomplete (for example cut short by a failed copy). It was left "
            "untouched; restore it from a backup, or reset WellCare explicitly.",
        ),
        "missing_key": QCoreApplication.translate(
            "VaultErrors",
            "This computer's keyring no longer holds the vault's key (a profile restore or a new desktop can "
            "cause this). Unlock it with your recovery code; the vault was not changed.",
        ),
        "insecure_keyring": QCoreApplication.translate(
            "VaultErrors",
            "The only keyring available would store the key unencrypted, so WellCare will not use it. "
            "Please use a passphrase instead.",
        ),
        "disk_full": QCoreApplication.translate(
            "VaultErrors",
            "The disk is full, so WellCare could not open or save its vault. Free some space on the disk and "
            "try again; nothing saved before was lost.",
        ),
        "no_access": QCoreApplication.translate(
            "VaultErrors",
            "WellCare may not read or write the vault file or its folder (it is read-only, on a read-only "
            "drive, or belongs to another user). Give your user read and write access to the profile folder, "
            "then try again. The vault was not changed.",
        ),
        "not_a_file": QCoreApplication.translate(
            "VaultErrors",
            "The vault's name (vault.db) in this profile is taken by something that is not a file (a folder, "
            "a pipe or a device). WellCare did not touch it; move it away or restore the real vault file, "
            "then try again.",
        ),
        "profile_broken": QCoreApplication.translate(
            "VaultErrors",
            "This profile's description file is missing or unreadable while a vault exists. WellCare left "
            "everything as it is; restore the file or reset WellCare explicitly.",
        ),
        "setup_under_way": QCoreApplication.translate(
            "VaultErrors",
            "WellCare is being set up in this profile by another window or command. Wait for it, then try again.",
        ),
        "in_use": QCoreApplication.translate(
            "VaultErrors",
            "The vault is open in another WellCare (in another window, or on another computer when the profile "
            "is on a network folder). Close WellCare there, then try again. The vault was not changed.",
        ),
        "wrong_recovery_code": QCoreApplication.translate(
            "VaultErrors", "That recovery code does not match this vault. Check it and try again."
        ),
        "passphrase_required": QCoreApplication.translate(
            "VaultErrors", "This vault is locked with a passphrase. Enter it to continue."
        ),
    }
    return texts.get(
        error.code, QCoreApplication.translate("VaultErrors", "WellCare could not use its vault. Nothing was changed.")
    )
