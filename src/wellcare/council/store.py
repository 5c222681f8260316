"""The council's vault: pinned centre keys, and the centre reports it accepted.

``import_report`` decides on one file and stores it only when every check passes; a refused file
leaves the vault as it was. The checks, in order: a well-formed file; a signer whose key is
pinned (else forged or not yet pinned); a signature over exactly this payload (else altered); a
payload naming that same centre; a known definition and nothing outside it; not a replay (a
report id seen before, or a report for the same centre and period issued no later than one
already in).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from wellcare.council.definition import Definition
from wellcare.council.payload import PayloadError, Refusal, check_payload
from wellcare.council.signing import ReportFileError, read_report_file
from wellcare.exchange.keys import normalize_fingerprint
from wellcare.vault import Vault
from wellcare.vault.migrations import Migration

COMPONENT = "council"
SETUP_SETTING = "council.setup"
FUTURE_SLACK = timedelta(days=1)
_FINGERPRINT_RE = re.compile(r"(?:[0-9A-F]{4}-){7}[0-9A-F]{4}")
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "the council's pinned centres and accepted centre reports",
        """
        CREATE TABLE council_centres (
            fingerprint TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            pinned_at TEXT NOT NULL
        );
        CREATE TABLE council_reports (
            report_id TEXT PRIMARY KEY,
            centre TEXT NOT NULL REFERENCES council_centres(fingerprint),
            first TEXT NOT NULL,
            last TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            definition_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL,
            payload TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX council_reports_centre ON council_reports(centre, first, last);
        """,
    ),
)


@dataclass(frozen=True)
class Centre:
    fingerprint: str
    name: str
    pinned_at: str


@dataclass(frozen=True)
class Accepted:
    report_id: str
    centre: str
    first: str
    last: str


class Refused(Exception):
    def __init__(self, reason: Refusal, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")


def check_fingerprint(text: str) -> str:
    """The fingerprint in its canonical form, or ValueError."""
    normal = normalize_fingerprint(text)
    if not _FINGERPRINT_RE.fullmatch(normal):
        raise ValueError(f"{text!r} is not a fingerprint (8 groups of 4 hex digits)")
    return normal


class CouncilStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)

    # -- set-up and pins ------------------------------------------------------------------------------
    def name(self) -> str:
        setup = self.vault.get_setting(SETUP_SETTING)
        return str(setup.get("name", "")) if isinstance(setup, dict) else ""

    def set_name(self, name: str) -> None:
        if not name.strip():
            raise ValueError("the council needs a name")
        self.vault.set_setting(SETUP_SETTING, {"name": name.strip()})

    def pin(self, fingerprint: str, name: str, now: datetime) -> Centre:
        """Pin a centre's key by the fingerprint its office read out; a pinned one may be renamed."""
        fpr = check_fingerprint(fingerprint)
        if not name.strip():
            raise ValueError("the centre needs a name")
        self.vault.execute(
            "INSERT INTO council_centres(fingerprint, name, pinned_at) VALUES(?, ?, ?) "
            "ON CONFLICT(fingerprint) DO UPDATE SET name = excluded.name",
            (fpr, name.strip(), now.isoformat()),
        )
        return next(c for c in self.centres() if c.fingerprint == fpr)

    def centres(self) -> list[Centre]:
        rows = self.vault.query("SELECT fingerprint, name, pinned_at FROM council_centres ORDER BY name")
        return [Centre(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    # -- reports ------------------------------------------------------------------------------------
    def import_report(self, data: bytes, known: Mapping[tuple[str, int], Definition], now: datetime) -> Accepted:
        """Store one report file, or raise Refused with the reason; nothing is stored on refusal."""
        try:
            signed = read_report_file(data)
        except ReportFileError as exc:
            raise Refused(Refusal.NOT_A_REPORT, str(exc)) from None
        fpr = signed.signer.fingerprint()
        if fpr not in {c.fingerprint for c in self.centres()}:
            raise Refused(Refusal.UNPINNED, f"signed by key {fpr}, which this council has not pinned")
        if not signed.verifies():
            raise Refused(Refusal.BAD_SIGNATURE, "the signature does not match the contents: it was changed "
                                                 "after the centre signed it")
        payload = signed.payload
        try:
            definition = check_payload(payload, known)
        except PayloadError as exc:
            raise Refused(exc.reason, exc.detail) from None
        if payload["centre"]["id"] != fpr:
            raise Refused(Refusal.WRONG_CENTRE, f"it names centre {payload['centre']['id']} but was signed by {fpr}")
        issued = datetime.fromisoformat(payload["issued_at"])
        if issued > now + FUTURE_SLACK:
            raise Refused(Refusal.FUTURE, f"issued at {payload['issued_at']}, ahead of this computer's clock")
        rid, first, last = payload["report_id"], payload["period"]["first"], payload["period"]["last"]
        if self.vault.query_one("SELECT 1 FROM council_reports WHERE report_id = ?", (rid,)) is not None:
            raise Refused(Refusal.REPLAYED, f"report {rid} was imported before")
        for (other,) in self.vault.query(
            "SELECT issued_at FROM council_reports WHERE centre = ? AND first = ? AND last = ?", (fpr, first, last)
        ):
            if datetime.fromisoformat(str(other)) >= issued:
                raise Refused(Refusal.OUTDATED, f"a report for {first}..{last} issued at {other} is already in; "
                                                f"this one was issued at {payload['issued_at']}")
        self.vault.execute(
            "INSERT INTO council_reports(report_id, centre, first, last, issued_at, definition_id, definition_version,"
            " payload, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, fpr, first, last, payload["issued_at"], definition.id, definition.version,
             json.dumps(payload, ensure_ascii=False), now.isoformat()),
        )
        return Accepted(rid, fpr, first, last)

    def payloads(self) -> list[dict[str, Any]]:
        """Every accepted report's payload, oldest issue first."""
        rows = self.vault.query("SELECT payload FROM council_reports ORDER BY issued_at, report_id")
        return [json.loads(str(r[0])) for r in rows]
