"""Appointment reminders as scheduler jobs, re-derived from the vault's record (never the job store).

The plan asks the record, for every scheduled request, when its next reminder is due; a job
firing is only a hint: the handler asks the record again, so a late, early or repeated timer
cannot remind twice. After a sleep or a clock jump, the reminders that were missed collapse into
one (the nearest lead), and none is shown once the appointment has begun.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from wellcare.eap.service import EapService
from wellcare.eap.store import MyRequest
from wellcare.schedule.sync import PlannedJob

_EARLY = timedelta(seconds=1)  # a timer may fire this much before the planned time


class EapReminders:
    """The plan for a ``JobSynchronizer`` (prefix "eap"), plus the handler its jobs run."""

    def __init__(self, service: EapService, on_remind: Callable[[MyRequest], None]) -> None:
        self._service = service
        self._on_remind = on_remind

    def plan(self, now: datetime) -> list[PlannedJob]:
        jobs = []
        for request in self._service.store.open_requests():
            when = self._service.next_reminder(request, now)
            if when is not None:
                jobs.append(PlannedJob(f"eap.remind.{request.id}", when, self.fire, (request.id,)))
        return jobs

    def fire(self, request_id: int) -> None:
        request = self._service.store.get(request_id)
        if request is None:
            return
        leads = self._service.due_reminder(request, self._service.clock.now() + _EARLY)
        if not leads:
            return
        self._service.record_reminder(request, leads)
        self._on_remind(self._service.get(request_id))
