"""Benchmark (issue #16): the counselor's tray footprint beside Workrave, and the coordinator at council scale.

    .venv/bin/python tests/perf/bench_footprint.py [--src PATH] [--only tray,import,demo] [--json OUT]

Not part of the test run; takes several minutes. ``--src`` measures another checkout's ``src``
(e.g. the commit before a change) with this venv, so "before" and "after" come from one machine.

Tray (needs Xvfb, trayer, xdotool, xwininfo): one Xvfb with a system tray (trayer, XEmbed) per
app, a fresh HOME per app. The demo counselor (``wellcare --demo --minimized``; the demo is built
before the clock starts) and, when installed (``apt-get install workrave`` is tried once), Workrave
are started the same way; measured:

* time from spawn until the tray icon is embedded in trayer (a new child window in its tree);
* RSS / PSS / USS 30 s after start (``/proc/<pid>/smaps_rollup``, summed over the app's processes;
  USS = Private_Clean + Private_Dirty);
* CPU-seconds over the next 60 s idle, per minute (utime + stime of the process tree);
* WellCare only: the first open of the window from the tray (the single-instance "raise", as a
  second ``wellcare`` launch or a tray click sends it) until the window is mapped, and the
  heaviest mappings by USS (where the memory goes);
* with ``--only tray,floor``: a bare PySide6 tray icon (no WellCare code) on its own desktop, the
  floor of any PySide6 tray process;
* then issue #16 goal 1 line by line (met, or by how much not), with the load average.

Coordinator: import of a 10,000-file inbox of sealed contributions into a fresh SQLCipher vault
(envelopes/s, peak RSS of the importing process), and ``wellcare demo --counselors 5000 --weeks 52``
(wall time, peak RSS), each in its own process so peak memory is that of the work alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TICKS = os.sysconf("SC_CLK_TCK")


# -- process measurements ---------------------------------------------------------------------------
def tree(pid: int) -> list[int]:
    """pid and all its descendants (Workrave and Qt may start helpers)."""
    out = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for child in children:
        out += tree(int(child))
    return out


def memory_mb(pid: int) -> dict[str, float]:
    total = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    for p in tree(pid):
        try:
            lines = Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        fields = {line.split(":")[0]: int(line.split()[1]) for line in lines[1:]}
        total["rss"] += fields["Rss"] / 1024
        total["pss"] += fields["Pss"] / 1024
        total["uss"] += (fields["Private_Clean"] + fields["Private_Dirty"]) / 1024
    return {k: round(v, 1) for k, v in total.items()}


def cpu_seconds(pid: int) -> float:
    total = 0
    for p in tree(pid):
        try:
            stat = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(stat[11]) + int(stat[12])  # utime, stime
    return total / TICKS


def heaviest_mappings(pid: int, top: int = 12) -> list[tuple[str, float]]:
    """USS per mapped file (anonymous memory as "[anon]"), the heaviest first."""
    per: dict[str, float] = {}
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if "-" in parts[0] and len(parts) >= 5 and ":" not in parts[0]:
            name = os.path.basename(parts[5]) if len(parts) > 5 else "[anon]"
        elif parts[0] in ("Private_Clean:", "Private_Dirty:"):
            per[name] = per.get(name, 0.0) + int(parts[1]) / 1024
    return sorted(((k, round(v, 1)) for k, v in per.items()), key=lambda kv: -kv[1])[:top]


def wait_for(condition: Callable[[], object], timeout: float, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


BARE_TRAY = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2e7d6b"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Open")
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("bare PySide6 tray")
    tray.show()
    sys.exit(app.exec())
    """
)  # the floor of any PySide6 tray process: Python, QtWidgets and an icon with a menu, nothing of WellCare


