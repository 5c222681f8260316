import sys
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from wellcare.schedule.clock import SUSPEND_COUNTING_CLOCK, Clock, ManualClock, SystemClock
from wellcare.schedule.jumps import JumpDetector, JumpKind

KST = timezone(timedelta(hours=9))
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=KST)


def test_system_clock_is_aware_and_monotonic() -> None:
    clock = SystemClock()
    assert isinstance(clock, Clock)
    assert clock.now().tzinfo is not None
    a = clock.monotonic()
    assert clock.monotonic() >= a
    assert SystemClock(UTC).now().tzinfo is UTC


def test_manual_clock_advance_moves_both_clocks() -> None:
    clock = ManualClock(T0, monotonic=50.0)
    assert isinstance(clock, Clock)
    assert clock.advance(timedelta(minutes=2)) == T0 + timedelta(minutes=2)
    clock.advance(30)
    assert clock.now() == T0 + timedelta(minutes=2, seconds=30)
    assert clock.monotonic() == 200.0


def test_manual_clock_set_and_jump_move_only_the_wall_clock() -> None:
    clock = ManualClock(T0)
    mono = clock.monotonic()
    clock.set(T0 + timedelta(hours=3))
    clock.jump(timedelta(hours=-1))
    assert clock.now() == T0 + timedelta(hours=2)
    assert clock.monotonic() == mono


def test_manual_clock_refuses_naive_times_and_negative_steps() -> None:
    with pytest.raises(ValueError):
        ManualClock(datetime(2025, 3, 3, 9, 0))
    clock = ManualClock(T0)
    with pytest.raises(ValueError):
        clock.advance(timedelta(seconds=-1))
    with pytest.raises(ValueError):
        clock.set(datetime(2025, 3, 3, 9, 0))


def test_jump_detector_tells_jumps_from_time_passing() -> None:
    clock = ManualClock(T0)
    detector = JumpDetector(timedelta(seconds=5), gap_after=timedelta(minutes=3))
    assert detector.observe(clock) is None  # first reading is the baseline
    clock.advance(timedelta(minutes=1))
    assert detector.observe(clock) is None

    clock.jump(timedelta(hours=3))
    forward = detector.observe(clock)
    assert forward is not None and forward.kind is JumpKind.FORWARD and forward.drift == timedelta(hours=3)

    clock.jump(timedelta(hours=-1))
    back = detector.observe(clock)
    assert back is not None and back.kind is JumpKind.BACKWARD and back.drift == timedelta(hours=-1)

    clock.advance(timedelta(seconds=3))
    clock.jump(timedelta(seconds=2))  # within tolerance: NTP-sized
    assert detector.observe(clock) is None

    clock.advance(timedelta(hours=2))  # Windows-style suspend: both clocks moved, far past the tick
    gap = detector.observe(clock)
    assert gap is not None and gap.kind is JumpKind.GAP


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_on_linux_the_monotonic_clock_keeps_counting_through_a_suspend() -> None:
    """time.monotonic() stops while suspended: a suspend would look like the clock being set."""
    assert SUSPEND_COUNTING_CLOCK == time.CLOCK_BOOTTIME
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    reading = SystemClock().monotonic()
    after = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert before <= reading <= after
