"""What a protected break offers once its exercise is over, inside the overlay (issue #19 item 3).

A 15-minute recovery break after a hard call used to go empty after a 3-minute exercise, with the
rights and the EAP request in a dialog hidden behind the overlay. This panel takes the exercise's
place in the overlay: "ask the EAP office" (the request form opens when the break ends, with this
call attached: nothing is sent from here), "write it down" (added to this call's journal entry),
further exercises that fit the time left, and the Art. 41 rights. The overlay keeps the one
countdown and the one set of buttons; this panel only offers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from wellcare.ui import locale_format as fmt
from wellcare.ui.theme import heading, paragraph
from wellcare.ui.wrap import FlowLayout


class NoteNotSaved(Exception):
    """The note could not be saved; the message is translated and says why."""


@dataclass(frozen=True)
class ExerciseOffer:
    exercise_id: str
    title: str
    seconds: int


@dataclass(frozen=True)
class AfterExercise:
    """What the breaks feature found for this break; None or empty: that part is not offered."""

    rights: Callable[[QWidget], QWidget] | None = None  # the Art. 41 rights card
    ask_eap: Callable[[str], None] | None = None  # a RequestType code, asked for when the break ends
    save_note: Callable[[str], None] | None = None  # raises NoteNotSaved with a message the counselor may read
    exercises: Callable[[timedelta], Sequence[ExerciseOffer]] = lambda left: ()  # those that fit ``left``


class AfterExercisePanel(QFrame):
    """The choices after the exercise; ``exercise_chosen(id)`` when the counselor picks another one."""

    exercise_chosen = Signal(str)

    def __init__(self, options: AfterExercise, time_left: timedelta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("after-exercise")
        self.setAccessibleName(self.tr("After the exercise"))
        self._options = options
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("After the exercise"), scale=1.2))
        layout.addWidget(paragraph(self.tr("The rest of this break is yours. Nothing here is required.")))
        self.eap_buttons: dict[str, QPushButton] = {}
        self.eap_status = paragraph("", role="muted")
        if options.ask_eap is not None:
            self._build_eap(layout)
        self.note: QPlainTextEdit | None = None
        self.note_status = paragraph("", role="muted")
        if options.save_note is not None:
            self._build_note(layout)
        self.exercise_buttons: dict[str, QPushButton] = {}
        self._build_exercises(layout, time_left)
        self.rights: QWidget | None = options.rights(self) if options.rights is not None else None
        if self.rights is not None:
            layout.addWidget(self.rights)

    def _build_eap(self, layout: QVBoxLayout) -> None:
        layout.addWidget(heading(self.tr("Ask the EAP office"), scale=1.05))
        row = FlowLayout()
        for kind, text in (
            ("counseling", self.tr("Ask the EAP office for counselling")),
            ("legal_support", self.tr("Ask for legal support")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, k=kind: self._ask(k))
            self.eap_buttons[kind] = button
            row.addWidget(button)
        layout.addLayout(row)
        self.eap_status.setWordWrap(True)
        layout.addWidget(self.eap_status)
        self.eap_status.hide()

    def _ask(self, kind: str) -> None:
        if self._options.ask_eap is None:
            return
        self._options.ask_eap(kind)
        for code, button in self.eap_buttons.items():
            button.setEnabled(code != kind)
        self.eap_status.setText(
            self.tr(
                "The request form opens when your break ends, with this call attached. "
                "Nothing is sent until you send it."
            )
        )
        self.eap_status.show()

    def _build_note(self, layout: QVBoxLayout) -> None:
        layout.addWidget(heading(self.tr("Write it down"), scale=1.05))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, what was said, how you feel: for you alone"))
        self.note.setAccessibleName(self.tr("A note for this call's journal entry"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 16)
        layout.addWidget(self.note)
        self.save_button = QPushButton(self.tr("Save to my journal"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.save_note)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note_status.setWordWrap(True)
        layout.addWidget(self.note_status)

    def save_note(self) -> None:
        """Add the text to this call's journal entry; on failure the text stays and the reason shows."""
        if self.note is None or self._options.save_note is None:
            return
        text = self.note.toPlainText()
        if not text.strip():
            self.note_status.setText(self.tr("Write something first."))
            return
        try:
            self._options.save_note(text)
        except NoteNotSaved as exc:  # the counselor keeps the text
            self.note_status.setText(self.tr("Not saved: %s Your text is still here.") % str(exc))
            return
        self.note.clear()
        self.note_status.setText(self.tr("Saved in your journal, with this call."))

    def _build_exercises(self, layout: QVBoxLayout, time_left: timedelta) -> None:
        offers = list(self._options.exercises(time_left))
        layout.addWidget(heading(self.tr("Another exercise"), scale=1.05))
        if not offers:
            layout.addWidget(paragraph(self.tr("No exercise fits the time left."), role="muted"))
            return
        row = FlowLayout()
        for offer in offers:
            text = f"{offer.title} · {fmt.minutes(max(1, round(offer.seconds / 60)))}"
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, i=offer.exercise_id: self.exercise_chosen.emit(i))
            self.exercise_buttons[offer.exercise_id] = button
            row.addWidget(button)
        layout.addLayout(row)

    def text(self) -> str:
        """Everything the panel says (tests, screen readers)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if not label.isHidden())
