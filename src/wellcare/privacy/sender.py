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

The scheme is ``wellcare.contribution/2`` (:mod:`wellcare.aggregate_format.one_field`): one field
per week, drawn at random, from a permanent memo per (field, value) and year plus a fresh draw.
Nothing about the send ties it to the counselor's day: it goes at a random moment of the week after
the period (drawn once and kept; if the app is closed then, at its next run that week), the
envelope's ``created`` hour is the same for everybody (the Monday after the period), the payload is
padded to a fixed size and the share's file time is fixed by the transport. Each memo's ε∞ is
charged to the ISO year's budget when a report drawn from it is first sent; when the next week
would exceed ``[privacy] epsilon_per_year``, nothing more is sent that year (``BUDGET_SPENT``).
"""

from __future__ import annotations

import json
import logging
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from wellcare.aggregate_format.one_field import memo_scope, sample_field
from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy, canonical_json
from wellcare.aggregate_format.schema import iso_week
from wellcare.exchange import FolderTransport, Kind, Transport, TransportError, new_id, post, seal
from wellcare.inbox.pinning import KeyPinning, KeyState
from wellcare.policy import Policy, privacy_budget
from wellcare.privacy.contribution import ContributionInputs, OneFieldContribution, build_one_field
from wellcare.privacy.inputs import next_week_start, previous_week, week_monday
from wellcare.privacy.store import ContributionStore, WeekPlan
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=15)
AFTER_WEEK_START = timedelta(minutes=1)
SEND_SPREAD = timedelta(days=5)  # the send moment: uniform over Monday 00:00 .. Saturday 00:00 after the period

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
    BUDGET_SPENT = "budget_spent"  # the year's privacy budget is used up: nothing more is sent this year

    @property
    def org_allows(self) -> bool:
        """The organisation side is ready; only the counselor's choice remains."""
        return self in (Availability.READY, Availability.OFF)


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    NOT_ALLOWED = "not_allowed"
    OFFLINE = "offline"  # the exchange folder could not be written; retried later
    WAITING = "waiting"  # the week's random send moment has not come yet
    BUDGET_SPENT = "budget_spent"  # sending would exceed the year's budget: stopped until the next year


