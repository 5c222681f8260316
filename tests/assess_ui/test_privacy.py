"""Answers and notes live only in the vault: no plaintext trace in any file of the profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.assess_ui.conftest import answer_all, digit, press
from tests.ui.conftest import app_args
from wellcare.app import WellCareApp
from wellcare.ui.assess.feature import AssessFeature
from wellcare.vault import VaultManager

NOTE = "WC-MARKER-5e1d 표식 메모"
# Strings that only item-level answers, drafts or the safety record could carry.
ANSWER_MARKERS = ("phq9_9", "gad7_3", "self_harm_thoughts", NOTE, NOTE.split()[0], "표식 메모")


def plaintext_hits(profile_dir: Path) -> list[str]:
    hits = []
    files = [p for p in profile_dir.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        for marker in ANSWER_MARKERS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data:
                    hits.append(f"{path.relative_to(profile_dir)}: {marker!r} in {encoding}")
    return hits


def test_a_note_and_answers_entered_in_the_ui_leave_no_plaintext_in_the_profile(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en"), QApplication.instance())
    assert app.start()
    try:
        (feature,) = [f for f in app.features if isinstance(f, AssessFeature)]
        popup = feature.open_checkin()
        assert popup is not None
        qtbot.keyClick(popup, digit(2))
        popup.note.setFocus()
        ascii_part, korean_part = NOTE.split(" ", 1)
        qtbot.keyClicks(popup.note, ascii_part + " ")
        typed = QInputMethodEvent()  # Korean arrives from the input method as a commit string
        typed.setCommitString(korean_part)
        QApplication.sendEvent(popup.note, typed)
        qtbot.keyClick(popup.note, Qt.Key.Key_Return)

        session = feature.open_instrument("phq9")
        assert session is not None
        answer_all(qtbot, session, [1] * 8 + [2])  # item 9 answered: the safety record exists
        assert session.screen == "safety"
        assert feature.open_instrument("gad7") is session  # the safety panel keeps its place until read
        assert feature.page is not None and feature.page.session is not None
        qtbot.mouseClick(feature.page.session.safety.read_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
        session = feature.open_instrument("gad7")
        assert session is not None and session.instrument.id == "gad7"
        press(qtbot, session, Qt.Key.Key_Return, digit(1), Qt.Key.Key_Return, digit(2), Qt.Key.Key_Return)
        press(qtbot, session, digit(3), Qt.Key.Key_Escape)  # paused with three answers: a draft

        store = feature.env.store  # type: ignore[union-attr]
        assert store.checkins()[0].note == NOTE
        assert store.draft("gad7") is not None and store.draft("gad7").answers["gad7_3"] == 3  # type: ignore[union-attr]
        assert (profile_dir / "vault.db-wal").exists()
        assert plaintext_hits(profile_dir) == []  # while open, WAL included
    finally:
        app.shutdown()
    assert plaintext_hits(profile_dir) == []  # and after the checkpoint on close


def test_the_scan_would_see_a_leak(profile_dir: Path) -> None:
    (profile_dir / "logs").mkdir()
    (profile_dir / "logs" / "x.log").write_bytes(("note: " + NOTE).encode("utf-16-le"))
    (profile_dir / "draft.json").write_text('{"phq9_9": 1}', encoding="utf-8")
    hits = plaintext_hits(profile_dir)
    assert any("x.log" in h and "utf-16-le" in h for h in hits)
    assert any("draft.json" in h and "phq9_9" in h for h in hits)
