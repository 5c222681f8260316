"""The recovery code: the user, not the keyring, is the last holder of their data.

At setup a random code is shown once. From it (Argon2id) comes an X25519 key pair; only the
public half is kept, in recovery.json beside the vault, and the vault's secret (raw key or
passphrase) is sealed to it. So the app can re-seal a new secret after a passphrase change
without knowing the code, and only the code can open the seal.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellcare.vault.errors import VaultDamaged, WrongRecoveryCode
from wellcare.vault.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from nacl.public import PrivateKey, PublicKey

RECOVERY_FILE = "recovery.json"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: it is read aloud and typed by hand
_GROUPS, _GROUP_LEN = 6, 5  # 30 symbols x 5 bits = 150 bits


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_LEN))
    return "-".join(symbols[i : i + _GROUP_LEN] for i in range(0, len(symbols), _GROUP_LEN))


def normalize_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I")
    return cleaned


def _private_key(code: str, salt: bytes) -> PrivateKey:
    # libsodium is loaded only when a recovery code is made or used, not on every start
    import nacl.pwhash
    from nacl.public import PrivateKey

    seed = nacl.pwhash.argon2id.kdf(
        32,
        normalize_code(code).encode("ascii"),
        salt,
        opslimit=nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE,
        memlimit=nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE,
    )
    return PrivateKey(seed)


@dataclass(frozen=True)
class RecoveredSecret:
    mode: str  # "keyring" or "passphrase"
    secret: str  # raw key hex, or the passphrase


class RecoveryFile:
    """recovery.json: salt, the recovery public key, and the current secret sealed to it."""

    def __init__(self, profile_dir: Path) -> None:
        self.path = profile_dir / RECOVERY_FILE

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, code: str, mode: str, secret: str) -> None:
        import nacl.pwhash

        salt = os.urandom(nacl.pwhash.argon2id.SALTBYTES)
        public = _private_key(code, salt).public_key
        self._write(salt, public, mode, secret)

    def reseal(self, mode: str, secret: str) -> None:
        """Seal a new secret (after a passphrase change) without needing the code."""
        salt, public = self._read_public()
        self._write(salt, public, mode, secret)

    def recover(self, code: str) -> RecoveredSecret:
        import nacl.exceptions
        from nacl.public import SealedBox

        data = self._read()
        salt = base64.b64decode(data["salt"])
        private = _private_key(code, salt)
        if bytes(private.public_key) != base64.b64decode(data["public_key"]):
            raise WrongRecoveryCode()
        try:
            plain = SealedBox(private).decrypt(base64.b64decode(data["sealed"]))
        except nacl.exceptions.CryptoError:
            raise VaultDamaged("The recovery file is damaged; the vault itself was not changed.") from None
        payload = json.loads(plain)
        return RecoveredSecret(mode=payload["mode"], secret=payload["secret"])

    def _read(self) -> dict[str, str]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            data: dict[str, str] = {}
            for key in ("salt", "public_key", "sealed"):
                value = raw.get(key)
                if not isinstance(value, str):
                    raise ValueError(key)
                data[key] = value
        except FileNotFoundError:
            raise VaultDamaged("There is no recovery file beside this vault.") from None
        except (ValueError, OSError):
            raise VaultDamaged("The recovery file is damaged; the vault itself was not changed.") from None
        return data

    def _read_public(self) -> tuple[bytes, PublicKey]:
        from nacl.public import PublicKey

        data = self._read()
        return base64.b64decode(data["salt"]), PublicKey(base64.b64decode(data["public_key"]))

    def _write(self, salt: bytes, public: PublicKey, mode: str, secret: str) -> None:
        from nacl.public import SealedBox

        sealed = SealedBox(public).encrypt(json.dumps({"mode": mode, "secret": secret}).encode("utf-8"))
        doc = {
            "format": 1,
            "salt": base64.b64encode(salt).decode("ascii"),
            "public_key": base64.b64encode(bytes(public)).decode("ascii"),
            "sealed": base64.b64encode(sealed).decode("ascii"),
        }
        atomic_write_bytes(self.path, json.dumps(doc, indent=1).encode("utf-8"))
