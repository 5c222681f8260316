"""Self-checks inside the real app: pages, the `wellcare checkin` message, lock, language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.ui.assess.feature import AssessFeature
from wellcare.ui.single_instance import send_to_running
from wellcare.vault import VaultManager


def assess_feature(app: WellCareApp) -> AssessFeature:
    (feature,) = [f for f in app.features if isinstance(f, AssessFeature)]
    return feature


def nav_titles(app: WellCareApp) -> list[str]:
    assert app.window is not None
    return [app.window.nav.item(i).text() for i in range(app.window.nav.count())]


def test_the_app_has_the_pages_and_opens_the_check_in_on_request(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en"), QApplication.instance())
    assert app.start()
    try:
        assert {"Self-checks", "My trends"} <= set(nav_titles(app))
        assert app.window is not None and {"assess", "history"} <= set(app.window.page_keys())
        feature = assess_feature(app)
        assert feature.ctx.capabilities.weekly_bands is feature.service
        assert feature.sync is not None and len(feature.sync.jobs()) == 1  # the first WHO-5 reminder
        assert send_to_running(profile_dir, {"cmd": "checkin"})
        qtbot.waitUntil(lambda: feature.popup is not None and feature.popup.isVisible(), timeout=3000)
        feature.popup.close()  # type: ignore[union-attr]
        # Let the channel's socket finish its deleteLater(): shutting down with it pending crashes
        # in ~QLocalSocket (single_instance.py deletes the server, and its sockets, directly).
        assert app.single is not None
        qtbot.waitUntil(lambda: not app.single.findChildren(QLocalSocket), timeout=3000)  # type: ignore[union-attr]

        app.set_language("ko")
        assert {"자가 점검", "나의 변화"} <= set(nav_titles(app))
        assert feature.page is not None and feature.page.window() is app.window
        app.set_language("en")
    finally:
        app.shutdown()


def test_locking_removes_the_jobs_and_closes_the_check_in(qtbot, profile_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("passphrase", passphrase="a long passphrase").vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase")
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--passphrase-file", str(secret)), QApplication.instance())
    assert app.start()
    try:
        feature = assess_feature(app)
        popup = feature.open_checkin()
        assert popup is not None and popup.isVisible()
        assert app.scheduler is not None
        app.unlock = lambda: None  # type: ignore[method-assign]  # without a tray, lock() re-opens the unlock dialog
        app.lock()
        assert not popup.isVisible()
        assert [j.id for j in app.scheduler.get_jobs() if j.id.startswith("assess:")] == []
        assert feature.tray_entries() == [] and feature.pages() == []
    finally:
        app.shutdown()


def test_wellcare_checkin_without_a_running_app_says_so(profile_dir: Path) -> None:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "wellcare", "--profile", str(profile_dir), "checkin"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "wellcare: WellCare is not running for this profile; start it first"
