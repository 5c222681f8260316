"""The council's own signing key: made by ``council init`` (or the first ``council identity``), kept
as a vault secret (``wellcare export`` leaves secrets out), and shown as a fingerprint that the
council reads out to its centres' coordinators (`wellcare coordinator pin-council`). It signs the
council's surge notices (wellcare.programs.surge.council_file), nothing else.
"""

from __future__ import annotations

import base64

from wellcare.exchange import CoordinatorKeys, KeyFormatError
from wellcare.vault import Vault, VaultError

KEYS_SECRET = "council.keys"


def load_council_keys(vault: Vault) -> CoordinatorKeys | None:
    text = vault.get_secret(KEYS_SECRET)
    if text is None:
        return None
    try:
        return CoordinatorKeys.from_bytes(base64.b64decode(text, validate=True))
    except (ValueError, KeyFormatError):
        raise VaultError("The council's keys in this vault are damaged. Restore the vault from a backup.") from None


def ensure_council_keys(vault: Vault) -> tuple[CoordinatorKeys, bool]:
    """The council's keys, generated and stored the first time; (keys, created now)."""
    keys = load_council_keys(vault)
    if keys is not None:
        return keys, False
    keys = CoordinatorKeys.generate()
    vault.set_secret(KEYS_SECRET, base64.b64encode(keys.to_bytes()).decode("ascii"))
    return keys, True
