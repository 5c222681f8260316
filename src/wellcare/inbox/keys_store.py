"""The coordinator's keys (in its vault, nowhere else) and the policy file IT distributes.

``coordinator init`` (or the inbox page's set-up form) generates the two keypairs once, keeps
their private halves as a vault secret (``wellcare export`` leaves secrets out), remembers the
organisation and the exchange folder as vault settings, and writes a policy.toml that carries
only public keys and their fingerprint. Running it again keeps the keys and rewrites the file:
counselors pinned those keys, and new keys would make every counselor's app warn (on purpose).
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from wellcare.exchange import CoordinatorKeys, CoordinatorPublicKeys, FolderTransport, KeyFormatError
from wellcare.policy import parse as parse_policy
from wellcare.vault import Vault, VaultError
from wellcare.vault.fileio import atomic_write_bytes

KEYS_SECRET = "coordinator.keys"
SETUP_SETTING = "coordinator.setup"
POLICY_FILE = "policy.toml"


@dataclass(frozen=True)
class CoordinatorSetup:
    """What the coordinator's profile knows about its organisation (not secret)."""

    org: str
    exchange: str  # the folder as this machine reaches it
    name: str = "EAP office"  # who counselors are told can read their requests
    counselor_exchange: str = ""  # the folder as counselors reach it, when different
    eap_phone: str = ""
    eap_email: str = ""

    @property
    def policy_exchange(self) -> str:
        return self.counselor_exchange or self.exchange


def load_keys(vault: Vault, secret: str = KEYS_SECRET, whose: str = "The coordinator") -> CoordinatorKeys | None:
    """The key pair kept in the vault under ``secret`` (the council keeps its own under another name)."""
    text = vault.get_secret(secret)
    if text is None:
        return None
    try:
        return CoordinatorKeys.from_bytes(base64.b64decode(text, validate=True))
    except (ValueError, KeyFormatError):
        raise VaultError(f"{whose} keys in this vault are damaged. Restore the vault from a backup.") from None


def ensure_keys(vault: Vault, secret: str = KEYS_SECRET,
                whose: str = "The coordinator") -> tuple[CoordinatorKeys, bool]:
    """The vault's keys, generated and stored the first time; (keys, created now)."""
    keys = load_keys(vault, secret, whose)
    if keys is not None:
        return keys, False
    keys = CoordinatorKeys.generate()
    vault.set_secret(secret, base64.b64encode(keys.to_bytes()).decode("ascii"))
    return keys, True


def load_setup(vault: Vault) -> CoordinatorSetup | None:
    data = vault.get_setting(SETUP_SETTING)
    if not isinstance(data, dict):
        return None
    try:
        return CoordinatorSetup(**{k: str(v) for k, v in data.items() if k in CoordinatorSetup.__dataclass_fields__})
    except TypeError:
        return None


def save_setup(vault: Vault, setup: CoordinatorSetup) -> None:
    vault.set_setting(SETUP_SETTING, asdict(setup))


def _toml(value: str) -> str:
    # a JSON string literal is a valid TOML basic string (same escapes, \uXXXX included)
    return json.dumps(value, ensure_ascii=False)


def policy_text(setup: CoordinatorSetup, keys: CoordinatorPublicKeys) -> str:
    """A minimal, valid org policy carrying the public keys; other sections keep their defaults."""
    table = keys.to_policy()
    lines = [
        "# WellCare organisation policy, written by `wellcare coordinator init`.",
        "# Distribute this file to every counselor workstation (see policy.example.toml for where it goes",
        "# and for the other sections: breaks, privacy, crisis lines). It holds public keys only.",
        "# Counselors' apps pin these keys on first use and warn loudly if they ever change.",
        f"# Fingerprint, to read aloud when a counselor asks: {table['fingerprint']}",
        "",
        "format = 1",
        "",
        "[org]",
        f"name = {_toml(setup.org)}",
        "",
        "[coordinator]",
        f"name = {_toml(setup.name)}",
        f"box_public_key = {_toml(table['box_public_key'])}",
        f"sign_public_key = {_toml(table['sign_public_key'])}",
        f"fingerprint = {_toml(table['fingerprint'])}",
        f"eap_phone = {_toml(setup.eap_phone)}",
        f"eap_email = {_toml(setup.eap_email)}",
        "",
        "[exchange]",
        f"path = {_toml(setup.policy_exchange)}",
        "",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class InitResult:
    public: CoordinatorPublicKeys
    keys_created: bool
    policy_path: Path


def initialize(vault: Vault, setup: CoordinatorSetup, policy_path: Path) -> InitResult:
    """Keys (once), the exchange folder's layout, the setup settings and the policy file.

    The exchange folder is created when missing (with its inbox, replies and offers folders);
    the policy text is parsed back with the app's own policy reader before it is written.
    """
    if not setup.org.strip():
        raise ValueError("the organisation needs a name")
    if not setup.exchange.strip():
        raise ValueError("the exchange folder is missing")
    FolderTransport.create(setup.exchange)
    keys, created = ensure_keys(vault)
    public = keys.public()
    text = policy_text(setup, public)
    parse_policy(text, policy_path)  # raises PolicyError naming the key if anything is off
    save_setup(vault, setup)
    atomic_write_bytes(policy_path, text.encode("utf-8"), mode=0o644)
    return InitResult(public=public, keys_created=created, policy_path=policy_path)
