"""The EAP form and request list as a counselor meets them (#19): messages beside their field and gone once
fixed, the hard call pre-attached, urgency and date in the list, the office's phone in the urgent box."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.eap.helpers import Org, content
from tests.eap.ui_rig import FeatureRig
from wellcare.eap import AttachmentChoice, RequestType, Urgency
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.page import EapPage
from wellcare.ui.eap.timeline import Timeline
from wellcare.ui.eap.widgets import CrisisBox

SUMMARY = AttachmentChoice("assess:1", "assessment_summary", "Self-check WHO-5", "WHO-5: 40 (low)")
INCIDENT = AttachmentChoice("incident:7", "incident", "Hard call 10:12 · abuse", "Hard call 10:12 · abuse")


def sources(vault: object, language: str) -> list[AttachmentChoice]:
    return [SUMMARY, INCIDENT]


@pytest.fixture
def rig(qtbot, org: Org, english) -> Iterator[Callable[[], FeatureRig]]:  # type: ignore[no-untyped-def]
    made: list[FeatureRig] = []

    def make() -> FeatureRig:
        r = FeatureRig(qtbot, EapFeature.with_sources(sources), org.counselor_profile, org.counselor_vault,
                       org.clock, org.policy)  # fmt: skip
        made.append(r)
        return r

    yield make
    for r in made:
        r.close()


def _page(r: FeatureRig) -> EapPage:
    assert isinstance(r.page, EapPage)
    return r.page


def test_each_message_sits_beside_its_field_and_goes_once_fixed(rig) -> None:  # type: ignore[no-untyped-def]
    page = _page(rig())
    page.open_form()
    form = page.form
    assert form is not None
    form.contact.clear()
    form.send()
    times, contact = form.field_problems["times"], form.field_problems["contact"]
    assert times.isVisible() and "at least one time" in times.text()
    first_time = next(iter(form.time_checks.values()))
    assert times.parentWidget() is first_time.parentWidget()  # in the "when" box, under its choices
    assert contact.isVisible() and "how the EAP office can reach you" in contact.text()

    first_time.setChecked(True)  # fixed: its message goes at once, the other stays
    assert not times.isVisible() and times.text() == ""
    assert contact.isVisible()
    form.contact.setText("010-2345-6789")
    assert not contact.isVisible() and not form.problem.isVisible()


def test_coming_from_a_hard_call_the_incident_is_already_attached(rig) -> None:  # type: ignore[no-untyped-def]
    r = rig()
    r.feature.open_request(RequestType.LEGAL_SUPPORT.value, False, (INCIDENT.key,))
    form = _page(r).form
    assert form is not None and form.selected_type() is RequestType.LEGAL_SUPPORT
    ticked = {row.choice.key: row.check.isChecked() for row in form.attachment_rows}
    assert ticked == {SUMMARY.key: False, INCIDENT.key: True}
    _page(r).close_form()
    r.feature.open_request(RequestType.COUNSELING.value)  # from elsewhere: nothing ticked
    form = _page(r).form
    assert form is not None and not any(row.check.isChecked() for row in form.attachment_rows)


def test_the_list_shows_urgency_and_date_and_the_urgent_box_the_office_phone(rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    org.counselor().submit(content(urgency=Urgency.URGENT))
    page = _page(rig())
    item = page.list.item(0).text()
    assert item.startswith(fmt.day(org.clock.now().astimezone().date(), year=False) + " · Urgent · ")
    timeline = page.timeline
    assert isinstance(timeline, Timeline)
    [box] = timeline.findChildren(CrisisBox)
    assert box.eap_phone is not None and "02-120-0000" in box.eap_phone.text()

    page.open_form()
    form = page.form
    assert form is not None
    form.urgency_buttons[Urgency.URGENT].setChecked(True)
    assert form.crisis.isVisible() and form.crisis.eap_phone is not None
    assert "02-120-0000" in form.crisis.eap_phone.text()
