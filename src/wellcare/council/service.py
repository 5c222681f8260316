"""The council's desk: its vault's store and the shipped definitions, for the CLI and the council view."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from wellcare.council.definition import Definition, current_definition, known_definitions
from wellcare.council.merge import build_view, centre_columns
from wellcare.council.payload import Refusal
from wellcare.council.store import Accepted, CouncilStore, Refused
from wellcare.vault import Vault

COUNCIL_ROLE = "council"
MAX_IMPORT_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    accepted: Accepted | None = None
    reason: Refusal | None = None
    detail: str = ""


class CouncilDesk:
    def __init__(self, vault: Vault, definitions: Mapping[tuple[str, int], Definition] | None = None) -> None:
        self.store = CouncilStore(vault)
        self.definitions = dict(definitions) if definitions is not None else known_definitions()
        self.definition = max(self.definitions.values(), key=lambda d: d.version) if self.definitions \
            else current_definition()

    def import_files(self, paths: list[Path], now: datetime) -> list[ImportOutcome]:
        """Each file accepted or refused on its own; a refused file changes nothing."""
        out = []
        for path in paths:
            try:
                with Path(path).open("rb") as fh:
                    data = fh.read(MAX_IMPORT_BYTES + 1)
            except OSError as exc:
                out.append(ImportOutcome(path, reason=Refusal.NOT_A_REPORT,
                                         detail=f"cannot be read ({exc.strerror or exc})"))
                continue
            try:
                out.append(ImportOutcome(path, accepted=self.store.import_report(data, self.definitions, now)))
            except Refused as exc:
                out.append(ImportOutcome(path, reason=exc.reason, detail=exc.detail))
        return out

    def view(self, first: str | None = None, last: str | None = None, now: datetime | None = None) -> dict[str, Any]:
        columns = centre_columns(self.store.centres(), self.store.payloads())
        return build_view(self.definition, columns, first=first, last=last, generated_at=now)
