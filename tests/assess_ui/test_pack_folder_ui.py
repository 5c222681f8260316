"""An organisation's instrument packs on the Self-checks page: the good ones listed, a bad one
named on the page and skipped, the app still running."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.assess_ui.conftest import Rig, visible_texts
from wellcare.paths import resource_dir
from wellcare.policy import Policy


@pytest.fixture
def policy(tmp_path: Path) -> Policy:
    packs = tmp_path / "packs"
    shutil.copytree(resource_dir() / "instrument-packs" / "example", packs / "example")
    (packs / "half_written.json").write_text(json.dumps({"format": 1, "id": "half_written"}), encoding="utf-8")
    return Policy(sections={"assess": {"instrument_packs": str(packs)}})


def test_the_page_lists_the_good_pack_and_names_the_bad_file(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.window.show_page("assess")
    page = rig.feature.page
    assert page is not None
    assert "example_els" in page.start_buttons and "half_written" not in page.start_buttons
    assert page.pack_notice is not None and page.pack_notice.isVisibleTo(page)
    shown = "\n".join(visible_texts(page.pack_notice))
    assert "could not be loaded and were left out" in shown
    assert "half_written.json: version: is missing" in shown
    session = page.start("example_els")
    assert session.intro.sex_group is not None  # its cut-offs differ by sex
