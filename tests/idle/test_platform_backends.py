"""Windows and macOS backends where they can be checked here, and the softphone process watcher."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from wellcare.idle import detect
from wellcare.idle.base import IdleBackend, IdleUnavailable, Reason
from wellcare.idle.macos import MacIdle, parse_ioreg
from wellcare.idle.processes import SoftphoneWatcher, linux_processes, normalize
from wellcare.idle.windows import WindowsIdle, elapsed_ms


def test_windows_tick_counts_wrap_around() -> None:
    assert elapsed_ms(5_000, 2_000) == 3_000
    assert elapsed_ms(500, 0xFFFF_FF00) == 756  # GetTickCount wrapped after 49.7 days


@pytest.mark.skipif(sys.platform == "win32", reason="the real backend runs there")
def test_windows_backend_says_it_is_for_windows() -> None:
    with pytest.raises(IdleUnavailable) as err:
        WindowsIdle()
    assert err.value.reason is Reason.WRONG_PLATFORM


def test_macos_ioreg_output_is_parsed(tmp_path: Path) -> None:
    sample = b'    |   "HIDIdleTime" = 4200000000\n    |   "HIDKeyboardModifierMappingPairs" = ()\n'
    assert parse_ioreg(sample) == pytest.approx(4.2)
    fake = tmp_path / "ioreg"
    fake.write_text("#!/bin/sh\nprintf '  \"HIDIdleTime\" = 1500000000\\n'\n")
    fake.chmod(0o755)
    backend = MacIdle(ioreg=str(fake))
    assert backend.idle_seconds() == pytest.approx(1.5)
    broken = tmp_path / "broken"
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    with pytest.raises(IdleUnavailable) as err:
        MacIdle(ioreg=str(broken))
    assert err.value.reason is Reason.COMMAND_FAILED


def test_an_unexpected_backend_error_does_not_stop_detection() -> None:
    class Works(IdleBackend):
        name = "works"

        def idle_seconds(self) -> float:
            return 1.0

    def broken() -> IdleBackend:
        raise RuntimeError("boom")

    def unavailable() -> IdleBackend:
        raise IdleUnavailable(Reason.SERVICE_MISSING, "nobody home")

    status = detect([("broken", broken), ("unavailable", unavailable), ("works", Works)])
    assert status.available and status.name == "works"
    assert [(a.name, a.reason) for a in status.attempts] == [
        ("broken", Reason.CALL_FAILED),
        ("unavailable", Reason.SERVICE_MISSING),
    ]


# -- softphone processes ---------------------------------------------------------------------------


def test_names_compare_without_case_path_or_exe() -> None:
    assert normalize("C:\\Program Files\\MicroSIP\\MicroSIP.exe") == "microsip"
    assert normalize(" Zoiper5 ") == "zoiper5"


def test_linux_proc_scan(tmp_path: Path) -> None:
    for pid, comm in ((1, "systemd"), (42, "linphone"), (77, "averylongsoftph")):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "comm").write_text(comm + "\n")
    (tmp_path / "self").mkdir()
    (tmp_path / "99").mkdir()  # a process that ended between listing and reading
    assert linux_processes(str(tmp_path)) == {"systemd", "linphone", "averylongsoftph"}


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="Linux /proc")
def test_the_real_proc_lists_this_process() -> None:
    own = Path("/proc/self/comm").read_text().strip()
    assert own in linux_processes()


def test_the_watcher_matches_names_and_the_15_character_linux_form() -> None:
    running = {"systemd", "MicroSIP.exe", "averylongsoftph"}
    watcher = SoftphoneWatcher(["microsip", "AVeryLongSoftphoneName", "zoiper"], lambda: running)
    assert watcher.running() == {"microsip", "averylongsoftphonename"}
    calls: list[int] = []
    idle = SoftphoneWatcher([], lambda: calls.append(1) or set())  # type: ignore[func-returns-value]
    assert not idle.active and idle.running() == set() and calls == []  # nothing listed, nothing scanned


def test_a_failing_process_list_is_not_a_call() -> None:
    def broken() -> set[str]:
        raise PermissionError("no")

    assert SoftphoneWatcher(["microsip"], broken).running() == set()
