"""The org policy: found where IT puts it, validated with errors that name the bad key."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellcare import policy
from wellcare.paths import resource_dir


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_example_is_valid_and_documents_every_key() -> None:
    example = resource_dir() / "policy.example.toml"
    loaded = policy.load(example)
    assert not loaded.personal_mode
    text = example.read_text(encoding="utf-8")
    for section, keys in policy.SCHEMA.items():
        assert f"[{section}]" in text
        for key in keys:
            assert f"{key} =" in text, f"{section}.{key} undocumented"


def test_absent_policy_is_personal_mode() -> None:
    loaded = policy.load()
    assert loaded.personal_mode
    assert loaded.get("privacy", "min_group_size") == 5
    assert [line.number for line in policy.crisis_lines(loaded)][:2] == ["109", "1577-0199"]


def test_env_var_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[org]\nname = "Dasan"\n')
    monkeypatch.setenv("WELLCARE_POLICY", str(path))
    assert policy.load().org_name == "Dasan"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[privacy]\nmin_group_size = 2\n", "privacy.min_group_size"),
        ("[privacy]\nmin_groupsize = 5\n", "privacy.min_groupsize"),
        ("[breaks]\nshift_start = '9am'\n", "breaks.shift_start"),
        ("[breaks]\nstrict = 'yes'\n", "breaks.strict"),
        ("[breakz]\n", "[breakz]"),
        ("[privacy]\nepsilon = true\n", "privacy.epsilon"),
        ("[calls]\nmax_call_min = 0\n", "calls.max_call_min"),
        ("[[crisis_lines]]\nnumber = '109'\n", "label_en"),
        ("this is = = not toml", "not valid TOML"),
    ],
)
def test_bad_policy_names_the_key(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(policy.PolicyError) as err:
        policy.load(write(tmp_path, text))
    assert named in str(err.value)


def test_missing_explicit_policy_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(policy.PolicyError, match="does not exist"):
        policy.load(tmp_path / "nope.toml")


def test_policy_crisis_lines_override_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, "[[crisis_lines]]\nnumber = '1234'\nlabel_en = 'Line'\nlabel_ko = '상담'\n")
    assert [c.number for c in policy.crisis_lines(policy.load(path))] == ["1234"]


def test_linux_site_policy_is_found_past_a_desktop_specific_first_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from wellcare.paths import site_policy_paths

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg/xdg-ubuntu:/etc/xdg")
    paths = site_policy_paths()
    assert paths[0] == Path("/etc/xdg/xdg-ubuntu/WellCare/policy.toml")
    assert paths[-1] == Path("/etc/xdg/WellCare/policy.toml")
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{Path.home()}/.config/kdedefaults:/etc/xdg")
    assert site_policy_paths() == [Path("/etc/xdg/WellCare/policy.toml")]