# -- a desktop with a tray ---------------------------------------------------------------------------
class Desktop:
    """Xvfb on a free display with trayer as the system tray."""

    def __init__(self, number: int) -> None:
        self.display = f":{number}"
        self.xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10):
            raise RuntimeError("Xvfb did not start")
        self.env = {**os.environ, "DISPLAY": self.display}
        self.tray_window = ""
        for _ in range(3):  # trayer now and then dies at start on a busy machine: try again
            self.trayer = subprocess.Popen(
                ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width", "200",
                 "--heighttype", "pixel", "--height", "32"], env=self.env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if wait_for(self._find_tray, 15, 0.2) and self.trayer.poll() is None:
                break
            self.trayer.kill()
            self.trayer.wait()
        else:
            self.xvfb.terminate()
            raise RuntimeError("trayer did not start")
        self.base = self.tray_children()

    def _find_tray(self) -> bool:
        found = subprocess.run(["xdotool", "search", "--name", "^panel$"], env=self.env,  # trayer's panel
                               capture_output=True, text=True, timeout=10).stdout.split()
        self.tray_window = found[0] if found else ""
        return bool(found)

    def tray_children(self) -> int:
        out = subprocess.run(["xwininfo", "-tree", "-id", self.tray_window], env=self.env,
                             capture_output=True, text=True, timeout=10).stdout
        return sum(1 for line in out.splitlines() if line.strip().startswith("0x"))

    def visible(self, name: str) -> bool:
        return bool(subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=self.env,
                                   capture_output=True, text=True, timeout=10).stdout.split())

    def close(self) -> None:
        for proc in (self.trayer, self.xvfb):
            proc.terminate()
            proc.wait(timeout=10)


def measure_tray_app(name: str, argv: list[str], env: dict[str, str], desktop: Desktop, settle: float,
                     idle: float, after: Callable[[int], dict[str, object]] | None = None) -> dict[str, object]:
    start = time.monotonic()
    errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the process below
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    shown = wait_for(lambda: desktop.tray_children() > desktop.base, 60)
    icon_s = round(time.monotonic() - start, 3) if shown else None
    time.sleep(max(0.0, settle - (time.monotonic() - start)))
    if proc.poll() is not None:
        errors.seek(0)
        raise RuntimeError(f"{name} exited ({proc.returncode}):\n{errors.read().decode(errors='replace')[-3000:]}")
    row: dict[str, object] = {"app": name, "tray_icon_s": icon_s, **memory_mb(proc.pid)}
    cpu0 = cpu_seconds(proc.pid)
    time.sleep(idle)
    row["idle_cpu_s_per_min"] = round((cpu_seconds(proc.pid) - cpu0) * 60 / idle, 4)
    if after is not None:
        row.update(after(proc.pid))
    os.killpg(proc.pid, 15)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()
    errors.close()
    return row


