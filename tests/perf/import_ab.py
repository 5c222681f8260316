"""A/B of the coordinator import on the same sealed inbox, in the same run (issue #16, goal 2).

    .venv/bin/python tests/perf/import_ab.py --a /work/main/src --b src [--files 10000] [--rounds 2] [--profile]
        [--pool-min N] [--pool-min-a N] [--max-files N]

Seals ``--files`` contributions once (into a template folder), then for each round and each
source tree copies the template into a fresh exchange folder and imports it with a fresh vault,
in its own process (``PYTHONPATH`` = that tree). Prints envelopes/s with the load average.
``--profile`` prints the top of a cProfile of the B run instead of timing rounds.
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

CHILD = textwrap.dedent(
    """
    import cProfile, json, pstats, resource, shutil, sys, tempfile, time
    from pathlib import Path
    from wellcare.aggregates.policy import SETTING, AggregatePolicy
    from wellcare.coordinator.handlers import build_registry
    from wellcare.exchange import Folder, FolderTransport
    from wellcare.inbox.dispatcher import HandlerSetup, Inbox
    from wellcare.inbox.keys_store import ensure_keys
    from wellcare.schedule.clock import SystemClock
    from wellcare.vault import VaultManager

    template, mode, max_files = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]) or None
    if len(sys.argv) > 4:  # the open pool's threshold (a tree without one ignores it)
        import wellcare.inbox.dispatcher as dispatcher
        dispatcher.POOL_MIN_FILES = int(sys.argv[4])
    units = tuple(f"Team {i}" for i in range(1, 21))
    with tempfile.TemporaryDirectory(prefix="wellcare-import-ab-", dir=template.parent) as tmp:
        root = Path(tmp)
        shutil.copytree(template / "coordinator", root / "coordinator")
        shutil.copytree(template / "exchange", root / "exchange", symlinks=True)
        vault = VaultManager(root / "coordinator").unlock("bench passphrase")
        keys, _ = ensure_keys(vault)
        transport = FolderTransport(root / "exchange")
        clock = SystemClock()
        inbox = Inbox(vault, keys, build_registry(HandlerSetup(vault, keys, clock)), clock)
        files = len(transport.list(Folder.INBOX)[:max_files])
        prof = cProfile.Profile() if mode == "profile" else None
        t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
        c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if prof:
            prof.enable()
        report = inbox.import_once(transport, max_files=max_files)
        if prof:
            prof.disable()
        seconds, r1 = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF)
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the open pool's workers (waited for at its close)
        user, system = r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime
        w_user, w_sys = c1.ru_utime - c0.ru_utime, c1.ru_stime - c0.ru_stime
        assert report.accepted == files and report.quarantined == 0, report
        vault.close()
    if prof:
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumtime").print_stats(40)
    print(json.dumps({"files": files, "seconds": round(seconds, 2), "per_s": round(files / seconds),
                      "user_ms_per_file": round(1000 * user / files, 3),
                      "sys_ms_per_file": round(1000 * system / files, 3),
                      "workers_user_ms_per_file": round(1000 * w_user / files, 3),
                      "workers_sys_ms_per_file": round(1000 * w_sys / files, 3),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
    """
)

BUILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from wellcare.aggregates.policy import SETTING, AggregatePolicy
    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.exchange import FolderTransport
    from wellcare.inbox.keys_store import ensure_keys
    from wellcare.vault import VaultManager

    root, files = Path(sys.argv[1]), int(sys.argv[2])
    units = tuple(f"Team {i}" for i in range(1, 21))
    vault = VaultManager(root / "coordinator").create("passphrase", "bench passphrase", role="coordinator").vault
    keys, _ = ensure_keys(vault)
    vault.set_setting(SETTING, AggregatePolicy(units, 5, 4.0).to_json())
    transport = FolderTransport.create(root / "exchange")
    simulate_contributions(transport, keys.public(), files // 50, 50, 2026, units, 4.0, "2025-W40",
                           participation=1.0, resend_rate=0.0, epsilon_year=1e6)  # no budget stop: every file written
    vault.close()
    """
)


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def run(src: Path, code: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    if proc.stderr:
        print(proc.stderr[-12000:])
    return proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", type=Path, required=True, help="baseline source tree (e.g. /work/main/src)")
    parser.add_argument("--b", type=Path, required=True, help="changed source tree")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--pool-min", type=int, default=None,
                        help="B's open-pool threshold (files); a huge value runs B without the pool")
    parser.add_argument("--pool-min-a", type=int, default=None, help="the same for A")
    parser.add_argument("--max-files", type=int, default=0, help="import only this many of the files (0: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wellcare-import-ab-") as tmp:
        template = Path(tmp) / "template"
        template.mkdir()
        pool_min = {"A": () if args.pool_min_a is None else (str(args.pool_min_a),),
                    "B": () if args.pool_min is None else (str(args.pool_min),)}
        run(args.b, BUILD, str(template), str(args.files))
        if args.profile:
            print(run(args.b, CHILD, str(template), "profile", str(args.max_files), *pool_min["B"]))
            return
        for n in range(args.rounds):
            for label, src in (("A", args.a), ("B", args.b)):
                extra = (str(args.max_files), *pool_min[label])
                r = json.loads(run(src, CHILD, str(template), "time", *extra).strip().splitlines()[-1])
                print(f"round {n + 1} {label} ({src}): {r['files']} files in {r['seconds']} s = {r['per_s']}/s, "
                      f"CPU ms/file user {r['user_ms_per_file']} + sys {r['sys_ms_per_file']}, "
                      f"workers {r['workers_user_ms_per_file']} + {r['workers_sys_ms_per_file']}, "
                      f"peak RSS {r['peak_rss_mb']} MB ({load()})", flush=True)


if __name__ == "__main__":
    main()
