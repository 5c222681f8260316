"""Reminders from the vault's record through the real APScheduler on the Qt loop; snoozes move them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from tests.assess_ui.conftest import KST, START, Rig, visible_texts
from wellcare.assess import load_catalog, score
from wellcare.assess.reminders import (
    REMIND_AGAIN_AFTER,
    Cadence,
    ReminderRecord,
    Snooze,
    add_months,
    next_due,
    snooze_until,
    status,
)


def who5_done(rig: Rig, when: datetime) -> None:
    who5 = load_catalog().get("who5")
    rig.store.save_result(score(who5, dict.fromkeys(who5.item_ids, 3)), when)
    rig.feature.changed()


def job_delay(rig: Rig) -> timedelta:
    """How far ahead (real time) the reminder job is armed."""
    assert rig.feature.sync is not None
    (job,) = rig.feature.sync.jobs()
    return job.next_run_time - datetime.now(job.next_run_time.tzinfo)


# -- the plan (pure) --------------------------------------------------------------------------------
def test_cadences_count_from_the_last_completion_or_from_the_start() -> None:
    since = datetime(2025, 1, 31, 9, tzinfo=KST)
    assert next_due(Cadence.WEEKLY, since) == datetime(2025, 2, 7, 9, tzinfo=KST)
    assert next_due(Cadence.MONTHLY, since) == datetime(2025, 2, 28, 9, tzinfo=KST)  # the 31st clamps
    assert add_months(datetime(2024, 12, 15, tzinfo=KST), 1) == datetime(2025, 1, 15, tzinfo=KST)
    assert next_due(Cadence.OFF, since) is None
    never = status(ReminderRecord("who5", Cadence.WEEKLY), since)
    assert never.due_at == datetime(2025, 2, 7, 9, tzinfo=KST)
    done = status(ReminderRecord("who5", Cadence.WEEKLY, last_completed=START), since)
    assert done.due_at == START + timedelta(days=7) == done.notify_at
    assert status(ReminderRecord("k6", Cadence.OFF), since).notify_at is None


def test_a_shown_reminder_comes_back_a_day_later_and_a_snooze_wins() -> None:
    due = START
    shown = status(ReminderRecord("who5", Cadence.WEEKLY, START - timedelta(days=7), notified_at=due), START)
    assert shown.notify_at == due + REMIND_AGAIN_AFTER
    snoozed = status(
        ReminderRecord("who5", Cadence.WEEKLY, START - timedelta(days=7), snoozed_until=due + timedelta(hours=1)), START
    )
    assert snoozed.notify_at == due + timedelta(hours=1) and not snoozed.waiting(due)
    assert snooze_until(START, Snooze.TOMORROW, time(9)) == datetime(2025, 3, 4, 9, tzinfo=KST)
    recheck = status(ReminderRecord("phq9", Cadence.OFF, START, recheck_at=START + timedelta(days=14)), START)
    assert recheck.due_at == START + timedelta(days=14)
    taken_again = status(
        ReminderRecord("phq9", Cadence.OFF, START + timedelta(days=15), recheck_at=START + timedelta(days=14)), START
    )
    assert taken_again.due_at is None


# -- the real scheduler ------------------------------------------------------------------------------
def test_a_due_reminder_fires_through_apscheduler_and_a_snooze_moves_it(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    assert rig.store.cadence("who5") is Cadence.WEEKLY
    assert rig.store.cadence("pss10") is Cadence.MONTHLY and rig.store.cadence("phq9") is Cadence.OFF
    assert job_delay(rig) > timedelta(days=6)  # nothing due yet: the first WHO-5 reminder is a week out

    who5_done(rig, START - timedelta(days=8))  # last week's check is a day overdue
    qtbot.waitUntil(lambda: len(rig.notifier.history) == 1, timeout=3000)
    title, text = rig.notifier.history[0]
    assert title == "Time for a self-check" and "WHO-5" in text
    assert rig.store.reminder_records(["who5"])[0].notified_at == START
    page = rig.feature.page
    assert page is not None and "who5" in page.due_rows
    assert abs(job_delay(rig) - REMIND_AGAIN_AFTER) < timedelta(seconds=5)  # not again at once
    assert [e.text for e in rig.feature.tray_entries()][1:] == [
        "Start the WHO-5 check (due)",
        "Remind me in an hour",
        "Remind me tomorrow",
    ]

    # Snooze from the page: the job moves one hour ahead and the banner goes away.
    hour = next(b for b in page.due_rows["who5"].findChildren(type(page.checkin_button)) if b.text() == "In an hour")
    qtbot.mouseClick(hour, Qt.MouseButton.LeftButton)
    assert rig.store.reminder_records(["who5"])[0].snoozed_until == START + timedelta(hours=1)
    assert abs(job_delay(rig) - timedelta(hours=1)) < timedelta(seconds=5)
    assert "who5" not in page.due_rows
    assert "in an hour" in page.notice.text()

    # An hour later (on the test's clock) the tick re-derives the job and it fires again.
    rig.clock.advance(timedelta(hours=1))
    assert rig.feature.sync is not None
    rig.feature.sync.tick()
    qtbot.waitUntil(lambda: len(rig.notifier.history) == 2, timeout=3000)

    # "Tomorrow" from the tray: the next working morning, 09:00.
    rig.feature.snooze(["who5"], Snooze.TOMORROW)
    assert rig.store.reminder_records(["who5"])[0].snoozed_until == datetime(2025, 3, 4, 9, tzinfo=KST)
    expected = datetime(2025, 3, 4, 9, tzinfo=KST) - rig.clock.now()
    assert abs(job_delay(rig) - expected) < timedelta(seconds=5)

    # Doing the check ends it: the next one is a week after this completion.
    who5_done(rig, rig.clock.now())
    assert abs(job_delay(rig) - timedelta(days=7)) < timedelta(seconds=5)
    assert len(rig.feature.sync.jobs()) == 1  # one job, replaced each time, never accumulated


def test_a_reminder_during_a_call_waits_for_the_call_to_end(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.calls.set(True, "hook")
    who5_done(rig, START - timedelta(days=7, minutes=1))
    qtbot.waitUntil(lambda: rig.notifier.waiting != [], timeout=3000)
    assert rig.notifier.history == []
    rig.calls.set(False, "hook")
    assert len(rig.notifier.history) == 1


def test_cadence_is_set_on_the_page_and_kept_in_the_vault(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    page = rig.feature.page
    assert page is not None
    box = page.cadence_boxes["phq9"]
    assert box.currentData() == "off"
    box.setCurrentIndex(box.findData("fortnightly"))
    assert rig.store.cadence("phq9") is Cadence.FORTNIGHTLY
    page.refresh()
    assert page.cadence_boxes["phq9"].currentData() == "fortnightly"
    assert any("Next: Mon 17 Mar 2025" in t for t in visible_texts(page))
    assert abs(job_delay(rig) - timedelta(days=7)) < timedelta(seconds=5)  # WHO-5 still comes first
    page.cadence_boxes["who5"].setCurrentIndex(page.cadence_boxes["who5"].findData("off"))
    assert abs(job_delay(rig) - timedelta(days=14)) < timedelta(seconds=5)
