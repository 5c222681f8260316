"""Program reminders as scheduler jobs, re-checked against the vault's record when they fire.

Like the break jobs, a firing job is only a hint: the handler reads the run again, and reminds
only if a session is still due today, the chosen time has come and no reminder was recorded for
today. Recording the reminder first is what keeps the next sync (or a restart) from planning it
again, so a late, early or duplicated timer never reminds twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from wellcare.programs.model import Program, ProgramSession
from wellcare.programs.progress import ProgramRun, due_today, next_reminder, next_session
from wellcare.schedule.clock import Clock
from wellcare.schedule.sync import PlannedJob

_EARLY = timedelta(seconds=1)  # a timer may fire this much before the planned time
JOB_KEY = "programs.remind"


class ProgramJobs:
    """The plan for a ``JobSynchronizer`` (prefix "programs"), plus the handler its jobs run.

    Parameters
    ----------
    runs
        The open runs, read from the vault on every plan and every job.
    program
        Looks a program up by id (the content library).
    mark_reminded
        Records in the vault that ``run_id`` was reminded on ``day``.
    on_remind
        Called on the scheduler's thread (the Qt main thread with ``QtMainThreadScheduler``).
    """

    def __init__(
        self,
        clock: Clock,
        runs: Callable[[], Sequence[ProgramRun]],
        program: Callable[[str], Program | None],
        mark_reminded: Callable[[int, date], None],
        on_remind: Callable[[ProgramRun, ProgramSession], None],
    ) -> None:
        self._clock = clock
        self._runs = runs
        self._program = program
        self._mark_reminded = mark_reminded
        self._on_remind = on_remind

    def plan(self, now: datetime) -> list[PlannedJob]:
        jobs = []
        for run in self._runs():
            program = self._program(run.program_id)
            if program is None:
                continue
            when = next_reminder(program, run, now)
            if when is not None:
                jobs.append(PlannedJob(f"{JOB_KEY}.{run.id}", when, self._remind, (run.id,)))
        return jobs

    def _remind(self, run_id: int) -> None:
        now = self._clock.now()
        run = next((r for r in self._runs() if r.id == run_id), None)
        if run is None:
            return
        program = self._program(run.program_id)
        if program is None:
            return
        when = next_reminder(program, run, now)
        if when is None or when.date() != now.date() or when > now + _EARLY or not due_today(program, run, now):
            return
        session = next_session(program, run)
        if session is None:
            return
        self._mark_reminded(run.id, now.date())
        self._on_remind(run, session)
