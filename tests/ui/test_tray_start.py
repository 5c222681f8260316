"""Started at login into the tray: no window until the counselor opens one, by the menu or a balloon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import wellcare.app
from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.ui.main_window import MainWindow
from wellcare.vault import VaultManager


@pytest.fixture
def tray_app(qtbot, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WellCareApp]:  # type: ignore[no-untyped-def]
    # The offscreen platform has no tray; this stands in for a desktop that has one.
    monkeypatch.setattr(wellcare.app, "tray_available", lambda: True)
    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--minimized"), QApplication.instance())
    assert app.start()
    yield app
    app.shutdown()


def windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_minimized_start_builds_no_window_until_asked(tray_app: WellCareApp) -> None:
    assert tray_app.window is None and windows() == []
    assert tray_app.tray is not None
    tray_app.show_page("assess")  # e.g. "Self-check…" from the tray menu
    window = tray_app.window
    assert window is not None and window.isVisible() and window.current_page() == "assess"
    tray_app.show_window()
    assert tray_app.window is window and windows() == [window]  # built once


def test_check_in_from_the_tray_works_without_the_window(tray_app: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    popup = tray_app.features[1].open_checkin()
    assert popup is not None and popup.isVisible()
    assert tray_app.window is None
    popup.close()


def test_language_chosen_before_the_window_exists_is_the_one_it_is_built_in(tray_app: WellCareApp) -> None:
    tray_app.set_language("ko")
    assert tray_app.window is None
    tray_app.show_window()
    window = tray_app.window
    assert window is not None
    assert window.nav.item(0).text() == "오늘"
    tray_app.set_language("en")


def test_clicking_a_balloon_opens_what_it_was_about(tray_app: WellCareApp) -> None:
    assert tray_app.tray is not None and tray_app.tray.isVisible()
    tray_app.notifier.notify("Time for a self-check", "Due now: WHO-5.", page="assess")
    assert tray_app.window is None  # a balloon alone opens nothing
    tray_app.tray.messageClicked.emit()
    window = tray_app.window
    assert window is not None and window.isVisible() and window.current_page() == "assess"


def test_a_balloon_about_nothing_in_particular_opens_the_window(tray_app: WellCareApp) -> None:
    assert tray_app.tray is not None
    tray_app.notifier.notify("WellCare", "Something happened.")
    tray_app.tray.messageClicked.emit()
    window = tray_app.window
    assert window is not None and window.isVisible() and window.current_page() == "home"


def test_a_balloon_that_waited_for_a_call_still_opens_its_page(tray_app: WellCareApp) -> None:
    assert tray_app.tray is not None
    tray_app.calls.set(True, "hook")
    tray_app.notifier.notify("WellCare", "A reply arrived.", page="eap")
    assert tray_app.notifier.waiting == [("WellCare", "A reply arrived.")]
    tray_app.calls.set(False, "hook")
    tray_app.tray.messageClicked.emit()
    window = tray_app.window
    assert window is not None and window.current_page() == "eap"
