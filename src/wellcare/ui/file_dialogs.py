"""Save and folder dialogs that start in the user's documents folder, never the working directory.

A counselor who exports a report expects to find it in Documents; the current directory of a
program started from a menu or at log-in is somewhere nobody looks (often the home or /).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths), or the home folder where there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


def save_file_name(
    parent: QWidget | None, title: str, file_name: str, filters: str, chosen_filter: str = ""
) -> tuple[str, str]:
    """QFileDialog.getSaveFileName with `file_name` suggested inside the documents folder."""
    start = documents_folder() / Path(file_name).name
    if chosen_filter:
        return QFileDialog.getSaveFileName(parent, title, str(start), filters, chosen_filter)
    return QFileDialog.getSaveFileName(parent, title, str(start), filters)


def existing_directory(parent: QWidget | None, title: str, current: str = "") -> str:
    """A folder, starting at `current` when it exists, else in the documents folder."""
    start = Path(current).expanduser() if current else documents_folder()
    return QFileDialog.getExistingDirectory(parent, title, str(start if start.is_dir() else documents_folder()))
