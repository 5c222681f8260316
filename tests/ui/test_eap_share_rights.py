"""The counselor's EAP page says, in plain words, when the exchange share is set up too openly.

The check itself runs against a real Samba share in tests/smb; here it is given its findings,
and the page must show them (and nothing when there are none).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.eap.helpers import Org, make_org
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import EapService
from wellcare.exchange.share_rights import ShareProblem
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.page import EapPage


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(tmp_path)
    yield org
    org.close()


def _rig(qtbot, org: Org, monkeypatch: pytest.MonkeyPatch, found: list[ShareProblem]) -> FeatureRig:  # type: ignore[no-untyped-def]
    checked: list[str] = []

    def check(root: str) -> list[ShareProblem]:
        checked.append(root)
        return list(found)

    original = EapService.__init__

    def with_check(self, *args, **kw) -> None:  # type: ignore[no-untyped-def]
        original(self, *args, **{**kw, "share_check": check})

    monkeypatch.setattr(EapService, "__init__", with_check)
    rig = FeatureRig(qtbot, EapFeature, org.counselor_profile, org.counselor_vault, org.clock, org.policy)
    rig.checked = checked  # type: ignore[attr-defined]
    return rig


def _texts(page: EapPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_a_listable_inbox_is_reported_on_the_eap_page(qtbot, org: Org, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    rig = _rig(qtbot, org, monkeypatch, [ShareProblem.INBOX_LISTABLE, ShareProblem.OFFERS_WRITABLE])
    try:
        page = rig.page
        assert isinstance(page, EapPage)
        assert page.share_box is not None
        text = _texts(page)
        assert "The shared folder is set up too openly" in text
        assert "Counselors can see the list of files in the EAP inbox" in text
        assert "offers folder" in text
        assert "Please tell your IT team" in text
        page.refresh()
        page.refresh()
        assert rig.checked == [str(org.exchange)]  # once, at start-up: it writes a probe file each time
    finally:
        rig.close()


def test_a_share_set_up_as_documented_shows_nothing(qtbot, org: Org, monkeypatch, english) -> None:  # type: ignore[no-untyped-def]
    rig = _rig(qtbot, org, monkeypatch, [])
    try:
        page = rig.page
        assert isinstance(page, EapPage)
        assert page.share_box is None
        assert "set up too openly" not in _texts(page)
    finally:
        rig.close()
