"""The programs capability without Qt: content, recommendations, practice record and program runs.

The Qt feature (``wellcare.ui.programs``) wraps one :class:`ProgramService` per open vault and
forwards to it; headless code and tests use it directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wellcare.programs.library import Library, default_library
from wellcare.programs.model import Program, ProgramSession
from wellcare.programs.progress import (
    ProgramRun,
    ProgramSchedule,
    RunStatus,
    Streak,
    due_today,
    next_session,
    next_session_day,
    sessions_done,
    streak,
)
from wellcare.programs.recommend import recommend, recommend_programs
from wellcare.programs.store import ProgramStore, RunConflict
from wellcare.programs.validate import CONTENT_ID
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

__all__ = ["ProgramService", "RunConflict", "RunView"]


@dataclass(frozen=True)
class RunView:
    """A program being followed, as the page shows it."""

    run: ProgramRun
    program: Program
    done: int
    total: int
    next: ProgramSession | None
    streak: Streak
    due_today: bool
    next_day: date | None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


class ProgramService:
    def __init__(self, vault: Vault, clock: Clock, library: Library | None = None) -> None:
        self.library = library if library is not None else default_library()
        self.clock = clock
        self.store = ProgramStore(vault, clock)

    # -- recommendations --------------------------------------------------------------------------

    def recommend(self, context: Mapping[str, object]) -> list[str]:
        return recommend(self.library, context)

    def recommend_programs(self, context: Mapping[str, object]) -> list[str]:
        return recommend_programs(self.library, context)

    # -- practice record --------------------------------------------------------------------------

    def record_session(self, exercise_id: str, seconds: float, *, source: str = "") -> int:
        """A completed exercise for the 'My day' statistics."""
        if not isinstance(exercise_id, str) or not CONTENT_ID.fullmatch(exercise_id):
            raise ValueError(f"{exercise_id!r} is not an exercise id")
        return self.store.record_session(exercise_id, seconds, source=source)

    def sessions_per_day(self, days: int) -> list[tuple[date, int, int]]:
        """``(date, completed sessions, minutes)`` for the last ``days`` days, oldest first."""
        return [(d.day, d.sessions, d.minutes) for d in self.store.sessions_per_day(days)]

    # -- program runs -----------------------------------------------------------------------------

    def view(self, run: ProgramRun) -> RunView | None:
        program = self.library.programs.get(run.program_id)
        if program is None:
            return None
        now = self.clock.now()
        return RunView(
            run=run,
            program=program,
            done=sessions_done(program, run),
            total=len(program.sessions),
            next=next_session(program, run),
            streak=streak(run, now.date()),
            due_today=due_today(program, run, now),
            next_day=next_session_day(run, now),
        )

    def current(self) -> RunView | None:
        """The program being followed (active or paused), if any and still known."""
        for run in self.store.runs():
            view = self.view(run)
            if view is not None:
                return view
        return None

    def start(self, program_id: str, schedule: ProgramSchedule) -> RunView:
        self.library.program(program_id)  # KeyError for an unknown program
        run_id = self.store.start_run(program_id, schedule)
        return self._view_of(run_id)

    def reschedule(self, run_id: int, schedule: ProgramSchedule) -> RunView:
        self.store.set_schedule(run_id, schedule)
        return self._view_of(run_id)

    def pause(self, run_id: int) -> RunView:
        self.store.pause(run_id)
        return self._view_of(run_id)

    def resume(self, run_id: int) -> RunView:
        self.store.resume(run_id)
        return self._view_of(run_id)

    def leave(self, run_id: int) -> None:
        self.store.end(run_id, RunStatus.LEFT)

    def complete_session(self, run_id: int, session_index: int, seconds: float) -> RunView:
        """A program session's exercise was completed: record it, finish the run after the last one.

        Completing a session that was already done (doing it again) counts as practice only.
        """
        run = self.store.run(run_id)
        if run is None or not run.open:
            raise RunConflict("the program is not being followed")
        program = self.library.program(run.program_id)
        session = program.sessions[session_index]
        again = session_index in run.done_indexes()
        self.store.record_session(
            session.exercise,
            seconds,
            source="program",
            run_id=None if again else run_id,
            run_session=None if again else session_index,
        )
        run = self.store.run(run_id)
        assert run is not None
        if next_session(program, run) is None:
            self.store.end(run_id, RunStatus.FINISHED)
        return self._view_of(run_id)

    def _view_of(self, run_id: int) -> RunView:
        run = self.store.run(run_id)
        view = None if run is None else self.view(run)
        if view is None:
            raise RunConflict("no such program run")
        return view
