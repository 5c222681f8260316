"""A stand-in "contribution" handler module, registered the way a real capability would be."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wellcare.exchange import Envelope, EnvelopeError, Kind, Reason
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, InboxHandler
from wellcare.vault.migrations import Migration

MIGRATIONS = (Migration(1, "test contributions", "CREATE TABLE test_contributions (id TEXT PRIMARY KEY, period TEXT)"),)


class ContributionHandler(InboxHandler):
    kind = Kind.CONTRIBUTION

    def __init__(self, setup: HandlerSetup) -> None:
        setup.vault.migrate_component("test_contributions", MIGRATIONS)

    def check(self, envelope: Envelope) -> str:
        period = envelope.payload.get("period")
        if not isinstance(period, str):
            raise EnvelopeError(Reason.BAD_PAYLOAD, "no period")
        return period

    def store(self, cur: Any, item: str, envelope: Envelope, received_at: datetime) -> None:
        cur.execute("INSERT INTO test_contributions(id, period) VALUES(?, ?)", (envelope.id, item))


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    registry.register(ContributionHandler(setup))
