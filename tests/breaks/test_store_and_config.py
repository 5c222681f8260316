"""The vault record of breaks, the presence note, and the effective settings from policy and user."""

from __future__ import annotations

from datetime import UTC, time, timedelta
from pathlib import Path

import pytest

from tests.breaks.rig import KST, at
from wellcare.breaks import BreakAction, BreakEvent, BreakKind, BreakPlanner, BreakSettings
from wellcare.breaks.config import BreakConfig, UserLimits, policy_values, softphone_names
from wellcare.breaks.settings import SettingsError
from wellcare.breaks.store import MIGRATIONS, BreakStore
from wellcare.policy import Policy, parse
from wellcare.vault import Vault, VaultManager


@pytest.fixture
def vault(profile_dir: Path):  # type: ignore[no-untyped-def]
    vault = VaultManager(profile_dir).create("keyring").vault
    yield vault
    vault.close()


def test_events_round_trip_in_utc_and_come_back_in_order(vault: Vault) -> None:
    store = BreakStore(vault)
    assert vault.component_version("breaks") == MIGRATIONS[-1].version
    later = BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, at(9, 31), 60)
    earlier = BreakEvent(BreakKind.MICRO, BreakAction.SHOWN, at(9, 30))
    store.add(later)
    store.add(earlier)
    store.add(BreakEvent(BreakKind.RECOVERY, BreakAction.SHOWN, at(11, 0), 900), reason="hard_call")
    events = store.events_since(at(0, 0))
    assert events == [earlier, later, BreakEvent(BreakKind.RECOVERY, BreakAction.SHOWN, at(11, 0), 900)]
    assert events[0].at.tzinfo == UTC and events[0].at == at(9, 30)
    assert store.events_between(at(9, 30, 30), at(10, 0)) == [later]
    assert store.reasons(BreakKind.RECOVERY, BreakAction.SHOWN, at(0, 0)) == ["hard_call"]
    BreakStore(vault)  # a second open migrates nothing and keeps the record
    assert store.count() == 3


def test_planning_reads_only_the_recent_record_but_keeps_future_dated_events(vault: Vault) -> None:
    store = BreakStore(vault)
    old = BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, at(9, 0) - timedelta(days=10), 60)
    recent = BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, at(9, 0) - timedelta(days=1), 60)
    future = BreakEvent(BreakKind.MICRO, BreakAction.TAKEN, at(12, 0), 60)  # the clock went back
    for event in (old, recent, future):
        store.add(event)
    assert store.planning_events(at(10, 0)) == [recent, future]


def test_settings_and_softphones_persist(vault: Vault) -> None:
    store = BreakStore(vault)
    assert store.user_settings() == {} and store.softphones() == []
    store.save_user_settings({"micro_every_min": 20})
    store.save_softphones(["zoiper", ""])
    again = BreakStore(vault)
    assert again.user_settings() == {"micro_every_min": 20} and again.softphones() == ["zoiper"]


def test_a_session_continues_across_a_quick_restart_and_restarts_after_a_long_absence(vault: Vault) -> None:
    store = BreakStore(vault)
    assert store.session_start(at(9, 45)) == at(9, 45)  # first run
    store.touch(at(9, 45), at(10, 0))
    assert BreakStore(vault).session_start(at(10, 10)) == at(9, 45)  # restarted within 15 min
    assert BreakStore(vault).session_start(at(11, 0)) == at(11, 0)  # off for 50 min: a new session


def test_the_policy_section_maps_onto_break_settings() -> None:
    policy = parse(
        """
        [breaks]
        micro_interval_min = 40
        max_postpones = 1
        strict = true
        call_wait_limit_min = 5
        hard_call_break_min = 20
        shift_start = "08:00"
        shift_end = "17:00"
        shift_days = [1, 2, 3, 6]
        """,
        Path("policy.toml"),
    )
    values = policy_values(policy.section("breaks"))
    settings = BreakSettings().with_values(values)
    assert settings.micro_every_min == 40 and settings.postpone_max_count == 1 and settings.strict_mode
    assert settings.call_wait_max_min == 5 and settings.recovery_length_min == 20
    assert (settings.shift_start, settings.shift_end) == (time(8, 0), time(17, 0))
    assert settings.workdays == frozenset({0, 1, 2, 5})
    # the documented policy defaults apply in personal mode too (e.g. three postpones)
    assert BreakConfig.build(Policy().section("breaks"), org=False).settings.postpone_max_count == 3


def test_under_a_policy_breaks_may_come_more_often_never_less() -> None:
    config = BreakConfig.build(Policy().section("breaks"), org=True, user={"micro_every_min": 90, "rest_every_min": 60})
    assert config.limits == UserLimits((10, 30), (30, 120), org=True)
    assert config.settings.micro_every_min == 30  # clamped to the policy's
    assert config.settings.rest_every_min == 60
    personal = BreakConfig.build(Policy().section("breaks"), org=False, user={"micro_every_min": 90})
    assert personal.settings.micro_every_min == 90
    assert personal.limits.micro_every_min == (10, 120)


def test_only_open_fields_are_taken_from_the_user() -> None:
    user = {"strict_mode": False, "postpone_max_count": 99, "shift_end": "20:00"}
    config = BreakConfig.build(Policy().section("breaks"), org=True, user=user)
    assert config.user == {"shift_end": "20:00"}
    assert config.settings.postpone_max_count == 3 and config.settings.shift_end == time(20, 0)


def test_nonsense_is_refused_when_saving_and_ignored_when_stored() -> None:
    config = BreakConfig.build(Policy().section("breaks"), org=False)
    with pytest.raises(SettingsError):
        config.with_user({"shift_start": "09:00", "shift_end": "09:00"})
    same = {"shift_start": "10:00", "shift_end": "10:00"}
    stored = BreakConfig.build(Policy().section("breaks"), org=False, user=same)
    assert stored.settings.shift_start == time(9, 0) and stored.user == {}


def test_softphone_lists_merge_without_duplicates() -> None:
    assert softphone_names(["MicroSIP", " "], ["microsip", "zoiper"]) == ["MicroSIP", "zoiper"]


def test_a_recovery_break_protects_exactly_its_own_length() -> None:
    planner = BreakPlanner(BreakSettings())  # recovery_length_min = 15
    record = [BreakEvent(BreakKind.RECOVERY, BreakAction.SHOWN, at(10, 0), 30 * 60)]
    assert planner.next_break(record, at(10, 20)).due >= at(10, 50)  # nothing while it runs
    assert planner.next_break(record, at(10, 31)).due == at(11, 0)  # 10:00 + 30 min + 30 min
    assert at(10, 0).tzinfo == KST
