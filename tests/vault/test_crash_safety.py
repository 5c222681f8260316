"""SIGKILL in the middle of a burst of writes loses no committed record (real subprocess)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from wellcare.vault import VaultManager

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from wellcare.vault import VaultManager

    vault = VaultManager(Path(sys.argv[1])).unlock()
    i = 0
    while True:
        i += 1
        vault.execute("INSERT INTO journal(at, kind, body) VALUES('t', 'burst', ?)", (f"record-{i}",))
        print(i, flush=True)  # printed only after COMMIT returned
    """
)


def test_sigkill_mid_burst_keeps_every_committed_record(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(profile_dir)], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert proc.stdout is not None
    last = 0
    for line in proc.stdout:
        last = int(line)
        if last >= 150:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    vault = VaultManager(profile_dir).unlock()
    assert vault.integrity_ok()
    bodies = {row[0] for row in vault.query("SELECT body FROM journal WHERE kind = 'burst'")}
    assert {f"record-{i}" for i in range(1, last + 1)} <= bodies
    vault.close()
