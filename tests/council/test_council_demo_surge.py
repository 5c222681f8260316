"""The council demo is ready for a council surge: each demo centre has pinned the council's key."""

from __future__ import annotations

from datetime import timedelta

from tests.council.conftest import NOW, Built
from wellcare.council.identity import load_council_keys
from wellcare.demo import DEMO_PASSPHRASE
from wellcare.demo_council import CENTRES
from wellcare.exchange import FolderTransport
from wellcare.inbox.keys_store import load_keys, load_setup
from wellcare.programs.surge.council_file import sign_council_notice
from wellcare.programs.surge.council_link import forward, pinned_council
from wellcare.programs.surge.notice import SurgeAction, SurgeNotice
from wellcare.vault import VaultManager


def test_every_demo_centre_pinned_the_council_and_forwards_its_notice(council_demo: Built) -> None:
    vault = council_demo.council_vault()
    try:
        council = load_council_keys(vault)
    finally:
        vault.close()
    assert council is not None
    notice = SurgeNotice(SurgeAction.SURGE, "council-surge-demo", NOW, NOW + timedelta(hours=6), NOW,
                         {"en": "Typhoon", "ko": "태풍"}, council="Demo council")
    data = sign_council_notice(notice, council.signing, council.public())
    for folder, *_ in CENTRES:
        centre = VaultManager(council_demo.layout.centre(folder) / "coordinator").unlock(DEMO_PASSPHRASE)
        try:
            pin = pinned_council(centre)
            assert pin is not None and pin.fingerprint == council.public().fingerprint()
            keys, setup = load_keys(centre), load_setup(centre)
            assert keys is not None and setup is not None
            done = forward(centre, data, FolderTransport(setup.exchange), keys.signing, NOW,
                           max_duration=timedelta(hours=72), dry_run=True)
            assert done.notice.notice_id == "council-surge-demo"
        finally:
            centre.close()
