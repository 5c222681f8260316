"""Retention on the coordinator's inbox page and through the app's real scheduler (ManualClock)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from tests.eap.helpers import MONDAY_9, Org
from tests.eap.test_retention import DAYS, schedule_and_close, send
from tests.eap.ui_rig import FeatureRig
from wellcare.eap.retention import JOB_KEY, LAST_RUN
from wellcare.ui import locale_format as fmt
from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
from wellcare.ui.eap.inbox_page import InboxPage


@pytest.fixture
def rigs(qtbot) -> Iterator[list[FeatureRig]]:  # type: ignore[no-untyped-def]
    made: list[FeatureRig] = []
    yield made
    for rig in made:
        rig.close()


def coordinator(qtbot, org: Org, rigs: list[FeatureRig], language: str = "en") -> FeatureRig:  # type: ignore[no-untyped-def]
    rig = FeatureRig(
        qtbot, CoordinatorInboxFeature, org.coordinator_profile, org.coordinator_vault, org.clock, org.policy, language
    )
    rigs.append(rig)
    return rig


def page_of(rig: FeatureRig) -> InboxPage:
    assert isinstance(rig.page, InboxPage)
    return rig.page


def detail_texts(page: InboxPage) -> list[str]:
    assert page.detail is not None
    return [label.text() for label in page.detail.findChildren(QLabel)]


def row_of(page: InboxPage, envelope_id: str) -> list[str]:
    row = page._ids.index(envelope_id)
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def purge_day(org: Org) -> str:
    return fmt.day((org.clock.now() + timedelta(days=DAYS)).astimezone().date())


def test_the_page_shows_when_content_goes_and_that_it_went(qtbot, org: Org, rigs, english) -> None:  # type: ignore[no-untyped-def]
    closed, still_open = send(org, "PAGE-1"), send(org, "PAGE-2")
    schedule_and_close(org, closed)
    when = purge_day(org)
    assert re.fullmatch(r"\w{3} \d{1,2} \w{3} 2025", when), when
    page = page_of(coordinator(qtbot, org, rigs))

    page.select(closed.envelope_id)
    assert page.detail is not None and page.detail.retention.isVisibleTo(page.detail)
    assert page.detail.retention.text() == (
        f"Content will be deleted on {when}, 180 days after the request was closed."
    )
    assert "PAGE-1 노트 note" in detail_texts(page)
    page.select(still_open.envelope_id)
    assert page.detail is not None and page.detail.retention.text() == ""  # open: no date at all
    assert not page.detail.retention.isVisibleTo(page.detail)

    org.clock.advance(timedelta(days=DAYS))
    rig = rigs[0]
    rig.feature.retention.tick()
    qtbot.waitUntil(lambda: org.eap_inbox().get(closed.envelope_id).purged, timeout=5000)
    page.select(closed.envelope_id)
    texts = detail_texts(page)
    assert page.detail is not None and page.detail.retention.text() == (
        "Content deleted after 180 days. Only its type, urgency, status and week are kept, for the counts."
    )
    assert not any("PAGE-1" in t for t in texts) and "Contact" not in texts and "Preferred times" not in texts
    assert "Received: Week of 3 Mar 2025" in texts
    assert row_of(page, closed.envelope_id) == ["Soon", "Legal support after an abusive call", "Week of 3 Mar 2025",
                                                "Done"]  # fmt: skip


def test_the_page_in_korean(qtbot, org: Org, rigs, english) -> None:  # type: ignore[no-untyped-def]
    english.install("ko")
    closed, gone = send(org, "KO-1"), send(org, "KO-2")
    schedule_and_close(org, gone, done=False)
    org.clock.advance(timedelta(days=DAYS + 1))
    schedule_and_close(org, closed)
    when = purge_day(org)
    page = page_of(coordinator(qtbot, org, rigs, "ko"))  # the start-up run already deleted KO-2's content

    page.select(closed.envelope_id)
    assert page.detail is not None
    assert page.detail.retention.text() == f"이 요청의 내용은 종료 후 180일이 지나는 {when}에 삭제됩니다."
    assert re.fullmatch(r"2026년 \d{1,2}월 \d{1,2}일 \(.\)", when), when
    page.select(gone.envelope_id)
    assert page.detail is not None and page.detail.retention.text() == (
        "종료 후 180일이 지나 내용을 삭제했습니다. 통계를 위해 유형, 긴급도, 상태, 접수 주만 남겨 두었습니다."
    )
    assert "접수: 2025년 3월 3일 주" in detail_texts(page)
    assert row_of(page, gone.envelope_id)[2:] == ["2025년 3월 3일 주", "반려"]


def test_closed_requests_past_retention_go_at_start_before_the_page_shows_them(  # type: ignore[no-untyped-def]
    qtbot, org: Org, rigs, english
) -> None:
    sent = send(org, "START-1")
    schedule_and_close(org, sent)
    org.clock.advance(timedelta(days=DAYS, minutes=1))
    page = page_of(coordinator(qtbot, org, rigs))
    assert org.eap_inbox().get(sent.envelope_id).purged  # no waiting: done in start()
    assert page.table.rowCount() == 1 and not any("START-1" in t for t in detail_texts(page))


def test_the_daily_job_runs_through_the_real_scheduler(qtbot, org: Org, rigs) -> None:  # type: ignore[no-untyped-def]
    sent = send(org, "DAILY-1")
    schedule_and_close(org, sent)
    rig = coordinator(qtbot, org, rigs)
    sync = rig.feature.retention
    assert sync is not None
    vault = org.coordinator_vault
    assert vault.get_setting(LAST_RUN) == MONDAY_9.isoformat()  # the start-up run
    [job] = sync.jobs()
    assert job.name == JOB_KEY and "2025-03-04T00:00" in job.id  # a day later (Tue 09:00 in Seoul, as UTC)

    for _day in range(3):  # each day the job runs once, from the scheduler's own timer
        org.clock.advance(timedelta(days=1))
        sync.tick()  # the periodic tick maps the job to "now" on the ManualClock
        assert vault.get_setting(LAST_RUN) != org.clock.now().isoformat()  # not run by the tick itself
        qtbot.waitUntil(lambda: vault.get_setting(LAST_RUN) == org.clock.now().isoformat(), timeout=5000)
        assert not org.eap_inbox().get(sent.envelope_id).purged
        [job] = sync.jobs()
        assert (org.clock.now() + timedelta(days=1)).astimezone(UTC).isoformat(timespec="microseconds") in job.id

    org.clock.set(MONDAY_9 + timedelta(days=DAYS))  # the request's day: planned for exactly then
    sync.tick()
    qtbot.waitUntil(lambda: org.eap_inbox().get(sent.envelope_id).purged, timeout=5000)
    page = page_of(rig)
    assert page.detail is not None and page.detail.retention.text().startswith("Content deleted after")
