"""The programs' record in the vault: practice sessions, journal, program runs, offer enrollments.

Everything here is the counselor's own and stays in the encrypted vault: which exercises were
done and for how long (the 'My day' statistics), three-good-things entries, the programs being
followed with their schedule, pauses and reminders, the offers enrolled in with exactly what
was shared, and which offer revisions the counselor was already told about or has looked at
(see ``offer_news.py``). Times are ISO 8601 with their UTC offset; ``day`` columns hold the local
date the clock saw, so per-day figures do not shift when read in another zone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from wellcare.programs.offer_news import KnownOffer, OfferNews, dates_key, newly_viewed
from wellcare.programs.offers import Offer
from wellcare.programs.progress import ProgramRun, ProgramSchedule, RunStatus
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import read_optional_time, read_time
from wellcare.vault.migrations import Migration

COMPONENT = "programs"
WITHDRAW_SECRET_PREFIX = "programs.offer_withdraw."  # + enrollment envelope id, in the vault's secrets table
SOUND_CUE_SETTING = "programs.sound_cue"  # the exercise player's soft sound at each step, as last chosen

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "practice sessions, journal, program runs and offer enrollments",
        """
        CREATE TABLE programs_sessions (
            id INTEGER PRIMARY KEY,
            exercise TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            day TEXT NOT NULL,
            seconds INTEGER NOT NULL CHECK (seconds >= 0),
            source TEXT NOT NULL DEFAULT '',
            run_id INTEGER,
            run_session INTEGER
        );
        CREATE INDEX programs_sessions_day ON programs_sessions(day);
        CREATE INDEX programs_sessions_run ON programs_sessions(run_id);
        CREATE TABLE programs_journal (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entries TEXT NOT NULL
        );
        CREATE TABLE programs_runs (
            id INTEGER PRIMARY KEY,
            program TEXT NOT NULL,
            started_at TEXT NOT NULL,
            schedule TEXT NOT NULL,
            status TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE TABLE programs_run_pauses (
            run_id INTEGER NOT NULL,
            start_day TEXT NOT NULL,
            end_day TEXT
        );
        CREATE TABLE programs_run_reminders (
            run_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (run_id, day)
        );
        CREATE TABLE programs_offer_enrollments (
            id INTEGER PRIMARY KEY,
            offer_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            envelope_id TEXT NOT NULL UNIQUE,
            enrolled_at TEXT NOT NULL,
            shared TEXT NOT NULL,
            offer TEXT NOT NULL,
            withdrawn_at TEXT,
            withdrawal_id TEXT
        );
        CREATE INDEX programs_offer_enrollments_offer ON programs_offer_enrollments(offer_id)
        """,
    ),
    Migration(
        2,
        "offer revisions already announced or looked at",
        """
        CREATE TABLE programs_offer_news (
            offer_id TEXT PRIMARY KEY,
            revision INTEGER NOT NULL,
            dates TEXT NOT NULL,
            noticed_at TEXT,
            viewed_at TEXT
        )
        """,
    ),
)


class RunConflict(Exception):
    """A program is already being followed (one at a time), or the run is not in that state."""


@dataclass(frozen=True)
class DayUsage:
    day: date
    sessions: int
    minutes: int


@dataclass(frozen=True)
class JournalEntry:
    at: datetime
    entries: tuple[dict[str, str], ...]  # [{"what": ..., "why": ...}]


@dataclass(frozen=True)
class OfferEnrollment:
    offer_id: str
    revision: int
    envelope_id: str
    enrolled_at: datetime
    shared: dict[str, str]
    offer: dict[str, Any]  # the offer payload as it was when enrolling
    withdrawn_at: datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def _day(text: str) -> date:
    return date.fromisoformat(text)


class ProgramStore:
    """Reads and writes the programs tables; migrates them on construction."""

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self._vault = vault
        self._clock = clock
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- practice sessions ------------------------------------------------------------------------

    def record_session(
        self,
        exercise_id: str,
        seconds: float,
        *,
        source: str = "",
        run_id: int | None = None,
        run_session: int | None = None,
        finished: datetime | None = None,
    ) -> int:
        """One completed exercise; ``seconds`` is the time actually practised."""
        when = self._clock.now() if finished is None else finished
        return self._vault.execute(
            "INSERT INTO programs_sessions(exercise, finished_at, day, seconds, source, run_id, run_session) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                exercise_id,
                when.isoformat(),
                when.date().isoformat(),
                max(0, round(seconds)),
                source[:40],
                run_id,
                run_session,
            ),
        )

    def sessions_per_day(self, days: int) -> list[DayUsage]:
        """The last ``days`` days, oldest first, today included, days without practice as zeros."""
        if days < 1:
            return []
        today = self._clock.now().date()
        first = today - timedelta(days=days - 1)
        rows = self._vault.query(
            "SELECT day, COUNT(*), SUM(seconds) FROM programs_sessions WHERE day >= ? AND day <= ? GROUP BY day",
            (first.isoformat(), today.isoformat()),
        )
        found = {_day(r[0]): (int(r[1]), int(r[2] or 0)) for r in rows}
        out = []
        for n in range(days):
            day = first + timedelta(days=n)
            count, seconds = found.get(day, (0, 0))
            out.append(DayUsage(day, count, (seconds + 30) // 60))
        return out

    def exercise_counts(self) -> dict[str, int]:
        rows = self._vault.query("SELECT exercise, COUNT(*) FROM programs_sessions GROUP BY exercise")
        return {str(r[0]): int(r[1]) for r in rows}

    # -- journal ----------------------------------------------------------------------------------

    def save_journal(self, entries: list[dict[str, str]]) -> int:
        kept = [{k: v.strip() for k, v in e.items() if k in ("what", "why") and v.strip()} for e in entries]
        kept = [e for e in kept if e.get("what")]
        if not kept:
            raise ValueError("nothing to save")
        return self._vault.execute(
            "INSERT INTO programs_journal(at, entries) VALUES (?, ?)",
            (self._clock.now().isoformat(), json.dumps(kept, ensure_ascii=False)),
        )

    def journal(self, limit: int = 30) -> list[JournalEntry]:
        rows = self._vault.query("SELECT at, entries FROM programs_journal ORDER BY at DESC, id DESC LIMIT ?", (limit,))
        return [JournalEntry(read_time(r[0]), tuple(json.loads(r[1]))) for r in rows]

    # -- program runs -----------------------------------------------------------------------------

    def start_run(self, program_id: str, schedule: ProgramSchedule) -> int:
        with self._vault.transaction() as cur:
            cur.execute("SELECT COUNT(*) FROM programs_runs WHERE status IN ('active', 'paused')")
            if cur.fetchone()[0]:
                raise RunConflict("a program is already being followed")
            cur.execute(
                "INSERT INTO programs_runs(program, started_at, schedule, status) VALUES (?, ?, ?, 'active')",
                (program_id, self._clock.now().isoformat(), json.dumps(schedule.to_record())),
            )
            return int(cur.lastrowid or 0)

    def runs(self, *, open_only: bool = True) -> list[ProgramRun]:
        where = "WHERE status IN ('active', 'paused')" if open_only else ""
        rows = self._vault.query(
            f"SELECT id, program, started_at, schedule, status, ended_at FROM programs_runs {where} ORDER BY id"
        )
        return [self._run_from_row(r) for r in rows]

    def run(self, run_id: int) -> ProgramRun | None:
        row = self._vault.query_one(
            "SELECT id, program, started_at, schedule, status, ended_at FROM programs_runs WHERE id = ?", (run_id,)
        )
        return None if row is None else self._run_from_row(row)

    def _run_from_row(self, row: Any) -> ProgramRun:
        run_id = int(row[0])
        pauses = self._vault.query(
            "SELECT start_day, end_day FROM programs_run_pauses WHERE run_id = ? ORDER BY start_day", (run_id,)
        )
        done = self._vault.query(
            "SELECT run_session, finished_at FROM programs_sessions WHERE run_id = ? AND run_session IS NOT NULL "
            "ORDER BY finished_at, id",
            (run_id,),
        )
        reminded = self._vault.query("SELECT day FROM programs_run_reminders WHERE run_id = ?", (run_id,))
        return ProgramRun(
            id=run_id,
            program_id=str(row[1]),
            started=read_time(row[2]),
            schedule=ProgramSchedule.from_record(json.loads(row[3])),
            status=RunStatus(row[4]),
            pauses=tuple((_day(p[0]), None if p[1] is None else _day(p[1])) for p in pauses),
            done=tuple((int(d[0]), read_time(d[1])) for d in done),
            reminded=frozenset(_day(r[0]) for r in reminded),
            ended=read_optional_time(row[5]),
        )

    def set_schedule(self, run_id: int, schedule: ProgramSchedule) -> None:
        self._vault.execute(
            "UPDATE programs_runs SET schedule = ? WHERE id = ?", (json.dumps(schedule.to_record()), run_id)
        )

    def pause(self, run_id: int) -> None:
        today = self._clock.now().date().isoformat()
        with self._vault.transaction() as cur:
            cur.execute("UPDATE programs_runs SET status = 'paused' WHERE id = ? AND status = 'active'", (run_id,))
            if cur.rowcount != 1:
                raise RunConflict("only a running program can be paused")
            cur.execute("INSERT INTO programs_run_pauses(run_id, start_day) VALUES (?, ?)", (run_id, today))

    def resume(self, run_id: int) -> None:
        today = self._clock.now().date().isoformat()
        with self._vault.transaction() as cur:
            cur.execute("UPDATE programs_runs SET status = 'active' WHERE id = ? AND status = 'paused'", (run_id,))
            if cur.rowcount != 1:
                raise RunConflict("only a paused program can be resumed")
            cur.execute(
                "UPDATE programs_run_pauses SET end_day = ? WHERE run_id = ? AND end_day IS NULL", (today, run_id)
            )

    def end(self, run_id: int, status: RunStatus) -> None:
        """Leave (``LEFT``) or complete (``FINISHED``) a run; an open pause ends too."""
        if status not in (RunStatus.LEFT, RunStatus.FINISHED):
            raise ValueError("a run ends as left or finished")
        now = self._clock.now()
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE programs_runs SET status = ?, ended_at = ? WHERE id = ? AND status IN ('active', 'paused')",
                (status.value, now.isoformat(), run_id),
            )
            if cur.rowcount != 1:
                raise RunConflict("the program is not being followed")
            cur.execute(
                "UPDATE programs_run_pauses SET end_day = ? WHERE run_id = ? AND end_day IS NULL",
                (now.date().isoformat(), run_id),
            )

    def mark_reminded(self, run_id: int, day: date) -> None:
        self._vault.execute(
            "INSERT OR IGNORE INTO programs_run_reminders(run_id, day, at) VALUES (?, ?, ?)",
            (run_id, day.isoformat(), self._clock.now().isoformat()),
        )

    # -- offer enrollments ------------------------------------------------------------------------

    def add_enrollment(
        self, offer_id: str, revision: int, envelope_id: str, shared: dict[str, str], offer: dict[str, Any]
    ) -> None:
        self._vault.execute(
            "INSERT INTO programs_offer_enrollments(offer_id, revision, envelope_id, enrolled_at, shared, offer) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                offer_id,
                revision,
                envelope_id,
                self._clock.now().isoformat(),
                json.dumps(shared, ensure_ascii=False),
                json.dumps(offer, ensure_ascii=False),
            ),
        )

    def mark_withdrawn(self, envelope_id: str, withdrawal_id: str) -> None:
        self._vault.execute(
            "UPDATE programs_offer_enrollments SET withdrawn_at = ?, withdrawal_id = ? "
            "WHERE envelope_id = ? AND withdrawn_at IS NULL",
            (self._clock.now().isoformat(), withdrawal_id, envelope_id),
        )

    def enrollments(self) -> list[OfferEnrollment]:
        rows = self._vault.query(
            "SELECT offer_id, revision, envelope_id, enrolled_at, shared, offer, withdrawn_at "
            "FROM programs_offer_enrollments ORDER BY enrolled_at, id"
        )
        return [
            OfferEnrollment(
                offer_id=str(r[0]),
                revision=int(r[1]),
                envelope_id=str(r[2]),
                enrolled_at=read_time(r[3]),
                shared=json.loads(r[4]),
                offer=json.loads(r[5]),
                withdrawn_at=read_optional_time(r[6]),
            )
            for r in rows
        ]

    def withdraw_secret(self, envelope_id: str) -> str | None:
        """What proves to the EAP office that a withdrawal comes from whoever enrolled (kept in the vault only)."""
        return self._vault.get_secret(WITHDRAW_SECRET_PREFIX + envelope_id)

    def keep_withdraw_secret(self, envelope_id: str, secret: str) -> None:
        self._vault.set_secret(WITHDRAW_SECRET_PREFIX + envelope_id, secret)

    def sound_cue(self) -> bool:
        return bool(self._vault.get_setting(SOUND_CUE_SETTING, False))

    def set_sound_cue(self, on: bool) -> None:
        self._vault.set_setting(SOUND_CUE_SETTING, bool(on))

    def active_enrollment(self, offer_id: str) -> OfferEnrollment | None:
        """The enrollment in ``offer_id`` that was not withdrawn (the latest, if several)."""
        active = [e for e in self.enrollments() if e.offer_id == offer_id and e.active]
        return active[-1] if active else None

    # -- offer news (what the counselor was told about, what they looked at) ----------------------

    def known_offers(self) -> dict[str, KnownOffer]:
        rows = self._vault.query("SELECT offer_id, revision, dates, noticed_at, viewed_at FROM programs_offer_news")
        return {
            str(r[0]): KnownOffer(str(r[0]), int(r[1]), str(r[2]), noticed=r[3] is not None, viewed=r[4] is not None)
            for r in rows
        }

    def record_offer_news(self, news: OfferNews) -> None:
        """Announced offers: this revision and its dates, told now, not looked at yet; quiet: the revision."""
        now = self._clock.now().isoformat()
        with self._vault.transaction() as cur:
            for offer in news.announce:
                cur.execute(
                    "INSERT INTO programs_offer_news(offer_id, revision, dates, noticed_at, viewed_at) "
                    "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(offer_id) DO UPDATE SET revision = excluded.revision, "
                    "dates = excluded.dates, noticed_at = excluded.noticed_at, viewed_at = NULL",
                    (offer.offer_id, offer.revision, dates_key(offer), now),
                )
            for offer in news.quiet:
                cur.execute(
                    "UPDATE programs_offer_news SET revision = ? WHERE offer_id = ? AND revision < ?",
                    (offer.revision, offer.offer_id, offer.revision),
                )

    def mark_offers_viewed(self, offers: Iterable[Offer]) -> int:
        """The counselor looked at these offers (the ones open to enroll in): no news, no tray entry.

        Writes only what changes; returns how many offers that was.
        """
        now = self._clock.now()
        known = self.known_offers()
        changed = newly_viewed(offers, known, now)
        if not changed:
            return 0
        with self._vault.transaction() as cur:
            for offer in changed:
                seen = known.get(offer.offer_id)
                if seen is not None and offer.revision <= seen.revision:
                    cur.execute(
                        "UPDATE programs_offer_news SET viewed_at = ? WHERE offer_id = ?",
                        (now.isoformat(), offer.offer_id),
                    )
                    continue
                cur.execute(
                    "INSERT INTO programs_offer_news(offer_id, revision, dates, noticed_at, viewed_at) "
                    "VALUES (?, ?, ?, NULL, ?) ON CONFLICT(offer_id) DO UPDATE SET revision = excluded.revision, "
                    "dates = excluded.dates, viewed_at = excluded.viewed_at",
                    (offer.offer_id, offer.revision, dates_key(offer), now.isoformat()),
                )
        return len(changed)
