"""The assess tables: results that can be recomputed, drafts, check-ins, reminder records."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.assess_ui.conftest import START
from wellcare.assess import load_catalog, score
from wellcare.assess.checkin import CheckInError
from wellcare.assess.export import ExportWords, history_rows
from wellcare.assess.reminders import Cadence
from wellcare.assess.session import Questionnaire
from wellcare.assess.store import AssessmentStore
from wellcare.assess.trends import band_regions, band_tones, instrument_trend
from wellcare.schedule.clock import ManualClock
from wellcare.vault import VaultManager

CATALOG = load_catalog()


@pytest.fixture
def store(profile_dir: Path):  # type: ignore[no-untyped-def]
    vault = VaultManager(profile_dir).create("keyring").vault
    yield AssessmentStore(vault, ManualClock(START))
    vault.close()


def test_a_stored_result_keeps_answers_and_version_and_rescores_the_same(store: AssessmentStore) -> None:
    phq9 = CATALOG.get("phq9")
    result = score(phq9, {**dict.fromkeys(phq9.item_ids, 0), "phq9_9": 1})
    store.save_draft("phq9", {"phq9_1": 0}, 1)
    saved = store.save_result(result)
    assert store.draft("phq9") is None  # finishing drops the draft in the same transaction
    (again,) = store.results("phq9")
    assert again.id == saved.id and again.completed_at == START
    assert again.result == result and again.result.instrument_version == "1.0"
    assert score(phq9, again.result.answers) == result
    assert store.pending_safety() == again
    store.mark_safety_seen(saved.id)
    assert store.pending_safety() is None
    assert store.last_completed() == {"phq9": START}


def test_drafts_survive_and_a_questionnaire_resumes_at_the_first_gap(store: AssessmentStore) -> None:
    store.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    store.save_draft("gad7", {"gad7_1": 2, "gad7_2": 1}, 2)
    draft = store.draft("gad7")
    assert draft is not None and draft.started_at == START + timedelta(minutes=5)
    q = Questionnaire(CATALOG.get("gad7"), {**draft.answers, "gad7_99": 1, "gad7_3": 9}, draft.position)
    assert q.answers == {"gad7_1": 2, "gad7_2": 1}  # unknown items and impossible values are dropped
    assert q.first_unanswered() == 2 and not q.complete
    assert store.drafts().keys() == {"gad7"}
    store.discard_draft("gad7")
    assert store.drafts() == {}


def test_check_ins_accept_only_known_moods_and_tags(store: AssessmentStore) -> None:
    entry = store.add_checkin(3, ["tired", "hard_call"], "  long day  ")
    assert (entry.tags, entry.note) == (("hard_call", "tired"), "long day")
    store.update_checkin(entry.id, 2, [], "")
    assert [(c.mood, c.tags) for c in store.checkins()] == [(2, ())]
    with pytest.raises(CheckInError):
        store.add_checkin(6)
    with pytest.raises(CheckInError):
        store.add_checkin(3, ["angry customer"])


def test_cadence_defaults_and_changes(store: AssessmentStore) -> None:
    assert [store.cadence(i) for i in ("who5", "pss10", "cbi", "k6", "phq9", "gad7")] == [
        Cadence.WEEKLY,
        Cadence.MONTHLY,
        Cadence.MONTHLY,
        Cadence.OFF,
        Cadence.OFF,
        Cadence.OFF,
    ]
    store.set_cadence("k6", Cadence.FORTNIGHTLY)
    store.snooze("k6", START + timedelta(hours=1))
    (record,) = store.reminder_records(["k6"])
    assert record.cadence is Cadence.FORTNIGHTLY and record.snoozed_until == START + timedelta(hours=1)
    assert store.reminders_since() == START


def test_chart_bands_meet_between_adjacent_scores_and_read_in_the_right_direction() -> None:
    phq9, who5, cbi = CATALOG.get("phq9"), CATALOG.get("who5"), CATALOG.get("cbi")
    assert [(r.low, r.high, r.tone) for r in band_regions(phq9, "total", "en")] == [
        (0.0, 4.5, "ok"),
        (4.5, 9.5, "mid"),
        (9.5, 14.5, "mid"),
        (14.5, 19.5, "mid"),
        (19.5, 27.0, "high"),
    ]
    assert [(r.low, r.high, r.tone) for r in band_regions(who5, "percent", "en")] == [
        (0.0, 28.0, "high"),
        (28.0, 50.0, "mid"),
        (50.0, 100.0, "ok"),
    ]
    assert band_tones(cbi.band_sets["client"].bands) == ["ok", "high"]
    trend = instrument_trend(cbi, [], "ko")
    assert [s.key for s in trend.series] == ["personal", "work", "client"] and trend.empty


def test_history_rows_use_the_instrument_texts(store: AssessmentStore) -> None:
    who5 = CATALOG.get("who5")
    store.save_result(score(who5, dict.fromkeys(who5.item_ids, 1)))
    words = ExportWords(["d", "t", "r", "m", "v", "b", "ver", "tags"], "체크인", "기분", str, str)
    rows = history_rows(CATALOG, store.results(), [], "ko", words)
    assert rows == [
        ["2025-03-03", "10:00", "WHO-5", "원점수 (0–25)", "5", "", "1.0", ""],
        ["2025-03-03", "10:00", "WHO-5", "백분율 점수 (0–100)", "20", "매우 낮은 웰빙", "1.0", ""],
    ]
