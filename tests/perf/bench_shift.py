"""Benchmark: simulated shifts on a fast clock with the real breaks feature and the real scheduler.

    .venv/bin/python tests/perf/bench_shift.py [--days 1] [--step 15] [--json]

Runs in a child process (offscreen Qt, a throwaway profile and test keyring): the real
BreaksFeature on a real SQLCipher vault, the real QtMainThreadScheduler, real overlays and
heads-ups. A ManualClock moves ``--step`` seconds at a time from 08:30; each step does what the
running app does: the overlay's countdown reads the clock, the periodic tick re-derives the jobs,
idle time is polled, and due jobs run on the Qt loop. Along the way the counselor works like a
counselor: calls come and go through ``call start|end`` messages (some breaks wait for them), a
few breaks are postponed and one skipped, lunch is 40 minutes away from the keyboard, a hard call
starts a protected recovery break, and the My day page (matplotlib) is opened twice.

Reports RSS at the start, after the first hour (warm-up: matplotlib, first overlay), and at the
end; breaks shown; events recorded; the scheduler's jobs left; QTimers alive; and the reference
count of None over time (PySide6 6.12 on Python 3.11 drops one reference to None per call of a
void method: when it reaches zero the interpreter aborts). Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import gc, json, random, sys, time
    from datetime import datetime, timedelta, timezone
    from pathlib import Path

    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from wellcare.breaks.events import BreakAction
    from wellcare.breaks.store import BreakStore
    from wellcare.calls import CallState
    from wellcare.idle import IdleBackend, IdleStatus
    from wellcare.policy import Policy
    from wellcare.schedule.clock import ManualClock
    from wellcare.ui.breaks.feature import BreaksFeature
    from wellcare.ui.feature import AppContext
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.notify import Notifier
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler
    from wellcare.vault import VaultManager

    profile, days, step_s = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])

    def rss_mib():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)

    KST = timezone(timedelta(hours=9))
    start = datetime(2025, 3, 3, 8, 30, tzinfo=KST)  # a Monday
    clock = ManualClock(start)

    class Idle(IdleBackend):
        name = "simulated"
        last_input = start
        away = False
        def idle_seconds(self):
            return 0.0 if not self.away else (clock.now() - self.last_input).total_seconds()

    idle = Idle()
    app = QApplication([])
    rss_start = rss_mib()
    manager = VaultManager(profile)
    vault = manager.create("keyring").vault
    scheduler = QtMainThreadScheduler(clock=clock, timezone=KST)
    scheduler.start()
    calls = CallState(clock)
    ctx = AppContext(
        profile_dir=profile, policy=Policy(), vault=lambda: vault, clock=clock,
        scheduler=scheduler, notifier=Notifier(calls), calls=calls, language=lambda: "en",
    )
    feature = BreaksFeature(ctx, idle_detector=lambda: IdleStatus(idle))
    feature.start()

    def settle():
        for _ in range(200):
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what returning to exec() does
            horizon = datetime.now(scheduler.timezone) + timedelta(milliseconds=20)
            if all(j.next_run_time is None or j.next_run_time > horizon for j in scheduler.get_jobs()):
                return

    rnd = random.Random(7)
    step = timedelta(seconds=step_s)
    samples, actions = [], {"postponed": 0, "skipped": 0, "calls": 0, "page_opened": 0, "recovery": 0}
    wall0, cpu0 = time.perf_counter(), time.process_time()
    rss_warm = None
    for day in range(days):
        day_start = start + timedelta(days=day)
        clock.set(day_start) if clock.now() < day_start else None
        shift_end = day_start.replace(hour=17, minute=30)
        call_until = None
        while clock.now() < shift_end:
            clock.advance(step)
            now = clock.now()
            minute = now.hour * 60 + now.minute
            # lunch: 12:00-12:40 away from the keyboard
            idle.away = 12 * 60 <= minute < 12 * 60 + 40
            if not idle.away:
                idle.last_input = now
            # calls: about one in four minutes starts a call of 2-8 minutes
            if call_until is None and not idle.away and rnd.random() < step_s / 240:
                feature.handle_message({"cmd": "call", "state": "start"})
                call_until = now + timedelta(minutes=rnd.uniform(2, 8))
                actions["calls"] += 1
            elif call_until is not None and now >= call_until:
                feature.handle_message({"cmd": "call", "state": "end"})
                call_until = None
            overlay = feature.overlay
            if overlay is not None and overlay.is_open:
                overlay.refresh()
                if feature.overlay is overlay and not overlay.spec.protected and now - overlay.spec.started <= step:
                    roll = rnd.random()
                    if roll < 0.15 and overlay.spec.can_postpone:
                        overlay.postpone_requested.emit()
                        actions["postponed"] += 1
                    elif roll < 0.18 and overlay.spec.can_skip:
                        overlay.skip_requested.emit()
                        actions["skipped"] += 1
            if day == 0 and now.hour == 14 and now.minute == 10 and now.second < step_s and feature.overlay is None:
                feature.start_protected_break(15, None, "hard_call")  # after an abusive call
                actions["recovery"] += 1
            feature.tick()
            feature.poll_presence()
            settle()
            if now.minute in (0, 30) and now.second < step_s:
                if now.hour in (10, 15) and now.minute == 0:
                    page = feature.pages()[0].widget
                    window = MainWindow(tray_available=False, can_lock=False)
                    window.add_page("breaks", "My day", page)
                    window.show()
                    for _ in range(5):
                        app.processEvents()
                    window.close()
                    window.deleteLater()
                    actions["page_opened"] += 1
                    settle()
                gc.collect()
                samples.append((now.strftime("%a %H:%M"), rss_mib(), sys.getrefcount(None)))
                if rss_warm is None and now >= start + timedelta(hours=2):
                    rss_warm = rss_mib()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    gc.collect()
    app.processEvents()
    store = BreakStore(vault)
    events = store.events_since(start - timedelta(days=1))
    shown = [e for e in events if e.action is BreakAction.SHOWN]
    result = {
        "days": days,
        "step_s": step_s,
        "rss_mib_at_start": rss_start,
        "rss_mib_after_warmup": rss_warm,
        "rss_mib_at_end": rss_mib(),
        "breaks_shown": len(shown),
        "breaks_shown_by_kind": {k: sum(1 for e in shown if str(e.kind) == k) for k in ("micro", "rest", "recovery")},
        "overlays_opened": feature.shown_count,
        "events": {a.value: sum(1 for e in events if e.action is a) for a in BreakAction},
        "actions": actions,
        "scheduler_jobs_at_end": sorted(j.name for j in scheduler.get_jobs()),
        "qtimers_alive": len([t for t in app.findChildren(QTimer) if t.isActive()]),
        "sim_wall_s": round(wall, 1),
        "sim_cpu_s": round(cpu, 1),
        "samples": samples,
    }
    feature.stop()
    scheduler.shutdown()
    vault.close()
    print(json.dumps(result))
    """
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=1, help="shifts to simulate (Mon, Tue, ...)")
    parser.add_argument("--step", type=float, default=15.0, help="simulated seconds per loop step")
    parser.add_argument("--json", action="store_true", help="print the raw result")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_API="pyside6",
            MPLBACKEND="Agg",
            PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "src")]),
            PYTHON_KEYRING_BACKEND="tests.support.keyring_backend.FileTestKeyring",
            WELLCARE_TEST_KEYRING_FILE=str(Path(tmp) / "keyring.json"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
        )
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(tmp) / "profile"), str(args.days), str(args.step)],
            env=env,
            capture_output=True,
            text=True,
            timeout=3600,
        )
    lines = out.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        raise SystemExit(out.stderr)
    result = json.loads(lines[-1])
    if out.returncode != 0:  # e.g. a refcount crash while the interpreter shuts down
        fatal = [line for line in out.stderr.splitlines() if line.startswith("Fatal")]
        result["child_exit"] = f"{out.returncode} {fatal[0] if fatal else ''}".strip()
    if args.json:
        print(json.dumps(result, indent=2))
        return
    samples = result.pop("samples")
    for key, value in result.items():
        print(f"{key:24} {value}")
    print("rss MiB by sim. time    " + "  ".join(f"{t} {m}" for t, m, _ in samples))
    print("refs to None            " + "  ".join(f"{t} {n}" for t, _, n in samples))


if __name__ == "__main__":
    main()
