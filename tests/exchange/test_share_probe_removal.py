"""The start-up rights check must not litter the coordinator's inbox with its probe files.

On an SMB mount the server may still hold the probe open for a moment after close() (FUSE releases
asynchronously) and refuse to delete it; the check waits a little and tries again. Here a real
folder stands in for that moment: the probe's name is taken by a directory (which unlink refuses)
until the share "lets go" after a given number of waits.
"""

from __future__ import annotations

import os
from pathlib import Path

from wellcare.exchange.share_rights import _remove_probe


def _held_for(probe: Path, waits: int, slept: list[float]):  # type: ignore[no-untyped-def]
    def sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) == waits:
            os.rmdir(probe)  # the server lets go of the name
            probe.write_bytes(b"")  # and the file itself is what is left to delete

    return sleep


def test_a_probe_the_share_still_holds_is_removed_once_it_lets_go(tmp_path: Path) -> None:
    probe = tmp_path / ".rights-check-0123456789abcdef.tmp"
    probe.mkdir()
    slept: list[float] = []
    assert _remove_probe(str(probe), sleep=_held_for(probe, 2, slept)) is True
    assert not probe.exists()
    assert slept == [0.05, 0.1]


def test_a_probe_that_never_goes_is_given_up_on_within_two_seconds(tmp_path: Path) -> None:
    probe = tmp_path / ".rights-check-0123456789abcdef.tmp"
    probe.mkdir()
    slept: list[float] = []
    assert _remove_probe(str(probe), sleep=slept.append) is False
    assert 0 < sum(slept) <= 2.0


def test_a_probe_removed_at_once_costs_no_wait(tmp_path: Path) -> None:
    probe = tmp_path / ".rights-check-0123456789abcdef.tmp"
    probe.write_bytes(b"")
    slept: list[float] = []
    assert _remove_probe(str(probe), sleep=slept.append) is True
    assert slept == [] and not probe.exists()
