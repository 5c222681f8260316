"""Fixtures for aggregate tests: a small organisation on real vaults and a real exchange folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.aggregates.helpers import Org, make_org


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(tmp_path)
    yield org
    org.close()


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """English texts whatever an earlier test left installed; removed again afterwards."""
    from wellcare.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("en")
    yield translations
    for translator in translations._installed:
        qapp.removeTranslator(translator)
