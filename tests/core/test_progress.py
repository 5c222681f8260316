"""Long commands speak on a terminal and stay silent (and machine-readable) anywhere else.

The terminal case runs the real command with its stderr on a pseudo-terminal (pty); the other
cases with plain pipes, as a script or CI would.
"""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wellcare.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_steps_and_counts_are_drawn_on_a_terminal_at_most_five_times_a_second() -> None:
    now = [0.0]
    stream = _Terminal()
    progress = Progress(stream, enabled=True, clock=lambda: now[0])
    progress.step("Importing the inbox")
    for done in range(0, 1001):
        now[0] += 0.001  # a file a millisecond: one second in all
        progress.count(done, 1000)
    progress.finish("done")
    text = stream.getvalue()
    assert text.startswith("Importing the inbox…\n")
    draws = text.count("\r\x1b[K")
    assert 5 <= draws <= 7  # every 0.2 s, and the last one always
    assert "Importing the inbox: 1000/1000 (100%)\n" in text
    assert text.endswith("done\n")


@pytest.mark.parametrize("stream", [io.StringIO(), None])
def test_off_a_terminal_or_when_quiet_nothing_is_written(stream: io.StringIO | None) -> None:
    for progress in (Progress.on_terminal(stream), Progress.on_terminal(_Terminal(), quiet=True)):
        progress.step("step")
        progress.count(1, 2)
        progress.finish("over")
        assert not progress.enabled
    assert stream is None or stream.getvalue() == ""


def _run_with_tty_stderr(argv: list[str], timeout: float = 240) -> tuple[int, str, str]:
    """Run `python -m wellcare argv` with stderr on a pty (stdout a pipe); returns (code, stdout, stderr)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "wellcare", *argv], stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL
    )
    os.close(follower)
    err = b""
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            proc.kill()
            raise AssertionError(f"no output for {timeout}s: {err!r}")
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        err += chunk
    os.close(leader)
    out = proc.stdout.read() if proc.stdout else b""
    code = proc.wait(timeout=timeout)
    return code, out.decode(), err.decode(errors="replace")


def _run_piped(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wellcare", *argv], capture_output=True, text=True, timeout=240)


def test_demo_and_import_show_progress_on_a_terminal_and_stay_quiet_in_pipes(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    code, out, err = _run_with_tty_stderr(["demo", "--dir", str(root), "--counselors", "30", "--weeks", "3"])
    assert code == 0, err
    for step in ("the EAP coordinator's profile and keys", "30 simulated counselors' weekly summaries",
                 "imported by the coordinator", "Demo ready in"):  # fmt: skip
        assert step in err
    assert "weekly summaries, imported by the coordinator week by week: 3/3 (100%)" in err
    assert out.startswith("Demo organisation in ")  # stdout is untouched

    piped = _run_piped(["demo", "--dir", str(root), "--counselors", "30", "--weeks", "3"])
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""  # no progress, no escape codes in a log
    assert piped.stdout == out

    # a counselor's files waiting in the inbox, then the coordinator's import
    common = ["--profile", str(root / "coordinator"), "--passphrase-file", str(root / "demo-passphrase.txt")]
    piped = _run_piped([*common, "coordinator", "import", "--json"])
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == ""
    assert json.loads(piped.stdout)["accepted"] >= 0
    code, out, err = _run_with_tty_stderr([*common, "coordinator", "import", "--json"])
    assert code == 0, err
    assert "Importing" not in err  # --json: quiet even on a terminal
    json.loads(out)
    code, out, err = _run_with_tty_stderr([*common, "coordinator", "import"])
    assert code == 0, err
    assert f"Importing the inbox of {root / 'exchange'}" in err
    assert "accepted" in out


def test_the_set_up_scripts_name_each_step(tmp_path: Path) -> None:
    if shutil.which("dpkg-query") is None:
        pytest.skip("scripts/setup.sh checks packages with dpkg-query (Debian/Ubuntu)")
    setup = Path(__file__).resolve().parents[2] / "scripts" / "setup.sh"
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    python = tmp_path / ".venv" / "bin" / "python"
    python.write_text("#!/bin/sh\nexit 0\n")
    python.chmod(0o755)
    (tmp_path / "pyproject.toml").write_text("")
    os.utime(tmp_path / "pyproject.toml", (1, 1))
    (tmp_path / ".venv" / ".wellcare-installed").write_text("")
    done = subprocess.run(
        ["bash", "-c", f'source "{setup}"; ensure_debian_packages bash coreutils; ensure_venv ""'],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "== checking Debian packages (2)" in done.stderr
    assert "== Python environment up to date (.venv)" in done.stderr
    assert done.stdout == ""  # steps go to stderr: a caller's output stays clean
