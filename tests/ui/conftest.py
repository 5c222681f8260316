"""Helpers for GUI tests: argument namespaces for the app, and a started app on a real vault."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.cli import build_parser


def app_args(profile: Path, *extra: str) -> argparse.Namespace:
    return build_parser().parse_args(["--profile", str(profile), *extra])


def demo_app_args(demo_root: Path, role: str, lang: str, profile: Path | None = None) -> argparse.Namespace:
    """Arguments for one role of an organisation made by wellcare.demo.build_demo(demo_root)."""
    extra = ["--coordinator"] if role == "coordinator" else []
    return app_args(
        profile or demo_root / role,
        "--policy", str(demo_root / "policy.toml"),
        "--passphrase-file", str(demo_root / "demo-passphrase.txt"),
        "--lang", lang,
        *extra,
    )


@pytest.fixture
def started_app(qtbot, profile_dir: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp
    from wellcare.vault import VaultManager

    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en"), QApplication.instance())
    assert app.start()
    yield app
    app.shutdown()
