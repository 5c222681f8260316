"""Hard-call incidents in the vault: log, list, edit, delete, and count by ISO week.

An incident is a time, a kind, how it affected the counselor, an optional note and call
reference, and the length of the protected break it started. It lives only in the encrypted
vault; counts by week are the only thing other capabilities may read without the counselor
choosing a specific incident. Times are stored as local ISO 8601 with their UTC offset (what an
evidence report shows) and compared as aware datetimes, never as text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellcare.incidents.kinds import (
    NOTE_MAX,
    IncidentError,
    check_effect,
    check_kind,
    clean_call_ref,
    clean_note,
)
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import read_optional_time, read_time
from wellcare.vault.migrations import Migration
from wellcare.weeks import IsoWeek, iso_week

COMPONENT = "incidents"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "hard-call incidents",
        """
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            effect TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            call_ref TEXT NOT NULL DEFAULT '',
            break_min INTEGER NOT NULL DEFAULT 0,
            edited_at TEXT
        )
        """,
    ),
)

_COLUMNS = "id, at, kind, effect, note, call_ref, break_min, edited_at"


def parse_iso_week(text: str) -> tuple[int, int]:
    """(year, week) of "2026-W09"; anything else is an :class:`IncidentError` (the CLI prints it)."""
    try:
        week = IsoWeek.parse(text)
    except ValueError as exc:
        raise IncidentError(str(exc)) from None
    return week.year, week.week


@dataclass(frozen=True)
class Incident:
    id: int
    at: datetime  # aware, in the zone it was logged in
    kind: str
    effect: str
    note: str
    call_ref: str
    break_min: int
    edited_at: datetime | None

    @property
    def week(self) -> str:
        """The ISO week of the local day the incident was logged on."""
        return iso_week(self.at.date())


def _row(row: tuple[object, ...]) -> Incident:
    id_, at, kind, effect, note, call_ref, break_min, edited = row
    return Incident(
        id=int(str(id_)),
        at=read_time(at),
        kind=str(kind),
        effect=str(effect),
        note=str(note),
        call_ref=str(call_ref),
        break_min=int(str(break_min)),
        edited_at=read_optional_time(edited),
    )


def read_all(vault: Vault) -> list[Incident]:
    """Every incident, newest first, without migrating anything (none before the first start)."""
    if vault.component_version(COMPONENT) == 0:
        return []
    rows = [_row(r) for r in vault.query(f"SELECT {_COLUMNS} FROM incidents")]
    return sorted(rows, key=lambda i: (i.at, i.id), reverse=True)


class IncidentStore:
    """The incidents table of one open vault. Creating it applies the component's migrations."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self._clock = clock
        vault.migrate_component(COMPONENT, MIGRATIONS)

    def _now(self) -> str:
        return self._clock.now().isoformat(timespec="seconds")

    # -- writing --------------------------------------------------------------------------------
    def log(self, kind: str, effect: str, note: str = "", call_ref: str = "") -> Incident:
        """Record a hard call now; kind and effect are codes from `kinds`."""
        new_id = self.vault.execute(
            "INSERT INTO incidents(at, kind, effect, note, call_ref) VALUES(?, ?, ?, ?, ?)",
            (self._now(), check_kind(kind), check_effect(effect), clean_note(note), clean_call_ref(call_ref)),
        )
        return self.get(new_id)

    def set_break(self, incident_id: int, minutes: int) -> None:
        """Remember the length of the protected break this incident started."""
        if minutes < 0:
            raise IncidentError("a break cannot be negative")
        self._update(incident_id, "UPDATE incidents SET break_min = ? WHERE id = ?", (int(minutes), incident_id))

    def update(self, incident_id: int, *, note: str | None = None, call_ref: str | None = None) -> Incident:
        """Change the note and/or the call reference; kind, effect and time stay as logged."""
        current = self.get(incident_id)
        new_note = current.note if note is None else clean_note(note)
        new_ref = current.call_ref if call_ref is None else clean_call_ref(call_ref)
        if (new_note, new_ref) != (current.note, current.call_ref):
            self._update(
                incident_id,
                "UPDATE incidents SET note = ?, call_ref = ?, edited_at = ? WHERE id = ?",
                (new_note, new_ref, self._now(), incident_id),
            )
        return self.get(incident_id)

    def append_note(self, incident_id: int, text: str) -> Incident:
        """Add ``text`` to the incident's note (a blank line between), e.g. written during its break.

        IncidentError when the text is empty or the note would grow past NOTE_MAX characters: nothing
        is cut off, the caller keeps the text and says so.
        """
        addition = clean_note(text)
        if not addition:
            raise IncidentError("nothing to add to the note")
        current = self.get(incident_id)
        note = f"{current.note}\n\n{addition}" if current.note else addition
        if len(note) > NOTE_MAX:
            raise IncidentError(f"the note would be longer than {NOTE_MAX} characters")
        return self.update(incident_id, note=note)

    def delete(self, incident_id: int) -> None:
        self._update(incident_id, "DELETE FROM incidents WHERE id = ?", (incident_id,))

    def _update(self, incident_id: int, sql: str, params: tuple[object, ...]) -> None:
        with self.vault.transaction() as cur:
            cur.execute(sql, params)
            if cur.rowcount != 1:
                raise IncidentError(f"no incident {incident_id}")

    # -- reading --------------------------------------------------------------------------------
    def get(self, incident_id: int) -> Incident:
        row = self.vault.query_one(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
        if row is None:
            raise IncidentError(f"no incident {incident_id}")
        return _row(row)

    def all(self) -> list[Incident]:
        """Every incident, newest first (by the moment it happened, whatever the zone)."""
        return read_all(self.vault)

    def chosen(self, ids: list[int] | tuple[int, ...] | set[int]) -> list[Incident]:
        """The incidents with these ids, oldest first; an unknown id is an error."""
        wanted = set(ids)
        found = [i for i in self.all() if i.id in wanted]
        if len(found) != len(wanted):
            raise IncidentError("some chosen incidents no longer exist")
        return sorted(found, key=lambda i: (i.at, i.id))

    def count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM incidents")
        return int(row[0]) if row else 0

    # -- counts only ----------------------------------------------------------------------------
    def count_in_week(self, week: str) -> int:
        parse_iso_week(week)
        return sum(1 for i in self.all() if i.week == week)

    def weekly_counts(self, weeks: int) -> list[tuple[str, int]]:
        """The last `weeks` ISO weeks up to and including this one, oldest first, zeros included."""
        if weeks <= 0:
            return []
        today = self._clock.now().date()
        monday = today - timedelta(days=today.weekday())
        labels = [iso_week(monday - timedelta(weeks=back)) for back in range(weeks - 1, -1, -1)]
        counts = Counter(i.week for i in self.all())
        return [(label, counts.get(label, 0)) for label in labels]
