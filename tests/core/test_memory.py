"""wellcare.memory: the tray app's heap after start-up (issue #16), on the real C library."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

import pytest

from wellcare import memory

glibc = pytest.mark.skipif(memory._glibc() is None, reason="glibc only (malloc_trim, mallopt)")

# A fresh interpreter: ~60 MB of 1 kB blocks (malloc, not Python's small-object pools), every 64th
# kept, so the free pages sit between live blocks where glibc does not hand them back by itself.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from wellcare import memory

    def rss_mb():
        for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no Rss")

    blocks = [bytes(1000) + bytes([i % 256]) for i in range(60_000)]
    kept = blocks[::64]
    del blocks
    before = rss_mb()
    trimmed = memory.settle() if sys.argv[1] == "settle" else False
    print(trimmed, before, rss_mb(), len(kept))
    """
)


def run_child(mode: str) -> tuple[bool, float, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=60, check=True)
    trimmed, before, after, _ = done.stdout.split()
    return trimmed == "True", float(before), float(after)


@glibc
def test_settle_returns_the_free_pages_between_live_blocks() -> None:
    trimmed, before, after = run_child("settle")
    assert trimmed
    assert before - after > 30  # of the ~60 MB freed, most is given back
    _, idle_before, idle_after = run_child("none")
    assert idle_before - idle_after < 5  # without settle, glibc keeps them


@glibc
def test_limit_arenas_is_taken_by_glibc() -> None:
    assert memory.limit_arenas(8)  # the process's own default for this test run's threads is left as glibc's


def test_settle_leaves_nothing_frozen() -> None:
    frozen = gc.get_freeze_count()
    memory.settle()
    assert gc.get_freeze_count() == frozen  # no gc.freeze(): objects dropped later must still be collected


def test_without_glibc_every_call_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert not memory.limit_arenas()
    assert not memory.settle()
