"""The council's signed surge notice, forwarded by a centre's coordinator to its counselors.

Real vaults (the council's key, the coordinator's pin and memory of what it forwarded), a real
exchange folder, the same SurgeWatch the counselor's app uses, a ManualClock and a stepped real
APScheduler. A refused file leaves offers/ as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.schedule.harness import SteppedScheduler
from tests.surge.council_helpers import COUNCIL_NAME, Centre, council_cancel, council_surge, signed
from tests.surge.helpers import MAX, at
from wellcare.exchange import CoordinatorKeys, EnvelopeError
from wellcare.programs.surge import SurgeSettings, SurgeWatch, open_verified_notice
from wellcare.programs.surge.council_file import read_council_file
from wellcare.programs.surge.council_link import ForwardRefusal, ForwardRefused
from wellcare.schedule.clock import ManualClock

SETTINGS = SurgeSettings(micro_every_min=15, rest_every_min=60, decompression_after_hard_call=True, max_duration=MAX)


def test_the_councils_notice_reaches_counselors_as_the_coordinators_and_ends_by_itself(
    centre: Centre, council: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    centre.pin(council)
    notice = council_surge(at(7, 8), at(7, 18), issued=at(7, 8, 20))
    done = centre.forward(signed(notice, council), clock.now())
    assert done.notice.notice_id == notice.notice_id and centre.offers() == [done.file]

    # the file in offers/ is the coordinator's: verified with its key, not the council's
    data = (Path(centre.share.root) / "offers" / done.file).read_bytes()
    assert open_verified_notice(data, centre.keys.public().verify_key)[1].council == COUNCIL_NAME
    with pytest.raises(EnvelopeError):
        open_verified_notice(data, council.public().verify_key)

    watch = SurgeWatch(clock, SETTINGS)
    watch.start(scheduler)
    heard: list[bool] = []
    watch.subscribe_surge(lambda: heard.append(watch.active_surge(clock.now()) is not None))
    watch.update(centre.counselors_read())
    active = watch.active_surge(clock.now())
    assert active is not None and active.notice_id == notice.notice_id
    assert active.council == COUNCIL_NAME and (active.micro_every_min, active.rest_every_min) == (15, 60)
    assert active.reason == notice.reason

    clock.set(at(7, 18, 1))
    assert watch.sync is not None
    watch.sync.tick()
    scheduler.run_due()
    assert watch.active_surge(clock.now()) is None and heard == [True, False]
    watch.stop()


def _altered(data: bytes) -> bytes:
    doc = json.loads(data)
    doc["payload"]["end"] = at(9, 18).isoformat()  # two more days, signature unchanged
    return json.dumps(doc).encode()


CASES: dict[str, tuple[ForwardRefusal, Callable[[CoordinatorKeys], bytes]]] = {
    "forged by another council key": (
        ForwardRefusal.UNPINNED, lambda _k: signed(council_surge(at(7, 8), at(7, 18)), CoordinatorKeys.generate())),
    "altered after signing": (ForwardRefusal.BAD_SIGNATURE, lambda k: _altered(signed(council_surge(at(7, 8),
                                                                                                    at(7, 18)), k))),
    "expired": (ForwardRefusal.EXPIRED, lambda k: signed(council_surge(at(6, 8), at(6, 18)), k)),
    "future-dated": (ForwardRefusal.FUTURE, lambda k: signed(council_surge(at(7, 12), at(7, 18)), k)),
    "longer than the centre allows": (ForwardRefusal.TOO_LONG, lambda k: signed(council_surge(at(7, 8), at(11, 8),
                                                                                              issued=at(7, 8)), k)),
    "not a council notice": (ForwardRefusal.NOT_A_NOTICE, lambda _k: b'{"format": "something else"}'),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_council_file_is_refused_and_nothing_is_written(
    case: str, centre: Centre, council: CoordinatorKeys, clock: ManualClock
) -> None:
    centre.pin(council)
    reason, make = CASES[case]
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(make(council), clock.now())
    assert refused.value.reason is reason
    assert centre.offers() == [] and centre.counselors_read().surges == ()


def test_an_unpinned_council_and_a_centre_that_refuses_council_notices_write_nothing(
    centre: Centre, council: CoordinatorKeys, clock: ManualClock
) -> None:
    data = signed(council_surge(at(7, 8), at(7, 18)), council)
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(data, clock.now())
    assert refused.value.reason is ForwardRefusal.UNPINNED
    centre.pin(council)
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(data, clock.now(), accept=False)
    assert refused.value.reason is ForwardRefusal.NOT_ACCEPTED
    assert centre.offers() == []


def test_a_centre_with_a_shorter_limit_refuses_what_another_accepts(
    centre: Centre, council: CoordinatorKeys, clock: ManualClock
) -> None:
    centre.pin(council)
    data = signed(council_surge(at(7, 8), at(7, 20)), council)  # 12 hours
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(data, clock.now(), max_duration=timedelta(hours=8))
    assert refused.value.reason is ForwardRefusal.TOO_LONG and centre.offers() == []


def test_a_council_cancel_ends_the_forwarded_surge_and_replays_are_refused(
    centre: Centre, council: CoordinatorKeys, clock: ManualClock, scheduler: SteppedScheduler
) -> None:
    centre.pin(council)
    notice = council_surge(at(7, 8), at(7, 18))
    surge_file = signed(notice, council)
    centre.forward(surge_file, clock.now())
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(surge_file, clock.now())  # the same file again
    assert refused.value.reason is ForwardRefusal.REPLAYED and len(centre.offers()) == 1

    watch = SurgeWatch(clock, SETTINGS)
    watch.start(scheduler)
    watch.update(centre.counselors_read())
    assert watch.active_surge(clock.now()) is not None

    clock.advance(timedelta(minutes=30))
    cancel_file = signed(council_cancel(notice, clock.now()), council)
    done = centre.forward(cancel_file, clock.now())
    assert done.notice.is_cancel and len(centre.offers()) == 2
    watch.update(centre.counselors_read())
    assert watch.active_surge(clock.now()) is None

    before = centre.offers()
    for again in (cancel_file, surge_file):  # the cancel again; the cancelled surge again
        with pytest.raises(ForwardRefused) as refused:
            centre.forward(again, clock.now())
        assert refused.value.reason is ForwardRefusal.REPLAYED
    assert centre.offers() == before
    watch.stop()


def test_a_cancel_of_a_surge_never_forwarded_is_refused(
    centre: Centre, council: CoordinatorKeys, clock: ManualClock
) -> None:
    centre.pin(council)
    cancel = council_cancel(council_surge(at(7, 8), at(7, 18)), clock.now())
    with pytest.raises(ForwardRefused) as refused:
        centre.forward(signed(cancel, council), clock.now())
    assert refused.value.reason is ForwardRefusal.UNKNOWN_SURGE and centre.offers() == []


def test_a_council_file_names_its_signer_and_says_so_when_checked(council: CoordinatorKeys) -> None:
    data = signed(council_surge(at(7, 8), at(7, 18)), council)
    parsed = read_council_file(data)
    assert parsed.verifies() and parsed.signer.fingerprint() == council.public().fingerprint()
    assert parsed.notice().council == COUNCIL_NAME
