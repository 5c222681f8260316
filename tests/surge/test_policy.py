"""The policy's [surge] keys: declared once, validated with clear errors, left out = nothing changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from wellcare.policy import PolicyError, parse
from wellcare.programs.surge import SurgeSettings


def test_stated_surge_settings_are_read() -> None:
    policy = parse(
        "[surge]\nbreak_interval_minutes = 20\nrest_interval_minutes = 90\n"
        "decompression_after_every_hard_call = true\nmax_duration_hours = 24\n",
        Path("p.toml"),
    )
    settings = SurgeSettings.from_policy(policy)
    assert (settings.micro_every_min, settings.rest_every_min) == (20, 90)
    assert settings.decompression_after_hard_call and settings.max_duration == timedelta(hours=24)


def test_left_out_settings_change_nothing_and_the_duration_has_a_cap() -> None:
    settings = SurgeSettings.from_policy(parse('[org]\nname = "Dasan"\n', Path("p.toml")))
    assert not settings.changes_anything and settings.max_duration == timedelta(hours=72)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[surge]\nbreak_interval_minutes = 2\n", "surge.break_interval_minutes"),
        ("[surge]\nbreak_interval_minutes = true\n", "surge.break_interval_minutes"),
        ("[surge]\nmax_duration_hours = 0\n", "surge.max_duration_hours"),
        ("[surge]\ndecompression_after_every_hard_call = 1\n", "surge.decompression_after_every_hard_call"),
        ("[surge]\nbreak_interval = 20\n", "surge.break_interval"),
        ("[breaks]\nrest_length_min = 20\n[surge]\nrest_interval_minutes = 20\n", "surge.rest_interval_minutes"),
        ("[breaks]\nmicro_length_s = 600\n[surge]\nbreak_interval_minutes = 10\n", "surge.break_interval_minutes"),
    ],
)
def test_a_bad_surge_setting_is_named(text: str, named: str) -> None:
    with pytest.raises(PolicyError, match=named.replace(".", r"\.")):
        parse(text, Path("p.toml"))
