"""Send the previous week's contribution once, sealed to the coordinator, only with consent.

The flow, all Qt-free (the Privacy feature schedules it and shows it):

1. :meth:`ContributionSender.availability` says whether anything may go out: the org policy
   must exist, allow aggregates (``[privacy] aggregates_enabled``) and name a coordinator whose
   keys are pinned (the EAP capability's trust-on-first-use pin, shared); the counselor must
   have opted in.
2. :meth:`ContributionSender.preview` builds the next payload: the previous ISO week's, if it has
   not been sent, else the current week's so far. A past week's payload is *frozen* in the vault
   the first time it is built, so the bytes the counselor was shown are the bytes sealed.
3. :meth:`ContributionSender.send_due` seals that frozen payload to the coordinator's box key,
   posts it to ``exchange/inbox`` and records period, time, envelope id and payload. A week is
   sent at most once; a failed write is retried after :data:`RETRY_AFTER`.

Only the previous week is ever sent: a week missed entirely (the app not running for its whole
following week) is skipped, and its randomized-response memos are deleted with older ones.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy, canonical_json
from wellcare.aggregate_format.schema import iso_week
from wellcare.exchange import FolderTransport, Kind, Transport, TransportError, new_id, post, seal
from wellcare.inbox.pinning import KeyPinning, KeyState
from wellcare.policy import Policy
from wellcare.privacy.contribution import ContributionInputs, build_contribution
from wellcare.privacy.inputs import next_week_start, previous_week
from wellcare.privacy.store import ContributionStore
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=15)
AFTER_WEEK_START = timedelta(minutes=1)

InputsProvider = Callable[[str, str | None], ContributionInputs]
TransportFactory = Callable[[str], Transport]


class Availability(StrEnum):
    """Whether contributions may go out, and if not, why (the page translates these)."""

    READY = "ready"
    OFF = "off"  # the counselor has not opted in, or withdrew
    PERSONAL = "personal"  # no org policy: personal mode
    DISABLED = "disabled"  # the policy turns aggregates off
    BAD_POLICY = "bad_policy"  # the policy's privacy budget or unit names cannot be used
    NO_COORDINATOR = "no_coordinator"  # the policy names no coordinator key or exchange
    KEY_PROBLEM = "key_problem"  # the coordinator key changed or is broken: check it on the EAP page

    @property
    def org_allows(self) -> bool:
        """The organisation side is ready; only the counselor's choice remains."""
        return self in (Availability.READY, Availability.OFF)


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    NOT_ALLOWED = "not_allowed"
    OFFLINE = "offline"  # the exchange folder could not be written; retried later


@dataclass(frozen=True)
class Preview:
    """The next payload. ``due``: it is the previous week's, exactly what the next send seals;
    otherwise it is the current week so far (it may still change until the week ends)."""

    period: str
    payload: bytes
    due: bool


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    period: str
    envelope_id: str | None = None
    payload: bytes | None = None
    sealed: bytes | None = None  # the envelope as written to the share
    availability: Availability = Availability.READY


