"""Read a vault file page by page, decrypted, free pages included: what someone holding the key
could recover from the file, beyond what SQL still shows.

SQLCipher 4 with a raw key: the key encrypts each page with AES-256-CBC directly; a page ends in
its reserve (16-byte IV, 64-byte HMAC); page 1 starts with the 16-byte salt, not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
IV, HMAC = 16, 64
SALT = 16


def decrypted_pages(path: Path, key_hex: str) -> list[bytes]:
    data = path.read_bytes()
    key = bytes.fromhex(key_hex)
    pages = []
    for number, start in enumerate(range(0, len(data), PAGE), start=1):
        page = data[start : start + PAGE]
        body_end = PAGE - IV - HMAC
        iv = page[body_end : body_end + IV]
        body = page[SALT:body_end] if number == 1 else page[:body_end]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages
