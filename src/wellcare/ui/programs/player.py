"""The exercise player: a calm circle paced to the breath, the step's words, a timer, pause and stop.

One widget serves everywhere an exercise runs: the Programs page, the break overlay and the
hard-call flow (through ``programs.exercise_widget``). It starts itself, emits ``finished`` once
(completed or stopped), and its frame timer runs only while an exercise is actually playing:
pausing, stopping, finishing, hiding, closing and destruction all stop it.

Keyboard: Space pauses and resumes, Esc stops, Tab reaches every button. Focusing the player puts the
keyboard on its first button (Pause, Continue or Start again); the player itself is no Tab stop. In the
break overlay it has no buttons of its own (``hide_own_controls``). Time comes from an injected clock
and frames from an injected ticker, so tests play a whole exercise without sleeping."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRadialGradient,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellcare.programs.model import Exercise, InputKind, Step, pick
from wellcare.programs.timeline import ExerciseRun
from wellcare.schedule.clock import Clock, SystemClock
from wellcare.ui.programs.texts import breath_word, clock_text
from wellcare.ui.programs.ticker import QtTicker, Ticker
from wellcare.ui.theme import heading

log = logging.getLogger(__name__)

MAX_GAP = 5.0  # seconds between frames beyond which time is not counted (a suspend, a frozen UI)
GOOD_THINGS = 3


class BreathCircle(QWidget):
    """A soft circle whose size is the run's level; the breath word sits in its middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.3
        self.word = ""
        self.dimmed = False
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))

    def set_state(self, level: float, word: str, dimmed: bool) -> None:
        if (round(level, 3), word, dimmed) == (round(self.level, 3), self.word, self.dimmed):
            return
        if word != self.word:
            self.setAccessibleDescription(word)
        self.level, self.word, self.dimmed = level, word, dimmed
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 12
        center = QPointF(self.width() / 2, self.height() / 2)
        largest = side / 2
        smallest = largest * 0.36
        radius = smallest + (largest - smallest) * max(0.0, min(1.0, self.level))
        accent = self.palette().color(self.palette().ColorRole.Highlight)

        guide = QColor(accent)
        guide.setAlpha(60)
        painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, largest, largest)

        inner, outer = QColor(accent), QColor(accent)
        inner.setAlpha(40 if self.dimmed else 70)
        outer.setAlpha(90 if self.dimmed else 170)
        gradient = QRadialGradient(center, radius)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(center, radius, radius)

        if self.word:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.setPen(self.palette().color(self.palette().ColorRole.WindowText))
            box = QRectF(center.x() - largest, center.y() - 30, 2 * largest, 60)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.word)
        painter.end()