def bench_tray(src: Path, settle: float, idle: float, floor: bool = False) -> list[dict[str, object]]:
    for tool in ("Xvfb", "trayer", "xdotool", "xwininfo"):
        if shutil.which(tool) is None:
            print(f"tray: skipped ({tool} missing)")
            return []
    if shutil.which("workrave") is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "workrave"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    rows = []
    number = next(n for n in range(90, 400) if not Path(f"/tmp/.X{n}-lock").exists()
                  and not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n + 1}-lock").exists()
                  and not Path(f"/tmp/.X{n + 2}-lock").exists())
    with tempfile.TemporaryDirectory(prefix="wellcare-tray-bench-") as tmp:
        home = Path(tmp) / "wellcare-home"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "xcb"}
        for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env.pop(key, None)
        subprocess.run([sys.executable, "-c", "from wellcare.demo import ensure_demo\n"
                        "from wellcare.paths import demo_root\nensure_demo(demo_root())"], env=env, check=True)
        argv = [sys.executable, "-m", "wellcare", "--demo", "--minimized", "--lang", "en"]

        desktop = Desktop(number)
        try:
            env_x = {**env, "DISPLAY": desktop.display}

            def open_window(pid: int) -> dict[str, object]:
                t0 = time.monotonic()
                subprocess.Popen(argv, env=env_x, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait()
                opened = wait_for(lambda: desktop.visible("WellCare"), 30)
                out: dict[str, object] = {"open_window_s": round(time.monotonic() - t0, 3) if opened else None}
                out["heaviest_uss_mb"] = heaviest_mappings(pid)
                return out

            rows.append(measure_tray_app("WellCare", argv, env_x, desktop, settle, idle, open_window))
        finally:
            desktop.close()
        if floor:
            desktop = Desktop(number + 2)
            try:
                floor_env = {**env, "DISPLAY": desktop.display}
                rows.append(measure_tray_app("bare PySide6 tray", [sys.executable, "-c", BARE_TRAY], floor_env,
                                             desktop, settle, idle))
            finally:
                desktop.close()
        if shutil.which("workrave"):
            peer_home = Path(tmp) / "workrave-home"
            peer_home.mkdir()
            desktop = Desktop(number + 1)
            try:
                peer_env = {**os.environ, "HOME": str(peer_home), "DISPLAY": desktop.display}
                argv_peer = ["dbus-run-session", "--", "workrave"] if shutil.which("dbus-run-session") else ["workrave"]
                rows.append(measure_tray_app("Workrave", argv_peer, peer_env, desktop, settle, idle))
            finally:
                desktop.close()
        else:
            print("tray: Workrave is not installed; no peer measured")
    return rows


# -- the coordinator ----------------------------------------------------------------------------------
IMPORT_CHILD = textwrap.dedent(
    """
    import json, resource, sys, tempfile, time
    from pathlib import Path
    from wellcare.aggregates.policy import SETTING, AggregatePolicy
    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.coordinator.handlers import build_registry
    from wellcare.exchange import Folder, FolderTransport
    from wellcare.inbox.dispatcher import HandlerSetup, Inbox
    from wellcare.inbox.keys_store import ensure_keys
    from wellcare.schedule.clock import SystemClock
    from wellcare.vault import VaultManager

    files = int(sys.argv[1])
    units = tuple(f"Team {i}" for i in range(1, 21))
    with tempfile.TemporaryDirectory(prefix="wellcare-import-bench-") as tmp:
        root = Path(tmp)
        vault = VaultManager(root / "coordinator").create("passphrase", "bench passphrase", role="coordinator").vault
        keys, _ = ensure_keys(vault)
        vault.set_setting(SETTING, AggregatePolicy(units, 5, 4.0).to_json())
        transport = FolderTransport.create(root / "exchange")
        counselors = files // 50  # no yearly budget stop: every one of the files is written
        written = simulate_contributions(transport, keys.public(), counselors, 50, 2026, units, 4.0, "2025-W40",
                                         participation=1.0, resend_rate=0.0, epsilon_year=1e6).written
        clock = SystemClock()
        inbox = Inbox(vault, keys, build_registry(HandlerSetup(vault, keys, clock)), clock)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        report = inbox.import_once(transport)
        seconds = time.perf_counter() - t0
        r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = {"cpu_user_s": round(r1.ru_utime - r0.ru_utime, 2), "cpu_sys_s": round(r1.ru_stime - r0.ru_stime, 2),
               "workers_user_s": round(c1.ru_utime - c0.ru_utime, 2),
               "workers_sys_s": round(c1.ru_stime - c0.ru_stime, 2),
               "workers_peak_rss_mb": round(c1.ru_maxrss / 1024)}
        assert report.accepted == written and report.quarantined == 0, report
        assert transport.list(Folder.INBOX) == []
        vault.close()
    print(json.dumps({"files": written, "seconds": round(seconds, 2), "per_s": round(written / seconds),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "rss_before_import_mb": round(base / 1024), **cpu}))
    """
)


def run_measured(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the process, its stdout."""
    seconds, usage, out = run_with_usage(argv, env)
    return seconds, usage.ru_maxrss / 1024, out


def run_with_usage(argv: list[str], env: dict[str, str]) -> tuple[float, Any, str]:
    """Wall seconds, the process's rusage from wait4 (CPU includes its waited-for children), its stdout."""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:4]} failed ({proc.returncode}):\n{err[-3000:]}")
    return time.monotonic() - t0, usage, out


def bench_import(src: Path, files: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    _, _, out = run_measured([sys.executable, "-c", IMPORT_CHILD, str(files)], env)
    return dict(json.loads(out.strip().splitlines()[-1]))


def bench_demo(src: Path, counselors: int, weeks: int) -> dict[str, object]:
    """Wall, CPU (the demo and its worker processes) and the demo process's peak RSS."""
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="wellcare-demo-bench-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(src), "HOME": tmp}
        seconds, usage, _ = run_with_usage(
            [sys.executable, "-m", "wellcare", "demo", "--dir", str(Path(tmp) / "demo"),
             "--counselors", str(counselors), "--weeks", str(weeks)], env)
    load.append(os.getloadavg()[0])
    return {"counselors": counselors, "weeks": weeks, "seconds": round(seconds, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024), "cpu_user_s": round(usage.ru_utime, 1),
            "cpu_sys_s": round(usage.ru_stime, 1), "load_start_end": f"{load[0]:.1f}-{load[1]:.1f}"}


# -- the table ----------------------------------------------------------------------------------------
def print_table(results: dict[str, object]) -> None:
    tray = results.get("tray") or []
    assert isinstance(tray, list)
    peer = next((r for r in tray if r["app"] == "Workrave"), None)
    if tray:
        print("\n| app | RSS MB | PSS MB | USS MB | idle CPU-s/min | tray icon s | window open s |")
        print("|---|---|---|---|---|---|---|")
        for row in tray:
            print(f"| {row['app']} | {row['rss']} | {row['pss']} | {row['uss']} | {row['idle_cpu_s_per_min']} | "
                  f"{row['tray_icon_s']} | {row.get('open_window_s', '–')} |")
        ours = tray[0]
        if peer is not None and ours["app"] == "WellCare":
            def ratio(key: str) -> str:
                a, b = ours.get(key), peer.get(key)
                return f"{a / b:.2f}×" if isinstance(a, float | int) and isinstance(b, float | int) and b else "–"
            print(f"| WellCare ÷ Workrave | {ratio('rss')} | {ratio('pss')} | {ratio('uss')} | "
                  f"{ratio('idle_cpu_s_per_min')} | {ratio('tray_icon_s')} | – |")
            print_goals(ours, peer)
        if "heaviest_uss_mb" in ours:
            print("\nWellCare's heaviest mappings (USS MB):", ", ".join(f"{k} {v}" for k, v in ours["heaviest_uss_mb"]))
    if "import" in results:
        r = results["import"]
        print(f"\nimport: {r['files']} files in {r['seconds']} s = {r['per_s']} envelopes/s, "
              f"peak RSS {r['peak_rss_mb']} MB")
    if "demo" in results:
        r = results["demo"]
        print(f"demo --counselors {r['counselors']} --weeks {r['weeks']}: {r['seconds']} s, "
              f"peak RSS {r['peak_rss_mb']} MB")


def print_goals(ours: dict[str, object], peer: dict[str, object]) -> None:
    """Issue #16 goal 1, row by row: met, or by how much not."""
    def num(row: dict[str, object], key: str) -> float:
        value = row.get(key)
        return float(value) if isinstance(value, float | int) else float("nan")

    rss_limit = 0.9 * num(peer, "rss")
    icon_limit = 1.3 * num(peer, "tray_icon_s")
    goals = [("RSS ≤ 0.9× Workrave", num(ours, "rss"), rss_limit, "MB"),
             ("USS ≤ 60 MB", num(ours, "uss"), 60.0, "MB"),
             ("idle CPU ≤ 0.005 CPU-s/min", num(ours, "idle_cpu_s_per_min"), 0.005, "CPU-s/min"),
             ("tray icon ≤ 1.3× Workrave", num(ours, "tray_icon_s"), icon_limit, "s")]
    print()
    for name, value, limit, unit in goals:
        verdict = "met" if value <= limit else f"NOT met by {value - limit:.3g} {unit}"
        print(f"goal {name}: {value:g} against {limit:.3g} {unit}: {verdict}")


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the wellcare sources to measure")
    parser.add_argument("--only", default="tray,import,demo",
                        help="comma-separated parts to run (tray,floor,import,demo; floor: a bare PySide6 tray too)")
    parser.add_argument("--settle", type=float, default=30.0, help="seconds after start before memory is read")
    parser.add_argument("--idle", type=float, default=60.0, help="idle window for CPU, seconds")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--counselors", type=int, default=5000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    results: dict[str, object] = {"src": str(args.src), "load_before": load_average()}
    if "tray" in parts:
        results["tray"] = bench_tray(args.src.resolve(), args.settle, args.idle, "floor" in parts)
    if "import" in parts:
        results["import"] = bench_import(args.src.resolve(), args.files)
    if "demo" in parts:
        results["demo"] = bench_demo(args.src.resolve(), args.counselors, args.weeks)
    results["load_after"] = load_average()
    print(f"load average (1, 5, 15 min): {results['load_before']} before, {results['load_after']} after")
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
