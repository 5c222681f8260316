"""What the organisation states about its EAP office, and the one-step urgent call-back's outcome.

The safety panel and the urgent request form promise nothing the organisation has not written in
its policy: the office's hours (``[eap] office_hours``), how soon it calls back an urgent request
(``[eap] urgent_response_hours``) and its phone (``[coordinator] eap_phone``). Without them, they
say nothing about time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum

from wellcare.policy import Policy, office_hours

_PHONE = re.compile(r"[0-9 +\-()]+")
_DIGIT = re.compile(r"[0-9]")
MIN_PHONE_DIGITS = 7


class UrgentOutcome(StrEnum):
    """What became of an urgent call-back request, said exactly as it is."""

    SENT = "sent"  # the sealed file is in the exchange's inbox
    WAITING = "waiting"  # made and kept in the vault's outbox: the share cannot be reached
    FAILED = "failed"  # not made at all (no usable coordinator, bad phone, vault error)


@dataclass(frozen=True)
class UrgentResult:
    outcome: UrgentOutcome
    request_id: int | None = None
    code: str = ""  # an EapError code when it failed


def valid_phone(text: str) -> bool:
    """A light check: digits, spaces, +, - and parentheses, with at least seven digits."""
    text = text.strip()
    return bool(_PHONE.fullmatch(text)) and len(_DIGIT.findall(text)) >= MIN_PHONE_DIGITS


@dataclass(frozen=True)
class EapOffice:
    """The office's stated hours (ISO weekday -> (opens, closes)), urgent response time and contacts."""

    hours: dict[int, tuple[time, time]] = field(default_factory=dict)
    urgent_response_hours: int = 0  # 0: not stated
    phone: str = ""
    email: str = ""

    @classmethod
    def from_policy(cls, policy: Policy) -> EapOffice:
        return cls(
            hours=office_hours(dict(policy.get("eap", "office_hours"))),
            urgent_response_hours=int(policy.get("eap", "urgent_response_hours")),
            phone=str(policy.get("coordinator", "eap_phone")),
            email=str(policy.get("coordinator", "eap_email")),
        )

    @property
    def hours_stated(self) -> bool:
        return bool(self.hours)

    def is_open(self, now: datetime) -> bool:
        """Within today's stated hours (False when no hours are stated: nothing is promised)."""
        today = self.hours.get(now.isoweekday())
        return today is not None and today[0] <= now.time() < today[1]

    def closes_at(self, now: datetime) -> time | None:
        """When today's hours end, if the office is open now."""
        return self.hours[now.isoweekday()][1] if self.is_open(now) else None

    def next_opening(self, now: datetime) -> datetime | None:
        """The next time the office opens after ``now`` (within a week), or None without hours."""
        for ahead in range(8):
            day = (now + timedelta(days=ahead)).date()
            hours = self.hours.get(day.isoweekday())
            if hours is None:
                continue
            opens = datetime.combine(day, hours[0], tzinfo=now.tzinfo)
            if opens > now:
                return opens
        return None
