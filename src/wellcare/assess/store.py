"""Self-assessment data in the vault: results, drafts, daily check-ins and reminder records.

Everything a counselor answers or writes lives only in these tables, inside the encrypted vault:
item answers (a finished result keeps them so its scores can be recomputed), the answers of a
paused questionnaire, check-in notes. Times are stored as ISO 8601 with their UTC offset and
compared as aware datetimes, never as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wellcare.assess.checkin import CheckIn, check_mood, check_tags, clean_note
from wellcare.assess.reminders import Cadence, ReminderRecord, default_cadence
from wellcare.assess.result import Result
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import optional_time_text, read_optional_time, read_time, time_text
from wellcare.vault.migrations import Migration

COMPONENT = "assess"
SINCE_KEY = "assess.reminders_since"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "self-assessment results, drafts, check-ins and reminders",
        """
        CREATE TABLE assess_results (
            id INTEGER PRIMARY KEY,
            instrument TEXT NOT NULL,
            version TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            record TEXT NOT NULL,
            safety_seen_at TEXT
        );
        CREATE INDEX assess_results_instrument ON assess_results(instrument);
        CREATE TABLE assess_drafts (
            instrument TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            position INTEGER NOT NULL,
            answers TEXT NOT NULL
        );
        CREATE TABLE assess_checkins (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
            tags TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE assess_reminders (
            instrument TEXT PRIMARY KEY,
            cadence TEXT,
            snoozed_until TEXT,
            notified_at TEXT,
            recheck_at TEXT
        )
        """,
    ),
)


def _stored(row: Sequence[Any]) -> StoredResult:
    """(id, completed_at, record, safety_seen_at) as read from assess_results."""
    record = result_from_record(json.loads(row[2]))
    return StoredResult(int(row[0]), read_time(row[1]), record, read_optional_time(row[3]))


def result_from_record(record: Mapping[str, Any]) -> Result:
    """Rebuild a Result from `Result.to_record()` as stored."""
    return Result(
        instrument_id=str(record["instrument"]),
        instrument_version=str(record["version"]),
        answers={str(k): int(v) for k, v in record["answers"].items()},
        scores=dict(record["scores"]),
        bands={str(k): str(v) for k, v in record["bands"].items()},
        safety=bool(record["safety"]),
        severe=bool(record["severe"]),
        safety_rules=tuple(record.get("safety_rules", ())),
        suggestions=tuple(record.get("suggestions", ())),
        sex=record.get("sex"),
    )


@dataclass(frozen=True)
class StoredResult:
    id: int
    completed_at: datetime
    result: Result
    safety_seen_at: datetime | None = None

    @property
    def instrument_id(self) -> str:
        return self.result.instrument_id

    @property
    def needs_safety_panel(self) -> bool:
        """A safety rule fired and the counselor has not yet confirmed reading the panel."""
        return self.result.safety and self.safety_seen_at is None


@dataclass(frozen=True)
class Draft:
    """A questionnaire paused part-way: answers so far and the item on screen."""

    instrument_id: str
    started_at: datetime
    updated_at: datetime
    position: int
    answers: Mapping[str, int] = field(default_factory=dict)


class AssessmentStore:
    """The assess tables of one open vault. Every method reads or writes the vault at once."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- results -------------------------------------------------------------------------------
    def save_result(self, result: Result, completed_at: datetime | None = None) -> StoredResult:
        """Store a finished questionnaire and drop its draft, in one transaction."""
        when = completed_at or self.clock.now()
        record = json.dumps(result.to_record(), ensure_ascii=False)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO assess_results(instrument, version, completed_at, record) VALUES(?, ?, ?, ?)",
                (result.instrument_id, result.instrument_version, optional_time_text(when), record),
            )
            row_id = int(cur.lastrowid or 0)
            cur.execute("DELETE FROM assess_drafts WHERE instrument = ?", (result.instrument_id,))
        return StoredResult(row_id, when, result)

    def results(self, instrument_id: str | None = None) -> list[StoredResult]:
        """Stored results, oldest first; all instruments unless one is named."""
        sql = "SELECT id, completed_at, record, safety_seen_at FROM assess_results"
        rows = (
            self.vault.query(sql + " WHERE instrument = ?", (instrument_id,))
            if instrument_id is not None
            else self.vault.query(sql)
        )
        stored = [_stored(r) for r in rows]
        return sorted(stored, key=lambda s: (s.completed_at, s.id))

    def result(self, result_id: int) -> StoredResult | None:
        row = self.vault.query_one(
            "SELECT id, completed_at, record, safety_seen_at FROM assess_results WHERE id = ?", (result_id,)
        )
        if row is None:
            return None
        return _stored(row)

    def pending_safety(self) -> StoredResult | None:
        """The newest result whose safety panel was never confirmed (e.g. the app was closed on it)."""
        rows = self.vault.query(
            "SELECT id FROM assess_results WHERE safety_seen_at IS NULL AND json_extract(record, '$.safety') = 1"
        )
        pending = [r for r in (self.result(int(row[0])) for row in rows) if r is not None]
        return max(pending, key=lambda s: (s.completed_at, s.id)) if pending else None

    def mark_safety_seen(self, result_id: int) -> None:
        self.vault.execute(
            "UPDATE assess_results SET safety_seen_at = ? WHERE id = ?", (time_text(self.clock.now()), result_id)
        )

    def last_completed(self) -> dict[str, datetime]:
        latest: dict[str, datetime] = {}
        for instrument, text in self.vault.query("SELECT instrument, completed_at FROM assess_results"):
            when = read_time(text)
            if instrument not in latest or when > latest[instrument]:
                latest[instrument] = when
        return latest

    # -- drafts --------------------------------------------------------------------------------
    def save_draft(self, instrument_id: str, answers: Mapping[str, int], position: int) -> Draft:
        now = self.clock.now()
        existing = self.draft(instrument_id)
        started = existing.started_at if existing is not None else now
        self.vault.execute(
            "INSERT INTO assess_drafts(instrument, started_at, updated_at, position, answers) VALUES(?, ?, ?, ?, ?) "
            "ON CONFLICT(instrument) DO UPDATE SET updated_at = excluded.updated_at, position = excluded.position, "
            "answers = excluded.answers",
            (instrument_id, time_text(started), time_text(now), int(position), json.dumps(dict(answers))),
        )
        return Draft(instrument_id, started, now, position, dict(answers))

    def draft(self, instrument_id: str) -> Draft | None:
        row = self.vault.query_one(
            "SELECT started_at, updated_at, position, answers FROM assess_drafts WHERE instrument = ?", (instrument_id,)
        )
        if row is None:
            return None
        answers = {str(k): int(v) for k, v in json.loads(row[3]).items()}
        return Draft(instrument_id, read_time(row[0]), read_time(row[1]), int(row[2]), answers)

    def drafts(self) -> dict[str, Draft]:
        ids = [r[0] for r in self.vault.query("SELECT instrument FROM assess_drafts")]
        return {i: d for i in ids if (d := self.draft(i)) is not None}

    def discard_draft(self, instrument_id: str) -> None:
        self.vault.execute("DELETE FROM assess_drafts WHERE instrument = ?", (instrument_id,))

    # -- check-ins -----------------------------------------------------------------------------
    def add_checkin(self, mood: int, tags: Iterable[str] = (), note: str = "", at: datetime | None = None) -> CheckIn:
        when = at or self.clock.now()
        mood, chosen, text = check_mood(mood), check_tags(tags), clean_note(note)
        row_id = self.vault.execute(
            "INSERT INTO assess_checkins(at, mood, tags, note) VALUES(?, ?, ?, ?)",
            (optional_time_text(when), mood, json.dumps(list(chosen)), text),
        )
        return CheckIn(row_id, when, mood, chosen, text)

    def update_checkin(self, checkin_id: int, mood: int, tags: Iterable[str], note: str) -> None:
        self.vault.execute(
            "UPDATE assess_checkins SET mood = ?, tags = ?, note = ? WHERE id = ?",
            (check_mood(mood), json.dumps(list(check_tags(tags))), clean_note(note), checkin_id),
        )

    def checkins(self) -> list[CheckIn]:
        rows = self.vault.query("SELECT id, at, mood, tags, note FROM assess_checkins")
        items = [
            CheckIn(int(r[0]), read_time(r[1]), int(r[2]), tuple(json.loads(r[3])), r[4]) for r in rows
        ]
        return sorted(items, key=lambda c: (c.at, c.id))

    # -- reminders -----------------------------------------------------------------------------
    def reminders_since(self) -> datetime:
        """When reminders started for this profile (set on first use): never-taken checks count from it."""
        text = self.vault.get_setting(SINCE_KEY)
        if isinstance(text, str):
            return read_time(text)
        now = self.clock.now()
        self.vault.set_setting(SINCE_KEY, now.isoformat())
        return now

    def _reminder_rows(self) -> dict[str, tuple[Any, ...]]:
        rows = self.vault.query(
            "SELECT instrument, cadence, snoozed_until, notified_at, recheck_at FROM assess_reminders"
        )
        return {r[0]: r for r in rows}

    def cadence(self, instrument_id: str) -> Cadence:
        row = self._reminder_rows().get(instrument_id)
        if row is None or row[1] is None:
            return default_cadence(instrument_id)
        try:
            return Cadence(row[1])
        except ValueError:
            return default_cadence(instrument_id)

    def reminder_records(self, instrument_ids: Iterable[str]) -> list[ReminderRecord]:
        rows = self._reminder_rows()
        last = self.last_completed()
        records = []
        for instrument_id in instrument_ids:
            row = rows.get(instrument_id)
            records.append(
                ReminderRecord(
                    instrument_id,
                    self.cadence(instrument_id),
                    last_completed=last.get(instrument_id),
                    snoozed_until=read_optional_time(row[2]) if row else None,
                    notified_at=read_optional_time(row[3]) if row else None,
                    recheck_at=read_optional_time(row[4]) if row else None,
                )
            )
        return records

    def _upsert(self, instrument_id: str, column: str, value: str | None) -> None:
        assert column in ("cadence", "snoozed_until", "notified_at", "recheck_at")
        self.vault.execute(
            f"INSERT INTO assess_reminders(instrument, {column}) VALUES(?, ?) "
            f"ON CONFLICT(instrument) DO UPDATE SET {column} = excluded.{column}",
            (instrument_id, value),
        )

    def set_cadence(self, instrument_id: str, cadence: Cadence) -> None:
        self._upsert(instrument_id, "cadence", Cadence(cadence).value)

    def snooze(self, instrument_id: str, until: datetime) -> None:
        """Postpone a due reminder; the next one is shown at `until` (a fresh reminder, not a repeat)."""
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO assess_reminders(instrument, snoozed_until, notified_at) VALUES(?, ?, NULL) "
                "ON CONFLICT(instrument) DO UPDATE SET snoozed_until = excluded.snoozed_until, notified_at = NULL",
                (instrument_id, optional_time_text(until)),
            )

    def mark_notified(self, instrument_id: str, at: datetime) -> None:
        self._upsert(instrument_id, "notified_at", optional_time_text(at))

    def set_recheck(self, instrument_id: str, at: datetime) -> None:
        self._upsert(instrument_id, "recheck_at", optional_time_text(at))
