"""The deployment note tells IT who may create, list, read and delete in each exchange folder."""

from __future__ import annotations

from pathlib import Path

from wellcare.exchange import Folder
from wellcare.exchange.transport import QUARANTINE_DIR

NOTE = Path(__file__).resolve().parents[2] / "installer" / "DEPLOYMENT.md"


def test_every_exchange_folder_has_its_permissions_row() -> None:
    text = NOTE.read_text(encoding="utf-8")
    section = text.split("## Exchange share permissions: who may do what", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():  # the first table is the rights table; the server recipes follow
        if line.startswith("| `"):
            rows.setdefault(line.split("|")[1].split()[0], line)
    for folder in [*(f.value for f in Folder), QUARANTINE_DIR]:
        assert f"`{folder}/`" in rows, folder
    assert "**no** list" in rows["`inbox/`"] and "list, read, delete" in rows["`inbox/`"]
    assert "service-account drop" in section and "`1733`" in section and "icacls" in section
    assert "How to check them" in section and "What WellCare does when they are wrong" in section
