"""Plain-language, translated texts for vault and policy errors, keyed by the error's code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.vault.errors import VaultError


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
            "VaultErrors", "The disk is full, so WellCare could not save. Nothing saved before was lost."
        ),
        "profile_broken": QCoreApplication.translate(
            "VaultErrors",
            "This profile's description file is missing or unreadable while a vault exists. WellCare left "
            "everything as it is; restore the file or reset WellCare explicitly.",
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
