"""The Today page with the real EAP features: a new reply appears; the coordinator sees urgent requests first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.eap.helpers import Org, content
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import Appointment, Urgency
from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.pages.home import HomePage, HomeStatus

STATUS = HomeStatus("keyring", "120 다산콜센터", "EAP 상담실", tray_available=False)


@pytest.fixture
def pages(qtbot) -> Iterator[list[object]]:  # type: ignore[no-untyped-def]
    made: list[object] = []
    yield made
    for item in made:
        if isinstance(item, FeatureRig):
            item.close()
        elif isinstance(item, HomePage):
            item.close()
            item.deleteLater()


def _today(qtbot, rig: FeatureRig, made: list[object]) -> HomePage:  # type: ignore[no-untyped-def]
    page = HomePage(STATUS, rig.ctx.capabilities.today, rig.clock, rig.ctx.vault)
    made.append(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_new_eap_reply_appears_on_today_and_leaves_once_opened(qtbot, org: Org, pages, english) -> None:  # type: ignore[no-untyped-def]
    rig = FeatureRig(qtbot, EapFeature, org.counselor_profile, org.counselor_vault, org.clock, org.policy)
    pages.append(rig)
    rig.window.hide()  # the counselor is not on the EAP page (looking at it makes its replies no news)
    org.clock.advance(timedelta(minutes=1))
    org.counselor().submit(content())
    org.import_once()
    rig.feature.check_now()  # the receipt arrives
    today = _today(qtbot, rig, pages)
    assert today.greeting.value == "first_run" and today.title.text() == "Welcome to WellCare"
    assert "Your request was received" in today.cards["eap"].text()

    org.clock.advance(timedelta(minutes=3))
    assert today.cards["eap"].button is not None
    today.cards["eap"].button.click()  # opens EAP support: the receipt is no news any more
    assert rig.shown_pages[-1] == "eap"
    assert today.cards["eap"].text() == "No new replies."

    org.clock.advance(timedelta(minutes=3))
    [received] = org.eap_inbox().requests()
    org.eap_inbox().schedule(received.envelope_id, Appointment(org.clock.now() + timedelta(days=1), 50, "3층", ""))
    rig.feature.check_now()  # the app's own pick-up: the card changes without any click
    assert today.cards["eap"].text().startswith("Your appointment: ")


def test_the_coordinator_sees_the_urgent_request_first(qtbot, org: Org, pages, english) -> None:  # type: ignore[no-untyped-def]
    counselor = org.counselor()
    counselor.submit(content(note="routine", urgency=Urgency.ROUTINE))
    org.clock.advance(timedelta(minutes=1))
    counselor.submit(content(note="urgent", urgency=Urgency.URGENT))
    rig = FeatureRig(
        qtbot, CoordinatorInboxFeature, org.coordinator_profile, org.coordinator_vault, org.clock, org.policy
    )  # imports at start
    pages.append(rig)
    today = _today(qtbot, rig, pages)
    lines = [label.text() for label in today.cards["requests"].lines]
    assert lines[0] == "2 new requests · 1 urgent"
    assert lines[1].startswith("Urgent · Legal support after an abusive call")
    assert not lines[2].startswith("Urgent")
    assert "file" in today.cards["import"].text() or "not been read" in today.cards["import"].text()

    org.clock.advance(timedelta(minutes=1))
    counselor.submit(content(note="another", urgency=Urgency.URGENT))
    rig.feature.import_now()
    lines = [label.text() for label in today.cards["requests"].lines]
    assert lines[0] == "3 new requests · 2 urgent"
    assert lines[1].startswith("Urgent") and lines[2].startswith("Urgent") and not lines[3].startswith("Urgent")
    assert today.cards["import"].text().endswith("1 file taken in.")
