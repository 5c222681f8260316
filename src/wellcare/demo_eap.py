"""The demo office's EAP history: requests at a real centre's rate, each imported in the week it arrived.

About 0.03 requests per counselor-week (a 150-counselor centre gets four or five a week), of every
kind (legal support included), sealed and imported through the office's own inbox with the clock
of their week, so that the dashboard counts them per fixed 4-week block as it would a real
centre's. The office has moved them on as a real one would: a request older than four weeks is
closed (done, its reply sealed to a key no demo profile holds, so nobody reads it), one of two to
four weeks is in progress, and only the last two weeks' may still be new.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

RATE = 0.03  # EAP requests per counselor-week
KINDS = (("counseling", 0.55), ("stress_health", 0.22), ("legal_support", 0.14), ("other", 0.09))


def past_requests(layout: Any, keys: Any, counselors: int, weeks: int, seed: int, now: datetime) -> int:
    """Post and import the past weeks' requests (not this week's); returns how many."""
    from wellcare.demo import _open, _services
    from wellcare.eap.office_inbox import EapInbox, Triage
    from wellcare.exchange import FolderTransport, Kind, post, seal
    from wellcare.exchange.memory import MemoryInbox
    from wellcare.schedule.clock import ManualClock

    rng = random.Random(seed * 31 + 5)
    # the requests reach the office's real inbox import through the inbox folder held in memory (as the
    # simulated floor's contributions do: creating and removing thousands of files was most of this step);
    # what the office writes back (its receipts, any quarantine) goes to the real share
    transport = MemoryInbox(FolderTransport(layout.exchange, fsync=False))
    box = keys.public().box_key
    vault = _open(layout.coordinator, "coordinator")
    total = 0
    try:
        for back in range(weeks, 0, -1):
            monday = (now - timedelta(weeks=back)).replace(hour=9, minute=0, second=0, microsecond=0)
            monday -= timedelta(days=monday.weekday())
            count = sum(rng.random() < RATE for _ in range(counselors))
            by_day = Counter(rng.randrange(5) for _ in range(count))
            for day in sorted(by_day):
                # sent during that day's shift, taken in by the office's import at a time of it (09:00-18:00)
                at = monday + timedelta(days=day, minutes=rng.randrange(540))
                if at > now - timedelta(days=6):  # this week's requests are the demo's own (wellcare.demo)
                    at -= timedelta(weeks=1)
                for _ in range(by_day[day]):
                    post(transport, seal(Kind.EAP_REQUEST, _payload(rng), box))
                _services(layout, layout.coordinator, vault, ManualClock(at)).import_inbox(keys).import_once(transport)
            total += count
        clock = ManualClock(now)
        office = EapInbox(vault, keys, clock)
        for request in office.requests():
            age = now - request.received_at
            if age > timedelta(weeks=4):  # closed nine days after it arrived
                clock.set(request.received_at + timedelta(days=9))
                office.close(request.envelope_id, done=True)
            elif age > timedelta(weeks=2) or rng.random() < 0.3:
                clock.set(now)
                office.set_triage(request.envelope_id, Triage.IN_PROGRESS)
    finally:
        vault.close()
    return total


def _payload(rng: random.Random) -> str:
    """One request of a kind drawn at the centre's mix; contact and times as a counselor would give them."""
    from wellcare.eap.protocol import (
        ContactMethod,
        RequestContent,
        RequestPayload,
        RequestType,
        TimeWindow,
        Urgency,
        cancel_hash,
        new_cancel_secret,
    )
    from wellcare.exchange import ReplyKeypair, new_id

    kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    content = RequestContent(type=RequestType(kind), urgency=Urgency.SOON, times=(TimeWindow.LUNCH,),
                             contact_method=ContactMethod.PHONE, contact="010-0000-0000")
    return RequestPayload(content, ReplyKeypair.generate().public_b64(), new_id(),
                          cancel_hash(new_cancel_secret())).to_json()
