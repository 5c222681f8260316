"""A council and a centre for the council → centre surge tests: real vaults, a real exchange folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.surge.helpers import MAX, REASON
from wellcare.council.identity import ensure_council_keys
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.programs.offer_scan import FailedFiles
from wellcare.programs.surge import SurgeListing, read_surge_notices
from wellcare.programs.surge.council_file import sign_council_notice
from wellcare.programs.surge.council_link import Forwarded, forward, pin_council
from wellcare.programs.surge.notice import SurgeAction, SurgeNotice, new_notice_id
from wellcare.vault import Vault, VaultManager

COUNCIL_NAME = "서울 콜센터 협의회"


@dataclass
class Centre:
    vault: Vault
    keys: CoordinatorKeys  # the coordinator's
    share: FolderTransport

    def pin(self, council: CoordinatorKeys) -> None:
        pin_council(self.vault, council.public().fingerprint(), COUNCIL_NAME)

    def forward(self, data: bytes, now: datetime, max_duration: timedelta = MAX, accept: bool = True) -> Forwarded:
        return forward(self.vault, data, self.share, self.keys.signing, now, max_duration=max_duration, accept=accept)

    def counselors_read(self) -> SurgeListing:
        """What a counselor's app reads: offers/, verified with the pinned coordinator key only."""
        return read_surge_notices(self.share, self.keys.public().verify_key, memo=FailedFiles())

    def offers(self) -> list[str]:
        return sorted(p.name for p in (Path(self.share.root) / "offers").iterdir())


@pytest.fixture
def council(tmp_path: Path) -> Iterator[CoordinatorKeys]:
    vault = VaultManager(tmp_path / "council").create("keyring", role="council").vault
    try:
        yield ensure_council_keys(vault)[0]
    finally:
        vault.close()


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[Centre]:
    vault = VaultManager(tmp_path / "coordinator").create("keyring", role="coordinator").vault
    try:
        yield Centre(vault, CoordinatorKeys.generate(), FolderTransport.create(tmp_path / "exchange", fsync=False))
    finally:
        vault.close()


def council_surge(start: datetime, end: datetime, issued: datetime | None = None) -> SurgeNotice:
    when = issued or start
    return SurgeNotice(SurgeAction.SURGE, new_notice_id(when, "council-surge"), when, end, start, REASON,
                       council=COUNCIL_NAME)


def council_cancel(notice: SurgeNotice, issued: datetime) -> SurgeNotice:
    return SurgeNotice(SurgeAction.CANCEL, notice.notice_id, issued, notice.end, council=COUNCIL_NAME)


def signed(notice: SurgeNotice, keys: CoordinatorKeys) -> bytes:
    return sign_council_notice(notice, keys.signing, keys.public())
