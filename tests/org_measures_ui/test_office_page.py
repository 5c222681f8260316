"""The office's "Hand-over notices" page: a notice imported from a real share, moved on by the office."""

from __future__ import annotations

from tests.eap.helpers import make_org
from tests.incidents.conftest import make_context
from wellcare.incidents import IncidentStore
from wellcare.incidents.notice import NoticeService, notice_for
from wellcare.incidents.notice_inbox import NoticeBook, NoticeStatus


def test_an_imported_notice_shows_as_its_own_kind_and_the_office_moves_it_on(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.notice_office import CoordinatorNoticesFeature, NoticesPage

    org = make_org(tmp_path)
    try:
        incident = IncidentStore(org.counselor_vault, org.clock).log("threat", "afraid", "never sent", "CALL-9")
        NoticeService(org.counselor_vault, org.policy, org.clock).send(notice_for(incident, include_call_ref=True))
        assert org.import_once().accepted_by_kind == {"handover_notice": 1}
        feature = CoordinatorNoticesFeature(make_context(org.coordinator_profile, org.coordinator_vault, org.clock))
        feature.start()
        page = NoticesPage(feature)
        qtbot.addWidget(page)
        [card] = page.cards
        assert "Threat" in card.title.text() and "New" in card.title.text()
        assert "CALL-9" in card.details.text() and "never sent" not in card.details.text()
        assert "1 new notice" in page.summary.text()
        card.buttons[NoticeStatus.TAKEN_OVER].click()
        [card] = page.cards
        assert "Taken over" in card.title.text() and NoticeStatus.TAKEN_OVER not in card.buttons
        card.buttons[NoticeStatus.CLOSED].click()
        assert [n.status for n in NoticeBook(org.coordinator_vault).notices()] == [NoticeStatus.CLOSED]
        assert page.cards[0].buttons == {}
        feature.stop()
    finally:
        org.close()
