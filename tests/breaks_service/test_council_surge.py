"""The council's surge notice, forwarded by the centre's coordinator, shortens a counselor's breaks.

The whole path with real parts: the council's key in its vault, the coordinator's pin and forward
(its vault, the exchange folder), the counselor's read verified with the coordinator key only, the
SurgeWatch as the breaks' SurgeMode, a real stepped APScheduler and a ManualClock.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from tests.breaks_service.rig import ServiceRig, at
from tests.breaks_service.test_surge import SURGE, micro_breaks, run
from tests.surge.council_helpers import COUNCIL_NAME, council_surge, signed
from wellcare.council.identity import ensure_council_keys
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.programs.offer_scan import FailedFiles
from wellcare.programs.surge import SurgeWatch, read_surge_notices
from wellcare.programs.surge.council_link import forward, pin_council
from wellcare.vault import VaultManager


def test_a_forwarded_council_notice_shortens_the_micro_break_interval_and_ends_by_itself(
    make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    rig = make_rig()
    council_vault = VaultManager(tmp_path / "council").create("keyring", role="council").vault
    centre_vault = VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault
    try:
        council, _ = ensure_council_keys(council_vault)
        coordinator = CoordinatorKeys.generate()
        share = FolderTransport.create(tmp_path / "exchange", fsync=False)
        pin_council(centre_vault, council.public().fingerprint(), COUNCIL_NAME)
        notice = council_surge(at(8), at(11), issued=at(7, 50))
        forward(centre_vault, signed(notice, council), share, coordinator.signing, rig.clock.now(),
                max_duration=SURGE.max_duration)
    finally:
        council_vault.close()
        centre_vault.close()

    watch = SurgeWatch(rig.clock, SURGE)
    watch.start(rig.scheduler)
    watch.subscribe_surge(rig.service.resync)
    rig.service.surge = watch
    watch.update(read_surge_notices(share, coordinator.public().verify_key, memo=FailedFiles()))
    active = watch.active_surge(rig.clock.now())
    assert active is not None and active.council == COUNCIL_NAME
    run(rig, watch, at(9, 50))
    first = micro_breaks(rig)[0]
    assert first == at(9, 15)  # the surge's 15 minutes, not the usual 30

    run(rig, watch, at(13))
    assert watch.active_surge(rig.clock.now()) is None  # over at 11:00 by itself
    late = [when for when in micro_breaks(rig) if when >= at(11, 5)]
    assert len(late) >= 2  # the usual 30-minute interval again (after the 1-minute break)
    assert all(b - a >= timedelta(minutes=25) for a, b in itertools.pairwise(late))
    watch.stop()
