"""The Today page's "EAP replies" card: replies the counselor has not opened yet (Qt-free).

A reply is new until the counselor opens the EAP page from the card (or the page itself);
when that happened is one vault setting, so a restart does not bring old replies back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from wellcare.eap.store import EventKind, MyRequest
from wellcare.today import EapReplies, EapReply
from wellcare.vault import Vault
from wellcare.vault.columns import read_optional_time

SEEN_SETTING = "eap.replies_seen_at"
REPLY_KINDS = (EventKind.RECEIVED, EventKind.SCHEDULED, EventKind.DONE, EventKind.CANCELLED)


def new_replies(requests: Sequence[MyRequest], seen_at: datetime | None) -> EapReplies:
    """Each request's latest reply after ``seen_at`` (a withdrawal by the counselor is no reply), newest first."""
    out = []
    for request in requests:
        replies = [
            e
            for e in request.events
            if e.kind in REPLY_KINDS
            and e.detail.get("by", "coordinator") == "coordinator"
            and (seen_at is None or e.at > seen_at)
        ]
        if not replies:
            continue
        last = max(replies, key=lambda e: e.at)
        start = request.appointment.start if request.appointment is not None else None
        out.append(EapReply(request.id, last.kind.value, last.at, start if last.kind is EventKind.SCHEDULED else None))
    return EapReplies(tuple(sorted(out, key=lambda r: r.at, reverse=True)))


def replies_seen_at(vault: Vault) -> datetime | None:
    value = vault.get_setting(SEEN_SETTING)
    return read_optional_time(value) if isinstance(value, str) else None


def mark_replies_seen(vault: Vault, now: datetime) -> None:
    vault.set_setting(SEEN_SETTING, now.isoformat())
