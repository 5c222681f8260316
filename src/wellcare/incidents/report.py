"""The evidence report's content: only the incidents the counselor chose, in time order.

This module decides what goes in; the UI decides how it looks (translated labels, a PDF) and
where it goes (only where the counselor saves it). Nothing here writes a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from wellcare.incidents.kinds import IncidentError
from wellcare.incidents.store import Incident, IncidentStore


@dataclass(frozen=True)
class EvidenceReport:
    produced_at: datetime  # aware, local
    incidents: tuple[Incident, ...]  # oldest first

    @property
    def first(self) -> datetime:
        return self.incidents[0].at

    @property
    def last(self) -> datetime:
        return self.incidents[-1].at


def local_iso(when: datetime) -> str:
    """Local time with its UTC offset, to the second: 2026-03-14T15:42:07+09:00."""
    return when.isoformat(timespec="seconds")


def build_report(store: IncidentStore, ids: Iterable[int], produced_at: datetime) -> EvidenceReport:
    chosen = store.chosen(set(ids))
    if not chosen:
        raise IncidentError("choose at least one incident for the report")
    return EvidenceReport(produced_at=produced_at, incidents=tuple(chosen))
