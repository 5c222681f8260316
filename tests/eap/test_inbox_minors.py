"""The coordinator's inbox (#19): the type column wraps instead of being cut, the proposed time follows the
requester's preferences, dates read in the interface language, and the note sent stays in the history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt

from tests.eap.helpers import Org, content
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import TimeWindow, Urgency
from wellcare.eap.proposal import propose_start
from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
from wellcare.ui.eap.inbox_page import InboxPage


@pytest.fixture
def korean(qapp):  # type: ignore[no-untyped-def]
    from wellcare.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("ko")
    yield translations
    translations.remove_all()


@pytest.fixture
def inbox(qtbot, org: Org, korean) -> Iterator[tuple[FeatureRig, InboxPage]]:  # type: ignore[no-untyped-def]
    counselor = org.counselor()
    counselor.submit(content(note="lunch please", urgency=Urgency.ROUTINE, times=(TimeWindow.LUNCH,)))
    rig = FeatureRig(qtbot, CoordinatorInboxFeature, org.coordinator_profile, org.coordinator_vault, org.clock,
                     org.policy, language="ko")  # fmt: skip
    assert isinstance(rig.page, InboxPage)
    yield rig, rig.page
    rig.close()


def test_the_type_column_wraps_rather_than_cuts(inbox) -> None:  # type: ignore[no-untyped-def]
    _rig, page = inbox
    page.splitter.setSizes([240, 700])  # a narrow list
    page.refresh()
    item = page.table.item(0, 1)
    width = page.table.columnWidth(1)
    needed = page.table.fontMetrics().boundingRect(
        QRect(0, 0, width - 8, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
    ).height()
    assert page.table.wordWrap() and page.table.rowHeight(0) >= needed


def test_the_reply_proposes_a_preferred_time_in_local_words_and_keeps_the_note(  # type: ignore[no-untyped-def]
    inbox, org: Org
) -> None:
    _rig, page = inbox
    detail = page.detail
    assert detail is not None
    proposed = detail.start.dateTime().toPython()
    expected = propose_start((TimeWindow.LUNCH,), org.clock.now().astimezone()).replace(tzinfo=None)
    assert proposed == expected and proposed.hour == 12
    assert "년" in detail.start.text() and "월" in detail.start.text()  # not "2026-12-08 12:00"

    detail.where.setText("본관 3층")
    detail.note.setPlainText("편하게 오세요")
    detail.send_appointment()
    page.refresh()
    history = [label.text() for label in page.detail.findChildren(type(page.status))]
    assert any("편하게 오세요" in text for text in history)
