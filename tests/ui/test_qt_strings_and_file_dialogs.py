"""Qt's own words (file dialogs, standard buttons) in the interface language; dialogs start in Documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from tests.support.documents import korean_documents_folder, record_dialog_starts
from wellcare.ui.file_dialogs import documents_folder, existing_directory, save_file_name
from wellcare.ui.i18n import Translations, qt_translations_folder


@pytest.fixture
def korean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install("ko")
    yield
    translations.install("en")
    translations.remove_all()


def _label(dialog: QFileDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_qt_s_file_dialog_and_buttons_speak_korean(qtbot, korean) -> None:  # type: ignore[no-untyped-def]
    assert (qt_translations_folder() / "qtbase_ko.qm").is_file()
    dialog = QFileDialog(None, "저장")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, the one a bare desktop gets
    qtbot.addWidget(dialog)
    # Qt 6.11's sources gained mnemonics ("&Look in:") that its Korean catalogue only has without them
    assert _label(dialog, "lookInLabel") == "다음에서 찾기(&L):"
    assert _label(dialog, "fileTypeLabel") == "파일 형식(&T):"
    assert _label(dialog, "fileNameLabel") == "파일 이름(&N):"
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Yes | standard.No | standard.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["예(&Y)", "아니요(&N)", "취소"])


def test_qt_s_own_words_are_english_again_after_switching_back(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install("ko")
    translations.install("en")
    try:
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert _label(dialog, "lookInLabel") == "&Look in:"
    finally:
        translations.remove_all()


def test_dialogs_start_in_the_documents_folder_not_where_the_app_started(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = korean_documents_folder(monkeypatch, tmp_path)
    assert documents_folder() == documents
    asked = record_dialog_starts(monkeypatch)
    save_file_name(None, "t", "report.pdf", "PDF (*.pdf)")
    existing_directory(None, "t")
    existing_directory(None, "t", str(tmp_path / "no-such-folder"))
    existing_directory(None, "t", str(tmp_path))  # a folder already chosen stays the start
    assert asked == [str(documents / "report.pdf"), str(documents), str(documents), str(tmp_path)]
    assert QApplication.instance() is not None
