"""Recovery breaks as a service: jobs from the vault's record, idle and call awareness, the answers.

Data flow: the vault's ``break_events`` (BreakStore) and the effective settings (BreakConfig) feed
``BreakJobs``; a ``JobSynchronizer`` keeps the scheduler holding exactly the planned heads-up and
show jobs. It re-derives them at start, on its one-minute tick (which also watches for clock jumps
and suspends), after each job, and whenever something changed: settings, a call starting or
ending, a break being taken, postponed or skipped, an idle period counted.

The service never touches a widget. It tells its UI what to put on screen through ``BreakHooks``
(plain callables; the Qt feature adapts them to widgets and signals) and is told the counselor's
answers through plain methods (``finish``, ``postpone_shown``, ``skip_shown``, ``end_early`` ...).
It is the ``WeeklyBreaks`` and ``ProtectedBreak`` capability (``wellcare.capabilities``).

The scheduler must run jobs on the thread that opened the vault (the app's QtMainThreadScheduler;
tests step a BaseScheduler by hand): a job records to the vault, and an SQLCipher connection
refuses other threads, so a plain BackgroundScheduler is not enough here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from datetime import datetime, timedelta
from typing import Any

from apscheduler.schedulers.base import BaseScheduler

from wellcare.breaks.after_call import AfterCallGrace
from wellcare.breaks.config import BreakConfig, softphone_names
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.hooks import BreakHooks
from wellcare.breaks.jobs import BreakJobs
from wellcare.breaks.natural import IdlePeriod, IdleTracker, natural_event
from wellcare.breaks.pause import ShiftControls
from wellcare.breaks.planner import BreakPlanner, BreakRefused, DueBreak
from wellcare.breaks.presence import IdleDetector, Presence
from wellcare.breaks.screen import BreakStatus, HeadsUp, ShownBreak, break_status, scheduled_exercise
from wellcare.breaks.settings import BreakSettings
from wellcare.breaks.store import BreakStore, days_back
from wellcare.breaks.summary import DaySummary, daily_summary
from wellcare.breaks.surge import surge_now, with_surge
from wellcare.calls import CallState
from wellcare.capabilities import SurgeMode
from wellcare.idle import IdleStatus, detect
from wellcare.idle.processes import Lister
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.schedule.jumps import ClockJump, JumpKind
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.vault import Vault
from wellcare.weeks import IsoWeek

log = logging.getLogger(__name__)

_REASON = re.compile(r"[^a-z0-9_.-]")


def week_bounds(iso_week: str, now: datetime) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of ``iso_week`` ("2026-W09") in ``now``'s zone."""
    return IsoWeek.parse(iso_week).bounds(now.tzinfo)


