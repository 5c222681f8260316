"""The encrypted vault: SQLCipher 4, keyed from the OS keyring or a passphrase, with recovery."""

from wellcare.vault.database import Vault
from wellcare.vault.errors import VaultError
from wellcare.vault.manager import CreatedVault, VaultManager, VaultState

__all__ = ["CreatedVault", "Vault", "VaultError", "VaultManager", "VaultState"]
