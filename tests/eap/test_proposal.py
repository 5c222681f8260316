"""The office's first proposed appointment respects the requester's preferred times; urgent new requests lead."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.eap.helpers import Org, content
from wellcare.eap import TimeWindow, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.eap.proposal import propose_start

KST = timezone(timedelta(hours=9))
FRIDAY_16 = datetime(2026, 12, 4, 16, 0, tzinfo=KST)


def test_the_first_slot_is_inside_a_preferred_window_from_tomorrow_on() -> None:
    monday_noon = datetime(2026, 12, 7, 12, 0, tzinfo=KST)
    assert propose_start([TimeWindow.LUNCH, TimeWindow.AFTER_SHIFT], FRIDAY_16) == monday_noon
    assert propose_start([TimeWindow.AFTER_SHIFT], FRIDAY_16) == datetime(2026, 12, 7, 18, 30, tzinfo=KST)
    assert propose_start([TimeWindow.SATURDAY], FRIDAY_16) == datetime(2026, 12, 5, 10, 0, tzinfo=KST)
    assert propose_start([TimeWindow.SATURDAY, TimeWindow.WEEKDAY_AFTERNOON], FRIDAY_16).day == 5  # Saturday first
    assert propose_start([], FRIDAY_16) == datetime(2026, 12, 7, 10, 0, tzinfo=KST)  # none given: Monday 10:00


def test_urgent_new_requests_come_before_urgent_ones_already_picked_up(org: Org) -> None:
    counselor = org.counselor()
    counselor.submit(content(note="first urgent", urgency=Urgency.URGENT))
    org.clock.advance(timedelta(minutes=5))
    counselor.submit(content(note="soon", urgency=Urgency.SOON))
    org.clock.advance(timedelta(minutes=5))
    counselor.submit(content(note="second urgent", urgency=Urgency.URGENT))
    org.import_once()
    eap = org.eap_inbox()
    first = next(r for r in eap.requests() if r.content is not None and r.content.note == "first urgent")
    eap.set_triage(first.envelope_id, Triage.IN_PROGRESS)
    notes = [r.content.note for r in eap.requests() if r.content is not None]
    assert notes == ["second urgent", "first urgent", "soon"]
