"""The vault's record of breaks, and the counselor's own break and call settings.

The ``break_events`` table is the record the planner derives everything from; nothing else is
kept between runs. Times are stored in UTC as fixed-width ISO 8601 text, so they sort and compare
as text. The counselor's settings (what the org policy leaves open) and their own softphone
process names are small JSON values in the vault's settings table.

Besides events the store keeps one "presence" note: when the app was last seen running, and
since when it has been running without a long gap. Break timers do not run while WellCare (or
the computer) was off: see ``BreakStore.session_start``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.vault import Vault
from wellcare.vault.migrations import Migration

COMPONENT = "breaks"
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "break events",
        """
        CREATE TABLE break_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            action TEXT NOT NULL,
            duration_s REAL NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX break_events_at ON break_events(at)
        """,
    ),
)

USER_SETTINGS_KEY = "breaks.user_settings"
SOFTPHONES_KEY = "calls.softphone_processes"
PRESENCE_KEY = "breaks.presence"

# How far back the planner needs the record: a shift that started yesterday (overnight) plus margin.
PLANNING_LOOKBACK = timedelta(days=3)
# A longer silence than this means WellCare was not running (computer off, logged out).
PRESENCE_GAP = timedelta(minutes=15)
_PRESENCE_WRITE_EVERY = timedelta(minutes=5)


def _stamp(when: datetime) -> str:
    if when.tzinfo is None or when.tzinfo.utcoffset(when) is None:
        raise ValueError("the break record needs timezone-aware times")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


class BreakStore:
    """Break events and break settings in one vault; migrates its tables on construction."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)
        self._presence_written: datetime | None = None

    # -- the record -----------------------------------------------------------------------------

    def add(self, event: BreakEvent, reason: str = "") -> None:
        """Append one event. ``reason`` is a code (e.g. "hard_call"), never free text."""
        self._vault.execute(
            "INSERT INTO break_events(at, kind, action, duration_s, reason) VALUES(?, ?, ?, ?, ?)",
            (_stamp(event.at), str(event.kind), str(event.action), float(event.duration_s), reason),
        )

    def events_since(self, since: datetime) -> list[BreakEvent]:
        """Events at or after ``since`` (and any dated later than now: the clock may have gone back)."""
        rows = self._vault.query(
            "SELECT kind, action, at, duration_s FROM break_events WHERE at >= ? ORDER BY at, id", (_stamp(since),)
        )
        return [_event(row) for row in rows]

    def events_between(self, start: datetime, end: datetime) -> list[BreakEvent]:
        rows = self._vault.query(
            "SELECT kind, action, at, duration_s FROM break_events WHERE at >= ? AND at < ? ORDER BY at, id",
            (_stamp(start), _stamp(end)),
        )
        return [_event(row) for row in rows]

    def planning_events(self, now: datetime) -> list[BreakEvent]:
        """What the planner needs: the recent record only."""
        return self.events_since(now - PLANNING_LOOKBACK)

    def count(self) -> int:
        row = self._vault.query_one("SELECT count(*) FROM break_events")
        return int(row[0]) if row else 0

    def reasons(self, kind: BreakKind, action: BreakAction, since: datetime) -> list[str]:
        rows = self._vault.query(
            "SELECT reason FROM break_events WHERE kind = ? AND action = ? AND at >= ? ORDER BY at, id",
            (str(kind), str(action), _stamp(since)),
        )
        return [str(r[0]) for r in rows]

    # -- settings -------------------------------------------------------------------------------

    def user_settings(self) -> dict[str, Any]:
        value = self._vault.get_setting(USER_SETTINGS_KEY, {})
        return dict(value) if isinstance(value, Mapping) else {}

    def save_user_settings(self, values: Mapping[str, Any]) -> None:
        self._vault.set_setting(USER_SETTINGS_KEY, dict(values))

    def softphones(self) -> list[str]:
        value = self._vault.get_setting(SOFTPHONES_KEY, [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def save_softphones(self, names: Sequence[str]) -> None:
        self._vault.set_setting(SOFTPHONES_KEY, [n for n in names if n])

    # -- presence -------------------------------------------------------------------------------

    def session_start(self, now: datetime) -> datetime:
        """Since when WellCare has been running without a long gap; starts a new session if needed.

        A restart within ``PRESENCE_GAP`` continues the session (a crash, an update), so quitting
        and restarting does not reset the break timers; after a longer absence (computer off,
        logged out, first run) the session starts now, and so do the break timers.
        """
        note = self._vault.get_setting(PRESENCE_KEY, None)
        since = seen = None
        if isinstance(note, Mapping):
            try:
                since = datetime.fromisoformat(str(note["since"]))
                seen = datetime.fromisoformat(str(note["seen"]))
            except (KeyError, ValueError):
                since = seen = None
        if since is None or seen is None or not (timedelta(0) <= now - seen <= PRESENCE_GAP) or since > now:
            since = now
        self._write_presence(since, now)
        return since

    def touch(self, since: datetime, now: datetime, force: bool = False) -> None:
        """Note that the app is running (written at most every few minutes)."""
        if (
            force
            or self._presence_written is None
            or not (timedelta(0) <= now - self._presence_written < _PRESENCE_WRITE_EVERY)
        ):
            self._write_presence(since, now)

    def _write_presence(self, since: datetime, now: datetime) -> None:
        self._vault.set_setting(PRESENCE_KEY, {"since": _stamp(since), "seen": _stamp(now)})
        self._presence_written = now


def _event(row: Sequence[Any]) -> BreakEvent:
    kind, action, at, duration = row
    return BreakEvent(BreakKind(kind), BreakAction(action), datetime.fromisoformat(at), float(duration))


def days_back(today: date, days: int) -> list[date]:
    """The last ``days`` days up to and including ``today``, oldest first."""
    return [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
