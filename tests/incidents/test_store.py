"""The incident store on a real vault: log, edit, delete, counts by ISO week, report content."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.incidents.conftest import START
from wellcare.incidents import COMPONENT, IncidentError, IncidentStore, build_report, iso_week, local_iso
from wellcare.incidents.kinds import CALL_REF_MAX, NOTE_MAX
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault


def test_log_keeps_local_time_with_offset_and_cleans_text(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    incident = store.log("verbal_abuse", "shaken", "  He shouted.\r\nThen\x00 swore.\x1b ", "  CR\t1234 \n")
    assert incident.at == START and incident.at.utcoffset() == timedelta(hours=9)
    assert local_iso(incident.at) == "2026-03-12T14:30:05+09:00"
    assert incident.note == "He shouted.\nThen swore."
    assert incident.call_ref == "CR 1234"
    assert incident.break_min == 0 and incident.edited_at is None
    row = vault.query_one("SELECT at FROM incidents WHERE id = ?", (incident.id,))
    assert row == ("2026-03-12T14:30:05+09:00",)


def test_text_is_clipped_and_codes_are_checked(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    incident = store.log("other", "unsaid", "x" * (NOTE_MAX + 50), "r" * (CALL_REF_MAX + 5))
    assert len(incident.note) == NOTE_MAX and len(incident.call_ref) == CALL_REF_MAX
    with pytest.raises(IncidentError):
        store.log("rude", "shaken")
    with pytest.raises(IncidentError):
        store.log("threat", "fine")
    assert store.count() == 1


def test_migrations_are_per_component_and_run_once(vault: Vault, clock: ManualClock) -> None:
    IncidentStore(vault, clock).log("threat", "afraid")
    assert vault.component_version(COMPONENT) == 1
    again = IncidentStore(vault, clock)
    assert again.count() == 1
    assert not (vault.path.parent / "backups").exists() or not list((vault.path.parent / "backups").glob("*incidents*"))


def test_edit_delete_and_missing_ids(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    first = store.log("threat", "afraid", "first note")
    clock.advance(timedelta(minutes=5))
    edited = store.update(first.id, note="changed", call_ref="CR-9")
    assert (edited.note, edited.call_ref, edited.kind, edited.at) == ("changed", "CR-9", "threat", first.at)
    assert edited.edited_at == START + timedelta(minutes=5)
    unchanged = store.update(first.id, note="changed")
    assert unchanged.edited_at == edited.edited_at
    store.set_break(first.id, 15)
    assert store.get(first.id).break_min == 15
    store.delete(first.id)
    assert store.all() == []
    for action in (lambda: store.get(first.id), lambda: store.delete(first.id), lambda: store.set_break(first.id, 1)):
        with pytest.raises(IncidentError):
            action()


def test_newest_first_across_time_zones(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    a = store.log("threat", "afraid")  # 14:30 +09:00 = 05:30 UTC
    clock.set(datetime(2026, 3, 12, 6, 0, tzinfo=UTC))  # later, though "06:00" < "14:30" as text
    b = store.log("other", "okay")
    assert [i.id for i in store.all()] == [b.id, a.id]
    assert [i.id for i in store.chosen([a.id, b.id])] == [a.id, b.id]


def test_weekly_counts_include_empty_weeks_and_cross_the_year(vault: Vault) -> None:
    clock = ManualClock(datetime(2025, 12, 22, 10, tzinfo=START.tzinfo))  # Monday of 2025-W52
    store = IncidentStore(vault, clock)
    store.log("threat", "afraid")
    clock.advance(timedelta(days=14))  # 2026-01-05, Monday of 2026-W02
    store.log("verbal_abuse", "angry")
    store.log("verbal_abuse", "drained")
    assert store.weekly_counts(4) == [("2025-W51", 0), ("2025-W52", 1), ("2026-W01", 0), ("2026-W02", 2)]
    assert store.weekly_counts(0) == []
    assert store.count_in_week("2026-W02") == 2 and store.count_in_week("2025-W40") == 0
    for bad in ("2026-2", "2026-W54", "W02"):
        with pytest.raises(IncidentError):
            store.count_in_week(bad)
    assert iso_week(datetime(2027, 1, 1).date()) == "2026-W53"


def test_report_holds_only_the_chosen_incidents_oldest_first(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    a = store.log("threat", "afraid", "A")
    clock.advance(60)
    b = store.log("verbal_abuse", "shaken", "B")
    clock.advance(60)
    c = store.log("other", "okay", "C")
    report = build_report(store, [c.id, a.id], clock.now())
    assert [i.note for i in report.incidents] == ["A", "C"]
    assert report.first == a.at and report.last == c.at and b.id not in {i.id for i in report.incidents}
    with pytest.raises(IncidentError):
        build_report(store, [], clock.now())
    store.delete(c.id)
    with pytest.raises(IncidentError):
        build_report(store, [a.id, c.id], clock.now())


def test_read_all_migrates_nothing_before_the_first_start(vault: Vault) -> None:
    from wellcare.incidents import read_all

    assert read_all(vault) == [] and vault.component_version(COMPONENT) == 0


def test_a_note_written_during_the_break_is_added_to_the_journal_entry(vault: Vault, clock: ManualClock) -> None:
    store = IncidentStore(vault, clock)
    incident = store.log("threat", "afraid", "Said he knows where I live.")
    store.append_note(incident.id, "Written in the break: I want legal support.")
    assert store.get(incident.id).note == "Said he knows where I live.\n\nWritten in the break: I want legal support."
    with pytest.raises(IncidentError):
        store.append_note(incident.id, "x" * NOTE_MAX)  # nothing is cut off: an error, the note unchanged
    with pytest.raises(IncidentError):
        store.append_note(incident.id, "   ")
    assert store.get(incident.id).note.endswith("legal support.")
