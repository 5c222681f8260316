"""In the running app: Ctrl+Shift+H, three clicks, and the note exists only inside the encrypted vault."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt

from tests.incidents.conftest import FakeBreaks
from wellcare.app import WellCareApp
from wellcare.ui.incidents.feature import IncidentsFeature

MARKER_NOTE = "WCMARK-폭언-Q7Z3 he said he knows where I live"
MARKER_REF = "WCREF-88Q1"


def encodings(text: str) -> list[bytes]:
    forms = {text, unicodedata.normalize("NFD", text)}
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(roots: list[Path], needles: list[bytes]) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def test_hard_call_from_the_shortcut_lives_only_in_the_vault(qtbot, started_app: WellCareApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [feature] = [f for f in started_app.features if isinstance(f, IncidentsFeature)]
    breaks = FakeBreaks()
    feature.ctx.capabilities.protected_break = breaks
    window = started_app.window
    assert window is not None and "incidents" in window.page_keys()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    clicks = 0
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    clicks += 1  # the shortcut stands for click 1
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.kind_buttons["threat"], Qt.MouseButton.LeftButton)
    clicks += 1
    dialog.note.setPlainText(MARKER_NOTE)  # typing, not clicking
    qtbot.keyClicks(dialog.call_ref, MARKER_REF)
    qtbot.mouseClick(dialog.effect_buttons["afraid"], Qt.MouseButton.LeftButton)
    clicks += 1
    assert clicks == 3
    assert breaks.calls == [(15, "decompression", "hard_call")]

    [incident] = feature.store().all()
    assert (incident.note, incident.call_ref) == (MARKER_NOTE, MARKER_REF)  # in the vault, readable with its key
    started_app.show_page("incidents")  # the journal shows it too (in memory only)
    dialog.close()

    profile = started_app.profile_dir
    assert (profile / "vault.db-wal").exists(), "the scan should cover the write-ahead log"
    env_root = Path(os.environ["XDG_DATA_HOME"]).parent
    roots = [tmp_path, env_root]
    needles = encodings(MARKER_NOTE) + encodings("WCMARK-폭언") + encodings(MARKER_REF)
    control = tmp_path / "control.txt"  # the scan itself works: it finds a UTF-16 copy
    control.write_bytes(("x" + MARKER_NOTE).encode("utf-16-le"))
    assert files_containing(roots, needles) == [control]
    control.unlink()
    assert files_containing(roots, needles) == []
    scanned = [p for root in roots for p in root.rglob("*") if p.is_file()]
    assert profile / "vault.db" in scanned and profile / "logs" / "wellcare.log" in scanned

    started_app.shutdown()  # checkpoint and close: the WAL is folded into the encrypted file
    assert files_containing(roots, needles) == []
