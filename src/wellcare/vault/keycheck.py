"""Does a passphrase open a vault file, checked without opening it through SQLite?

A vault on a network folder is held under an exclusive lock for as long as it is open (see
database.py), so re-authenticating the counselor ("enter your passphrase again") cannot open a
second connection to it. SQLCipher 4 authenticates every page with an HMAC whose key derives
from the passphrase, so the first page alone tells a right passphrase from a wrong one: nothing
is decrypted, nothing is written, and the file is only read.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from wellcare.vault.diagnosis import PAGE_SIZE

# SQLCipher 4 defaults, which WellCare's vaults use (passphrase_pragma sets no cipher options)
_SALT_BYTES = 16
_KDF_ITERATIONS = 256_000
_HMAC_KDF_ITERATIONS = 2
_HMAC_SALT_MASK = 0x3A
_KEY_BYTES = 32
_HMAC_BYTES = 64  # HMAC-SHA512 at the end of each page, after the 16-byte IV


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """True when ``passphrase`` is the key of the SQLCipher 4 vault at ``path`` (first page's HMAC)."""
    with path.open("rb") as fh:
        page = fh.read(PAGE_SIZE)
    if len(page) < PAGE_SIZE:
        return False
    salt = page[:_SALT_BYTES]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITERATIONS, _KEY_BYTES)
    hmac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, _HMAC_KDF_ITERATIONS, _KEY_BYTES)
    signed = page[_SALT_BYTES : PAGE_SIZE - _HMAC_BYTES] + (1).to_bytes(4, "little")  # page number 1
    expected = hmac.new(hmac_key, signed, hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC_BYTES :])
