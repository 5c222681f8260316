"""A keyring backend for tests, selected through keyring's own PYTHON_KEYRING_BACKEND.

It stands in for the OS keyring where none exists (offscreen CI). It keeps entries in a JSON
file named by WELLCARE_TEST_KEYRING_FILE so that subprocesses (the CLI) share them with the
test that started them. It is test-only: it never ships in the package.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileTestKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["WELLCARE_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        p = self._path()
        return json.loads(p.read_text()) if p.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        p = self._path()
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        tmp.replace(p)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)
