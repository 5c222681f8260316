"""Taking a questionnaire: instructions, one item per screen, then the safety panel or the result.

Keyboard: each answer shows its published raw value (WHO-5 5 … 0, PHQ-9 0 … 3), the value that is
scored, and that number key picks it (0 picks the answer worth 0). Enter goes on, Backspace goes
back, Esc pauses (the answers so far are already in the vault; reopening offers to continue).
Tab reaches every button; Space or Enter presses the focused one. Each screen puts the keyboard
on its first useful control: Start, the chosen (or first) answer, the safety panel, the result.
While the safety panel is shown every other key is ignored: only its "I have read this" button
leads on. The session lives inside the Self-checks page, so it can be left and found again.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wellcare.assess.model import Instrument
from wellcare.assess.session import Questionnaire
from wellcare.assess.store import StoredResult
from wellcare.ui.assess.env import AssessEnv
from wellcare.ui.assess.intro import IntroScreen
from wellcare.ui.assess.result_view import ResultView
from wellcare.ui.assess.safety import SafetyPanel
from wellcare.ui.assess.widgets import OptionButton, Switcher, button, button_row, label, refit
from wellcare.ui.messages import VaultError, vault_error_text
from wellcare.ui.theme import clear_layout

log = logging.getLogger(__name__)

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ItemScreen(QWidget):
    """One item: progress, the instructions as a reminder, the item, its answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.progress_label = label(role="muted")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.stem = label(role="muted")
        self.item_text = label(scale=1.3, bold=True)
        self.options_layout = QVBoxLayout()
        self.options_layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.keys_hint = label(role="muted")
        self.back_button = button(self.tr("Back"))
        self.pause_button = button(self.tr("Pause"))
        self.next_button = button(self.tr("Next"), primary=True)
        for widget in (self.progress_label, self.progress, self.stem, self.item_text):
            layout.addWidget(widget)
        layout.addLayout(self.options_layout)
        layout.addWidget(self.keys_hint)
        layout.addLayout(button_row(self.back_button, self.pause_button, self.next_button, stretch_at=2))
        layout.addStretch(1)
        self.options: list[OptionButton] = []

    def show_item(self, q: Questionnaire, lang: str) -> None:
        instrument = q.instrument
        self.progress_label.setText(
            self.tr("%1 · question %2 of %3")
            .replace("%1", instrument.short_name.get(lang))
            .replace("%2", str(q.position + 1))
            .replace("%3", str(q.count))
        )
        self.progress.setRange(0, q.count)
        self.progress.setValue(q.answered_count)
        self.progress.setAccessibleName(self.progress_label.text())
        self.stem.setText(instrument.instructions.get(lang))
        self.item_text.setText(q.item.text.get(lang))
        self.item_text.setAccessibleName(q.item.text.get(lang))
        for option in self.options:
            self.group.removeButton(option)
        clear_layout(self.options_layout)
        self.options = []
        for option in q.options:  # each shows the value that is scored, and that number key picks it
            widget = OptionButton(option.value, option.label.get(lang), option.value)
            widget.setChecked(option.value == q.answer)
            widget.setAccessibleDescription(self.progress_label.text() + ": " + q.item.text.get(lang))
            self.group.addButton(widget)
            self.options_layout.addWidget(widget)
            widget.show()  # now, not on the layout's queued show: the focus goes to it at once
            self.options.append(widget)
        # Tab: the answers first (the group is one stop; arrows move within it), then the buttons
        chain = [*self.options, self.back_button, self.pause_button, self.next_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        values = q.item.response_set
        self.keys_hint.setText(
            self.tr("Keys %1–%2 choose · Enter: next · Backspace: back · Esc: pause")
            .replace("%1", str(values.low))
            .replace("%2", str(values.high))
        )
        self.back_button.setEnabled(q.position > 0)  # nothing before the first question (Esc pauses)
        self.next_button.setText(self.tr("See my result") if q.is_last else self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setEnabled(q.answer is not None)

    def first_control(self) -> QWidget:
        """The chosen answer, else the first one."""
        return next((o for o in self.options if o.isChecked()), self.options[0] if self.options else self.next_button)


class AssessmentSession(QWidget):
    """Intro → items → (safety panel) → result, inside the Self-checks page."""

    closed = Signal(str)  # "done", "paused" or "cancelled"
    start_requested = Signal(str)  # the result suggests another questionnaire and the counselor chose it
    saved = Signal(int)  # a result was stored (its id)

    def __init__(
        self,
        instrument: Instrument,
        env: AssessEnv,
        *,
        pending: StoredResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.env = env
        self.questionnaire: Questionnaire | None = None
        self.stored: StoredResult | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(instrument.short_name.get(env.lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = Switcher()
        layout.addWidget(self.stack)

        self.draft = env.store.draft(instrument.id)
        self.intro = IntroScreen(instrument, env, self.draft)
        self.intro.start_button.clicked.connect(lambda: self.start(resume=False))
        self.intro.continue_button.clicked.connect(lambda: self.start(resume=True))
        self.intro.restart_button.clicked.connect(self.restart)
        self.intro.cancel_button.clicked.connect(lambda: self.closed.emit("cancelled"))
        self.items = ItemScreen()
        self.items.back_button.clicked.connect(self.back)
        self.items.pause_button.clicked.connect(self.pause)
        self.items.next_button.clicked.connect(self.next)
        self.items.group.buttonClicked.connect(lambda b: self._choose_value(b.value))
        self.stack.addWidget(self.intro)
        self.stack.addWidget(self.items)
        self.safety: SafetyPanel | None = None
        self.result_view: ResultView | None = None
        self.setFocusProxy(self.intro.first_control())  # focusing the session focuses its screen
        if pending is not None:
            self.stored = pending
            self._show_safety()

    # -- state -----------------------------------------------------------------------------------
    @property
    def screen(self) -> str:
        current = self.stack.currentWidget()
        if current is self.intro:
            return "intro"
        if current is self.items:
            return "item"
        if current is self.safety:
            return "safety"
        return "result"

    def start(self, resume: bool) -> None:
        sex = self.intro.sex()
        if self.instrument.needs_sex and sex is None:
            self.intro.sex_group.buttons()[0].setFocus()  # type: ignore[union-attr]
            return
        if resume and self.draft is not None:
            q = Questionnaire(self.instrument, self.draft.answers, self.draft.position, sex=sex)
            first_gap = q.first_unanswered()
            if first_gap is not None:
                q.position = first_gap
        else:
            q = Questionnaire(self.instrument, sex=sex)
        self.questionnaire = q
        self._show_item()

    def restart(self) -> None:
        self.env.store.discard_draft(self.instrument.id)
        self.draft = None
        self.env.changed()
        self.start(resume=False)

    def _show_item(self) -> None:
        assert self.questionnaire is not None
        self.items.show_item(self.questionnaire, self.env.lang)
        self.stack.setCurrentWidget(self.items)
        self.setFocusProxy(self.items.first_control())
        self.setFocus()
        refit(self)

    def _choose_value(self, value: int) -> None:
        q = self.questionnaire
        if q is None:
            return
        q.choose(value)
        self._save_draft()
        for option in self.items.options:
            option.setChecked(option.value == value)
        self.items.progress.setValue(q.answered_count)
        self.items.next_button.setEnabled(True)
        chosen = self.items.first_control()
        self.setFocusProxy(chosen)
        focus = QApplication.focusWidget()
        if focus is not None and self.items.isAncestorOf(focus):
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus follows a number key's choice

    def choose(self, number: int) -> bool:
        """Pick the answer shown with `number`, its raw value, as the number key does."""
        q = self.questionnaire
        if q is None or self.screen != "item" or number not in q.item.response_set.values:
            return False
        self._choose_value(number)
        return True

    def _save_draft(self) -> None:
        q = self.questionnaire
        assert q is not None
        try:
            self.draft = self.env.store.save_draft(self.instrument.id, q.answers, q.position)
        except VaultError:  # the answers stay in memory; finishing reports the problem
            log.warning("draft not saved")

    def next(self) -> None:
        q = self.questionnaire
        if q is None or q.answer is None:
            return
        if q.is_last:
            if q.complete:
                self._finish()
            else:
                gap = q.first_unanswered()
                assert gap is not None
                q.position = gap
                self._show_item()
            return
        q.advance()
        self._save_draft()
        self._show_item()

    def back(self) -> None:
        q = self.questionnaire
        if q is None:
            return
        if q.back():  # on the first question there is nothing to go back to: Back is disabled, Backspace does nothing
            self._save_draft()
            self._show_item()

    def pause(self) -> None:
        if self.questionnaire is not None and self.questionnaire.answers:
            self._save_draft()
        self.env.changed()
        self.closed.emit("paused")

    def _finish(self) -> None:
        q = self.questionnaire
        assert q is not None
        result = q.score()
        try:
            self.stored = self.env.store.save_result(result)
        except VaultError as exc:  # e.g. a full disk: say so, keep the answers on screen
            QMessageBox.warning(self, self.instrument.short_name.get(self.env.lang), vault_error_text(exc))
            return
        self.draft = None
        self.saved.emit(self.stored.id)
        self.env.changed()
        if result.safety:
            self._show_safety()
        else:
            self._show_result()

    def _show_safety(self) -> None:
        self.safety = SafetyPanel(self.env.lines, self.env.lang, self.env.links)
        self.safety.acknowledged.connect(self._acknowledge)
        self.stack.addWidget(self.safety)
        self.stack.setCurrentWidget(self.safety)  # the panel announces itself and takes the focus when shown
        self.setFocusProxy(self.safety)
        self.setFocus()
        refit(self)

    def _acknowledge(self) -> None:
        assert self.stored is not None
        self.env.store.mark_safety_seen(self.stored.id)
        self._show_result()

    def _show_result(self) -> None:
        assert self.stored is not None
        self.result_view = ResultView(
            self.stored,
            self.instrument,
            self.env.lang,
            self.env.links,
            self.env.lines,
            set_recheck=self.env.set_recheck,
            recheck_at=self.env.recheck_at(self.instrument.id),
            startable=self.env.catalog.ids,
        )
        self.result_view.done.connect(lambda: self.closed.emit("done"))
        self.result_view.start_requested.connect(self.start_requested)
        self.stack.addWidget(self.result_view)
        self.stack.setCurrentWidget(self.result_view)
        self.setFocusProxy(self.result_view)  # the result itself, never its Done button: a repeated Enter
        self.setFocus()
        refit(self)

    # -- keyboard --------------------------------------------------------------------------------
    def _press_focused_button(self) -> bool:
        """Enter on a focused button (not an answer) presses it, as Space does."""
        focus = QApplication.focusWidget()
        if (
            isinstance(focus, QAbstractButton)
            and not isinstance(focus, OptionButton)
            and self.isAncestorOf(focus)
            and focus.isEnabled()
        ):
            focus.click()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        screen = self.screen
        if key in _ENTER and self._press_focused_button():
            event.accept()
            return
        if screen == "safety":
            event.accept()  # nothing dismisses the panel by accident
            if key in _ENTER and not event.isAutoRepeat() and self.safety is not None:
                self.safety.default_action()  # Enter does what the panel's highlighted button does
            return
        if screen == "intro":
            if key in _ENTER:
                self.start(resume=self.draft is not None)
            elif key == Qt.Key.Key_Escape:
                self.closed.emit("cancelled")
            else:
                super().keyPressEvent(event)
            return
        if screen == "item":
            if key in _DIGITS:
                self.choose(_DIGITS[key])
            elif key in _ENTER:
                self.next()
            elif key == Qt.Key.Key_Backspace:
                self.back()
            elif key == Qt.Key.Key_Escape:
                self.pause()
            else:
                super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape:
            self.closed.emit("done")
            return
        event.accept()  # Enter on the result does nothing: a repeated key must not skip it
