"""One council demo for the module's tests: three centres (40, 150, 400 counselors), real vaults and files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from wellcare.demo import DEMO_PASSPHRASE, SEOUL
from wellcare.demo_council import CENTRES, CouncilDemo, build_council_demo
from wellcare.exchange import CoordinatorKeys
from wellcare.inbox.keys_store import load_keys
from wellcare.vault import Vault, VaultManager

NOW = datetime(2026, 11, 20, 14, 0, tzinfo=SEOUL)
WEEKS = 9  # W38..W47 of 2026: the end of Q3 and most of Q4, kept short so the three centres build fast


@dataclass(frozen=True)
class Built:
    layout: CouncilDemo

    def council_vault(self) -> Vault:
        return VaultManager(self.layout.council).unlock(DEMO_PASSPHRASE)

    def centre_keys(self, index: int) -> CoordinatorKeys:
        vault = VaultManager(self.layout.centre(CENTRES[index][0]) / "coordinator").unlock(DEMO_PASSPHRASE)
        try:
            keys = load_keys(vault)
            assert keys is not None
            return keys
        finally:
            vault.close()

    def report_files(self) -> list[Path]:
        return sorted(self.layout.reports.glob("*.json"))

    def report_file(self, index: int) -> Path:
        return next(p for p in self.report_files() if p.name.startswith(CENTRES[index][0]))

    def doc(self, path: Path) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data


@pytest.fixture(scope="module")
def council_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("council-demo")
    yield Built(build_council_demo(root / "demo", weeks=WEEKS, now=NOW))
