"""The record in a real vault: sessions and 'My day', journal, program runs, offer enrollments."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from tests.programs.helpers import at
from wellcare.programs import ProgramSchedule, ProgramService, RunConflict, RunStatus
from wellcare.programs.store import COMPONENT, MIGRATIONS, ProgramStore
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault

SCHEDULE = ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5}))


def test_migrations_are_recorded_per_component(vault: Vault, clock: ManualClock) -> None:
    ProgramStore(vault, clock)
    assert vault.component_version(COMPONENT) == MIGRATIONS[-1].version
    ProgramStore(vault, clock)  # a second open applies nothing
    assert vault.component_version(COMPONENT) == MIGRATIONS[-1].version


def test_sessions_per_day_feeds_my_day(service: ProgramService, clock: ManualClock) -> None:
    service.record_session("paced_breathing", 180)
    service.record_session("eye_rest_202020", 60)
    clock.advance(timedelta(days=2))
    service.record_session("decompression", 177, source="hard_call")
    days = service.sessions_per_day(3)
    assert days == [(date(2025, 3, 3), 2, 4), (date(2025, 3, 4), 0, 0), (date(2025, 3, 5), 1, 3)]
    assert service.sessions_per_day(1) == [(date(2025, 3, 5), 1, 3)]
    assert service.store.exercise_counts() == {"paced_breathing": 1, "eye_rest_202020": 1, "decompression": 1}


def test_a_session_is_counted_on_the_local_day_it_ended(service: ProgramService, clock: ManualClock) -> None:
    clock.set(at(3, 23, 59))
    service.record_session("paced_breathing", 180)
    clock.set(at(4, 0, 1))
    assert service.sessions_per_day(2) == [(date(2025, 3, 3), 1, 3), (date(2025, 3, 4), 0, 0)]


def test_record_session_refuses_a_bad_id(service: ProgramService) -> None:
    with pytest.raises(ValueError):
        service.record_session("../etc", 10)


def test_journal_entries_stay_in_the_vault(service: ProgramService, vault: Vault) -> None:
    service.store.save_journal([{"what": "A caller thanked me", "why": "I stayed patient"}, {"what": " "}])
    [entry] = service.store.journal()
    assert entry.entries == ({"what": "A caller thanked me", "why": "I stayed patient"},)
    with pytest.raises(ValueError):
        service.store.save_journal([{"what": ""}])


def test_following_a_program_to_the_end(service: ProgramService, clock: ManualClock) -> None:
    view = service.start("reset7", SCHEDULE)
    assert (view.done, view.total, view.next.index) == (0, 7, 0)
    with pytest.raises(RunConflict):
        service.start("resilience4w", SCHEDULE)  # one program at a time
    for n in range(7):
        view = service.complete_session(view.run.id, n, 120)
        clock.advance(timedelta(days=1))
    assert view.run.status is RunStatus.FINISHED and view.done == 7
    assert service.current() is None
    assert sum(n for _, n, _ in service.sessions_per_day(8)) == 7


def test_doing_a_session_again_is_practice_not_progress(service: ProgramService) -> None:
    view = service.start("reset7", SCHEDULE)
    service.complete_session(view.run.id, 0, 120)
    view = service.complete_session(view.run.id, 0, 120)
    assert view.done == 1 and view.next.index == 1


def test_pause_resume_and_leave(service: ProgramService, clock: ManualClock) -> None:
    view = service.start("reset7", SCHEDULE)
    view = service.pause(view.run.id)
    assert view.run.status is RunStatus.PAUSED and not view.due_today
    clock.advance(timedelta(days=3))
    view = service.resume(view.run.id)
    assert view.run.pauses == ((date(2025, 3, 3), date(2025, 3, 6)),)
    with pytest.raises(RunConflict):
        service.resume(view.run.id)
    service.leave(view.run.id)
    assert service.current() is None
    assert service.store.run(view.run.id).status is RunStatus.LEFT


def test_rescheduling_keeps_progress(service: ProgramService) -> None:
    view = service.start("reset7", SCHEDULE)
    service.complete_session(view.run.id, 0, 100)
    view = service.reschedule(view.run.id, ProgramSchedule(time(17, 45), frozenset({2, 4})))
    assert view.done == 1 and view.run.schedule.at == time(17, 45)


def test_offer_enrollments_are_recorded_with_what_was_shared(service: ProgramService, clock: ManualClock) -> None:
    store = service.store
    store.add_enrollment("forest", 1, "a" * 32, {"contact": "4321"}, {"offer_id": "forest"})
    assert store.active_enrollment("forest").shared == {"contact": "4321"}
    clock.advance(60)
    store.mark_withdrawn("a" * 32, "b" * 32)
    assert store.active_enrollment("forest") is None
    assert store.enrollments()[0].withdrawn_at == clock.now()
