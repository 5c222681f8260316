"""Hard-call incidents: the encrypted log, weekly counts, and the evidence report's content."""

from wellcare.incidents.kinds import (
    DEBRIEF_KINDS,
    EFFECTS,
    KINDS,
    IncidentError,
    clean_call_ref,
    clean_note,
    exercise_after,
)
from wellcare.incidents.report import EvidenceReport, build_report, local_iso
from wellcare.incidents.store import (
    COMPONENT,
    MIGRATIONS,
    Incident,
    IncidentStore,
    parse_iso_week,
    read_all,
)
from wellcare.weeks import iso_week

__all__ = [
    "COMPONENT",
    "DEBRIEF_KINDS",
    "EFFECTS",
    "KINDS",
    "MIGRATIONS",
    "EvidenceReport",
    "Incident",
    "IncidentError",
    "IncidentStore",
    "build_report",
    "clean_call_ref",
    "clean_note",
    "exercise_after",
    "iso_week",
    "local_iso",
    "parse_iso_week",
    "read_all",
]