class ContributionSender:
    """The counselor's side of aggregates: consent, preview, the weekly send."""

    def __init__(
        self,
        vault: Vault,
        policy: Policy,
        clock: Clock,
        inputs: InputsProvider,
        transport_factory: TransportFactory = FolderTransport,
    ) -> None:
        self.store = ContributionStore(vault)
        self.policy = policy
        self.clock = clock
        self._inputs = inputs
        self._transport_factory = transport_factory
        self._pinning = KeyPinning(vault, policy)
        self.last_failure: datetime | None = None
        self._contribution_policy: ContributionPolicy | None = None
        self._policy_problem = ""
        try:
            self._contribution_policy = ContributionPolicy(
                epsilon=float(policy.get("privacy", "epsilon")),
                org_units=tuple(str(u) for u in policy.get("org", "units")),
            )
        except ContributionError as exc:
            self._policy_problem = str(exc)

    # -- what the page shows -------------------------------------------------------------------
    @property
    def units(self) -> tuple[str, ...]:
        return self._contribution_policy.org_units if self._contribution_policy is not None else ()

    @property
    def contribution_policy(self) -> ContributionPolicy | None:
        return self._contribution_policy

    def org_status(self) -> Availability:
        """What the organisation side allows, whatever the counselor chose."""
        policy = self.policy
        if policy.personal_mode:
            return Availability.PERSONAL
        if not policy.get("privacy", "aggregates_enabled"):
            return Availability.DISABLED
        if self._contribution_policy is None:
            return Availability.BAD_POLICY
        state = self._pinning.check(self.clock.now()).state
        if state is KeyState.NONE:
            return Availability.NO_COORDINATOR
        if state is not KeyState.PINNED:
            return Availability.KEY_PROBLEM
        return Availability.READY

    def availability(self) -> Availability:
        status = self.org_status()
        if status is Availability.READY and not self.store.consent().on:
            return Availability.OFF
        return status

    def org_unit(self) -> str | None:
        """The counselor's unit if the policy still lists it, else None (don't say)."""
        unit = self.store.org_unit()
        return unit if unit in self.units else None

    def set_org_unit(self, unit: str | None) -> None:
        if unit is not None and unit not in self.units:
            raise ValueError(f"{unit!r} is not one of the policy's units")
        self.store.set_org_unit(unit, self.clock.now())

    def set_consent(self, on: bool) -> None:
        """Opt in, or withdraw: from that moment nothing more is sent (payloads waiting are dropped)."""
        self.store.set_consent(on, self.clock.now())
        if not on:
            self.last_failure = None

    def build(self, period: str) -> bytes:
        """The payload for ``period`` as it would be built now (memoized: the same inputs give the same bytes)."""
        policy = self._contribution_policy
        if policy is None:
            raise ContributionError(self._policy_problem or "the policy cannot be used for contributions")
        return build_contribution(
            self._inputs(period, self.org_unit()),
            period=period,
            policy=policy,
            device_secret=self.store.device_secret(),
            memo=self.store.memo,
        )

    def due_payload(self, period: str) -> bytes:
        """The frozen payload of a past week: built and kept the first time it is asked for."""
        kept = self.store.pending(period)
        if kept is not None:
            return kept
        return self.store.freeze(period, self.build(period), self.clock.now())

    def preview(self) -> Preview | None:
        """The next payload byte for byte, or None when the organisation does not collect them."""
        if not self.org_status().org_allows:
            return None
        now = self.clock.now()
        due = previous_week(now)
        self.store.prune(keep_from=due)  # weeks that can no longer be sent keep no memos (true values)
        if self.store.sent(due) is None:
            return Preview(due, self.due_payload(due), due=True)
        current = iso_week(now.date())
        return Preview(current, self.build(current), due=False)

    # -- the job -------------------------------------------------------------------------------
    def next_run(self, now: datetime) -> datetime | None:
        """When the weekly job should next run; None while nothing may be sent."""
        if self.availability() is not Availability.READY:
            return None
        if self.store.sent(previous_week(now)) is None:
            if self.last_failure is not None and now < self.last_failure + RETRY_AFTER:
                return self.last_failure + RETRY_AFTER
            return now
        return next_week_start(now) + AFTER_WEEK_START

    def send_due(self) -> SendResult:
        """Send the previous week's contribution if it may go and has not gone yet."""
        now = self.clock.now()
        period = previous_week(now)
        status = self.availability()
        if status is not Availability.READY:
            return SendResult(Outcome.NOT_ALLOWED, period, availability=status)
        if self.store.sent(period) is not None:
            return SendResult(Outcome.ALREADY_SENT, period)
        payload = self.due_payload(period)
        coordinator = self._pinning.check(now)
        assert coordinator.keys is not None
        content = json.loads(payload.decode("utf-8"))
        if canonical_json(content) != payload:  # the sealed payload re-encodes to exactly these bytes
            raise ContributionError("the kept payload is not canonical")
        envelope_id = new_id()
        sealed = seal(Kind.CONTRIBUTION, content, coordinator.keys.box_key, envelope_id=envelope_id, now=now)
        try:
            post(self._transport_factory(coordinator.exchange), sealed)
        except (TransportError, OSError) as exc:
            self.last_failure = now
            log.info("contribution not written yet (%s)", getattr(exc, "reason", "os"))
            return SendResult(Outcome.OFFLINE, period, payload=payload)
        self.last_failure = None
        self.store.record_sent(period, envelope_id, payload, now)
        self.store.prune(keep_from=period)
        return SendResult(Outcome.SENT, period, envelope_id, payload, sealed)
