"""'I just had a hard call': answerable in three clicks, then a protected break and the rights.

Click 1 opens this dialog (tray, shortcut, journal button). Click 2 picks what happened. Click 3
picks how it affected the counselor, which saves and starts the break. The note and the call
reference are optional and never block; they can be added later in the journal. Everything is
reachable with Tab, the arrow keys and Space; Esc cancels before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellcare.incidents import DEBRIEF_KINDS, EFFECTS, KINDS, exercise_after
from wellcare.incidents.kinds import CALL_REF_MAX
from wellcare.schedule.clock import Clock
from wellcare.ui.incidents.recovery import RecoveryPanel
from wellcare.ui.incidents.texts import effect_label, kind_label
from wellcare.ui.theme import ACCENT, TEXT, heading, paragraph

COLUMNS = 3
# The app's theme has no checked-button look; a chosen kind reads in both the calm and the
# high-contrast theme as white on the accent colour.
_CHOSEN_STYLE = (
    f"QPushButton:checked {{ background: {ACCENT}; color: white; border: 2px solid {TEXT}; font-weight: bold; }}"
    # the focus on the chosen kind: darker, with a thick ring in the highlight colour (yellow in high contrast)
    "QPushButton:checked:focus { background: #1d4f45; border: 4px solid palette(highlight); }"
)
# Arrow key -> how far the focus moves in a grid of big buttons (a row is COLUMNS buttons).
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -COLUMNS, Qt.Key.Key_Down: COLUMNS}


@dataclass(frozen=True)
class Choice:
    kind: str
    effect: str
    note: str
    call_ref: str


@dataclass(frozen=True)
class Outcome:
    """What happened when the choice was submitted (the feature decides, the dialog shows)."""

    saved: bool
    problem: str  # translated, when not saved
    break_elsewhere: bool  # the breaks capability shows the protected break
    minutes: int
    kind: str = ""  # what happened, so the recovery step can fit it (a debrief after a caller in crisis)
    exercise_id: str = ""  # the exercise chosen for the break ("": the kind's own)


Submit = Callable[[Choice], Outcome]
WidgetFactory = Callable[[QWidget], QWidget | None]
ExerciseFactory = Callable[[QWidget, str], QWidget | None]  # (parent, exercise id)


def _big_button(text: str, checkable: bool) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(checkable)
    button.setAutoDefault(True)  # Enter clicks the focused button, as Space does
    button.setMinimumHeight(button.fontMetrics().height() * 3)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(text)
    return button


class HardCallDialog(QDialog):
    """Two pages: the three-click log, then the break and the rights."""

    def __init__(
        self,
        minutes: int,
        clock: Clock,
        submit: Submit,
        rights: WidgetFactory,
        support: WidgetFactory,
        exercise: ExerciseFactory,
        open_journal: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        *,
        measures: Callable[[QWidget], QWidget | None] | None = None,
        break_ended: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("I just had a hard call"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.minutes = minutes
        self._clock = clock
        self._submit = submit
        self._rights = rights
        self._support = support
        self._exercise = exercise
        self._open_journal = open_journal
        self._measures = measures
        self._break_ended = break_ended
        self.measures: QWidget | None = None
        self.outcome: Outcome | None = None
        self.recovery: RecoveryPanel | None = None
        self._grids: list[list[QPushButton]] = []

        self.setStyleSheet(_CHOSEN_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._log_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.resize(840, 660)
        self.kind_buttons[KINDS[0]].setFocus()

    # -- page 1: three clicks ------------------------------------------------------------------
    def _log_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("That sounded hard.")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Note it in two clicks, then take a protected %n-minute break. Only you can see this record.",
                    "",
                    self.minutes,
                )
            )
        )

        layout.addWidget(heading(self.tr("1. What happened?"), scale=1.1))
        self.kind_buttons = {kind: _big_button(kind_label(kind), checkable=True) for kind in KINDS}
        layout.addLayout(self._grid(self.kind_buttons, self._kind_chosen))

        self.call_ref = QLineEdit()
        self.call_ref.setMaxLength(CALL_REF_MAX)
        self.call_ref.setPlaceholderText(self.tr("e.g. the call ID in your phone system"))
        self.call_ref.setAccessibleName(self.tr("Call reference (optional)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was said, in your own words, if you want"))
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Call reference (optional)"), self.call_ref)
        form.addRow(self.tr("Note (optional)"), self.note)
        layout.addLayout(form)

        layout.addWidget(heading(self.tr("2. How did it affect you?"), scale=1.1))
        self.effect_hint = paragraph(self.tr("Choose what happened first."), role="muted")
        layout.addWidget(self.effect_hint)
        self.effect_buttons = {effect: _big_button(effect_label(effect), checkable=False) for effect in EFFECTS}
        layout.addLayout(self._grid(self.effect_buttons, self._effect_chosen))
        for button in self.effect_buttons.values():
            button.setEnabled(False)

        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _grid(self, buttons: dict[str, QPushButton], chosen: Callable[[str], None]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, (code, button) in enumerate(buttons.items()):
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            button.clicked.connect(lambda _=False, c=code: chosen(c))
            button.installEventFilter(self)
        self._grids.append(list(buttons.values()))
        return grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move the focus within a grid of big buttons; they never choose anything."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _ARROWS.get(Qt.Key(event.key()))
            for buttons in self._grids:
                if step is not None and watched in buttons:
                    index = buttons.index(watched) + step
                    if 0 <= index < len(buttons) and buttons[index].isEnabled():
                        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def chosen_kind(self) -> str | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def _kind_chosen(self, kind: str) -> None:
        for code, button in self.kind_buttons.items():
            button.setChecked(code == kind)
            button.setText(("✓ " if code == kind else "") + kind_label(code))  # not by colour alone
        for button in self.effect_buttons.values():
            button.setEnabled(True)
        self.effect_hint.setText(self.tr("Choosing one saves it and starts your break."))
        self.effect_buttons[EFFECTS[0]].setFocus()

    def _effect_chosen(self, effect: str) -> None:
        kind = self.chosen_kind()
        if kind is None or self.outcome is not None:
            return
        choice = Choice(kind, effect, self.note.toPlainText(), self.call_ref.text())
        self.show_outcome(self._submit(choice))

    # -- page 2: the break and the rights ------------------------------------------------------
    def show_outcome(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.note.clear()
        self.call_ref.clear()
        self.stack.addWidget(self._after_page(outcome))
        self.stack.setCurrentIndex(1)
        if self.recovery is not None:
            self.recovery.start()
        self.close_button.setFocus()

    def _after_page(self, outcome: Outcome) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        if outcome.saved:
            layout.addWidget(heading(self.tr("Saved. Now look after yourself.")))
        else:
            layout.addWidget(heading(self.tr("Take your break now.")))
            self.problem = paragraph(
                self.tr("This call could not be saved: %s Your break starts anyway.") % outcome.problem,
                role="warning",
            )
            layout.addWidget(self.problem)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(14)
        self.debrief_note: QLabel | None = None
        if outcome.kind in DEBRIEF_KINDS:
            self.debrief_note = paragraph(
                self.tr(
                    "A caller in crisis can stay with you after the call ends. Consider a short debrief: "
                    "talk it through with your team leader or the EAP office today."
                ),
                role="warning",
            )
            self.debrief_note.setAccessibleName(self.debrief_note.text())
            left.addWidget(self.debrief_note)
        if outcome.break_elsewhere:
            self.break_note = paragraph(
                self.tr(
                    "Your protected %n-minute break has started, with a decompression exercise.", "", outcome.minutes
                )
            )
            left.addWidget(self.break_note)
        else:
            exercise = self._exercise(page, outcome.exercise_id or exercise_after(outcome.kind))
            self.recovery = RecoveryPanel(self._clock, outcome.minutes, exercise)
            if self._break_ended is not None:
                ended = self._break_ended
                self.recovery.finished.connect(lambda m=outcome.minutes: ended(m))
            left.addWidget(self.recovery)
        self.measures = self._measures(page) if self._measures is not None else None
        if self.measures is not None:
            left.addWidget(self.measures)
        self.support = self._support(page)
        left.addWidget(self.support)
        left.addStretch(1)
        columns.addLayout(left, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rights = self._rights(page)
        scroll.setWidget(self.rights)
        columns.addWidget(scroll, 1)
        layout.addLayout(columns, 1)

        buttons = QDialogButtonBox()
        if self._open_journal is not None:
            journal = buttons.addButton(self.tr("Open my journal"), QDialogButtonBox.ButtonRole.ActionRole)
            journal.clicked.connect(self._journal)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        return page

    def _journal(self) -> None:
        if self._open_journal is not None:
            self._open_journal()

    # -- closing stops the pause ---------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.recovery is not None:
            self.recovery.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.recovery is not None:
            self.recovery.stop()
        super().closeEvent(event)
