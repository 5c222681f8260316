"""How long the coordinator keeps a closed EAP request's content, and deleting it when that time is up.

Korea's Personal Information Protection Act has personal information destroyed without delay
once its purpose is achieved, so that it cannot be restored; a request about counselling or
health is sensitive information. A request's purpose is achieved some time after it is closed
(done, declined, or cancelled by the counselor): the coordinator still needs the contact and
the history for follow-ups and questions for a while, then no more. The org policy's
``[eap] retention_days`` (default 180, allowed 30 to 3650) is that while, counted from the
moment the request was closed. Open requests are never deleted, however old.

"Deleted" means :meth:`~.eap_inbox.EapInbox.purge_content`: the content is overwritten in the
vault file, and a tombstone keeps the kind, urgency, status and week that the dashboard counts,
plus the random ids that keep duplicate and replay checks working.

It runs when the coordinator's app starts, at least daily while it runs, at the moment a
request's time is up (:func:`next_run` plans it for :class:`~wellcare.schedule.sync.JobSynchronizer`),
and from ``wellcare coordinator purge [--dry-run]``. The vault records the last run, so the
plan is re-derived from the record rather than trusted to a job store.

Why at least 30 days: the counselor's app reads the last reply from the share during the 30
days its slot stays there (``KEEP_CLOSED_SLOTS``), and a request closed by mistake, or a
counselor who answers a closing message, needs the coordinator to still know who it was. Why
180 by default: long enough for the follow-up sessions of a usual EAP episode and for the
questions that come after them, short enough that the office does not become an archive of
its colleagues' hardest moments.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wellcare.eap.office_inbox import EapInbox
from wellcare.inbox.keys_store import POLICY_FILE
from wellcare.policy import SCHEMA, Policy, PolicyError
from wellcare.policy import parse as parse_policy
from wellcare.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_DAYS: int = SCHEMA["eap"]["retention_days"][1]
MIN_DAYS, MAX_DAYS = 30, 3650
RUN_EVERY = timedelta(days=1)
SETTING = "coordinator.eap_retention_days"  # the value the app or a command last saw in a loaded policy
LAST_RUN = "coordinator.eap_retention_last_run"
JOB_KEY = "eap.retention"


def _valid(days: object) -> bool:
    return type(days) is int and MIN_DAYS <= days <= MAX_DAYS


def retention_days(vault: Vault, policy: Policy | None, profile_dir: Path | None = None) -> int:
    """The retention to apply, in days.

    In order: the loaded org policy (remembered in the vault, so a later run without it, e.g. a
    scripted command, never deletes earlier than the org said); the remembered value; the
    ``policy.toml`` in the coordinator's profile; the default.
    """
    if policy is not None and not policy.personal_mode:
        days = int(policy.get("eap", "retention_days"))
        if vault.get_setting(SETTING) != days:
            vault.set_setting(SETTING, days)
        return days
    remembered = vault.get_setting(SETTING)
    if _valid(remembered):
        return int(remembered)
    own = (profile_dir if profile_dir is not None else vault.path.parent) / POLICY_FILE
    if own.is_file():
        try:
            return int(parse_policy(own.read_text(encoding="utf-8"), own).get("eap", "retention_days"))
        except (OSError, UnicodeDecodeError, PolicyError):
            log.warning("the profile's policy.toml could not be read; using the default retention")
    return DEFAULT_DAYS


@dataclass(frozen=True)
class Due:
    """A closed request whose content is kept until ``purge_at``."""

    envelope_id: str
    closed_at: datetime
    purge_at: datetime


@dataclass(frozen=True)
class PurgeRun:
    """One run: what was due (deleted now, unless ``dry_run``)."""

    days: int
    due: tuple[Due, ...]
    purged: tuple[str, ...]
    dry_run: bool


class EapRetention:
    """The retention rule over one coordinator inbox (Qt-free; the clock is the inbox's)."""

    def __init__(self, inbox: EapInbox, days: int) -> None:
        if not _valid(days):
            raise ValueError(f"the retention must be {MIN_DAYS} to {MAX_DAYS} days, not {days!r}")
        self.inbox = inbox
        self.days = days

    @property
    def period(self) -> timedelta:
        return timedelta(days=self.days)

    def purge_at(self, closed_at: datetime) -> datetime:
        """When a request closed at ``closed_at`` loses its content."""
        return closed_at + self.period

    def kept(self) -> list[Due]:
        """Every closed request whose content is still kept, soonest due first."""
        return [Due(eid, closed, self.purge_at(closed)) for eid, closed in self.inbox.closed_with_content()]

    def due(self, now: datetime | None = None) -> list[Due]:
        now = now if now is not None else self.inbox.clock.now()
        return [d for d in self.kept() if d.purge_at <= now]

    def run(self, *, dry_run: bool = False) -> PurgeRun:
        """Delete the content of every request whose time is up (only list it with ``dry_run``)."""
        due = self.due()
        purged: Sequence[str] = ()
        if not dry_run:
            # the attempt is recorded first: a run that fails is retried the next day (and at the
            # next start), never in a tight loop of planned jobs
            self.inbox.vault.set_setting(LAST_RUN, self.inbox.clock.now().isoformat())
            purged = self.inbox.purge_content([d.envelope_id for d in due], self.days) if due else []
            if purged:
                log.info("EAP retention: deleted the content of %d closed request(s)", len(purged))
        return PurgeRun(self.days, tuple(due), tuple(purged), dry_run)

    def last_run(self) -> datetime | None:
        value = self.inbox.vault.get_setting(LAST_RUN)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def next_run(self, now: datetime) -> datetime:
        """A day after the last run, or sooner when a request's time is up sooner (never run: now)."""
        last = self.last_run()
        if last is None or last > now:  # never ran, or the clock went back: run now, then daily
            return now
        daily = last + RUN_EVERY
        # only times still to come after the last run: one it could not delete waits for the next day
        return min([daily, *(d.purge_at for d in self.kept() if d.purge_at > last)])
