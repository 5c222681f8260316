"""The Programs capability in the app: its page, tray entry, reminder jobs and shared services.

It is ``ctx.capabilities.exercise_player`` (``wellcare.capabilities.ExercisePlayer``). What it offers:

- ``exercise_widget(exercise_id, parent) -> ExercisePlayer``: a player that starts itself, emits
  ``finished(exercise_id: str, seconds: int, completed: bool)``, records a completed session
  itself (do not call ``record_session`` for it) and stops its timer when hidden, closed or
  destroyed. Used by the break overlay and the hard-call flow.
- ``recommend(context) -> list[str]``: exercise ids, e.g. ``{"after": "hard_call"}``,
  ``{"after": "micro_break", "max_seconds": 60}``, ``{"instrument": "pss10", "band": "high"}``.
- ``recommend_programs(context) -> list[str]``: program ids for the same contexts (often none).
- ``record_session(exercise_id, seconds)``: a completed exercise done elsewhere.
- ``sessions_per_day(days) -> list[(date, sessions, minutes)]``: for 'My day'.
- ``exercise_title(exercise_id) -> str``: the title in the current language.

Org offers are read at start and every :attr:`ProgramsFeature.offers_every` on the same job
schedule as the reminders (one ``JobSynchronizer``, clock times), and whenever the page asks;
each verified read may bring a quiet notice of a new offer (``notices.py``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from wellcare.programs import ProgramService, default_library, pick
from wellcare.programs.jobs import ProgramJobs
from wellcare.programs.model import ProgramSession
from wellcare.programs.progress import ProgramRun
from wellcare.programs.store import ProgramStore
from wellcare.programs.today import new_offers
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.today import NewOffers
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.messages import VaultError
from wellcare.ui.programs.notices import OfferNotices
from wellcare.ui.programs.offers import OffersController, OffersState
from wellcare.ui.programs.ticker import QtTicker, Ticker
from wellcare.ui.tray import TrayEntry

if TYPE_CHECKING:  # the pages' modules are imported when the window is first built (issue #16)
    from wellcare.ui.programs.player import ExercisePlayer

log = logging.getLogger(__name__)

OFFERS_JOB_KEY = "programs.offers"


class _Signals(QObject):
    changed = Signal()  # the record changed (a session, a run): pages refresh
    show_offers = Signal()  # the counselor asked for the offers (a tray entry): the page shows that tab


class ProgramsFeature(Feature):
    offers_every = timedelta(minutes=30)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        ctx.capabilities.exercise_player = self
        self.library = default_library()
        self.service: ProgramService | None = None
        self.signals = _Signals()
        self.offers = OffersController(ctx, self._store)
        self.notices = OfferNotices(ctx, self._store, self.offers, self.open_offers)
        ctx.capabilities.today.add_source(self._today, offers=self.open_offers)
        self.offers.listed.connect(ctx.capabilities.today.changed)  # after the notices recorded the news
        self.ticker_factory: Callable[[QObject], Ticker] = QtTicker  # tests hand in a manual ticker
        self._sync: JobSynchronizer | None = None
        self._jobs = ProgramJobs(
            ctx.clock,
            runs=self._open_runs,
            program=self.library.programs.get,
            mark_reminded=self._mark_reminded,
            on_remind=self._remind,
        )

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        self.service = self.services.programs(self.library)
        self._sync = JobSynchronizer(self.ctx.scheduler, self.ctx.clock, self._plan, prefix="programs")
        self._sync.start()

    def stop(self) -> None:
        if self._sync is not None:
            self._sync.stop()
            self._sync = None
        self.service = None

    def plan_changed(self) -> None:
        """Runs changed: re-derive the reminder jobs and let pages redraw."""
        if self._sync is not None:
            self._sync.sync()
        self.signals.changed.emit()

    def pages(self) -> list[PageSpec]:
        from wellcare.ui.programs.page import ProgramsPage

        return [PageSpec("programs", self.tr("Healing programs"), ProgramsPage(self), scroll=False)]

    def tray_entries(self) -> list[TrayEntry]:
        entries = []
        view = self._current()
        if view is not None and view.due_today and view.next is not None:
            title = pick(view.next.title, self.language())
            entries.append(TrayEntry(self.tr("Today's program session: %s") % title, self.open_page))
        if self.service is not None:
            entries.extend(self.notices.tray_entries())
        entries.append(TrayEntry(self.tr("Guided exercises…"), self.open_page))
        return entries

    def open_page(self) -> None:
        self.ctx.show_page("programs")

    def open_offers(self) -> None:
        """The Programs page on its offers tab (built first if the window was not yet)."""
        self.ctx.show_page("programs")
        self.signals.show_offers.emit()

    def offers_viewed(self) -> None:
        """The page shows the offers to the counselor: they are no news any more."""
        if self.service is not None:
            self.notices.viewed()
            self.ctx.capabilities.today.changed()

    def language(self) -> str:
        return self.ctx.language()

    # -- services for other capabilities ------------------------------------------------------------

    def exercise_widget(
        self,
        exercise_id: str,
        parent: QWidget | None = None,
        *,
        controls: bool = True,
        on_finished: Callable[[bool], None] | None = None,
        source: str = "embedded",
    ) -> QWidget:
        """A self-starting player for ``exercise_id`` that records itself when completed (see ExercisePlayer)."""

        def complete(exercise_id: str, seconds: float) -> None:
            self.record_session(exercise_id, seconds, source=source)

        player = self.make_player(exercise_id, complete, parent)
        if not controls:
            player.hide_own_controls()
        if on_finished is not None:
            player.finished.connect(lambda _id, _seconds, completed: on_finished(bool(completed)))
        return player

    def exercise_seconds(self, exercise_id: str) -> int:
        return int(self.library.exercise(exercise_id).seconds)

    def make_player(
        self,
        exercise_id: str,
        on_complete: Callable[[str, float], None],
        parent: QWidget | None = None,
    ) -> ExercisePlayer:
        from wellcare.ui.programs.player import ExercisePlayer  # on first play, not at start (issue #16)

        exercise = self.library.exercise(exercise_id)
        player = ExercisePlayer(
            exercise,
            self.language(),
            clock=self.ctx.clock,
            ticker_factory=self.ticker_factory,
            sound_on=self._sound_cue(),
            on_complete=on_complete,
            save_journal=self.save_journal,
            parent=parent,
        )
        player.sound_toggled.connect(self._remember_sound_cue)
        return player

    def recommend(self, context: Mapping[str, object]) -> list[str]:
        if self.service is not None:
            return self.service.recommend(context)
        from wellcare.programs.recommend import recommend

        return recommend(self.library, context)

    def recommend_programs(self, context: Mapping[str, object]) -> list[str]:
        """Program ids worth suggesting for ``context`` (e.g. after an assessment), often none."""
        from wellcare.programs.recommend import recommend_programs

        return recommend_programs(self.library, context)

    def record_session(self, exercise_id: str, seconds: float, *, source: str = "") -> None:
        if self.service is None:
            log.warning("a completed exercise was not recorded: the vault is locked")
            return
        self.service.record_session(exercise_id, seconds, source=source)
        self.signals.changed.emit()

    def sessions_per_day(self, days: int) -> list[tuple[date, int, int]]:
        if self.service is None:
            return []
        return self.service.sessions_per_day(days)

    def exercise_title(self, exercise_id: str) -> str:
        exercise = self.library.exercises.get(exercise_id)
        return "" if exercise is None else pick(exercise.title, self.language())

    def save_journal(self, entries: list[dict[str, str]]) -> None:
        if self.service is not None:
            self.service.store.save_journal(entries)

    # -- internals ---------------------------------------------------------------------------------

    def _plan(self, now: datetime) -> list[PlannedJob]:
        return [*self._jobs.plan(now), *self._offers_check(now)]

    def _offers_check(self, now: datetime) -> list[PlannedJob]:
        """Read offers/ at start, then ``offers_every`` after the last read (by the page too)."""
        offers = self.offers
        if not offers.has_org() or offers.state is OffersState.LOADING:
            return []  # a read on its way: the tick after it lands plans the next one
        when = now if offers.checked_at is None else offers.checked_at + self.offers_every
        return [PlannedJob(OFFERS_JOB_KEY, when, self.check_offers)]

    def check_offers(self) -> None:
        """Read offers/ now (off the GUI thread); news, if any, is told when the read lands."""
        if self.service is not None:
            self.offers.refresh()

    def _today(self, now: datetime) -> list[NewOffers]:
        store = self._store()
        if store is None:
            return []
        return [new_offers(self.offers.listing.offers, store.known_offers(), now, self.language())]

    def _store(self) -> ProgramStore | None:
        return None if self.service is None else self.service.store

    def _current(self):  # type: ignore[no-untyped-def]
        if self.service is None:
            return None
        try:
            return self.service.current()
        except VaultError:
            return None

    def _open_runs(self) -> list[ProgramRun]:
        if self.service is None:
            return []
        return self.service.store.runs()

    def _mark_reminded(self, run_id: int, day: date) -> None:
        if self.service is not None:
            self.service.store.mark_reminded(run_id, day)

    def _remind(self, run: ProgramRun, session: ProgramSession) -> None:
        program = self.library.programs.get(run.program_id)
        if program is None:
            return
        language = self.language()
        self.ctx.notifier.notify(
            pick(program.title, language),
            self.tr(
                "Time for today's session: %1 (%n min). Open WellCare when you are ready.",
                "",
                self.library.exercise(session.exercise).minutes,
            ).replace("%1", pick(session.title, language)),
            page="programs",
        )
        self.signals.changed.emit()

    def _sound_cue(self) -> bool:
        try:
            return self.service.store.sound_cue() if self.service is not None else False
        except VaultError:
            return False

    def _remember_sound_cue(self, on: bool) -> None:
        with contextlib.suppress(VaultError):  # locked: the choice is simply not remembered
            if self.service is not None:
                self.service.store.set_sound_cue(on)
