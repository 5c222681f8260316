"""A home whose documents folder has a Korean desktop's name (~/문서), and a working folder elsewhere.

Qt reads the documents folder from XDG user-dirs (as a Korean GNOME or KDE writes it), so a dialog
that guessed ~/Documents or used the working directory would start in the wrong place.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def korean_documents_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    documents = home / "문서"
    documents.mkdir(parents=True)
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/문서"\n', encoding="utf-8")
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(elsewhere)
    return documents


def record_dialog_starts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where each save or folder dialog would open (the dialogs themselves answer "cancelled")."""
    from PySide6.QtWidgets import QFileDialog

    started: list[str] = []

    def save(_parent, _title, start, *_rest):  # type: ignore[no-untyped-def]
        started.append(start)
        return "", ""

    def folder(_parent, _title, start):  # type: ignore[no-untyped-def]
        started.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return started
