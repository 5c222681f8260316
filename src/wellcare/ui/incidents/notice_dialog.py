"""'Tell the dedicated team': preview, then send. The preview is the sealed content, byte for byte.

The counselor sees the kind and time in words, chooses whether to add the call reference, and
reads exactly what will be sealed (the canonical JSON the office's app opens). Nothing else is in
the notice: no note, no effect, no name. After sending it says honestly whether the notice is in
the office's inbox or waiting to send, and where to turn outside if the organisation does not act.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellcare.incidents import Incident
from wellcare.incidents.kinds import CALL_REF_MAX
from wellcare.incidents.notice import NoticeError, NoticePayload, NoticeState, SentNotice, notice_for, preview_text
from wellcare.ui.incidents.texts import kind_label, when_label
from wellcare.ui.theme import heading, paragraph

Send = Callable[[NoticePayload], SentNotice]


class NoticeDialog(QDialog):
    """One incident's hand-over notice; ``send`` seals and posts exactly the previewed payload."""

    def __init__(
        self,
        incident: Incident,
        recipient: str,
        send: Send,
        outside: Callable[[QWidget], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tell the dedicated team"))
        self.incident = incident
        self._send = send
        self._outside = outside
        self.sent: SentNotice | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self._layout = layout
        layout.addWidget(heading(self.tr("Tell the dedicated team")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A sealed notice goes to %s: the kind of call and when it happened. "
                    "Your note and how it affected you stay on this computer."
                )
                % recipient
            )
        )
        layout.addWidget(paragraph(f"{kind_label(incident.kind)} · {when_label(incident.at)}"))
        self._build_reference_and_preview(layout, incident)
        self.status = paragraph("")
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.send_button: QPushButton = self.buttons.addButton(
            self.tr("Send the notice"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setProperty("primary", True)
        self.close_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._refresh()
        self.add_ref.setFocus()

    def _build_reference_and_preview(self, layout: QVBoxLayout, incident: Incident) -> None:
        """The optional call reference, then the exact text that will be sealed."""
        self.add_ref = QCheckBox(self.tr("Add the call reference"))
        self.add_ref.setAccessibleName(self.add_ref.text())
        self.call_ref = QLineEdit(incident.call_ref)
        self.call_ref.setMaxLength(CALL_REF_MAX)
        self.call_ref.setAccessibleName(self.tr("Call reference"))
        self.call_ref.setEnabled(False)
        self.add_ref.toggled.connect(self.call_ref.setEnabled)
        self.add_ref.toggled.connect(lambda _on: self._refresh())
        self.call_ref.textChanged.connect(lambda _text: self._refresh())
        layout.addWidget(self.add_ref)
        layout.addWidget(self.call_ref)
        layout.addWidget(paragraph(self.tr("Exactly what will be sealed and sent:"), role="muted"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Text that would be sent"))
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing() * 4 + 16)
        layout.addWidget(self.preview)

    def notice(self) -> NoticePayload:
        """The payload the preview shows (and the only one Send will seal)."""
        return notice_for(self.incident, self.add_ref.isChecked(), self.call_ref.text())

    def _refresh(self) -> None:
        self.preview.setPlainText(preview_text(self.notice()))

    def send(self) -> None:
        if self.sent is not None:
            return
        notice = self.notice()
        try:
            self.sent = self._send(notice)
        except NoticeError as exc:
            self.status.setText(
                self.tr("The notice was not sent: %s") % self.tr("there is no office to send it to.")
                if exc.code == "no_recipient"
                else self.tr("The notice was not sent: %s") % self.tr("it could not be sealed.")
            )
            self.status.setProperty("role", "warning")
            self.status.show()
            return
        if self.sent.state is NoticeState.SENT:
            text = self.tr("Sent: the notice is in the office's inbox. The team reads it there.")
        else:
            text = self.tr(
                "Waiting to send: the shared folder cannot be reached. The sealed notice is kept here "
                "and goes when the folder is back."
            )
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        for widget in (self.add_ref, self.call_ref, self.send_button):
            widget.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self._layout.insertWidget(self._layout.count() - 2, self._outside(self))
        self.close_button.setFocus()
