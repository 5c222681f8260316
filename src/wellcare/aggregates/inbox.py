"""The inbox handler for ``contribution`` envelopes (its ``register`` is in ``handlers.HANDLERS``).

``check`` validates strictly with :func:`~wellcare.aggregates.received.read_contribution` against
the org's aggregate settings (:mod:`.policy`): anything but exactly the schema is quarantined
with the reason, and so is a period that has not started yet (``period_not_started``). The rule
for units: a contribution that names a unit is accepted only if that unit is in the org's unit
list (``[org] units`` of the policy the coordinator saw); anything else, including any unit at
all while the coordinator knows no list, is quarantined as ``unknown_unit`` (the file is kept in
the quarantine folder). Anyone who can write to the share can seal a contribution, so an
unchecked unit name would let them invent groups on the dashboard. Contributions without a unit
are accepted whatever the list. A contribution whose dedup token is
already stored is a resend (a new envelope, the same device and week): it is dropped, the first
one kept, and counted in :attr:`ContributionHandler.last_run_duplicates`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy
from wellcare.aggregate_format.schema import NONE, ORG_UNIT
from wellcare.aggregates.policy import AggregatePolicy, aggregate_policy
from wellcare.aggregates.received import ReceivedContribution, ReceivedOneField, read_parsed
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Envelope, EnvelopeError, Kind, Reason, Transport
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, InboxHandler, Stored
from wellcare.schedule.clock import Clock
from wellcare.weeks import IsoWeek


@dataclass(frozen=True)
class CheckedContribution:
    contribution: ReceivedContribution | ReceivedOneField  # either scheme (kept apart in the store)


class ContributionHandler(InboxHandler):
    kind = Kind.CONTRIBUTION

    def __init__(self, store: ContributionsStore, clock: Clock, policy: AggregatePolicy | None = None) -> None:
        self.contributions = store
        self.clock = clock
        self._fixed = policy
        self._policy: ContributionPolicy | None = None
        self._duplicates = 0
        self.last_run_duplicates = 0

    def policy(self) -> ContributionPolicy:
        """The org's settings, read once per import run (a policy change applies from the next run)."""
        if self._policy is None:
            settings = self._fixed if self._fixed is not None else aggregate_policy(self.contributions.vault)
            self._policy = settings.contribution_policy()
        return self._policy

    def check(self, envelope: Envelope) -> CheckedContribution:
        """The strict check; details never carry a value from the sealed content (the inbox drops them anyway)."""
        return _check(self.policy(), self.clock.now().date(), envelope)

    def worker_check(self) -> Callable[[Envelope], CheckedContribution]:
        """The same check with this run's settings and day, for the open pool's workers (no vault there).

        The day is taken once: a period that had started then has started now.
        """
        return partial(_check, self.policy(), self.clock.now().date())

    def store(self, cur: Any, item: CheckedContribution, envelope: Envelope, received_at: datetime) -> Stored | None:
        # the day only: the hour a file arrived says when somebody's computer was on
        if not ContributionsStore.insert(cur, item.contribution, received_at.date().isoformat()):
            self._duplicates += 1
            return Stored.RESENT  # the inbox counts it as a duplicate
        return None

    def after_run(self, transport: Transport) -> None:
        self.last_run_duplicates, self._duplicates = self._duplicates, 0
        self._policy = None


def _check(policy: ContributionPolicy, today: date, envelope: Envelope) -> CheckedContribution:
    unit = envelope.payload.get(ORG_UNIT)
    if unit is not None and unit != NONE and unit not in policy.org_units:
        raise EnvelopeError(Reason.UNKNOWN_UNIT, "the unit is not in the org's unit list")
    try:  # the payload was parsed strictly when the envelope was opened: checked as it is, not re-read
        contribution = read_parsed(envelope.payload, policy)
    except (ContributionError, TypeError, ValueError):
        raise EnvelopeError(Reason.BAD_PAYLOAD, "the contribution does not match the schema") from None
    if IsoWeek.parse(contribution.period).monday > today:
        raise EnvelopeError(Reason.PERIOD_NOT_STARTED, "the period has not started yet")
    # a token already kept (in either scheme) is found by ``store``, inside the batch's transaction
    return CheckedContribution(contribution)


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    """Called by :func:`wellcare.coordinator.handlers.build_registry`."""
    registry.register(ContributionHandler(ContributionsStore(setup.vault), setup.clock))
