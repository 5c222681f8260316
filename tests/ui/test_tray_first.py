"""The tray icon first, then the rest (issue #16): the icon does not wait for the vault or the features.

A real start (``WellCareApp.launch``, as ``wellcare`` runs it) on a real vault; offscreen has no
system tray, so the tests stand in for a desktop that has one. The vault step runs on the event
loop right after the icon is shown; until then the menu offers nothing that needs the vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import wellcare.app
from tests.ui.conftest import app_args
from tests.ui.test_unlock_later import PASSPHRASE, press_later, when_dialog_opens
from wellcare.app import WellCareApp
from wellcare.ui.unlock import UnlockDialog
from wellcare.vault import VaultManager

STARTING_MENU = ["Starting…"]


class EventLoopExit:
    """The QApplication, but `exit` is only recorded (the real one would end the test's own event loop)."""

    def __init__(self) -> None:
        self.codes: list[int] = []
        self.qapp = QApplication.instance()

    def exit(self, code: int = 0) -> None:
        self.codes.append(code)

    def __getattr__(self, name: str) -> object:
        return getattr(self.qapp, name)


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wellcare.app, "tray_available", lambda: True)


@pytest.fixture
def launched(qtbot, profile_dir: Path, with_tray: None) -> Iterator[WellCareApp]:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--minimized"), QApplication.instance())
    yield app
    app.shutdown()


def test_the_icon_is_shown_before_the_vault_opens_and_offers_nothing_that_needs_it(launched: WellCareApp) -> None:
    app = launched
    assert app.launch()
    assert app.tray is not None and app.tray.isVisible()
    assert app.vault is None and app.features == [] and not app.ready  # the vault step has not run yet
    assert app.tray.toolTip() == "WellCare (starting…)"
    assert app.tray.entry_texts() == STARTING_MENU
    assert not app.tray.menu.actions()[0].isEnabled()  # a line of information, not something to do
    app.tray.activated.emit(app.tray.ActivationReason.Trigger)  # a click while starting opens nothing
    app.handle_message({"cmd": "raise"})
    assert app.window is None and QApplication.activeModalWidget() is None


def test_the_menu_gains_the_features_entries_once_the_vault_is_open(launched: WellCareApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = launched
    assert app.launch()
    qtbot.waitUntil(lambda: app.ready, timeout=20000)  # on the event loop, with nothing else asked of it
    assert app.tray is not None and app.vault is not None and len(app.features) >= 6
    texts = app.tray.entry_texts()
    assert texts[0] == "Open WellCare" and texts[-1] == "Quit WellCare"
    assert {"Take a break now", "I just had a hard call…", "Guided exercises…"} <= set(texts)
    assert app.tray.toolTip().startswith("WellCare") and "starting" not in app.tray.toolTip()
    assert app.window is None  # --minimized: still only the tray
    app.tray.trigger("Open WellCare")
    assert app.window is not None and app.window.isVisible()


def test_the_heap_is_settled_once_the_start_is_over(launched: WellCareApp, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import wellcare.memory

    settled: list[bool] = []
    monkeypatch.setattr(wellcare.app, "SETTLE_MS", 0)
    monkeypatch.setattr(wellcare.memory, "settle", lambda: settled.append(launched.ready) or True)
    assert launched.launch()
    qtbot.waitUntil(lambda: settled == [True], timeout=20000)  # once, after the features are up, not before


def test_a_wrong_passphrase_still_shows_its_clear_error_with_the_icon_already_there(  # type: ignore[no-untyped-def]
    qtbot, profile_dir: Path, tmp_path: Path, with_tray: None
) -> None:
    VaultManager(profile_dir).create("passphrase", passphrase=PASSPHRASE).vault.close()
    wrong = tmp_path / "pass.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    app = WellCareApp(app_args(profile_dir, "--lang", "en", "--minimized", "--passphrase-file", str(wrong)),
                      QApplication.instance())
    seen: list[tuple[bool, str, list[str]]] = []

    def read_then_later(dialog: UnlockDialog) -> None:
        assert app.tray is not None
        seen.append((app.tray.isVisible(), dialog.message.text(), app.tray.entry_texts()))
        press_later(dialog)

    when_dialog_opens(qtbot, read_then_later)
    try:
        assert app.launch()
        qtbot.waitUntil(lambda: app.ready, timeout=20000)
        [(icon_shown, message, menu)] = seen
        assert icon_shown and menu == STARTING_MENU
        assert "The passphrase or key does not open this vault. The vault was not changed." in message
        assert app.vault is None and app.locked.active  # "Later": locked, in the tray, not gone
        assert app.tray is not None and app.tray.entry_texts()[0] == "Unlock…"
        assert app.tray.toolTip() == "WellCare (locked)"
    finally:
        app.shutdown()


def test_a_failure_after_the_icon_is_said_plainly_and_ends_the_start(  # type: ignore[no-untyped-def]
    launched: WellCareApp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = launched
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a feature could not be built")

    monkeypatch.setattr("wellcare.runtime.build_services", broken)
    loop = EventLoopExit()
    app.qapp = loop  # type: ignore[assignment]
    assert app.launch()
    qtbot.waitUntil(lambda: loop.codes == [1], timeout=20000)
    assert shown and shown[0].startswith("WellCare could not start. Your records are unchanged.")
    assert app.tray is None and app.vault is None  # shut down: no half-started icon left behind
    log_text = (app.profile_dir / "logs" / "wellcare.log").read_text(encoding="utf-8")
    assert "start-up failed: RuntimeError" in log_text and "a feature could not be built" not in log_text
