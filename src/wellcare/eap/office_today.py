"""The coordinator's Today card: new requests in the EAP inbox, urgent first (Qt-free)."""

from __future__ import annotations

from collections.abc import Iterable

from wellcare.eap.office_records import InboxRequest, Triage
from wellcare.eap.protocol import Urgency
from wellcare.today import RequestsWaiting, WaitingRequest, urgent_first


def requests_waiting(requests: Iterable[InboxRequest]) -> RequestsWaiting:
    """Requests nobody has picked up yet (triage "new"), urgent first, then the oldest."""
    waiting = [
        WaitingRequest(r.short_id, r.kind.value, r.urgency is Urgency.URGENT, r.received_at)
        for r in requests
        if r.triage is Triage.NEW and not r.purged
    ]
    return RequestsWaiting(urgent_first(waiting))
