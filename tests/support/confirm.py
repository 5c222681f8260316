"""Answer WellCare's confirmations (wellcare.ui.confirm) in tests, and see what they offered."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox


@dataclass(frozen=True)
class Asked:
    title: str
    text: str
    act: str  # the button that does it
    keep: str  # the safe button, the default
    default_is_keep: bool


def answer_confirmations(monkeypatch: pytest.MonkeyPatch, *answers: bool) -> list[Asked]:
    """Each confirmation shown takes the next answer (True: the action's button); returns what was asked."""
    queue = list(answers)
    asked: list[Asked] = []

    def exec_(box: QMessageBox) -> int:
        act = box.findChild(QAbstractButton, "confirm-act")
        keep = box.findChild(QAbstractButton, "confirm-keep")
        assert act is not None and keep is not None, "not a wellcare.ui.confirm box"
        asked.append(Asked(box.windowTitle(), box.text(), act.text(), keep.text(), box.defaultButton() is keep))
        (act if queue.pop(0) else keep).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked
