"""The inbox handler for ``contribution`` envelopes (its ``register`` is in ``handlers.HANDLERS``).

``check`` validates strictly with :func:`~wellcare.privacy.received.read_contribution` against
the org's aggregate settings (:mod:`.agg_policy`): anything but exactly the schema is quarantined
with the reason, and so is a period that has not started yet. The unit must be one of the org's
units; only when the coordinator knows no unit list at all (no policy with ``[org] units`` was
ever seen) is any well-formed unit name accepted, so a coordinator set up without the policy
does not quarantine a whole week of summaries. A contribution whose dedup token is
already stored is a resend (a new envelope, the same device and week): it is dropped, the first
one kept, and counted in :attr:`ContributionHandler.last_run_duplicates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellcare.coordinator.agg_policy import AggregatePolicy, aggregate_policy
from wellcare.coordinator.contributions_store import ContributionsStore
from wellcare.coordinator.inbox import HandlerRegistry, HandlerSetup, InboxHandler
from wellcare.exchange import Envelope, EnvelopeError, Kind, Reason, Transport
from wellcare.privacy.contribution import ContributionError, ContributionPolicy, canonical_json
from wellcare.privacy.inputs import week_monday
from wellcare.privacy.received import ReceivedContribution, read_contribution
from wellcare.privacy.schema import NONE, ORG_UNIT
from wellcare.schedule.clock import Clock


@dataclass(frozen=True)
class CheckedContribution:
    contribution: ReceivedContribution
    duplicate: bool


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

    def _policy_for(self, payload: Mapping[str, Any]) -> ContributionPolicy:
        policy = self.policy()
        if policy.org_units:
            return policy
        unit = payload.get(ORG_UNIT)  # no unit list known: a well-formed name is enough
        if not isinstance(unit, str) or unit == NONE:
            return policy
        return ContributionPolicy(epsilon=policy.epsilon, org_units=(unit,))  # raises on a malformed name

    def check(self, envelope: Envelope) -> CheckedContribution:
        try:
            data = canonical_json(envelope.payload)
            contribution = read_contribution(data, self._policy_for(envelope.payload))
        except (ContributionError, TypeError, ValueError) as exc:
            raise EnvelopeError(Reason.BAD_PAYLOAD, str(exc)[:200]) from None
        if week_monday(contribution.period) > self.clock.now().date():
            raise EnvelopeError(Reason.BAD_PAYLOAD, f"period {contribution.period} has not started yet")
        return CheckedContribution(contribution, self.contributions.has_token(contribution.token))

    def store(self, cur: Any, item: CheckedContribution, envelope: Envelope, received_at: datetime) -> None:
        # the day only: the hour a file arrived says when somebody's computer was on
        if item.duplicate or not ContributionsStore.insert(cur, item.contribution, received_at.date().isoformat()):
            self._duplicates += 1

    def after_run(self, transport: Transport) -> None:
        self.last_run_duplicates, self._duplicates = self._duplicates, 0
        self._policy = None


def register(registry: HandlerRegistry, setup: HandlerSetup) -> None:
    """Called by :func:`wellcare.coordinator.handlers.build_registry`."""
    registry.register(ContributionHandler(ContributionsStore(setup.vault), setup.clock))
