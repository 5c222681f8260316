"""A questionnaire's first screen: what it measures, its instructions, what to expect, then Start.

Says beforehand what a sensitive item leads to (the instrument's `intro_note`) and, in Korean,
where the Korean texts come from and what the app changed.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from wellcare.assess.model import Instrument
from wellcare.assess.store import Draft
from wellcare.ui import locale_format as fmt
from wellcare.ui.assess.env import SECONDS_PER_ITEM, AssessEnv
from wellcare.ui.assess.texts import korean_source, privacy_note, screening_note
from wellcare.ui.assess.widgets import button, button_row, card, label
from wellcare.ui.theme import heading


class IntroScreen(QWidget):
    def __init__(self, instrument: Instrument, env: AssessEnv, draft: Draft | None, parent: QWidget | None = None):
        super().__init__(parent)
        lang = env.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading(instrument.name.get(lang)))
        minutes = max(1, math.ceil(len(instrument.items) * SECONDS_PER_ITEM / 60))
        facts = self.tr("%n question(s) · about %1 min", "", len(instrument.items)).replace("%1", str(minutes))
        layout.addWidget(label(instrument.measures.get(lang) + " · " + facts, role="muted"))
        box, inner = card()
        inner.addWidget(label(instrument.instructions.get(lang), scale=1.1))
        inner.addWidget(label(self.tr("Time frame: %s") % instrument.recall_period.get(lang), bold=True))
        layout.addWidget(box)
        self.intro_note: QLabel | None = None
        if instrument.intro_note is not None:  # e.g. what PHQ-9's self-harm question leads to, said beforehand
            note_box, note_inner = card()
            self.intro_note = label(instrument.intro_note.get(lang))
            note_inner.addWidget(self.intro_note)
            layout.addWidget(note_box)
        layout.addWidget(label(screening_note()))
        layout.addWidget(label(privacy_note(), role="muted"))
        layout.addWidget(self._keyboard_help(instrument))
        self.sex_group: QButtonGroup | None = None
        if instrument.needs_sex:
            layout.addWidget(label(self.tr("This questionnaire's ranges differ for women and men. You are:")))
            layout.addWidget(self._build_sex_question())

        self.draft_note = label()
        self.start_button = button(self.tr("Start"), primary=True)
        self.continue_button = button(self.tr("Continue"), primary=True)
        self.restart_button = button(self.tr("Start over"))
        self.cancel_button = button(self.tr("Back to self-checks"))
        if draft is not None:
            self.draft_note.setText(
                self.tr(
                    "You started this on %1 and answered %2 of %n question(s). Your answers so far are saved.",
                    "",
                    len(instrument.items),
                )
                .replace("%1", fmt.day(draft.started_at))
                .replace("%2", str(len(draft.answers)))
            )
            layout.addWidget(self.draft_note)
            layout.addLayout(button_row(self.continue_button, self.restart_button, self.cancel_button))
            self.start_button.hide()
        else:
            self.draft_note.hide()
            self.continue_button.hide()
            self.restart_button.hide()
            layout.addLayout(button_row(self.start_button, self.cancel_button))
        layout.addWidget(label(instrument.attribution.get(lang), role="muted"))
        self.korean_source = korean_source(instrument, lang)
        if self.korean_source:  # where the Korean comes from, and what the app changed (the WHO-5 licence asks)
            layout.addWidget(label(self.korean_source, role="muted", selectable=True))
            assert instrument.korean_rendering is not None
            layout.addWidget(label(instrument.korean_rendering.note.get(lang), role="muted"))
        layout.addStretch(1)

    def _keyboard_help(self, instrument: Instrument) -> QLabel:
        """The keys, with this questionnaire's own score range."""
        low = min(item.response_set.low for item in instrument.items)
        high = max(item.response_set.high for item in instrument.items)
        return label(
            self.tr(
                "Keyboard: the number shown next to each answer is its score; number keys %1–%2 choose it, "
                "Enter goes on, Backspace goes back, Esc pauses."
            )
            .replace("%1", str(low))
            .replace("%2", str(high)),
            role="muted",
        )

    def _build_sex_question(self) -> QWidget:
        """Two choices, where an instrument's ranges differ by sex; nothing is chosen for the counselor."""
        self.sex_group = QButtonGroup(self)
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for text, value in ((self.tr("A woman"), "female"), (self.tr("A man"), "male")):
            choice = QRadioButton(text)
            choice.setProperty("sex", value)
            self.sex_group.addButton(choice)
            row_layout.addWidget(choice)
        return row

    def sex(self) -> str | None:
        if self.sex_group is None or self.sex_group.checkedButton() is None:
            return None
        return str(self.sex_group.checkedButton().property("sex"))

    def first_control(self) -> QWidget:
        """Where the keyboard starts: the question asked first, else Continue or Start."""
        if self.sex_group is not None and self.sex_group.checkedButton() is None:
            return self.sex_group.buttons()[0]
        return self.start_button if self.continue_button.isHidden() else self.continue_button
