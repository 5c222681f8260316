"""The coordinator's side of enrollments: an inbox handler for kind ``enrollment``, and the seat count.

Plugs into the coordinator's inbox (:mod:`wellcare.inbox.dispatcher`); its ``register`` is in
``HANDLERS`` in :mod:`wellcare.coordinator.handlers`. Each enrollment is kept in the coordinator's
vault with exactly what the counselor shared; a withdrawal must reveal the secret whose hash its
enrollment carried (inbox file names are visible on the share, so naming an enrollment is not
enough). A withdrawal that arrives before its enrollment (files are imported in random-name order)
waits. A resend (the same envelope again, or the same enrollment sealed again: same
``withdraw_hash``) is kept once. After every import run the handler republishes the seat status of
the offers whose count changed (:mod:`wellcare.programs.seats`), signed by the coordinator.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellcare.exchange import CoordinatorKeys, Envelope, EnvelopeError, Folder, Kind, Reason, Transport, TransportError
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, InboxHandler
from wellcare.programs.enrollment import EnrollAction, EnrollmentRequest, parse_enrollment, proof_matches
from wellcare.programs.seats import SeatRun, republish_seats
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.vault.columns import read_optional_time, read_time
from wellcare.vault.migrations import Migration

log = logging.getLogger(__name__)

COMPONENT = "programs_coordinator"
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "offer enrollments received by the coordinator",
        """
        CREATE TABLE programs_enrollments_received (
            envelope_id TEXT PRIMARY KEY,
            offer_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            share TEXT NOT NULL,
            withdraw_hash TEXT NOT NULL,
            received_at TEXT NOT NULL,
            withdrawn_at TEXT
        );
        CREATE INDEX programs_enrollments_received_offer ON programs_enrollments_received(offer_id);
        CREATE TABLE programs_withdrawals_waiting (
            enrollment TEXT PRIMARY KEY,
            proof TEXT NOT NULL,
            received_at TEXT NOT NULL
        )
        """,
    ),
)


@dataclass(frozen=True)
class ReceivedEnrollment:
    envelope_id: str
    offer_id: str
    revision: int
    share: dict[str, str]
    received_at: datetime
    withdrawn_at: datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class EnrollmentBook:
    """The coordinator's record of enrollments (reads for a page or CLI; writes from the handler)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        vault.migrate_component(COMPONENT, MIGRATIONS)

    def withdraw_hash(self, envelope_id: str) -> str | None:
        found = self.enrollment_key(envelope_id)
        return None if found is None else found[1]

    def enrollment_key(self, envelope_id: str) -> tuple[str, str] | None:
        """(offer id, withdraw hash) of an enrollment received, or None."""
        row = self._vault.query_one(
            "SELECT offer_id, withdraw_hash FROM programs_enrollments_received WHERE envelope_id = ?", (envelope_id,)
        )
        return None if row is None else (str(row[0]), str(row[1]))

    def enrollments(self, offer_id: str | None = None) -> list[ReceivedEnrollment]:
        where, params = ("WHERE offer_id = ?", (offer_id,)) if offer_id is not None else ("", ())
        rows = self._vault.query(
            "SELECT envelope_id, offer_id, revision, share, received_at, withdrawn_at "
            f"FROM programs_enrollments_received {where} ORDER BY received_at, envelope_id",
            params,
        )
        return [
            ReceivedEnrollment(
                envelope_id=str(r[0]),
                offer_id=str(r[1]),
                revision=int(r[2]),
                share=json.loads(r[3]),
                received_at=read_time(r[4]),
                withdrawn_at=read_optional_time(r[5]),
            )
            for r in rows
        ]

    def offer_ids(self) -> list[str]:
        rows = self._vault.query("SELECT DISTINCT offer_id FROM programs_enrollments_received ORDER BY offer_id")
        return [str(r[0]) for r in rows]

    def queue(self, offer_id: str) -> list[tuple[str, str]]:
        """Active enrollments in the order they reached the coordinator: (envelope id, withdraw hash).

        The first ``seats`` of them have a place; the rest wait (see :mod:`wellcare.programs.seats`).
        """
        rows = self._vault.query(
            "SELECT envelope_id, withdraw_hash FROM programs_enrollments_received "
            "WHERE offer_id = ? AND withdrawn_at IS NULL ORDER BY received_at, envelope_id",
            (offer_id,),
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def seats_taken(self, offer_id: str) -> int:
        """Active enrollments: what to subtract from ``seats`` when republishing ``seats_left``."""
        row = self._vault.query_one(
            "SELECT COUNT(*) FROM programs_enrollments_received WHERE offer_id = ? AND withdrawn_at IS NULL",
            (offer_id,),
        )
        return int(row[0]) if row else 0

    # -- called by the handler, inside the inbox's transaction ------------------------------------

    def store(self, cur: Any, request: EnrollmentRequest, envelope: Envelope, received_at: datetime) -> None:
        at = received_at.isoformat()
        if request.action is EnrollAction.ENROLL:
            assert request.withdraw_hash is not None
            cur.execute("SELECT 1 FROM programs_enrollments_received WHERE withdraw_hash = ?", (request.withdraw_hash,))
            if cur.fetchone() is not None:  # the same enrollment sealed again: kept once
                return
            cur.execute(
                "INSERT OR IGNORE INTO programs_enrollments_received"
                "(envelope_id, offer_id, revision, share, withdraw_hash, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                (envelope.id, request.offer_id, request.revision, json.dumps(dict(request.share), ensure_ascii=False),
                 request.withdraw_hash, at),
            )  # fmt: skip
            cur.execute("SELECT proof FROM programs_withdrawals_waiting WHERE enrollment = ?", (envelope.id,))
            waiting = cur.fetchone()
            if waiting is not None and proof_matches(str(waiting[0]), request.withdraw_hash):
                self._withdraw(cur, envelope.id, at)
            return
        assert request.enrollment is not None and request.proof is not None
        cur.execute("SELECT 1 FROM programs_enrollments_received WHERE envelope_id = ?", (request.enrollment,))
        if cur.fetchone() is None:
            cur.execute(
                "INSERT OR REPLACE INTO programs_withdrawals_waiting(enrollment, proof, received_at) VALUES (?, ?, ?)",
                (request.enrollment, request.proof, at),
            )
        else:
            self._withdraw(cur, request.enrollment, at)

    @staticmethod
    def _withdraw(cur: Any, envelope_id: str, at: str) -> None:
        cur.execute(
            "UPDATE programs_enrollments_received SET withdrawn_at = ? WHERE envelope_id = ? AND withdrawn_at IS NULL",
            (at, envelope_id),
        )
        cur.execute("DELETE FROM programs_withdrawals_waiting WHERE enrollment = ?", (envelope_id,))


