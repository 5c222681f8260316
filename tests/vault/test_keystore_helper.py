"""The tray app reads the keyring through a helper process: same answers, same errors."""

from __future__ import annotations

import pytest

from wellcare.vault.errors import InsecureKeyring, MissingKeyringEntry
from wellcare.vault.keystore import KeyStore


def test_helper_round_trip_matches_in_process() -> None:
    remote = KeyStore(out_of_process=True)
    assert remote.is_usable()
    assert remote.backend_name().endswith("FileTestKeyring")
    remote.store("vault-a", "ab" * 32)
    assert KeyStore().load("vault-a") == "ab" * 32  # written where the in-process store reads
    assert remote.load("vault-a") == "ab" * 32
    assert remote.delete("vault-a") is True
    with pytest.raises(MissingKeyringEntry):
        remote.load("vault-a")


def test_helper_refuses_the_fail_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    remote = KeyStore(out_of_process=True)
    assert not remote.is_usable()
    with pytest.raises(InsecureKeyring):
        remote.load("vault-a")