class BudgetSpentError(ContributionError):
    """The year's privacy budget cannot pay for this week's report."""


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
        rng: random.Random | None = None,
    ) -> None:
        self.store = ContributionStore(vault)
        self.policy = policy
        self.clock = clock
        self._inputs = inputs
        self._rng = rng  # tests and simulations only: None draws from secrets.SystemRandom()
        self._transport_factory = transport_factory
        self._pinning = KeyPinning(vault, policy)
        self.last_failure: datetime | None = None
        self._contribution_policy: ContributionPolicy | None = None
        self._policy_problem = ""
        try:
            _week, value, year = privacy_budget(policy)
            self._contribution_policy = ContributionPolicy(
                epsilon=float(policy.get("privacy", "epsilon")),
                org_units=tuple(str(u) for u in policy.get("org", "units")),
                randomize_org_unit=bool(policy.get("privacy", "randomize_org_unit")),
                epsilon_value=value,
                epsilon_year=year,
                team_views=bool(policy.get("privacy", "team_views")),
                org_unit_epsilon=float(policy.get("privacy", "org_unit_epsilon")),
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
        if status is Availability.READY and self.store.stopped_year() == memo_scope(previous_week(self.clock.now())):
            return Availability.BUDGET_SPENT
        return status

    def budget(self) -> tuple[float, float] | None:
        """(ε spent, ε allowed) in the ISO year of the week due now; None without a usable policy."""
        policy = self._contribution_policy
        if policy is None:
            return None
        return self.store.spent(memo_scope(previous_week(self.clock.now()))), policy.epsilon_year

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

    def plan(self, period: str) -> WeekPlan:
        """The period's field and send moment, drawn once (independent of every value) and kept."""
        source = self._rng if self._rng is not None else secrets.SystemRandom()
        start = datetime.combine(week_monday(period) + timedelta(days=7), time(0, 0), tzinfo=self.clock.now().tzinfo)
        send_at = start + SEND_SPREAD * source.random()
        return self.store.plan(period, sample_field(source).id, send_at)

    def _draw(self, period: str) -> OneFieldContribution:
        policy = self._contribution_policy
        if policy is None:
            raise ContributionError(self._policy_problem or "the policy cannot be used for contributions")
        return build_one_field(
            self._inputs(period, self.org_unit()),
            period=period,
            field=self.plan(period).field,
            policy=policy,
            device_secret=self.store.device_secret(),
            memo=self.store.value_memo,
            rng=self._rng,
        )

    def true_categories(self, period: str) -> dict[str, str]:
        """The counselor's own, unrandomized categories of ``period`` (for their screen only, never sent).

        Raises :class:`ContributionError` when the policy cannot be used for contributions."""
        policy = self._contribution_policy
        if policy is None:
            raise ContributionError(self._policy_problem or "the policy cannot be used for contributions")
        return self._inputs(period, self.org_unit()).categories(policy)

    def build(self, period: str) -> bytes:
        """The payload for ``period`` as it would be built now (the weekly draw is fresh each time)."""
        return self._draw(period).payload

    def due_payload(self, period: str) -> bytes:
        """The frozen payload of a past week: built and kept the first time (charged to the year when sent).

        Raises :class:`BudgetSpentError` (and stops the year) when its memos would exceed the budget.
        """
        kept = self.store.pending(period)
        if kept is not None:
            return kept
        year = memo_scope(period)
        if self.store.stopped_year() == year:
            raise BudgetSpentError(f"the privacy budget for {year} is used up")
        drawn = self._draw(period)
        policy = self._contribution_policy
        assert policy is not None
        charge = self.store.uncharged(list(drawn.memos))
        if self.store.spent(year) + charge > policy.epsilon_year + 1e-9:
            self.store.stop_year(year)
            raise BudgetSpentError(f"the privacy budget for {year} is used up")
        return self.store.freeze_drawn(period, drawn.payload, list(drawn.memos), self.clock.now())

    def preview(self) -> Preview | None:
        """The next payload byte for byte, or None when the organisation does not collect them."""
        if not self.org_status().org_allows:
            return None
        now = self.clock.now()
        due = previous_week(now)
        self.store.prune(keep_from=due)  # weeks that can no longer be sent keep no memos (true values)
        self.store.prune_years(keep_from_year=memo_scope(due))
        if self.store.sent(due) is None:
            try:
                return Preview(due, self.due_payload(due), due=True)
            except BudgetSpentError:
                return None
        current = iso_week(now.date())
        return Preview(current, self.build(current), due=False)

    # -- the job -------------------------------------------------------------------------------
    def next_run(self, now: datetime) -> datetime | None:
        """When the weekly job should next run; None while nothing may be sent."""
        if self.availability() is not Availability.READY:
            return None
        due = previous_week(now)
        if self.store.sent(due) is None:
            if self.last_failure is not None and now < self.last_failure + RETRY_AFTER:
                return self.last_failure + RETRY_AFTER
            return max(now, self.plan(due).send_at)
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
        if now < self.plan(period).send_at:
            return SendResult(Outcome.WAITING, period)
        try:
            payload = self.due_payload(period)
        except BudgetSpentError:
            return SendResult(Outcome.BUDGET_SPENT, period, availability=Availability.BUDGET_SPENT)
        coordinator = self._pinning.check(now)
        assert coordinator.keys is not None
        content = json.loads(payload.decode("utf-8"))
        if canonical_json(content) != payload:  # the sealed payload re-encodes to exactly these bytes
            raise ContributionError("the kept payload is not canonical")
        envelope_id = new_id()
        # the same "created" hour for everybody's contribution of the period: the Monday after it, 00:00 UTC
        created = datetime.combine(week_monday(period) + timedelta(days=7), time(0, 0), tzinfo=UTC)
        sealed = seal(Kind.CONTRIBUTION, content, coordinator.keys.box_key, envelope_id=envelope_id, now=created)
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
