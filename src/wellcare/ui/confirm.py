"""A confirmation whose buttons say what they do ("Delete" / "Keep"), not "Yes" / "No".

A tired reader answers the buttons, not the question: "Delete this?" with Yes/Cancel asks them to
translate the question first. The safe choice is the default, so Enter never deletes anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, act: str, keep: str) -> bool:
    """True when the person chose `act` (e.g. "Delete"); `keep` ("Keep") is the default and Esc."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    do_it = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    keep_it = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_it)
    box.setEscapeButton(keep_it)
    do_it.setObjectName("confirm-act")
    keep_it.setObjectName("confirm-keep")
    box.exec()
    return box.clickedButton() is do_it
