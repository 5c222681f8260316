"""Benchmark: start-up, idle footprint and vault open time. Not part of the test run.

    .venv/bin/python tests/perf/bench_app.py [--idle-seconds 30 --cpu-seconds 60]

Starts the real app (offscreen) in a child process on a fresh keyring-mode profile, measures
time from spawn to ready (first run and warm runs), then RSS and PSS after an idle wait and CPU
seconds over an idle minute, the scheduler's wake-ups during it, and whether matplotlib was
loaded; then the same for a login start into the tray (--minimized on a desktop with a tray,
where the window is not built until opened). Then times vault opens with a keyring (raw) key
and with a passphrase.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import json, os, resource, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    idle_s, cpu_s = float(sys.argv[2]), float(sys.argv[3])
    if sys.argv[4] == "tray":  # a desktop with a tray (offscreen has none): the login start
        import wellcare.app
        wellcare.app.tray_available = lambda: True
    args = build_parser().parse_args(["--profile", sys.argv[1], "--lang", "en", "--minimized"])
    qapp = QApplication([])
    app = WellCareApp(args, qapp)
    assert app.start()
    ready = time.monotonic()

    def mem():
        out = {}
        for line in open("/proc/self/smaps_rollup"):
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key] = int(rest.split()[0]) / 1024
        return out

    result = {"ready_monotonic": ready}
    def after_idle():
        result.update({f"{k}_mb": round(v, 1) for k, v in mem().items()})
        result["cpu_before"] = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
        result["wakeups_before"] = app.scheduler.wakeup_count
        QTimer.singleShot(int(cpu_s * 1000), after_cpu)
    def after_cpu():
        result["idle_cpu_s"] = round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - result.pop("cpu_before"), 4)
        result["idle_cpu_s_per_min"] = round(result["idle_cpu_s"] * 60 / cpu_s, 4)
        result["scheduler_wakeups"] = app.scheduler.wakeup_count - result.pop("wakeups_before")
        result["matplotlib_loaded"] = "matplotlib" in sys.modules
        result["jobs"] = len(app.scheduler.get_jobs())
        print(json.dumps(result), flush=True)
        app.quit()
    if idle_s < 0:
        print(json.dumps(result), flush=True)
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(int(idle_s * 1000), after_idle)
    qapp.exec()
    """
)


def child_env(keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO)]),  # this tree, even beside an editable install
        PYTHON_KEYRING_BACKEND="tests.support.keyring_backend.FileTestKeyring",
        WELLCARE_TEST_KEYRING_FILE=str(keyring_file),
    )
    return env


def run_child(
    profile: Path, env: dict[str, str], idle: float, cpu: float, tray: bool = False
) -> tuple[float, dict[str, float]]:
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(profile), str(idle), str(cpu), "tray" if tray else "window"],
        env=env,
        capture_output=True,
        text=True,
        timeout=idle + cpu + 120,
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result.pop("ready_monotonic") - started, result


def vault_open_times(tmp: Path, rounds: int = 20) -> dict[str, float]:
    sys.path.insert(0, str(REPO / "src"))
    import secrets

    from wellcare.vault.database import Vault, passphrase_pragma, raw_key_pragma

    raw = raw_key_pragma(secrets.token_hex(32))
    phrase = passphrase_pragma("a passphrase of some length")
    Vault.create(tmp / "raw", raw).close()
    Vault.create(tmp / "phrase", phrase).close()
    times: dict[str, float] = {}
    for name, pragma in (("raw", raw), ("phrase", phrase)):
        samples = []
        for _ in range(rounds if name == "raw" else 5):
            t = time.perf_counter()
            Vault.open(tmp / name, pragma).close()
            samples.append(time.perf_counter() - t)
        times[name] = statistics.median(samples) * 1000
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--idle-seconds", type=float, default=30)
    parser.add_argument("--cpu-seconds", type=float, default=60)
    parser.add_argument("--warm-runs", type=int, default=5)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = child_env(tmp / "keyring.json")
        setup = (
            "from pathlib import Path; import sys; from wellcare.vault import VaultManager; "
            "VaultManager(Path(sys.argv[1])).create('keyring').vault.close()"
        )
        subprocess.run([sys.executable, "-c", setup, str(tmp / "profile")], env=env, check=True)
        first, _ = run_child(tmp / "profile", env, -1, 0)
        warm = [run_child(tmp / "profile", env, -1, 0)[0] for _ in range(opts.warm_runs)]
        _, idle = run_child(tmp / "profile", env, opts.idle_seconds, opts.cpu_seconds)
        warm_tray = [run_child(tmp / "profile", env, -1, 0, tray=True)[0] for _ in range(opts.warm_runs)]
        _, idle_tray = run_child(tmp / "profile", env, opts.idle_seconds, opts.cpu_seconds, tray=True)
        opens = vault_open_times(tmp)
    rows = [
        ("first start to ready (s)", f"{first:.3f}"),
        (f"warm start to ready, median of {len(warm)} (s)", f"{statistics.median(warm):.3f}"),
        (f"RSS after {opts.idle_seconds:.0f} s idle (MB)", idle.get("Rss_mb")),
        (f"PSS after {opts.idle_seconds:.0f} s idle (MB)", idle.get("Pss_mb")),
        (f"CPU over {opts.cpu_seconds:.0f} s idle (s)", idle["idle_cpu_s"]),
        ("idle CPU per minute (s)", idle["idle_cpu_s_per_min"]),
        ("scheduler wake-ups while idle", idle["scheduler_wakeups"]),
        ("scheduled jobs", idle["jobs"]),
        ("matplotlib loaded at idle", idle["matplotlib_loaded"]),
        (f"into the tray (login start): warm start, median of {len(warm_tray)} (s)",
         f"{statistics.median(warm_tray):.3f}"),
        (f"into the tray: RSS / PSS after {opts.idle_seconds:.0f} s idle (MB)",
         f"{idle_tray.get('Rss_mb')} / {idle_tray.get('Pss_mb')}"),
        ("into the tray: idle CPU per minute (s)", idle_tray["idle_cpu_s_per_min"]),
        ("vault open, keyring raw key (ms)", f"{opens['raw']:.1f}"),
        ("vault open, passphrase KDF (ms)", f"{opens['phrase']:.1f}"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
