"""Program reminders through a real APScheduler, stepped by hand with a ManualClock."""

from __future__ import annotations

from datetime import date, time, timedelta

from tests.programs.helpers import KST, at
from tests.schedule.harness import SteppedScheduler, run_until
from wellcare.programs import Library, ProgramRun, ProgramSchedule, ProgramService, ProgramSession
from wellcare.programs.jobs import ProgramJobs
from wellcare.schedule.clock import ManualClock
from wellcare.schedule.sync import JobSynchronizer


class Rig:
    def __init__(self, service: ProgramService, clock: ManualClock, library: Library) -> None:
        self.clock = clock
        self.service = service
        self.reminded: list[tuple[object, int, int]] = []
        self.jobs = ProgramJobs(
            clock,
            runs=service.store.runs,
            program=library.programs.get,
            mark_reminded=service.store.mark_reminded,
            on_remind=self._remind,
        )
        self.scheduler = SteppedScheduler(timezone=KST)
        self.sync = JobSynchronizer(self.scheduler, clock, self.jobs.plan, prefix="programs")
        self.scheduler.start()
        self.sync.start()

    def _remind(self, run: ProgramRun, session: ProgramSession) -> None:
        self.reminded.append((self.clock.now(), run.id, session.index))

    def until(self, when, every=timedelta(minutes=1)) -> None:  # type: ignore[no-untyped-def]
        run_until(self.clock, self.sync, self.scheduler, when, every)

    def close(self) -> None:
        self.sync.stop()
        self.scheduler.shutdown()


def test_a_session_reminder_fires_once_at_the_chosen_time(
    service: ProgramService, clock: ManualClock, library: Library
) -> None:
    view = service.start("reset7", ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5})))
    rig = Rig(service, clock, library)
    try:
        rig.until(at(3, 18))
        assert rig.reminded == [(at(3, 12, 30), view.run.id, 0)]
        service.complete_session(view.run.id, 0, 180)  # done in the evening
        rig.sync.sync()
        rig.until(at(4, 18))
        assert rig.reminded[-1] == (at(4, 12, 30), view.run.id, 1)
        service.complete_session(view.run.id, 1, 180)
        # a session done before the time: no reminder that day
        rig.until(at(5, 11))
        service.complete_session(view.run.id, 2, 180)
        rig.until(at(5, 18))
        assert len(rig.reminded) == 2
        assert service.store.run(view.run.id).reminded == {date(2025, 3, 3), date(2025, 3, 4)}
    finally:
        rig.close()


def test_weekends_and_pauses_are_quiet_and_a_restart_does_not_repeat(
    service: ProgramService, clock: ManualClock, library: Library
) -> None:
    clock.set(at(7, 13))  # Friday, after 12:30
    view = service.start("reset7", ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5})))
    rig = Rig(service, clock, library)
    try:
        rig.until(at(10, 12, 20), every=timedelta(minutes=10))  # the weekend, to Monday 12:20
        assert rig.reminded == []
        rig.until(at(10, 12, 40))
        assert [r[0] for r in rig.reminded] == [at(10, 12, 30)]
    finally:
        rig.close()
    rig = Rig(service, clock, library)  # the app restarts the same afternoon
    try:
        rig.until(at(10, 15))
        assert rig.reminded == []
        service.pause(view.run.id)
        rig.sync.sync()
        rig.until(at(12, 18), every=timedelta(minutes=10))
        assert rig.reminded == [] and rig.sync.jobs() == []
    finally:
        rig.close()


def test_a_late_start_catches_up_once(service: ProgramService, clock: ManualClock, library: Library) -> None:
    view = service.start("reset7", ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5})))
    clock.set(at(3, 14))  # the app was off over lunch
    rig = Rig(service, clock, library)
    try:
        rig.until(at(3, 14, 5))
        assert rig.reminded == [(at(3, 14, 1), view.run.id, 0)]  # on the first pass, not a burst
    finally:
        rig.close()
