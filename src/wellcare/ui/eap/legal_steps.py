"""The office's replies that move a legal-support case on: reviewed by counsel, action taken.

Shown in the inbox's reply box for legal-support requests only; each is a signed reply like an
appointment (``EapInbox.legal_step``), with the note to the counselor as its message. Closing the
case is the reply box's own "Mark done".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from wellcare.eap.protocol import ReplyStatus
from wellcare.ui.wrap import FlowLayout


class LegalSteps(QWidget):
    """Two buttons; ``step`` is called with the ReplyStatus the office chose."""

    def __init__(self, step: Callable[[ReplyStatus], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[ReplyStatus, QPushButton] = {}
        for status, text in (
            (ReplyStatus.REVIEWED, self.tr("Reviewed by counsel")),
            (ReplyStatus.ACTION_TAKEN, self.tr("Action taken")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(self.tr("Tell the counselor: %s") % text)
            button.clicked.connect(lambda _=False, s=status: step(s))
            self.buttons[status] = button
            row.addWidget(button)
