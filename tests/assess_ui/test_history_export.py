"""Exports happen only through an explicit Export… and a file dialog; matplotlib loads only for a chart."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.assess_ui.conftest import START, Rig
from wellcare.assess import load_catalog, score


def fill(rig: Rig) -> None:
    who5 = load_catalog().get("who5")
    rig.store.save_result(score(who5, dict.fromkeys(who5.item_ids, 4)), START - timedelta(days=7))
    rig.store.save_result(score(who5, dict.fromkeys(who5.item_ids, 2)), START)
    rig.store.add_checkin(4, ["good_day", "calm"], "private words", at=START + timedelta(hours=2))
    rig.feature.changed()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None, chosen_filter: str = "") -> list[str]:
    asked: list[str] = []

    def fake(parent, caption, directory, filters, selected=""):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return (str(path) if path else "", chosen_filter or selected)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_csv_export_has_scores_bands_and_moods_but_no_notes(qtbot, rig: Rig, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fill(rig)
    history = rig.feature.history
    assert history is not None
    target = tmp_path / "out" / "my-history.csv"
    asked = choose_file(monkeypatch, target)
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["CSV spreadsheet (*.csv);;PDF document (*.pdf)"]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheet programs read Korean right
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Date,Time,Record,Measure,Value,Result,Questionnaire version,Tags"
    assert "2025-02-24,10:00,WHO-5,Percentage score (0–100),80,Good well-being,1.0," in lines
    assert "2025-03-03,10:00,WHO-5,Raw score (0–25),10,,1.0," in lines
    assert lines[-1] == "2025-03-03,12:00,Check-in,Mood (1–5),4,Good,,Calm; Good day"
    assert "private words" not in data.decode("utf-8-sig")
    assert str(target) in history.status.text()


def test_pdf_export_and_a_cancelled_dialog(qtbot, korean, rig: Rig, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rig.language[0] = "ko"
    rig.rebuild()
    fill(rig)
    history = rig.feature.history
    assert history is not None
    choose_file(monkeypatch, None)
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == [rig.profile_dir]  # cancelled: nothing written anywhere

    choose_file(monkeypatch, tmp_path / "기록", "PDF 문서 (*.pdf)")
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "기록.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 2
    assert b"NotoSansCJK" in pdf  # the Korean text is set in a Korean-capable font


def test_matplotlib_loads_only_when_a_chart_is_first_shown(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from wellcare.app import WellCareApp
        from wellcare.assess import load_catalog, score
        from wellcare.cli import build_parser
        from wellcare.ui.assess.feature import AssessFeature
        from wellcare.vault import VaultManager

        profile = {str(tmp_path / "profile")!r}
        VaultManager(__import__("pathlib").Path(profile)).create("keyring").vault.close()
        qapp = QApplication([])
        app = WellCareApp(build_parser().parse_args(["--profile", profile, "--lang", "en"]), qapp)
        assert app.start()
        seen = {{"started": "matplotlib" in sys.modules}}
        feature = next(f for f in app.features if isinstance(f, AssessFeature))
        who5 = load_catalog().get("who5")
        feature.env.store.save_result(score(who5, dict.fromkeys(who5.item_ids, 3)))
        feature.changed()
        qapp.processEvents()
        seen["result stored, page not shown"] = "matplotlib" in sys.modules
        app.window.show_page("history")
        qapp.processEvents()
        seen["history shown"] = "matplotlib" in sys.modules
        seen["backend"] = sys.modules["matplotlib.backends.qt_compat"].QT_API
        app.shutdown()
        print(json.dumps(seen))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "started": False,
        "result stored, page not shown": False,
        "history shown": True,
        "backend": "PySide6",
    }


def test_a_result_opens_again_from_the_history(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    fill(rig)
    rig.window.show_page("history")
    history = rig.feature.history
    assert history is not None and history.table.rowCount() == 2
    history.table.setCurrentCell(1, 0)
    qtbot.keyClick(history.table, Qt.Key.Key_Return)  # the older one: 80 %
    dialog = history.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.band_labels == {"percent": "Good well-being"}
    qtbot.mouseClick(dialog.view.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_eap_attachment_summary_has_scores_and_bands_only(rig: Rig) -> None:
    from wellcare.ui.assess.attachments import assessment_summary_source

    phq9 = load_catalog().get("phq9")
    rig.store.save_result(score(phq9, {**dict.fromkeys(phq9.item_ids, 1), "phq9_9": 2}), START)
    fill(rig)
    choices = list(assessment_summary_source(rig.feature.service)(rig.vault, "en"))
    assert [c.title for c in choices] == ["Self-check WHO-5, Mon 3 Mar 2025", "Self-check PHQ-9, Mon 3 Mar 2025"]
    assert choices[1].text == "Total score: 10 (Moderate)\nA screening result, not a diagnosis."
    assert all("phq9_9" not in c.text and "dead" not in c.text for c in choices)


def test_export_starts_in_a_korean_desktop_s_documents_folder(qtbot, rig: Rig, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.support.documents import korean_documents_folder, record_dialog_starts

    fill(rig)
    documents = korean_documents_folder(monkeypatch, tmp_path)  # ~/문서, not ~/Documents; started elsewhere
    started = record_dialog_starts(monkeypatch)
    history = rig.feature.history
    assert history is not None
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert started == [str(documents / "wellcare-history.csv")]
