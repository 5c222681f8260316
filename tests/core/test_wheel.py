"""resources/ and i18n/ reach the built wheel, and an installed copy passes its self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.gui_runtime
def test_wheel_carries_resources_and_installed_copy_self_tests(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(REPO)],
        check=True,
        timeout=300,
    )
    (wheel,) = dist.glob("wellcare-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "wellcare/resources/policy.example.toml",
        "wellcare/resources/icons/wellcare.svg",
        "wellcare/resources/instruments/phq9.json",
        "wellcare/resources/rights/osh_art41.json",
        "wellcare/i18n/wellcare_ko.qm",
        "wellcare/i18n/wellcare_en.qm",
    ):
        assert needed in names, needed

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "wellcare", "self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert str(target) in report["checks"]["resources"]["detail"]
    assert str(target) in report["checks"]["translations"]["detail"]
