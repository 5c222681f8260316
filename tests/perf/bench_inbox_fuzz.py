"""The coordinator's inbox under attack: 10,000 hostile files and 300 genuine ones through `coordinator import`.

Run: ``.venv/bin/python tests/perf/bench_inbox_fuzz.py [--hostile 10000] [--valid 300] [--seed N]``. Not
part of pytest (tests/coordinator/test_inbox_fuzz.py is the fast version). The hostile files are
built from real sealed envelopes, mutated (see tests/coordinator/inbox_fuzz.py); the import runs
as a real `wellcare coordinator import --json` process on a real SQLCipher vault, twice. Reported:
tracebacks (stderr and the log), hostile files accepted, files left re-readable (the second run
must touch nothing), genuine files imported, time and peak memory of each run, and whether the
distinctive unit name of a refused contribution appears anywhere on the share or in the log.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.coordinator.inbox_fuzz import (  # noqa: E402
    DISTINCT,
    PASSPHRASE,
    is_stray,
    make_fuzz_org,
    write_hostile,
    write_valid,
)

from wellcare.aggregates.store import ContributionsStore  # noqa: E402


def _import(profile: Path, exchange: Path, passphrase_file: Path) -> tuple[dict[str, object], str, float, int]:
    """One `coordinator import --json` process: (report, stderr, seconds, peak RSS in KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "wellcare", "--profile", str(profile), "--passphrase-file", str(passphrase_file),
         "coordinator", "import", "--json", "--exchange", str(exchange)],
        capture_output=True, text=True, timeout=3600, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 3):
        raise SystemExit(f"import failed ({done.returncode}): {done.stderr}")
    return json.loads(done.stdout), done.stderr, seconds, max(peak, before)


def _leaks(root: Path, text: str) -> list[str]:
    needles = [text.encode("utf-8"), json.dumps(text).encode("ascii")]
    found = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file() or path.stat().st_size > 1 << 20:
                continue
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(str(path))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hostile", type=int, default=10_000)
    parser.add_argument("--valid", type=int, default=300)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="wellcare-fuzz-bench-") as tmp:
        root = Path(tmp)
        org = make_fuzz_org(root)
        passphrase_file = root / "passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        valid = write_valid(org, args.valid, rng)
        shapes = write_hostile(org, args.hostile, rng)
        t1 = time.perf_counter()
        org.vault.close()  # the import process opens it
        strays = {n for n in os.listdir(org.inbox_dir) if is_stray(n)}

        first, err1, s1, rss1 = _import(org.profile, org.exchange, passphrase_file)
        after_first = sorted(os.listdir(org.inbox_dir))
        snapshot = {n: os.lstat(org.inbox_dir / n).st_mtime_ns for n in after_first}
        second, err2, s2, rss2 = _import(org.profile, org.exchange, passphrase_file)
        log_text = (org.profile / "logs" / "wellcare.log").read_text(encoding="utf-8", errors="replace")

        from wellcare.vault import VaultManager

        vault = VaultManager(org.profile).unlock(PASSPHRASE)
        try:
            stored = {r[0] for r in vault.query("SELECT envelope_id FROM eap_inbox")}
            contributions = ContributionsStore(vault).count()
        finally:
            vault.close()
        valid_requests = {n[:32] for n, k in valid.items() if k == "eap_request"}
        valid_contributions = sum(1 for k in valid.values() if k == "contribution")

        tracebacks = sum(t.count("Traceback") for t in (err1, err2, log_text))
        hostile_accepted = int(first["accepted"]) - args.valid + len(stored - valid_requests)
        left = [n for n in after_first if n not in strays]
        second_touched = any(second[k] for k in ("accepted", "duplicates", "quarantined", "left", "waiting"))
        changed = snapshot != {n: os.lstat(org.inbox_dir / n).st_mtime_ns for n in os.listdir(org.inbox_dir)}
        leaks = _leaks(org.exchange, DISTINCT) + _leaks(org.profile / "logs", DISTINCT)
        print(f"files: {sum(shapes.values())} hostile in {len(shapes)} shapes ({len(strays)} stray names), "
              f"{args.valid} genuine; built in {t1 - t0:.1f} s")
        print(f"first import:  {s1:.1f} s, peak RSS {rss1 / 1024:.0f} MiB; accepted {first['accepted']}, "
              f"waiting {first['waiting']}, duplicates {first['duplicates']}, quarantined {first['quarantined']}, "
              f"left {first['left']}")
        print(f"second import: {s2:.2f} s, peak RSS {rss2 / 1024:.0f} MiB; "
              f"{'touched files' if second_touched or changed else 'touched nothing'}")
        print(f"tracebacks (stderr + log): {tracebacks}")
        print(f"hostile accepted: {hostile_accepted} (well-formed cancellations for unknown requests waiting: "
              f"{first['waiting']}, never in effect)")
        print(f"left re-readable after the first run: {len(left)}")
        print(f"genuine imported: {len(stored & valid_requests)}/{len(valid_requests)} requests, "
              f"{contributions}/{valid_contributions} contributions")
        print(f"distinctive unit name found in: {leaks or 'nothing'}")
        reasons: dict[str, int] = {}
        for item in first["quarantine"]:  # type: ignore[union-attr]
            reasons[item["reason"]] = reasons.get(item["reason"], 0) + 1
        print("quarantine reasons: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
        ok = (not tracebacks and hostile_accepted == 0 and not left and not second_touched and not changed
              and stored >= valid_requests and contributions == valid_contributions and not leaks)
        print("RESULT: " + ("ok" if ok else "FAILED"))
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
