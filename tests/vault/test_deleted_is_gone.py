"""What a counselor deletes is gone from the file: not even the key recovers it from free space."""

from __future__ import annotations

import secrets
from pathlib import Path

from tests.vault.pages import decrypted_pages

from wellcare.vault.database import Vault, raw_key_pragma

NOTE = "the caller threatened my family"


def test_a_deleted_note_cannot_be_recovered_from_the_file_with_the_key(tmp_path: Path) -> None:
    key = secrets.token_hex(32)
    vault = Vault.create(tmp_path, raw_key_pragma(key))
    vault.query("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    for i in range(20):  # the note sits in the middle of a page, among others that stay
        vault.query("INSERT INTO notes (body) VALUES (?)", (f"note {i}",))
        if i == 10:
            vault.query("INSERT INTO notes (body) VALUES (?)", (NOTE,))
    vault.close()
    path = tmp_path / "vault.db"
    assert any(NOTE.encode() in page for page in decrypted_pages(path, key))  # the reader does read notes

    vault = Vault.open(tmp_path, raw_key_pragma(key))
    vault.query("DELETE FROM notes WHERE body = ?", (NOTE,))
    vault.close()
    assert not any(NOTE.encode() in page for page in decrypted_pages(path, key))
    assert all(NOTE.encode() not in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
