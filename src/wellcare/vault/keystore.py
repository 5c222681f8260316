"""The OS keyring as the home of the vault's raw key, refusing backends that are not safe.

keyring picks a backend by priority; on a headless machine that is the "fail" backend, and
keyrings.alt offers plaintext files. Neither may hold a vault key, so the choice is checked
before every use and an unsafe backend raises InsecureKeyring instead of silently storing.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from wellcare.vault.errors import InsecureKeyring, MissingKeyringEntry, VaultError

SERVICE = "WellCare vault"

# Backends that store nothing, or store secrets in clear text.
_UNSAFE_PREFIXES = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.",  # plaintext files, or encrypted files that prompt on stdin: neither fits
)


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_safe(backend: KeyringBackend) -> bool:
    backends = getattr(backend, "backends", None)
    if backends is not None:  # the chainer: safe only if every chained backend is
        return bool(backends) and all(_is_safe(b) for b in backends)
    return not _backend_name(backend).startswith(_UNSAFE_PREFIXES)


class KeyStore:
    """Keeps one vault's raw key (hex) in the OS keyring under an opaque vault id."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def backend_name(self) -> str:
        return _backend_name(self.backend)

    def is_usable(self) -> bool:
        return _is_safe(self.backend)

    def check(self) -> None:
        if not self.is_usable():
            raise InsecureKeyring(f"{InsecureKeyring.message} (keyring backend: {self.backend_name()})")

    def store(self, vault_id: str, key_hex: str) -> None:
        self.check()
        try:
            self.backend.set_password(SERVICE, vault_id, key_hex)
        except keyring.errors.KeyringError as exc:
            raise VaultError(f"The keyring refused to store the vault key: {type(exc).__name__}") from None

    def load(self, vault_id: str) -> str:
        self.check()
        try:
            value = self.backend.get_password(SERVICE, vault_id)
        except keyring.errors.KeyringLocked:
            raise VaultError("The system keyring is locked. Unlock it (log in again) and retry.") from None
        except keyring.errors.KeyringError as exc:
            raise VaultError(f"The keyring could not be read: {type(exc).__name__}") from None
        if not value:
            raise MissingKeyringEntry()
        return value

    def delete(self, vault_id: str) -> bool:
        try:
            self.backend.delete_password(SERVICE, vault_id)
        except keyring.errors.PasswordDeleteError:
            return False
        except keyring.errors.KeyringError:
            return False
        return True