class EnrollmentHandler(InboxHandler):
    kind = Kind.ENROLLMENT

    def __init__(self, book: EnrollmentBook, keys: CoordinatorKeys | None = None, clock: Clock | None = None) -> None:
        self.book = book
        self._keys = keys
        self._clock = clock
        self._dirty = True  # the first run after start reconciles (an offer may have been replaced meanwhile)
        self._offer_files: frozenset[str] | None = None
        self.last_seats = SeatRun()

    def check(self, envelope: Envelope) -> EnrollmentRequest:
        request = parse_enrollment(envelope)
        if request.action is EnrollAction.WITHDRAW:
            assert request.enrollment is not None and request.proof is not None
            found = self.book.enrollment_key(request.enrollment)
            if found is not None and not proof_matches(request.proof, found[1]):
                raise EnvelopeError(Reason.BAD_PAYLOAD, "the withdrawal's proof does not match its enrollment")
            if found is not None and found[0] != request.offer_id:
                raise EnvelopeError(Reason.BAD_PAYLOAD, "the withdrawal names an enrollment in another offer")
        return request

    def store(self, cur: Any, item: EnrollmentRequest, envelope: Envelope, received_at: datetime) -> None:
        self.book.store(cur, item, envelope, received_at)
        self._dirty = True

    def after_run(self, transport: Transport) -> None:
        """Publish the seat status of offers whose count changed (signed; see :mod:`.seats`).

        Only when something may have changed: an enrollment or withdrawal came in, the offers
        folder's files changed (an offer published or replaced), or a write failed last time.
        A run with nothing new costs one listing of offers/.
        """
        if self._keys is None or self._clock is None:
            return
        try:
            files = frozenset(transport.list(Folder.OFFERS))
            if not self._dirty and files == self._offer_files:
                return
            self.last_seats = republish_seats(transport, self._keys, self.book, self._clock.now())
            self._offer_files = frozenset(transport.list(Folder.OFFERS))
        except TransportError as exc:
            log.warning("seat status not published: the offers folder cannot be read (%s)", exc.reason.value)
            return
        self._dirty = bool(self.last_seats.failed)


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    """Called by :func:`wellcare.coordinator.handlers.build_registry`."""
    registry.register(EnrollmentHandler(EnrollmentBook(setup.vault), setup.keys, setup.clock))
