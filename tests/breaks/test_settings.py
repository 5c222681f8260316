from datetime import time, timedelta

import pytest

from wellcare.breaks import BreakKind, BreakSettings, SettingsError, locked_fields


def test_defaults_are_call_center_sensible() -> None:
    s = BreakSettings()
    assert (s.micro_every, s.micro_length) == (timedelta(minutes=30), timedelta(minutes=1))
    assert (s.rest_every, s.rest_length) == (timedelta(hours=2), timedelta(minutes=10))
    assert (s.shift_start, s.shift_end, s.workdays) == (time(9), time(18), frozenset(range(5)))
    assert (s.postpone_max_count, s.postpone_length) == (2, timedelta(minutes=5))
    assert not s.strict_mode
    assert s.notice == timedelta(seconds=30)
    assert s.call_wait_max == timedelta(minutes=10)
    assert s.recovery_length == s.length(BreakKind.RECOVERY) == timedelta(minutes=15)


def test_policy_then_user_overrides() -> None:
    policy = {"rest_every_min": 90, "shift_start": "08:30", "workdays": ["mon", "tue", "wed", "thu", "fri", "sat"]}
    user = {"micro_length_s": 45, "rest_every_min": 100}
    s = BreakSettings.merged(policy, user)
    assert s.rest_every_min == 100 and s.micro_length_s == 45
    assert s.shift_start == time(8, 30) and 5 in s.workdays
    assert BreakSettings.merged() == BreakSettings()


def test_locked_policy_values_win_over_the_user() -> None:
    policy = {"strict_mode": True, "postpone_max_count": 1, "locked": ["strict_mode", "postpone_max_count"]}
    s = BreakSettings.merged(policy, {"strict_mode": False, "postpone_max_count": 5, "notice_s": 60})
    assert s.strict_mode and s.postpone_max_count == 1 and s.notice_s == 60
    assert locked_fields(policy) == {"strict_mode", "postpone_max_count"}
    with pytest.raises(SettingsError):
        locked_fields({"locked": "strict_mode"})


@pytest.mark.parametrize(
    "values",
    [
        {"micro_every_min": "30"},
        {"strict_mode": 1},
        {"shift_start": "9 o'clock"},
        {"workdays": "mon"},
        {"workdays": ["monk"]},
        {"micro_every_min": 0},
        {"micro_length_s": 1800},  # as long as the interval
        {"postpone_max_count": -1},
        {"shift_start": "09:00", "shift_end": "09:00"},
    ],
)
def test_bad_values_are_refused_with_the_source_named(values: dict) -> None:
    with pytest.raises(SettingsError, match="policy"):
        BreakSettings.merged(values)


def test_unknown_keys_are_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    assert BreakSettings.merged({"future_setting": 3}) == BreakSettings()
    assert "future_setting" in caplog.text


def test_dict_form_round_trips() -> None:
    s = BreakSettings(shift_start=time(22), shift_end=time(6), workdays=frozenset({6, 0}), strict_mode=True)
    data = s.to_dict()
    assert data["shift_start"] == "22:00" and data["workdays"] == ["mon", "sun"]
    assert BreakSettings().with_values(data) == s
