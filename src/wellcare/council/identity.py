"""The council's own signing key: made by ``council init`` (or the first ``council identity``), kept
as a vault secret (``wellcare export`` leaves secrets out), and shown as a fingerprint that the
council reads out to its centres' coordinators (`wellcare coordinator pin-council`). It signs the
council's surge notices (wellcare.programs.surge.council_file), nothing else.
"""

from __future__ import annotations

from wellcare.exchange import CoordinatorKeys
from wellcare.inbox.keys_store import ensure_keys, load_keys
from wellcare.vault import Vault

KEYS_SECRET = "council.keys"
WHOSE = "The council's"


def load_council_keys(vault: Vault) -> CoordinatorKeys | None:
    return load_keys(vault, KEYS_SECRET, WHOSE)


def ensure_council_keys(vault: Vault) -> tuple[CoordinatorKeys, bool]:
    """The council's keys, generated and stored the first time; (keys, created now)."""
    return ensure_keys(vault, KEYS_SECRET, WHOSE)