class BreaksService(ShiftControls):
    """The breaks capability without Qt: plan, record, idle crediting, call holding, answers, summaries
    (pause, resume and a break on request: ``ShiftControls``)."""

    def __init__(
        self,
        vault: Callable[[], Vault],
        clock: Clock,
        policy: Policy,
        scheduler: BaseScheduler,
        calls: CallState,
        *,
        idle_detector: IdleDetector | None = None,
        process_lister: Lister | None = None,
        hooks: BreakHooks | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._policy = policy
        self._scheduler = scheduler
        self.calls = calls
        self.hooks = hooks or BreakHooks()
        self.config = BreakConfig.build(policy.section("breaks"), org=not policy.personal_mode)
        policy_phones = [str(p) for p in policy.get("calls", "softphone_processes")]
        self.policy_softphones: list[str] = softphone_names(policy_phones, [])
        self.user_softphones: list[str] = []
        self.grace = AfterCallGrace(clock, timedelta(seconds=int(policy.get("calls", "after_call_grace_s"))))
        self.presence = Presence(
            clock, calls, idle_detector or detect, self.policy_softphones, process_lister, self._idle_detection_changed
        )
        self.store: BreakStore | None = None
        self.sync: JobSynchronizer | None = None
        self.on_screen: ShownBreak | None = None
        self._jobs: BreakJobs | None = None
        self._tracker = IdleTracker()
        self._last_idle: timedelta | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._session_start: datetime | None = None
        self._protected_end: list[Callable[[int], None]] = []
        self.surge: SurgeMode | None = None  # set by the UI from ctx.capabilities (surge notices shorten intervals)

    # -- lifecycle ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.store is not None

    @property
    def idle_status(self) -> IdleStatus | None:
        return self.presence.idle_status

    def start(self) -> None:
        """Open the record (VaultError while locked), derive the jobs, start watching presence and calls."""
        self.store = BreakStore(self._vault())
        now = self._clock.now()
        self._session_start = self.store.session_start(now)
        self.config = BreakConfig.build(
            self._policy.section("breaks"), org=not self._policy.personal_mode, user=self.store.user_settings()
        )
        self.user_softphones = self.store.softphones()
        self._load_pause()
        self.presence.set_softphones(softphone_names(self.policy_softphones, self.user_softphones))
        self._jobs = BreakJobs(
            self._clock,
            settings=self.settings_now,
            events=self._planning_events,
            record=self.record,
            on_notice=self._on_notice,
            on_show=self._on_show,
            call_started=self._call_started,
            adjust=self.grace.apply,
        )
        self.presence.probe()
        self._tracker = IdleTracker()
        self._unsubscribe = self.calls.subscribe(self._call_changed)
        self.sync = JobSynchronizer(self._scheduler, self._clock, self._plan, prefix="breaks", on_jump=self._on_jump)
        self.sync.start()
        self.poll_presence()

    def stop(self) -> None:
        """Remove the jobs and note when the session ended (the UI takes its widgets down itself)."""
        self.hooks.arm_presence(None)
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.on_screen = None
        if self.store is not None and self._session_start is not None:
            with suppress(Exception):  # the vault may already be unusable at quit
                self.store.touch(self._session_start, self._clock.now(), force=True)
        self.store = None
        self._jobs = None

    # -- the plan -----------------------------------------------------------------------------------
    def settings_now(self) -> BreakSettings:
        """What the planner uses now: the effective settings, with a surge's shorter intervals."""
        return with_surge(self.config.settings, surge_now(self.surge, self._clock.now()))

    def resync(self) -> None:
        if self.sync is not None:
            self.sync.sync()
        self.hooks.changed()

    def tick(self) -> None:
        """What the periodic tick does (tests and simulations call it after moving the clock)."""
        if self.sync is not None:
            self.sync.tick()

    def next_break(self, now: datetime | None = None) -> DueBreak | None:
        return self._jobs.current(now) if self._jobs is not None else None

    def status(self, now: datetime | None = None) -> BreakStatus:
        """What comes next: on a break, none planned, held by a call, due now, in N min, at a time."""
        now = now or self._clock.now()
        return break_status(self.next_break(now) if self.on_screen is None else None, now, self.on_screen is not None)

    def holds_notices(self, now: datetime | None = None) -> bool:
        """Notifications wait: a break is on screen, announced, or due (held by a call or its after-call grace)."""
        if self.on_screen is not None:
            return True
        now = now or self._clock.now()
        due = self.next_break(now)
        return due is not None and (due.due <= now or due.notice_at <= now)

    def _planning_events(self) -> list[BreakEvent]:
        if self.store is None:
            return []
        events = self.store.planning_events(self._clock.now())
        if self._session_start is not None:
            # Break timers start when WellCare started after a long absence, not before: a
            # counselor who logs in at 9:45 does not owe the break that fell due at 9:30.
            events.append(BreakEvent(BreakKind.REST, BreakAction.NATURAL, self._session_start))
        restart = self._pause_restart(self._clock.now())
        if restart is not None:
            events.append(restart)
        return events

    def record(self, event: BreakEvent, reason: str = "") -> None:
        """Append to the vault's record of what ran (a warning, not a crash, while locked)."""
        if self.store is None:
            log.warning("break event not recorded: the vault is locked")
            return
        self.store.add(event, reason)

    def _plan(self, now: datetime) -> list[PlannedJob]:
        if self._jobs is None:
            return []
        self.presence.scan_softphones(quiet=True)
        paused_until = self.paused_until(now)  # paused: only a job to wake the plan when the pause ends
        jobs = [PlannedJob("breaks.resume", paused_until, self.resync)] if paused_until else self._jobs.plan(now)
        if self.store is not None and self._session_start is not None:
            self.store.touch(self._session_start, now)
        self.hooks.planned(now)
        return jobs

    def _call_started(self) -> datetime | None:
        self.presence.scan_softphones(quiet=True)
        return self.calls.since

    # -- showing breaks and the counselor's answers -------------------------------------------------

    def _on_notice(self, due: DueBreak) -> None:
        if self.on_screen is not None or self.paused_until() is not None:
            return
        seconds = max(1, int((due.show_at - self._clock.now()).total_seconds()))
        postpone = self.config.settings.postpone_length_min if due.postpones_left > 0 else 0
        self.hooks.heads_up(HeadsUp(due, seconds, postpone))

    def _on_show(self, due: DueBreak) -> None:
        if self.on_screen is not None:
            log.info("a %s break fell due while another break is on screen", due.kind)
            return
        settings = self.config.settings
        self._put_on_screen(
            ShownBreak(
                kind=due.kind,
                length=due.length,
                started=self._clock.now(),
                postpone_minutes=settings.postpone_length_min,
                postpones_left=due.postpones_left,
                can_skip=due.can_skip,
                can_end_early=not settings.strict_mode,
                exercise_id=scheduled_exercise(due, self.hooks.recommend),
            )
        )

    def _put_on_screen(self, shown: ShownBreak) -> None:
        self.on_screen = shown
        self.hooks.show(shown)

    def start_protected_break(
        self, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
    ) -> None:
        """Show a protected recovery break now: no postpone, no skip, Esc does not end it.

        It is recorded as a RECOVERY break (SHOWN now with its length, TAKEN when it ends), which
        also restarts the micro and rest break timers from its end. ``reason`` is a short code
        (e.g. "hard_call"), stored as such; anything but ``[a-z0-9_.-]`` is dropped. In non-strict
        mode the counselor can still end it early with a deliberate second press. A scheduled
        break on screen merges into it (taken for the time spent on it so far).
        """
        if minutes <= 0:
            raise ValueError("a recovery break needs a positive length")
        now = self._clock.now()
        current = self.on_screen
        if current is not None:
            if current.protected:
                self.hooks.show(current)  # already on one: bring it to the front
                return
            self.record(BreakEvent(current.kind, BreakAction.TAKEN, now, current.elapsed(now).total_seconds()))
            self.on_screen = None
            self.hooks.hide()
        length = timedelta(minutes=minutes)
        code = _REASON.sub("", reason.lower())[:40]
        self.record(BreakEvent(BreakKind.RECOVERY, BreakAction.SHOWN, now, length.total_seconds()), code)
        shown = ShownBreak(
            kind=BreakKind.RECOVERY,
            length=length,
            started=now,
            protected=True,
            can_end_early=not self.config.settings.strict_mode,
            exercise_id=exercise_id,
            incident_id=incident_id,
        )
        self._put_on_screen(shown)
        self.resync()

    def _done(self, event: BreakEvent | None) -> None:
        ended = self.on_screen
        self.on_screen = None
        if event is not None:
            self.record(event)
        self.hooks.hide()
        self.resync()
        minutes = int(ended.length.total_seconds() // 60) if ended is not None and ended.protected else -1
        for listener in list(self._protected_end) if minutes >= 0 else ():  # only a protected break's end
            try:
                listener(minutes)
            except Exception as exc:  # a listener's trouble is not the break's
                log.error("a protected-break listener failed (%s)", type(exc).__name__)

    def on_protected_break_end(self, listener: Callable[[int], None]) -> Callable[[], None]:
        """Hear when a protected break ends (its planned minutes); returns the unsubscribe function."""
        self._protected_end.append(listener)
        return lambda: self._protected_end.remove(listener) if listener in self._protected_end else None

    def finish(self) -> None:
        """The countdown ran out: the whole break was taken."""
        if self.on_screen is None:
            return
        shown = self.on_screen
        self._done(BreakEvent(shown.kind, BreakAction.TAKEN, self._clock.now(), shown.length.total_seconds()))

    def end_early(self) -> None:
        """Ended before the countdown: taken for the time spent on it (the UI offers it only if allowed)."""
        if self.on_screen is None:
            return
        shown, now = self.on_screen, self._clock.now()
        self._done(BreakEvent(shown.kind, BreakAction.TAKEN, now, shown.elapsed(now).total_seconds()))

    def postpone_shown(self) -> None:
        if self.on_screen is None or not self.on_screen.can_postpone:
            return
        self._done(self._answer(self.on_screen.kind, BreakAction.POSTPONED))

    def skip_shown(self) -> None:
        if self.on_screen is None or self.on_screen.protected or not self.on_screen.can_skip:
            return
        self._done(self._answer(self.on_screen.kind, BreakAction.SKIPPED))

    def _answer(self, kind: BreakKind, action: BreakAction) -> BreakEvent:
        """The planner's event for postponing or skipping; if the plan moved on meanwhile (another
        break became the due one while this one was on screen), answer the one on screen as offered."""
        now = self._clock.now()
        planner = BreakPlanner(self.settings_now())
        events = self._planning_events()
        try:
            if action is BreakAction.POSTPONED:
                return planner.postpone(events, now, kind=kind)
            return planner.skip(events, now, kind=kind)
        except BreakRefused as exc:
            log.info("answering the break on screen directly: %s", exc)
            duration = self.config.settings.postpone_length.total_seconds() if action is BreakAction.POSTPONED else 0
            return BreakEvent(kind, action, now, duration)

    def postpone_from_notice(self) -> bool:
        """Postpone the announced break from its heads-up; False if the rules refuse."""
        if self.store is None:
            return False
        try:
            event = BreakPlanner(self.settings_now()).postpone(self._planning_events(), self._clock.now())
        except BreakRefused as exc:
            log.info("postpone refused: %s", exc)
            return False
        self.record(event)
        self.resync()
        return True

    def start_from_notice(self) -> None:
        """The break the heads-up announced, now rather than in a few seconds."""
        due = self.next_break()
        if due is None or self.store is None or self.on_screen is not None:
            return
        self.record(BreakEvent(due.kind, BreakAction.SHOWN, self._clock.now()))
        self._on_show(due)
        self.resync()

    # -- idle, suspend and calls --------------------------------------------------------------------

    def poll_presence(self) -> None:
        """Read idle time and softphone processes once, count a finished idle period, re-arm."""
        if self.store is None:
            return
        now = self._clock.now()
        idle = self.presence.read_idle()
        self._last_idle = idle
        if idle is not None:
            period = self._tracker.observe(now, idle)
            if period is not None and self.credit(period):
                self.resync()
        self.presence.scan_softphones(quiet=False, force=True)
        self._arm_presence()

    def _arm_presence(self) -> None:
        wait = None if self.store is None else self.presence.next_wait(self._last_idle, self.config.settings)
        self.hooks.arm_presence(wait)

    def _idle_detection_changed(self) -> None:
        self.hooks.changed()

    def credit(self, period: IdlePeriod) -> bool:
        """Record a natural break for an idle period if it covers one; True if recorded."""
        if self.store is None:
            return False
        record = self.store.events_since(period.start - timedelta(minutes=1))
        event = natural_event(self.config.settings, period, record)
        if event is None:
            return False
        log.info("away for %s: counted as a %s break", period.length, event.kind)
        self.record(event)
        return True

    def _on_jump(self, jump: ClockJump) -> None:
        """A long gap with both clocks running (a suspend, on any OS) is time away, as idle is."""
        if jump.kind is not JumpKind.GAP or self.calls.on_call:
            return
        self.credit(IdlePeriod(jump.at - jump.wall_delta, jump.at))

    def _call_changed(self, on_call: bool) -> None:
        now = self._clock.now()
        if on_call:
            self.grace.call_started()
            idle = self.presence.read_idle()
            if idle is not None:
                self._tracker.observe(now, idle)
            period = self._tracker.call_started(now)
            if period is not None:
                self.credit(period)
        else:
            self.grace.call_ended()
            self._tracker.call_ended(now)
        if not self.presence.quiet:  # a change found while planning: the plan being made already sees it
            self.resync()

    def toggle_call(self) -> None:
        """The tray's "On a call": on marks a call by hand; off ends every source's call."""
        if self.calls.on_call:
            self.calls.end_all()
        else:
            self.calls.set(True, "manual")

    def call_message(self, state: object) -> None:
        """``wellcare call start|end`` (a softphone hook); anything else is ignored with a warning."""
        if state not in ("start", "end"):
            log.warning("ignoring a call message with state %r", state)
            return
        self.calls.set(state == "start", "hook")

    # -- settings -----------------------------------------------------------------------------------

    def save_settings(self, values: Mapping[str, Any]) -> None:
        """Apply the counselor's choices (SettingsError if they do not make sense), then re-plan."""
        config = self.config.with_user(values)
        if self.store is not None:
            self.store.save_user_settings(config.user)
        self.config = config
        self._arm_presence()
        self.resync()

    def save_softphones(self, names: Sequence[str]) -> None:
        self.user_softphones = softphone_names([], names)
        if self.store is not None:
            self.store.save_softphones(self.user_softphones)
        self.presence.set_softphones(softphone_names(self.policy_softphones, self.user_softphones))
        self.presence.scan_softphones(quiet=False, force=True)
        self._arm_presence()
        self.hooks.changed()

    # -- what the pages and other capabilities read -------------------------------------------------

    def day_summaries(self, days: int = 14) -> list[DaySummary]:
        """The last ``days`` local days, oldest first, today last (empty days included)."""
        now = self._clock.now()
        tz = now.tzinfo
        assert tz is not None
        wanted = days_back(now.date(), days)
        if self.store is None:
            return [DaySummary(d) for d in wanted]
        start = datetime.combine(wanted[0], datetime.min.time(), tzinfo=tz)
        per_day = daily_summary(self.store.events_between(start, now + timedelta(days=1)), tz)
        return [per_day.get(d, DaySummary(d)) for d in wanted]

    def breaks_taken_in_week(self, iso_week: str) -> int:
        """Breaks taken (overlay or natural) in the local ISO week; 0 while the vault is locked."""
        start, end = week_bounds(iso_week, self._clock.now())
        if self.store is None:
            return 0
        assert start.tzinfo is not None
        per_day = daily_summary(self.store.events_between(start, end), start.tzinfo)
        return sum(s.total_taken for d, s in per_day.items() if start.date() <= d < end.date())
