"""The encrypted vault: SQLCipher 4, keyed from the OS keyring or a passphrase, with recovery.

The names below are imported when first asked for (PEP 562): a submodule such as
``wellcare.vault.permissions`` or ``wellcare.vault.errors`` does not pull SQLCipher and PyNaCl in
with it, so the tray app shows its icon before they load (issue #16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellcare.vault.database import Vault
    from wellcare.vault.errors import VaultError
    from wellcare.vault.manager import CreatedVault, VaultManager, VaultState

__all__ = ["CreatedVault", "Vault", "VaultError", "VaultManager", "VaultState"]

_HOME = {
    "Vault": "wellcare.vault.database",
    "VaultError": "wellcare.vault.errors",
    "CreatedVault": "wellcare.vault.manager",
    "VaultManager": "wellcare.vault.manager",
    "VaultState": "wellcare.vault.manager",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'wellcare.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value