class ExercisePlayer(QWidget):
    """Plays one exercise. ``finished(exercise_id, seconds, completed)`` is emitted exactly once."""

    finished = Signal(str, int, bool)
    sound_toggled = Signal(bool)

    def __init__(
        self,
        exercise: Exercise,
        language: str,
        *,
        clock: Clock | None = None,
        ticker_factory: Callable[[QObject], Ticker] = QtTicker,
        sound: Callable[[], None] | None = None,
        sound_on: bool = False,
        on_complete: Callable[[str, float], None] | None = None,
        save_journal: Callable[[list[dict[str, str]]], None] | None = None,
        autostart: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exercise-player")
        self.exercise = exercise
        self.language = language
        self.run = ExerciseRun(exercise)
        self._clock = clock or SystemClock()
        self._ticker: Ticker = ticker_factory(self)
        self._sound = sound or QApplication.beep
        self._on_complete = on_complete
        self._save_journal = save_journal
        self._last = self._clock.monotonic()
        self._started = False
        self._ended = False
        self._auto_paused = False
        self.seen_steps: list[int] = []  # every step shown, in order (for tests and diagnostics)
        self._shown: dict[str, object] = {}  # what _refresh last put on screen, per widget name
        self._build(sound_on)
        self.setAccessibleName(pick(exercise.title, language))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys reach it from its buttons; Tab skips it
        # (the Qt ticker is a child QTimer: it dies with the player)
        self._show_step(self.run.step)
        self._refresh()
        if autostart:
            self.start()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self, sound_on: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.title = heading(pick(self.exercise.title, self.language), scale=1.35)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.where = QLabel()
        self.where.setProperty("role", "muted")
        self.where.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.where)
        # where to do it (audible exercises) and the caution (breathing ones), before it starts
        notes = [pick(text, self.language) for text in (self.exercise.place, self.exercise.caution) if text]
        self.care_note = QLabel(" ".join(notes))
        self.care_note.setWordWrap(True)
        self.care_note.setProperty("role", "warning")
        self.care_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.care_note)
        self.care_note.setHidden(not notes)  # after addWidget: a parentless label would show as a window

        self.circle = BreathCircle()
        layout.addWidget(self.circle, 1)

        self.step_text = QLabel()
        self.step_text.setWordWrap(True)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setMinimumHeight(48)
        font = QFont(self.step_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.step_text.setFont(font)
        layout.addWidget(self.step_text)

        self.journal = self._build_journal()
        layout.addWidget(self.journal)

        self.timer_label = QLabel()
        self.timer_label.setProperty("role", "muted")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.timer_label)

        row = QHBoxLayout()
        row.addStretch(1)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setProperty("primary", True)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.continue_button = QPushButton(self.tr("Continue"))  # stays where the owner hides the rest
        self.continue_button.setProperty("primary", True)
        self.continue_button.clicked.connect(self._continue)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton(self.tr("Start again"))
        self.again_button.clicked.connect(self.restart)
        self.controls = QWidget()  # its own buttons: hidden where the owner has the one set (the break overlay)
        buttons = QHBoxLayout(self.controls)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.pause_button, self.stop_button, self.again_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        self.sound_box = QCheckBox(self.tr("Sound cue"))
        self.sound_box.setToolTip(self.tr("A soft sound when the next step begins"))
        self.sound_box.setChecked(sound_on)
        self.sound_box.toggled.connect(self.sound_toggled)
        buttons.addWidget(self.sound_box)
        row.addWidget(self.continue_button)
        row.addWidget(self.controls)
        row.addStretch(1)
        layout.addLayout(row)
        self.hint = QLabel(self.tr("Space: pause or resume · Esc: stop"))
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint)
        self.setTabOrder(self.pause_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.again_button)
        self.setTabOrder(self.again_button, self.sound_box)

    def _build_journal(self) -> QFrame:
        box = QFrame()
        box.setProperty("role", "card")
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(10)
        self.what_fields: list[QLineEdit] = []
        self.why_fields: list[QLineEdit] = []
        for n in range(GOOD_THINGS):
            what = QLineEdit()
            what.setPlaceholderText(self.tr("Good thing %d") % (n + 1))
            what.setAccessibleName(self.tr("Good thing %d") % (n + 1))
            what.setMaxLength(300)
            why = QLineEdit()
            why.setPlaceholderText(self.tr("Why it went well (optional)"))
            why.setAccessibleName(self.tr("Why good thing %d went well") % (n + 1))
            why.setMaxLength(300)
            for field in (what, why):
                field.returnPressed.connect(self._next_field)
            grid.addWidget(what, n, 0)
            grid.addWidget(why, n, 1)
            self.what_fields.append(what)
            self.why_fields.append(why)
        note = QLabel(self.tr("Kept only in your encrypted vault on this computer."))
        note.setProperty("role", "muted")
        grid.addWidget(note, GOOD_THINGS, 0, 1, 2)
        box.hide()
        return box

    def _next_field(self) -> None:
        """Enter in a journal field moves on to the next field, never past the step."""
        fields = [f for pair in zip(self.what_fields, self.why_fields, strict=True) for f in pair]
        current = next((n for n, f in enumerate(fields) if f.hasFocus()), -1)
        target = fields[current + 1] if 0 <= current < len(fields) - 1 else self.continue_button
        target.setFocus()

    # -- control -----------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._ticker.is_active()

    @property
    def ended(self) -> bool:
        return self._ended

    def start(self) -> None:
        if self._ended or self.playing:
            return
        self._started = True
        self.run.resume()
        self._last = self._clock.monotonic()
        self._ticker.start(self.tick)
        self._refresh()

    def toggle_pause(self) -> None:
        if self._ended:
            return
        if self.run.paused or not self.playing:
            self._auto_paused = False
            self.start()
        else:
            self.pause()

    def pause(self) -> None:
        if self._ended:
            return
        self.tick()
        self.run.pause()
        self._ticker.stop()
        self._refresh()

    def stop(self) -> None:
        """End early: emits ``finished(id, seconds, False)``; nothing is recorded."""
        if self._ended:
            return
        self.tick()
        self._end(completed=False)

    def restart(self) -> None:
        self._ticker.stop()
        self.run = ExerciseRun(self.exercise)
        self._ended = False
        self.seen_steps = []
        for field in (*self.what_fields, *self.why_fields):
            field.clear()
        self._show_step(self.run.step)
        self.start()

    def tick(self) -> None:
        """One frame: count the time since the last frame, move on, redraw."""
        now = self._clock.monotonic()
        passed, self._last = now - self._last, now
        if self._ended or not self.playing:
            return
        if passed < 0 or passed > MAX_GAP:
            passed = 0.0  # a suspend or a stalled event loop: the time away does not count
        for step in self.run.advance(passed):
            self._show_step(step)
            self._cue()
        if self.run.finished:
            self._end(completed=True)
            return
        self._refresh()

    def _continue(self) -> None:
        """The waiting (writing) step is done: save what was written, then move on."""
        step = self.run.step
        if self._ended or not step.waits:
            return
        if step.input is InputKind.GOOD_THINGS:
            entries = [
                {"what": w.text().strip(), "why": y.text().strip()}
                for w, y in zip(self.what_fields, self.why_fields, strict=True)
                if w.text().strip()
            ]
            if entries and self._save_journal is not None:
                self._save_journal(entries)
        for step in self.run.next_step():
            self._show_step(step)
            self._cue()
        if self.run.finished:
            self._end(completed=True)
            return
        if not self.playing:
            self.start()
        self._refresh()

    def _end(self, *, completed: bool) -> None:
        focus = QApplication.focusWidget()
        keyboard_here = focus is not None and (focus is self or self.isAncestorOf(focus))
        self._ticker.stop()
        self._ended = True
        seconds = self.run.elapsed
        if completed:
            self.run.finish()
            if self._on_complete is not None:
                try:
                    self._on_complete(self.exercise.id, seconds)
                except Exception:  # the record is the vault's business; the counselor still finished
                    log.exception("could not record a completed exercise")
        self._refresh()
        if keyboard_here and self.isVisible():  # Stop (or Pause) is gone: the keyboard goes to Start again
            self.first_control().setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(self.exercise.id, round(seconds), completed)

    def _cue(self) -> None:
        if self.sound_box.isChecked():
            self._sound()

    # -- drawing -----------------------------------------------------------------------------------

    def _show_step(self, step: Step) -> None:
        self.seen_steps.append(step.index)
        text = pick(step.text, self.language)
        self._put_text("step_text", text)
        self.step_text.setAccessibleName(text)
        if step.input is InputKind.GOOD_THINGS:
            self._put_shown("journal", True)
            self.what_fields[0].setFocus()

    def _refresh(self) -> None:
        """Bring labels, buttons and the circle up to date, touching only what changed.

        It runs every frame, so it remembers what it last set and calls into Qt only for changes:
        a frame that changes nothing on screen costs nothing, and a frame during a breath repaints
        only the circle.
        """
        position = self.run.position()
        step = position.step
        total = len(self.exercise.steps)
        if self._ended and position.finished:
            self._put_text("where", self.tr("Finished"))
            self._put_text("step_text", self.tr("Well done. Take a moment before you go back."))
            self._put_text("timer_label", self.tr("%s practised") % clock_text(position.elapsed))
        elif self._ended:
            self._put_text("where", self.tr("Stopped"))
            self._put_text("timer_label", self.tr("You can start again whenever you like."))
        else:
            where = self.tr("Step %d of %d") % (step.index + 1, total)
            if step.rounds > 1:
                where += " · " + self.tr("Round %d of %d") % (step.round, step.rounds)
            self._put_text("where", where)
            if step.waits:
                self._put_text("timer_label", self.tr("Take your time"))
            elif position.paused or not self._started:
                self._put_text("timer_label", self.tr("Paused · %s left") % clock_text(position.remaining))
            else:
                self._put_text("timer_label", self.tr("%s left") % clock_text(position.remaining))
        waiting = step.waits and not self._ended
        self._put_shown("journal", step.input is InputKind.GOOD_THINGS and not self._ended)
        self._put_shown("pause_button", not self._ended and not waiting)
        self._put_text("pause_button", self.tr("Resume") if position.paused else self.tr("Pause"))
        self._put_shown("continue_button", waiting)
        self._put_shown("stop_button", not self._ended)
        self._put_shown("again_button", self._ended)
        word = "" if self._ended else breath_word(step.breath)
        self.circle.set_state(position.level, word, dimmed=position.paused or self._ended)

    def _put_text(self, name: str, text: str) -> None:
        if self._shown.get(name) != text:
            self._shown[name] = text
            getattr(self, name).setText(text)

    def _put_shown(self, name: str, shown: bool) -> None:
        key = name + ":shown"
        if self._shown.get(key) is not shown:
            self._shown[key] = shown
            getattr(self, name).setVisible(shown)

    # -- events ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_pause()
        elif event.key() == Qt.Key.Key_Escape:
            self.stop()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def hide_own_controls(self) -> None:
        """Inside the break overlay: its one countdown and buttons rule, and Esc does what it says there."""
        for widget in (self.controls, self.timer_label, self.hint):
            widget.hide()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def first_control(self) -> QWidget:
        """The button that matters now: Pause (Resume), Continue on a writing step, or Start again."""
        for button in (self.pause_button, self.continue_button, self.again_button):
            if not button.isHidden():
                return button
        return self.stop_button

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # handed the focus: give it to a control
            self.first_control().setFocus(event.reason())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_paused and not self._ended:
            self._auto_paused = False
            self.start()
        if self.pause_button.isVisible():
            self.pause_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (another page, the overlay going away): pause, and carry on when shown again.
        if not event.spontaneous() and self.playing:
            self._auto_paused = True
            self.pause()
        super().hideEvent(event)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._ticker.stop()
        super().closeEvent(event)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        """Stop the frame timer for good (the owner is going away); emits nothing."""
        self._ticker.stop()
        self._ended = True
