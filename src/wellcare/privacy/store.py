"""The counselor's aggregate-sharing record in the vault: consent, memos, what was sent and when.

Everything here lives in the encrypted vault only. The memo table holds true values (that is what
it is keyed by), so rows for periods that can no longer be sent are deleted (:meth:`prune`). The
sent log keeps the exact payload bytes that went out, so the Privacy page can show them again.

Tables (component ``privacy``):

- ``privacy_memo``: (field, true value, period) -> the randomized report, its ε and k;
- ``privacy_pending``: the payload frozen for a past period the first time it was built, so what
  the counselor was shown is what gets sent, byte for byte;
- ``privacy_sent``: one row per period sent (the envelope id and the payload bytes);
- ``privacy_log``: consent given and withdrawn, unit changes (no payloads, no values);
- ``privacy_value_memo`` (the one-field scheme): (ISO year, field, true value) -> the permanent
  draw and its ε∞, and when a report drawn from it was first sent (the year's budget
  is the sum of the charged memos' ε∞), charged when a report drawn from it is sent;
- ``privacy_pending_memo``: the memos a frozen payload was drawn from, charged when it is sent;
- ``privacy_plan``: per period, the field drawn for it and the random moment it is sent.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wellcare.aggregate_format.randomized_response import MemoizedReport, MemoKey
from wellcare.privacy.contribution import DEVICE_SECRET_MIN_BYTES
from wellcare.vault import Vault
from wellcare.vault.columns import read_time
from wellcare.vault.migrations import Migration

COMPONENT = "privacy"
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "aggregate sharing: consent log, randomized-response memos, pending and sent contributions",
        """
        CREATE TABLE privacy_memo (
            field TEXT NOT NULL,
            true_value TEXT NOT NULL,
            period TEXT NOT NULL,
            report TEXT NOT NULL,
            epsilon REAL NOT NULL,
            k INTEGER NOT NULL,
            PRIMARY KEY (field, true_value, period)
        );
        CREATE TABLE privacy_pending (
            period TEXT PRIMARY KEY,
            built_at TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE TABLE privacy_sent (
            period TEXT PRIMARY KEY,
            sent_at TEXT NOT NULL,
            envelope_id TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE TABLE privacy_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )
        """,
    ),
    Migration(
        2,
        "one field per person-week: permanent memos per value and year, the week's field and send time",
        """
        CREATE TABLE privacy_value_memo (
            year TEXT NOT NULL,
            field TEXT NOT NULL,
            true_value TEXT NOT NULL,
            report TEXT NOT NULL,
            epsilon REAL NOT NULL,
            k INTEGER NOT NULL,
            charged_at TEXT,
            PRIMARY KEY (year, field, true_value)
        );
        CREATE TABLE privacy_plan (
            period TEXT PRIMARY KEY,
            field TEXT NOT NULL,
            send_at TEXT NOT NULL
        );
        CREATE TABLE privacy_pending_memo (
            period TEXT NOT NULL,
            year TEXT NOT NULL,
            field TEXT NOT NULL,
            true_value TEXT NOT NULL,
            PRIMARY KEY (period, year, field, true_value)
        )
        """,
    ),
)

CONSENT_SETTING = "privacy.consent"  # {"on": bool, "changed_at": iso}
UNIT_SETTING = "privacy.org_unit"  # the unit the counselor chose, or None
STOPPED_SETTING = "privacy.budget_stopped"  # the ISO year whose budget ran out ("" for none)
SECRET_KEY = "privacy.device_secret"  # hex of 32 random bytes; `wellcare export` leaves secrets out


class LogEvent(StrEnum):
    CONSENT_ON = "consent_on"
    CONSENT_OFF = "consent_off"
    UNIT = "unit"  # detail: the unit chosen ("" for none)


@dataclass(frozen=True)
class Consent:
    on: bool
    changed_at: datetime | None = None


@dataclass(frozen=True)
class SentContribution:
    period: str
    sent_at: datetime
    envelope_id: str
    payload: bytes


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    event: LogEvent
    detail: str = ""


class VaultMemoStore:
    """The :class:`~wellcare.aggregate_format.randomized_response.MemoStore` the app uses: a vault table."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: MemoKey) -> MemoizedReport | None:
        row = self._vault.query_one(
            "SELECT report, epsilon, k FROM privacy_memo WHERE field = ? AND true_value = ? AND period = ?",
            (key.field, key.true_value, key.period),
        )
        return None if row is None else MemoizedReport(report=str(row[0]), epsilon=float(row[1]), k=int(row[2]))

    def put(self, key: MemoKey, value: MemoizedReport) -> None:
        # INSERT OR IGNORE: a memo, once drawn, is never replaced (a second draw would average noise away)
        self._vault.execute(
            "INSERT OR IGNORE INTO privacy_memo(field, true_value, period, report, epsilon, k) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (key.field, key.true_value, key.period, value.report, value.epsilon, value.k),
        )


class VaultValueMemoStore:
    """Permanent memos of the one-field scheme: ``MemoKey.period`` is the ISO year."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: MemoKey) -> MemoizedReport | None:
        row = self._vault.query_one(
            "SELECT report, epsilon, k FROM privacy_value_memo WHERE year = ? AND field = ? AND true_value = ?",
            (key.period, key.field, key.true_value),
        )
        return None if row is None else MemoizedReport(report=str(row[0]), epsilon=float(row[1]), k=int(row[2]))

    def put(self, key: MemoKey, value: MemoizedReport) -> None:
        self._vault.execute(  # never replaced: a second draw would average the noise away
            "INSERT OR IGNORE INTO privacy_value_memo(year, field, true_value, report, epsilon, k) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (key.period, key.field, key.true_value, value.report, value.epsilon, value.k),
        )


@dataclass(frozen=True)
class WeekPlan:
    period: str
    field: str
    send_at: datetime


class ContributionStore:
    """The privacy tables of one open vault; migrates them on construction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)
        self.memo = VaultMemoStore(vault)
        self.value_memo = VaultValueMemoStore(vault)

    # -- the device secret (dedup tokens) ---------------------------------------------------------
    def device_secret(self) -> bytes:
        """32 random bytes, made once per vault; never leaves it (only HMACs of it do)."""
        text = self.vault.get_secret(SECRET_KEY)
        if text is not None:
            try:
                raw = bytes.fromhex(text)
            except ValueError:
                raw = b""
            if len(raw) >= DEVICE_SECRET_MIN_BYTES:
                return raw
        raw = secrets.token_bytes(DEVICE_SECRET_MIN_BYTES)
        self.vault.set_secret(SECRET_KEY, raw.hex())
        return raw

    # -- consent and the unit ------------------------------------------------------------------
    def consent(self) -> Consent:
        data = self.vault.get_setting(CONSENT_SETTING)
        if not isinstance(data, dict):
            return Consent(False)
        at = data.get("changed_at")
        return Consent(bool(data.get("on", False)), read_time(at) if isinstance(at, str) else None)

    def set_consent(self, on: bool, now: datetime) -> Consent:
        """Record the choice (and log it). Withdrawing also drops payloads waiting to be sent."""
        if self.consent().on == on:
            return self.consent()
        with self.vault.transaction() as cur:
            _put_setting(cur, CONSENT_SETTING, {"on": on, "changed_at": now.isoformat()})
            cur.execute(
                "INSERT INTO privacy_log(at, event) VALUES(?, ?)",
                (now.isoformat(), (LogEvent.CONSENT_ON if on else LogEvent.CONSENT_OFF).value),
            )
            if not on:
                cur.execute("DELETE FROM privacy_pending")
                cur.execute("DELETE FROM privacy_pending_memo")
        return self.consent()

    def org_unit(self) -> str | None:
        value = self.vault.get_setting(UNIT_SETTING)
        return value if isinstance(value, str) and value else None

    def set_org_unit(self, unit: str | None, now: datetime) -> None:
        """Choose the unit (None: don't say). Payloads built for the old unit are dropped."""
        if unit == self.org_unit():
            return
        with self.vault.transaction() as cur:
            _put_setting(cur, UNIT_SETTING, unit or "")
            cur.execute(
                "INSERT INTO privacy_log(at, event, detail) VALUES(?, ?, ?)",
                (now.isoformat(), LogEvent.UNIT.value, unit or ""),
            )
            cur.execute("DELETE FROM privacy_pending")
            cur.execute("DELETE FROM privacy_pending_memo")

    # -- payloads ------------------------------------------------------------------------------
    def pending(self, period: str) -> bytes | None:
        row = self.vault.query_one("SELECT payload FROM privacy_pending WHERE period = ?", (period,))
        return None if row is None else str(row[0]).encode("utf-8")

    def freeze(self, period: str, payload: bytes, now: datetime) -> bytes:
        """Keep the payload built for a past period; the first one kept wins. Returns the kept bytes."""
        self.vault.execute(
            "INSERT OR IGNORE INTO privacy_pending(period, built_at, payload) VALUES(?, ?, ?)",
            (period, now.isoformat(), payload.decode("utf-8")),
        )
        kept = self.pending(period)
        assert kept is not None
        return kept

    def sent(self, period: str) -> SentContribution | None:
        row = self.vault.query_one(
            "SELECT period, sent_at, envelope_id, payload FROM privacy_sent WHERE period = ?", (period,)
        )
        return None if row is None else _sent(row)

    def sent_log(self) -> list[SentContribution]:
        """Every contribution sent, newest first."""
        rows = self.vault.query("SELECT period, sent_at, envelope_id, payload FROM privacy_sent ORDER BY sent_at DESC")
        return [_sent(r) for r in rows]

    def record_sent(self, period: str, envelope_id: str, payload: bytes, now: datetime) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT OR IGNORE INTO privacy_sent(period, sent_at, envelope_id, payload) VALUES(?, ?, ?, ?)",
                (period, now.isoformat(), envelope_id, payload.decode("utf-8")),
            )
            cur.execute("DELETE FROM privacy_pending WHERE period = ?", (period,))
            # the memos this report was drawn from now count against the year's budget
            cur.execute(
                "UPDATE privacy_value_memo SET charged_at = ? WHERE charged_at IS NULL AND EXISTS (SELECT 1 FROM "
                "privacy_pending_memo m WHERE m.period = ? AND m.year = privacy_value_memo.year AND m.field = "
                "privacy_value_memo.field AND m.true_value = privacy_value_memo.true_value)", (now.isoformat(), period))
            cur.execute("DELETE FROM privacy_pending_memo WHERE period = ?", (period,))

    def log(self) -> list[LogEntry]:
        """Consent and unit changes, newest first."""
        rows = self.vault.query("SELECT at, event, detail FROM privacy_log ORDER BY id DESC")
        return [LogEntry(read_time(r[0]), LogEvent(r[1]), str(r[2])) for r in rows]

    def prune(self, keep_from: str) -> int:
        """Forget memos and pending payloads of periods before ``keep_from`` (never sendable again)."""
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM privacy_memo WHERE period < ?", (keep_from,))
            removed = int(cur.rowcount or 0)
            cur.execute("DELETE FROM privacy_pending WHERE period < ?", (keep_from,))
            cur.execute("DELETE FROM privacy_pending_memo WHERE period < ?", (keep_from,))
        return removed

    # -- the one-field scheme: the week's plan and the year's budget --------------------------------
    def plan(self, period: str, field: str, send_at: datetime) -> WeekPlan:
        """The period's field and send time; the first ones kept win (``field``/``send_at`` are proposals)."""
        self.vault.execute("INSERT OR IGNORE INTO privacy_plan(period, field, send_at) VALUES(?, ?, ?)",
                           (period, field, send_at.isoformat()))
        row = self.vault.query_one("SELECT field, send_at FROM privacy_plan WHERE period = ?", (period,))
        assert row is not None
        return WeekPlan(period, str(row[0]), read_time(row[1]))

    def planned(self, period: str) -> WeekPlan | None:
        row = self.vault.query_one("SELECT field, send_at FROM privacy_plan WHERE period = ?", (period,))
        return None if row is None else WeekPlan(period, str(row[0]), read_time(row[1]))

    def spent(self, year: str) -> float:
        """The year's budget used: the ε∞ of every memo a frozen report was drawn from."""
        row = self.vault.query_one(
            "SELECT coalesce(sum(epsilon), 0) FROM privacy_value_memo WHERE year = ? AND charged_at IS NOT NULL",
            (year,))
        return float(row[0]) if row else 0.0

    def uncharged(self, keys: list[tuple[MemoKey, float]]) -> float:
        """What freezing a report drawn from these memos would add to the year's budget."""
        total = 0.0
        for key, epsilon in keys:
            row = self.vault.query_one(
                "SELECT charged_at FROM privacy_value_memo WHERE year = ? AND field = ? AND true_value = ?",
                (key.period, key.field, key.true_value))
            if row is None or row[0] is None:
                total += epsilon
        return total

    def freeze_drawn(self, period: str, payload: bytes, keys: list[tuple[MemoKey, float]], now: datetime) -> bytes:
        """Freeze a v2 payload with the memos it was drawn from (charged when it is sent); returns the kept bytes."""
        with self.vault.transaction() as cur:
            cur.execute("INSERT OR IGNORE INTO privacy_pending(period, built_at, payload) VALUES(?, ?, ?)",
                        (period, now.isoformat(), payload.decode("utf-8")))
            if cur.rowcount:
                for key, _epsilon in keys:
                    cur.execute("INSERT OR IGNORE INTO privacy_pending_memo(period, year, field, true_value) "
                                "VALUES(?, ?, ?, ?)", (period, key.period, key.field, key.true_value))
        kept = self.pending(period)
        assert kept is not None
        return kept

    def stopped_year(self) -> str:
        value = self.vault.get_setting(STOPPED_SETTING)
        return value if isinstance(value, str) else ""

    def stop_year(self, year: str) -> None:
        """The year's budget would be exceeded: nothing more is sent until the next ISO year."""
        self.vault.set_setting(STOPPED_SETTING, year)

    def prune_years(self, keep_from_year: str) -> None:
        """Permanent memos and plans of earlier ISO years are never needed again (they hold true values)."""
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM privacy_value_memo WHERE year < ?", (keep_from_year,))
            cur.execute("DELETE FROM privacy_plan WHERE substr(period, 1, 4) < ?", (keep_from_year,))

    def memo_count(self) -> int:
        row = self.vault.query_one("SELECT count(*) FROM privacy_memo")
        return int(row[0]) if row else 0


def _put_setting(cur: Any, key: str, value: object) -> None:
    """What ``vault.set_setting`` does, inside the caller's transaction."""
    cur.execute(
        "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )


def _sent(row: tuple[object, ...]) -> SentContribution:
    return SentContribution(
        period=str(row[0]),
        sent_at=read_time(row[1]),
        envelope_id=str(row[2]),
        payload=str(row[3]).encode("utf-8"),
    )
