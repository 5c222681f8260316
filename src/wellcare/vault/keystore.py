"""The OS keyring as the home of the vault's raw key, refusing backends that are not safe.

keyring picks a backend by priority; on a headless machine that is the "fail" backend, and
keyrings.alt offers plaintext files. Neither may hold a vault key, so the choice is checked
before every use and an unsafe backend raises InsecureKeyring instead of silently storing.

The tray app asks the keyring through a short-lived helper process (`out_of_process=True`):
importing keyring and a Secret Service client pulls in urllib, ssl and cryptography (20-35 MB
that would stay resident all shift for one read at start). The key travels over a pipe, never
a file. Headless commands and tests use the keyring in-process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from wellcare.vault.errors import InsecureKeyring, MissingKeyringEntry, VaultError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "WellCare vault"
HELPER_COMMAND = "_keyring-helper"
HELPER_TIMEOUT_S = 60  # a desktop keyring may ask the user to unlock it

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


def helper_argv() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_COMMAND]
    return [sys.executable, "-m", "wellcare", HELPER_COMMAND]


class KeyStore:
    """Keeps one vault's raw key (hex) in the OS keyring under an opaque vault id."""

    def __init__(self, backend: KeyringBackend | None = None, *, out_of_process: bool = False) -> None:
        self._backend = backend
        self._remote = out_of_process and backend is None
        self._remote_status: dict[str, Any] | None = None

    # -- which backend -------------------------------------------------------------------------
    @property
    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        if self._remote:
            return str(self._status()["backend"])
        return _backend_name(self.backend)

    def is_usable(self) -> bool:
        if self._remote:
            return bool(self._status()["usable"])
        return _is_safe(self.backend)

    def check(self) -> None:
        if not self.is_usable():
            raise InsecureKeyring(f"{InsecureKeyring.message} (keyring backend: {self.backend_name()})")

    def _status(self) -> dict[str, Any]:
        if self._remote_status is None:
            self._remote_status = self._call("status", "")
        return self._remote_status

    # -- entries -------------------------------------------------------------------------------
    def store(self, vault_id: str, key_hex: str) -> None:
        if self._remote:
            self._call("store", vault_id, key_hex)
            return
        import keyring.errors

        self.check()
        try:
            self.backend.set_password(SERVICE, vault_id, key_hex)
        except keyring.errors.KeyringError as exc:
            raise VaultError(f"The keyring refused to store the vault key: {type(exc).__name__}") from None

    def load(self, vault_id: str) -> str:
        if self._remote:
            reply = self._call("load", vault_id)
            self._remote_status = {"backend": reply["backend"], "usable": reply["usable"]}  # saves a 2nd helper run
            return str(reply["value"])
        import keyring.errors

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
        if self._remote:
            return bool(self._call("delete", vault_id)["value"])
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, vault_id)
        except keyring.errors.KeyringError:
            return False
        return True

    # -- the helper process --------------------------------------------------------------------
    def _call(self, op: str, vault_id: str, value: str = "") -> dict[str, Any]:
        request = json.dumps({"op": op, "vault_id": vault_id, "value": value})
        try:
            done = subprocess.run(
                helper_argv(), input=request, capture_output=True, text=True, timeout=HELPER_TIMEOUT_S, check=False
            )
            reply = json.loads(done.stdout)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            raise VaultError("The system keyring did not answer. Unlock it (log in again) and retry.") from None
        error = reply.get("error")
        if error is None:
            return dict(reply)
        raise _ERRORS.get(error["code"], VaultError)(error["message"])


_ERRORS: dict[str, type[VaultError]] = {
    InsecureKeyring.code: InsecureKeyring,
    MissingKeyringEntry.code: MissingKeyringEntry,
}


def serve_helper_request(stdin: str) -> dict[str, Any]:
    """The helper process's side: one request in, one JSON reply out (key only on stdout)."""
    try:
        request = json.loads(stdin)
        op, vault_id, value = request["op"], str(request["vault_id"]), str(request.get("value", ""))
    except (ValueError, KeyError, TypeError):
        return {"error": {"code": "vault_error", "message": "bad keyring helper request"}}
    store = KeyStore()
    try:
        if op == "status":
            return {"backend": store.backend_name(), "usable": store.is_usable()}
        if op == "load":
            return {"value": store.load(vault_id), "backend": store.backend_name(), "usable": True}
        if op == "store":
            store.store(vault_id, value)
            return {"value": True}
        if op == "delete":
            return {"value": store.delete(vault_id)}
    except VaultError as exc:
        return {"error": {"code": exc.code, "message": str(exc)}}
    return {"error": {"code": "vault_error", "message": f"unknown keyring helper operation {op!r}"}}
