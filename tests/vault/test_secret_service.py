"""One test against a real Secret Service (gnome-keyring in a D-Bus session), as on a Linux desktop.

scripts/test.sh starts gnome-keyring-daemon in a throwaway D-Bus session and home, unlocks it and
sets WELLCARE_SECRET_SERVICE=1; elsewhere this test is skipped with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from wellcare.vault import VaultManager
from wellcare.vault.database import DB_FILE, raw_key_pragma
from wellcare.vault.keystore import SERVICE, KeyStore

pytestmark = pytest.mark.secret_service


@pytest.mark.skipif(os.environ.get("WELLCARE_SECRET_SERVICE") != "1", reason="no unlocked Secret Service session")
def test_vault_key_lives_in_the_real_secret_service(profile_dir: Path) -> None:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    backend = SecretServiceKeyring()
    store = KeyStore(backend)
    assert store.is_usable(), store.backend_name()
    manager = VaultManager(profile_dir, store)
    created = manager.create("keyring")
    created.vault.set_setting("marker", "secret-service-ok")
    created.vault.close()

    key_hex = backend.get_password(SERVICE, created.info.vault_id)
    assert key_hex and len(key_hex) == 64
    conn = sqlcipher.connect(str(profile_dir / DB_FILE))
    conn.execute(raw_key_pragma(key_hex))
    assert conn.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0] == '"secret-service-ok"'
    conn.close()

    reopened = manager.unlock()
    assert reopened.get_setting("marker") == "secret-service-ok"
    reopened.close()
    manager.wipe()
    assert backend.get_password(SERVICE, created.info.vault_id) is None
