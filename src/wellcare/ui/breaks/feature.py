"""Recovery breaks in the app: jobs from the vault's record, the overlay, idle and call awareness.

Data flow: the vault's ``break_events`` (BreakStore) and the effective settings (BreakConfig) feed
``BreakJobs``; a ``JobSynchronizer`` keeps ``ctx.scheduler`` holding exactly the planned heads-up
and show jobs. It re-derives them at start, on its one-minute tick (which also watches for clock
jumps and suspends), after each job, and whenever this feature says something changed: settings,
a call starting or ending, a break being taken, postponed or skipped, an idle period counted.

Presence is polled by one single-shot QTimer: idle time (about once a minute, and right when it
crosses a break's length) and, if any are configured, softphone processes (every 30 s, and again
right before a break is planned or shown). With neither, the timer does not run at all.

Other features use ``ctx.services["breaks"]`` (this object):
``start_protected_break(minutes, exercise_id, reason)`` shows a protected recovery break at once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from wellcare.breaks.config import BreakConfig, softphone_names
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.jobs import BreakJobs
from wellcare.breaks.natural import IdlePeriod, IdleTracker, natural_event, next_poll, thresholds
from wellcare.breaks.planner import BreakPlanner, BreakRefused, DueBreak
from wellcare.breaks.store import BreakStore, days_back
from wellcare.breaks.summary import DaySummary, daily_summary
from wellcare.idle import IdleStatus, IdleUnavailable, detect
from wellcare.idle.base import Reason
from wellcare.idle.detect import Attempt
from wellcare.idle.processes import Lister, SoftphoneWatcher
from wellcare.schedule.jumps import ClockJump, JumpKind
from wellcare.schedule.sync import JobSynchronizer, PlannedJob
from wellcare.ui import locale_format as fmt
from wellcare.ui.breaks.notice import BreakNotice
from wellcare.ui.breaks.overlay import BreakOverlay, ExerciseFactory, OverlaySpec
from wellcare.ui.breaks.texts import duration_words, kind_name
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.tray import TrayEntry

log = logging.getLogger(__name__)

SOFTPHONE_POLL = timedelta(seconds=30)
SOFTPHONE_MIN_GAP_S = 10.0  # on-demand scans (before planning or showing a break) at most this often
IDLE_REPROBE = timedelta(minutes=10)  # without an idle backend, look again this often...
IDLE_REPROBES = 6  # ...this many times (the first hour), for reasons that may pass
_PASSING = frozenset({Reason.NO_DISPLAY, Reason.NO_SESSION_BUS, Reason.SERVICE_MISSING, Reason.CALL_FAILED})
# Exercises for scheduled breaks when the programs service suggests none (without that service,
# or if it cannot play the id, the overlay shows its own breathing guide).
SCHEDULED_EXERCISES = {BreakKind.MICRO: "micro_reset", BreakKind.REST: "neck_shoulder_release"}
_REASON = re.compile(r"[^a-z0-9_.-]")

IdleDetector = Callable[[], IdleStatus]


class BreaksFeature(Feature):
    """The "breaks" service and its page, tray entry, overlay and jobs."""

    changed = Signal()  # the record, the plan or the settings changed (pages refresh)

    def __init__(
        self,
        ctx: AppContext,
        *,
        idle_detector: IdleDetector | None = None,
        process_lister: Lister | None = None,
    ) -> None:
        super().__init__(ctx)
        ctx.services["breaks"] = self
        self._detect_idle = idle_detector or detect
        self._store: BreakStore | None = None
        self._jobs: BreakJobs | None = None
        self.sync: JobSynchronizer | None = None
        self.config = BreakConfig.build(ctx.policy.section("breaks"), org=not ctx.policy.personal_mode)
        self.idle_status: IdleStatus | None = None
        self._probed_at: float | None = None
        self._reprobes = 0
        self._tracker = IdleTracker()
        self._last_idle: timedelta | None = None
        policy_phones = [str(p) for p in ctx.policy.get("calls", "softphone_processes")]
        self.policy_softphones: list[str] = softphone_names(policy_phones, [])
        self.user_softphones: list[str] = []
        self._watcher = SoftphoneWatcher(self.policy_softphones, process_lister)
        self._softphone_on = False
        self._softphone_scanned: float | None = None
        self._quiet = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._session_start: datetime | None = None
        self.overlay: BreakOverlay | None = None
        self.notice: BreakNotice | None = None
        self.shown_count = 0
        self.tooltip = ""
        self.presence_timer = QTimer(self)
        self.presence_timer.setObjectName("breaks-presence")
        self.presence_timer.setSingleShot(True)
        self.presence_timer.timeout.connect(self.poll_presence)

    # -- lifecycle ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._store is not None

    def start(self) -> None:
        ctx = self.ctx
        self._store = BreakStore(ctx.vault())
        now = ctx.clock.now()
        self._session_start = self._store.session_start(now)
        self.config = BreakConfig.build(
            ctx.policy.section("breaks"), org=not ctx.policy.personal_mode, user=self._store.user_settings()
        )
        self.user_softphones = self._store.softphones()
        self._watcher.set_names(softphone_names(self.policy_softphones, self.user_softphones))
        self._jobs = BreakJobs(
            ctx.clock,
            settings=lambda: self.config.settings,
            events=self._planning_events,
            record=self._record,
            on_notice=self._on_notice,
            on_show=self._on_show,
            call_started=self._call_started,
        )
        if self.idle_status is None:
            self.idle_status = self._detect_idle()
            self._probed_at = ctx.clock.monotonic()
        self._tracker = IdleTracker()
        self._unsubscribe = ctx.calls.subscribe(self._call_changed)
        self.sync = JobSynchronizer(ctx.scheduler, ctx.clock, self._plan, prefix="breaks", on_jump=self._on_jump)
        self.sync.start()
        self.poll_presence()

    def stop(self) -> None:
        self.presence_timer.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._close_notice()
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
        if self._store is not None and self._session_start is not None:
            with suppress(Exception):  # the vault may already be unusable at quit
                self._store.touch(self._session_start, self.ctx.clock.now(), force=True)
        self._store = None
        self._jobs = None
        self.tooltip = ""
        tray = getattr(self.ctx.notifier, "tray", None)
        if tray is not None:
            tray.setToolTip("WellCare")

    # -- the plan -----------------------------------------------------------------------------------

    def resync(self) -> None:
        if self.sync is not None:
            self.sync.sync()
        self.changed.emit()

    def tick(self) -> None:
        """What the periodic tick does (tests and simulations call it after moving the clock)."""
        if self.sync is not None:
            self.sync.tick()

    def next_break(self) -> DueBreak | None:
        return self._jobs.current() if self._jobs is not None else None

    def _planning_events(self) -> list[BreakEvent]:
        if self._store is None:
            return []
        now = self.ctx.clock.now()
        events = self._store.planning_events(now)
        if self._session_start is not None:
            # Break timers start when WellCare started after a long absence, not before: a
            # counselor who logs in at 9:45 does not owe the break that fell due at 9:30.
            events.append(BreakEvent(BreakKind.REST, BreakAction.NATURAL, self._session_start))
        return events

    def _record(self, event: BreakEvent, reason: str = "") -> None:
        if self._store is None:
            log.warning("break event not recorded: the vault is locked")
            return
        self._store.add(event, reason)

    def _plan(self, now: datetime) -> list[PlannedJob]:
        if self._jobs is None:
            return []
        self._scan_softphones(quiet=True)
        jobs = self._jobs.plan(now)
        if self._store is not None and self._session_start is not None:
            self._store.touch(self._session_start, now)
        self._update_tooltip(now)
        return jobs

    def _call_started(self) -> datetime | None:
        self._scan_softphones(quiet=True)
        return self.ctx.calls.since

    # -- showing breaks -----------------------------------------------------------------------------

    def _on_notice(self, due: DueBreak) -> None:
        if self.overlay is not None and self.overlay.is_open:
            return
        self._close_notice()
        now = self.ctx.clock.now()
        seconds = max(1, int((due.show_at - now).total_seconds()))
        settings = self.config.settings
        title = f"{kind_name(due.kind)} · {duration_words(due.length)}"
        text = self.tr("Starts in %n second(s). Finish your sentence; there is no need to hurry.", "", seconds)
        postpone = ""
        if due.postpones_left > 0 and settings.postpone_length_min > 0:
            postpone = self.tr("Postpone %n min", "", settings.postpone_length_min)
        self.notice = BreakNotice(title, text, postpone, hide_after_ms=(seconds + 15) * 1000)
        self.notice.postpone_requested.connect(self._postpone_from_notice)
        self.notice.show_in_corner()

    def _on_show(self, due: DueBreak) -> None:
        self._close_notice()
        if self.overlay is not None and self.overlay.is_open:
            log.info("a %s break fell due while another break is on screen", due.kind)
            return
        settings = self.config.settings
        spec = OverlaySpec(
            kind=due.kind,
            length=due.length,
            started=self.ctx.clock.now(),
            postpone_minutes=settings.postpone_length_min,
            postpones_left=due.postpones_left,
            can_skip=due.can_skip,
            can_end_early=not settings.strict_mode,
            exercise_id=self._scheduled_exercise(due),
        )
        self._open_overlay(spec)

    def _scheduled_exercise(self, due: DueBreak) -> str | None:
        """The programs service's suggestion for this break, else a fixed one that fits it."""
        programs = self.ctx.services.get("programs")
        recommend = getattr(programs, "recommend", None)
        if callable(recommend):
            context = {"after": f"{due.kind}_break", "max_seconds": int(due.length.total_seconds())}
            try:
                ids = list(recommend(context))
            except Exception:
                log.warning("no exercise suggestion for a %s break", due.kind, exc_info=True)
                ids = []
            if ids:
                return str(ids[0])
        return SCHEDULED_EXERCISES.get(due.kind)

    def start_protected_break(self, minutes: int, exercise_id: str | None, reason: str) -> None:
        """Show a protected recovery break now: no postpone, no skip, Esc does not end it.

        It is recorded as a RECOVERY break (SHOWN now with its length, TAKEN when it ends), which
        also restarts the micro and rest break timers from its end. ``reason`` is a short code
        (e.g. "hard_call"), stored as such; anything but ``[a-z0-9_.-]`` is dropped. In non-strict
        mode the counselor can still end it early with a deliberate second press.
        """
        if minutes <= 0:
            raise ValueError("a recovery break needs a positive length")
        now = self.ctx.clock.now()
        if self.overlay is not None and self.overlay.is_open:
            if self.overlay.spec.protected:
                self.overlay.windows[0].raise_()
                self.overlay.windows[0].activateWindow()
                return
            current = self.overlay.spec  # the scheduled break on screen merges into the recovery break
            self._record(BreakEvent(current.kind, BreakAction.TAKEN, now, self.overlay.elapsed().total_seconds()))
            self.overlay.close()
            self.overlay = None
        self._close_notice()
        length = timedelta(minutes=minutes)
        code = _REASON.sub("", reason.lower())[:40]
        self._record(BreakEvent(BreakKind.RECOVERY, BreakAction.SHOWN, now, length.total_seconds()), code)
        spec = OverlaySpec(
            kind=BreakKind.RECOVERY,
            length=length,
            started=now,
            protected=True,
            can_end_early=not self.config.settings.strict_mode,
            exercise_id=exercise_id,
        )
        self._open_overlay(spec)
        self.resync()

    def _open_overlay(self, spec: OverlaySpec) -> None:
        overlay = BreakOverlay(spec, self.ctx.clock, self._exercise_factory(spec.exercise_id), parent=self)
        overlay.finished.connect(self._overlay_finished)
        overlay.postpone_requested.connect(self._overlay_postpone)
        overlay.skip_requested.connect(self._overlay_skip)
        overlay.end_early_requested.connect(self._overlay_end_early)
        self.overlay = overlay
        self.shown_count += 1
        overlay.show()
        self._update_tooltip(self.ctx.clock.now())
        self.changed.emit()

    def _exercise_factory(self, exercise_id: str | None) -> ExerciseFactory | None:
        programs = self.ctx.services.get("programs")
        if programs is None or not exercise_id:
            return None

        def make(parent: QWidget) -> QWidget | None:
            try:
                widget = programs.exercise_widget(exercise_id, parent)
            except Exception:
                log.warning("exercise %r not available; showing the breathing guide", exercise_id, exc_info=True)
                return None
            return widget if isinstance(widget, QWidget) else None

        return make

    def _overlay_done(self, event: BreakEvent | None) -> None:
        overlay, self.overlay = self.overlay, None
        if event is not None:
            self._record(event)
        if overlay is not None:
            overlay.close()
            overlay.deleteLater()
        self.resync()

    def _overlay_finished(self) -> None:
        if self.overlay is None:
            return
        spec = self.overlay.spec
        self._overlay_done(BreakEvent(spec.kind, BreakAction.TAKEN, self.ctx.clock.now(), spec.length.total_seconds()))

    def _overlay_end_early(self) -> None:
        if self.overlay is None:
            return
        spec, elapsed = self.overlay.spec, self.overlay.elapsed()
        self._overlay_done(BreakEvent(spec.kind, BreakAction.TAKEN, self.ctx.clock.now(), elapsed.total_seconds()))

    def _overlay_postpone(self) -> None:
        if self.overlay is None or not self.overlay.spec.can_postpone:
            return
        self._overlay_done(self._answer(self.overlay.spec.kind, BreakAction.POSTPONED))

    def _overlay_skip(self) -> None:
        if self.overlay is None or self.overlay.spec.protected or not self.overlay.spec.can_skip:
            return
        self._overlay_done(self._answer(self.overlay.spec.kind, BreakAction.SKIPPED))

    def _answer(self, kind: BreakKind, action: BreakAction) -> BreakEvent:
        """The planner's event for postponing or skipping; if the plan moved on meanwhile (another
        break became the due one while this one was on screen), answer the one on screen as offered."""
        now = self.ctx.clock.now()
        planner = BreakPlanner(self.config.settings)
        events = self._planning_events()
        try:
            if action is BreakAction.POSTPONED:
                return planner.postpone(events, now, kind=kind)
            return planner.skip(events, now, kind=kind)
        except BreakRefused as exc:
            log.info("answering the break on screen directly: %s", exc)
            duration = self.config.settings.postpone_length.total_seconds() if action is BreakAction.POSTPONED else 0
            return BreakEvent(kind, action, now, duration)

    def _postpone_from_notice(self) -> None:
        self._close_notice()
        if self._store is None:
            return
        try:
            event = BreakPlanner(self.config.settings).postpone(self._planning_events(), self.ctx.clock.now())
        except BreakRefused as exc:
            log.info("postpone refused: %s", exc)
            return
        self._record(event)
        self.resync()

    def _start_from_notice(self) -> None:
        """The break the heads-up announced, now rather than in a few seconds."""
        self._close_notice()
        due = self.next_break()
        if due is None or self._store is None or (self.overlay is not None and self.overlay.is_open):
            return
        self._record(BreakEvent(due.kind, BreakAction.SHOWN, self.ctx.clock.now()))
        self._on_show(due)
        self.resync()

    def _close_notice(self) -> None:
        notice, self.notice = self.notice, None
        if notice is not None:
            notice.close()
            notice.deleteLater()

    # -- idle, suspend and calls --------------------------------------------------------------------

    def poll_presence(self) -> None:
        """Read idle time and softphone processes once, count a finished idle period, re-arm."""
        if self._store is None:
            return
        now = self.ctx.clock.now()
        idle = self._read_idle()
        self._last_idle = idle
        if idle is not None:
            period = self._tracker.observe(now, idle)
            if period is not None and self._credit(period):
                self.resync()
        self._scan_softphones(quiet=False, force=True)
        self._arm_presence(idle)

    def _may_reprobe(self) -> bool:
        """No idle backend yet, for a reason that may pass (a desktop still starting at login)."""
        status = self.idle_status
        if status is None or status.backend is not None or self._reprobes >= IDLE_REPROBES:
            return False
        failure = status.main_failure()
        return failure is not None and failure.reason in _PASSING

    def _read_idle(self) -> timedelta | None:
        status = self.idle_status
        if status is not None and status.backend is None and self._may_reprobe():
            mono = self.ctx.clock.monotonic()
            if self._probed_at is None or mono - self._probed_at >= IDLE_REPROBE.total_seconds() - 1:
                self._probed_at = mono
                self._reprobes += 1
                self.idle_status = status = self._detect_idle()
                if status.backend is not None:
                    log.info("idle detection available now: %s", status.name)
                    self.changed.emit()
        if status is None or status.backend is None:
            return None
        try:
            return timedelta(seconds=status.backend.idle_seconds())
        except IdleUnavailable as exc:
            log.warning("idle detection stopped working: %s", exc)
            status.close()
            self.idle_status = IdleStatus(None, [Attempt(status.name, exc.reason, exc.detail), *status.attempts])
            self.changed.emit()
            return None

    def _arm_presence(self, idle: timedelta | None) -> None:
        waits = []
        if self.idle_status is not None and self.idle_status.backend is not None:
            waits.append(next_poll(idle, thresholds(self.config.settings)))
        if self._watcher.active:
            waits.append(SOFTPHONE_POLL)
        if self._may_reprobe():
            waits.append(IDLE_REPROBE)
        if not waits or self._store is None:
            self.presence_timer.stop()
            return
        self.presence_timer.start(int(min(waits).total_seconds() * 1000))

    def _credit(self, period: IdlePeriod) -> bool:
        """Record a natural break for an idle period if it covers one; True if recorded."""
        if self._store is None:
            return False
        record = self._store.events_since(period.start - timedelta(minutes=1))
        event = natural_event(self.config.settings, period, record)
        if event is None:
            return False
        log.info("away for %s: counted as a %s break", period.length, event.kind)
        self._record(event)
        return True

    def _on_jump(self, jump: ClockJump) -> None:
        """A long gap with both clocks running (a suspend, on any OS) is time away, as idle is."""
        if jump.kind is not JumpKind.GAP or self.ctx.calls.on_call:
            return
        self._credit(IdlePeriod(jump.at - jump.wall_delta, jump.at))

    def _call_changed(self, on_call: bool) -> None:
        now = self.ctx.clock.now()
        if on_call:
            idle = self._read_idle()
            if idle is not None:
                self._tracker.observe(now, idle)
            period = self._tracker.call_started(now)
            if period is not None:
                self._credit(period)
        else:
            self._tracker.call_ended(now)
        if not self._quiet:
            self.resync()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Call changes found while planning need no re-sync: the plan being made already sees them."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _scan_softphones(self, quiet: bool, force: bool = False) -> None:
        if not self._watcher.active:
            if self._softphone_on:
                self._set_softphone(False, quiet)
            return
        mono = self.ctx.clock.monotonic()
        if not force and self._softphone_scanned is not None and mono - self._softphone_scanned < SOFTPHONE_MIN_GAP_S:
            return
        self._softphone_scanned = mono
        on = bool(self._watcher.running())
        if on != self._softphone_on:
            self._set_softphone(on, quiet)

    def _set_softphone(self, on: bool, quiet: bool) -> None:
        self._softphone_on = on
        if quiet:
            with self._quietly():
                self.ctx.calls.set(on, "softphone")
        else:
            self.ctx.calls.set(on, "softphone")

    def toggle_call(self) -> None:
        """The tray's "On a call": on marks a call by hand; off ends every source's call."""
        if self.ctx.calls.on_call:
            self.ctx.calls.end_all()
        else:
            self.ctx.calls.set(True, "manual")

    def handle_message(self, message: dict[str, object]) -> bool:
        if message.get("cmd") != "call":
            return False
        state = message.get("state")
        if state not in ("start", "end"):
            log.warning("ignoring a call message with state %r", state)
            return True
        self.ctx.calls.set(state == "start", "hook")
        return True

    # -- settings -----------------------------------------------------------------------------------

    def save_settings(self, values: Mapping[str, Any]) -> None:
        """Apply the counselor's choices (SettingsError if they do not make sense), then re-plan."""
        config = self.config.with_user(values)
        if self._store is not None:
            self._store.save_user_settings(config.user)
        self.config = config
        self._arm_presence(self._last_idle)
        self.resync()

    def save_softphones(self, names: Sequence[str]) -> None:
        self.user_softphones = softphone_names([], names)
        if self._store is not None:
            self._store.save_softphones(self.user_softphones)
        self._watcher.set_names(softphone_names(self.policy_softphones, self.user_softphones))
        self._scan_softphones(quiet=False, force=True)
        self._arm_presence(self._last_idle)
        self.changed.emit()

    # -- what the pages show --------------------------------------------------------------------------

    def day_summaries(self, days: int = 14) -> list[DaySummary]:
        now = self.ctx.clock.now()
        tz = now.tzinfo
        assert tz is not None
        wanted = days_back(now.date(), days)
        if self._store is None:
            return [DaySummary(d) for d in wanted]
        start = datetime.combine(wanted[0], datetime.min.time(), tzinfo=tz)
        events = self._store.events_between(start, now + timedelta(days=1))
        per_day = daily_summary(events, tz)
        return [per_day.get(d, DaySummary(d)) for d in wanted]

    def hard_calls_per_week(self) -> list[tuple[str, int]] | None:
        """From the incidents service, if there is one: (ISO week or its Monday's ISO date, count), oldest
        first; the chart turns the key into words."""
        incidents = self.ctx.services.get("incidents")
        weekly = getattr(incidents, "weekly_counts", None)
        if not callable(weekly):
            return None
        try:
            counts = weekly()
        except Exception:
            log.warning("could not read hard-call counts", exc_info=True)
            return None
        pairs = counts.items() if isinstance(counts, Mapping) else counts
        out = []
        for week, count in pairs:
            out.append((week.isoformat() if isinstance(week, date) else str(week), int(count)))
        return out

    # -- tray ---------------------------------------------------------------------------------------

    def tray_entries(self) -> list[TrayEntry]:
        if self._store is not None:
            self._update_tooltip(self.ctx.clock.now())
        entries = []
        notice = self.notice
        if notice is not None and notice.isVisible():  # the heads-up takes no keys: answer it from here
            entries.append(TrayEntry(self.tr("Start the break now"), self._start_from_notice))
            if notice.postpone_button is not None:
                entries.append(TrayEntry(notice.postpone_button.text(), self._postpone_from_notice))
        entries.append(TrayEntry(self.tr("On a call"), self.toggle_call, True, self.ctx.calls.on_call))
        return entries

    def _update_tooltip(self, now: datetime) -> None:
        text = self.status_text(now)
        self.tooltip = text
        tray = getattr(self.ctx.notifier, "tray", None)
        if tray is not None:
            tray.setToolTip(f"WellCare — {text}" if text else "WellCare")

    def status_text(self, now: datetime | None = None) -> str:
        """One line for the tray tooltip and the page: what comes next."""
        now = now or self.ctx.clock.now()
        if self.overlay is not None and self.overlay.is_open:
            return self.tr("On a break")
        due = self._jobs.current(now) if self._jobs is not None else None
        if due is None:
            return self.tr("No breaks planned")
        if due.held_by_call:
            return self.tr("A break is waiting for your call to end")
        wait = due.show_at - now
        if wait <= timedelta(seconds=59):
            return self.tr("Break due now")
        minutes = int(-(-wait.total_seconds() // 60))
        if minutes < 60:
            return self.tr("Next break in %n min", "", minutes)
        local = due.show_at.astimezone(now.tzinfo)
        if local.date() == now.date():
            return self.tr("Next break at %s") % fmt.time(local)
        return self.tr("Next break: %1 %2").replace("%1", fmt.weekday(local)).replace("%2", fmt.time(local))

    # -- pages --------------------------------------------------------------------------------------

    def pages(self) -> list[PageSpec]:
        from wellcare.ui.breaks.day_page import DayPage

        return [PageSpec("breaks", self.tr("My day"), DayPage(self))]
