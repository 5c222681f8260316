"""The break overlay: one frameless, always-on-top window per screen while a break runs.

The primary screen shows the break (what to do, a guided exercise, the countdown and what the
counselor may do about it); every other screen shows a quiet cover with the same countdown, so
work does not carry on there. The overlay takes keyboard focus only once it is on screen.

One countdown and one set of buttons: a guided exercise from the programs capability plays without
its own timer and buttons. In a protected break, once the exercise is over its place is taken by
what the rest of the break offers (``after_exercise.AfterExercisePanel``): the EAP office, a note
for the journal, further exercises that fit the time left, the rights.

Keyboard: Tab moves between the buttons, Enter or Space presses one. Esc postpones the break when
that is allowed (else skips it, when allowed); it never dismisses a protected break, and the hint
under the buttons says which. Closing a window some other way (Alt+F4) counts as Esc. When it
opens, the break's window speaks to screen readers as a dialog and announces what the break is
(an accessibility alert), and the keyboard lands on its first button.

All timers and animations stop when the overlay closes. Decisions are not made here: the overlay
emits what the counselor asked for, and the feature records it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QCloseEvent, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellcare.breaks.screen import ShownBreak
from wellcare.schedule.clock import Clock
from wellcare.ui.announce import announce, register_role
from wellcare.ui.breaks.after_exercise import AfterExercise, AfterExercisePanel
from wellcare.ui.breaks.breathing import BreathingCircle
from wellcare.ui.breaks.texts import clock_text, duration_words, kind_hint, kind_invitation, kind_name
from wellcare.ui.theme import ACCENT, MUTED, TEXT

# (parent, exercise id, on_finished(completed)) -> a self-starting exercise without its own controls, or None
ExerciseFactory = Callable[[QWidget, str, Callable[[bool], None]], QWidget | None]

BACKGROUND = "#eef5f2"
_STYLE = f"""
QWidget#break-overlay {{ background: {BACKGROUND}; }}
QWidget#break-overlay QLabel {{ color: {TEXT}; background: transparent; }}
QWidget#break-overlay QLabel[role="muted"] {{ color: {MUTED}; }}
QScrollArea#break-scroll, QWidget#break-centre {{ background: transparent; }}
QFrame#break-card {{ background: #fbfdfc; border: 1px solid #d5e5df; border-radius: 18px; }}
QProgressBar {{ border: none; background: #dbe9e4; border-radius: 3px; max-height: 6px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
QPushButton {{ padding: 8px 18px; border-radius: 8px; border: 1px solid #b9c7c2; background: white; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
"""


OverlaySpec = ShownBreak  # what the overlay shows and offers (decided by the breaks service)


class _Window(QWidget):
    """One screen's full-screen window; forwards Esc and close attempts to the overlay."""

    def __init__(self, overlay: BreakOverlay, screen: QScreen) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setObjectName("break-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle(self.tr("WellCare break"))
        self._overlay = overlay
        self.target_screen = screen
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._overlay.escape()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._overlay.closing:
            event.accept()
            return
        event.ignore()
        self._overlay.escape()


class BreakOverlay(QObject):
    finished = Signal()  # the countdown reached zero
    postpone_requested = Signal()
    skip_requested = Signal()
    end_early_requested = Signal()

    def __init__(
        self,
        spec: OverlaySpec,
        clock: Clock,
        exercise: ExerciseFactory | None = None,
        parent: QObject | None = None,
        after: AfterExercise | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._clock = clock
        self._exercise_factory = exercise
        self._after = after if spec.protected else None
        self.after_panel: AfterExercisePanel | None = None
        self.esc_hint: QLabel | None = None
        self.closing = False
        self._connections: list[QMetaObject.Connection] = []
        self._done = False
        self._end_armed = False
        self.windows: list[_Window] = []
        self.exercise: QWidget | None = None
        self.countdowns: list[QLabel] = []
        self.progress: QProgressBar | None = None
        self.postpone_button: QPushButton | None = None
        self.skip_button: QPushButton | None = None
        self.end_button: QPushButton | None = None
        self.protected_note: QLabel | None = None
        self.spoken: tuple[str, str] = ("", "")  # (name, description) a screen reader announces
        self._previous: QWidget | None = None  # the window that had the keyboard before the break
        self.timer = QTimer(self)
        self.timer.setObjectName("break-overlay-countdown")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)

    # -- showing ----------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return bool(self.windows) and not self.closing

    def show(self) -> None:
        self._previous = QApplication.activeWindow()
        app = QGuiApplication.instance()
        primary = QGuiApplication.primaryScreen()
        for screen in QGuiApplication.screens():
            self._add_window(screen, full=screen is primary)
        if isinstance(app, QGuiApplication):
            self._connections = [
                app.screenAdded.connect(self._screen_added),
                app.screenRemoved.connect(self._screen_removed),
            ]
        self.refresh()
        self.timer.start()
        main = self.windows[0]
        main.raise_()
        main.activateWindow()
        first = self.postpone_button or self.skip_button or self.end_button
        name, description = self.spoken
        announce(main, name, description, focus=first if first is not None and first.isVisible() else main)

    def _add_window(self, screen: QScreen, full: bool) -> _Window:
        window = _Window(self, screen)
        if full:
            self._build_main(window)
            self.windows.insert(0, window)
        else:
            self._build_cover(window)
            self.windows.append(window)
        window.showFullScreen()
        window.setGeometry(screen.geometry())
        return window

    def _countdown_label(self, scale: float) -> QLabel:
        label = QLabel(clock_text(self.spec.length))
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setWeight(QFont.Weight.Light)
        font.setFeature(QFont.Tag("tnum"), 1)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Time left"))
        self.countdowns.append(label)
        return label

    def _build_cover(self, window: _Window) -> None:
        layout = QVBoxLayout(window)
        layout.addStretch(1)
        title = QLabel(self.tr("Break time"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(self._countdown_label(3.0))
        layout.addStretch(1)

    def _build_main(self, window: _Window) -> None:
        spec = self.spec
        # The card sits in a scroll area: with very large text it may be taller than the screen,
        # and the buttons at its bottom must stay reachable.
        window_layout = QVBoxLayout(window)
        window_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("break-scroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons; it still scrolls to them
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window_layout.addWidget(scroll)
        centre = QWidget()
        centre.setObjectName("break-centre")
        scroll.setWidget(centre)
        scroll.viewport().setAutoFillBackground(False)
        outer = QVBoxLayout(centre)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("break-card")
        card.setMaximumWidth(720)
        card.setMinimumWidth(min(560, max(320, window.width() - 64)))
        row.addWidget(card, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 28, 40, 24)
        layout.setSpacing(12)
        kind = QLabel(f"{kind_name(spec.kind)} · {duration_words(spec.length)}")
        kind.setProperty("role", "muted")
        kind.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(kind)
        invitation = QLabel(kind_invitation(spec.kind))
        font = QFont(invitation.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        invitation.setFont(font)
        invitation.setWordWrap(True)
        invitation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(invitation)

        self._card = card
        self._slot = QVBoxLayout()  # the exercise, then what the rest of a protected break offers
        layout.addLayout(self._slot, 1)
        self.play(spec.exercise_id)

        layout.addWidget(self._countdown_label(3.2))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, max(1, int(spec.length.total_seconds())))
        self.progress.setAccessibleName(self.tr("Break progress"))
        layout.addWidget(self.progress)

        if isinstance(self.exercise, BreathingCircle):  # a guided exercise brings its own words
            hint = QLabel(kind_hint(spec.kind))
            hint.setWordWrap(True)
            hint.setProperty("role", "muted")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(hint)

        spoken = [kind_invitation(spec.kind), kind_hint(spec.kind)]
        if spec.protected:
            spoken.append(self.tr("This break is protected: it cannot be skipped or postponed."))
            self.protected_note = QLabel(self.tr("This break is protected: it cannot be skipped or postponed."))
            self.protected_note.setWordWrap(True)
            self.protected_note.setProperty("role", "muted")
            self.protected_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.protected_note)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        if spec.can_postpone:
            self.postpone_button = QPushButton(self.tr("Postpone %n min", "", spec.postpone_minutes))
            self.postpone_button.setToolTip(self.tr("Postpones left for this break: %d") % spec.postpones_left)
            self.postpone_button.setAccessibleName(self.postpone_button.text())
            self.postpone_button.clicked.connect(self.postpone_requested)
            buttons.addWidget(self.postpone_button)
        if spec.can_skip and not spec.protected:
            self.skip_button = QPushButton(self.tr("Skip this break"))
            self.skip_button.setAccessibleName(self.skip_button.text())
            self.skip_button.clicked.connect(self.skip_requested)
            buttons.addWidget(self.skip_button)
        if spec.can_end_early:
            self.end_button = QPushButton(self.tr("End early: I must take a call"))
            self.end_button.setAccessibleName(self.end_button.text())
            self.end_button.clicked.connect(self._end_clicked)
            buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.postpone_button, self.skip_button, self.end_button):
            if button is not None:
                button.setAutoDefault(True)
        self.esc_hint = QLabel(self.esc_hint_text())
        self.esc_hint.setWordWrap(True)
        self.esc_hint.setProperty("role", "muted")
        self.esc_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.esc_hint)
        self.spoken = (kind.text(), " ".join(spoken))

    def esc_hint_text(self) -> str:
        """What Esc does here, exactly (see ``escape``)."""
        spec = self.spec
        if spec.protected:
            return self.tr("Esc does nothing here: this break is protected.")
        if spec.can_postpone:
            return self.tr("Esc: postpone the break by %n min", "", spec.postpone_minutes)
        if spec.can_skip:
            return self.tr("Esc: skip this break")
        return self.tr("Esc does nothing during this break.")

    def play(self, exercise_id: str | None) -> None:
        """Put this exercise in the slot (the breathing guide without one); a protected break's panel goes."""
        widget = None
        if self._exercise_factory is not None and exercise_id:
            widget = self._exercise_factory(self._card, exercise_id, self._exercise_finished)
        finishes = widget is not None
        if widget is None:
            widget = BreathingCircle(self._card)
        self._drop(self.exercise)
        self._drop(self.after_panel)
        self.after_panel = None
        self.exercise = widget
        self._slot.addWidget(widget, 1, Qt.AlignmentFlag.AlignHCenter)
        if not finishes and self._after is not None:  # the breathing guide never ends: offer the rest now
            self._offer_after()

    def _exercise_finished(self, completed: bool) -> None:
        if self.closing or self._after is None:
            return
        if self.exercise is not None and not isinstance(self.exercise, BreathingCircle):
            self._drop(self.exercise)
            self.exercise = None
        self._offer_after()

    def _offer_after(self) -> None:
        assert self._after is not None
        self._drop(self.after_panel)
        self.after_panel = AfterExercisePanel(self._after, self.remaining(), self._card)
        self.after_panel.exercise_chosen.connect(self.play)
        self._slot.addWidget(self.after_panel)

    @staticmethod
    def _drop(widget: QWidget | None) -> None:
        if widget is None:
            return
        stop = getattr(widget, "shutdown", None) or getattr(widget, "stop", None)  # a player or the breathing guide
        if callable(stop):
            stop()
        widget.hide()
        widget.deleteLater()

    # -- running ----------------------------------------------------------------------------------

    def remaining(self) -> timedelta:
        return min(max(self.spec.ends - self._clock.now(), timedelta(0)), self.spec.length)  # clock set back

    def refresh(self) -> None:
        """Update the countdown from the clock; emits ``finished`` once when it runs out."""
        if self.closing or self._done:
            return
        remaining = self.remaining()
        text = clock_text(remaining)
        for label in self.countdowns:
            label.setText(text)
        if self.progress is not None:
            self.progress.setValue(int((self.spec.length - remaining).total_seconds()))
        if remaining <= timedelta(0):
            self._done = True
            self.timer.stop()
            self.finished.emit()

    def escape(self) -> None:
        if self.closing or self._done or self.spec.protected:
            return
        if self.spec.can_postpone:
            self.postpone_requested.emit()
        elif self.spec.can_skip:
            self.skip_requested.emit()

    def _end_clicked(self) -> None:
        if self.spec.protected and not self._end_armed and self.end_button is not None:
            self._end_armed = True  # a recovery break ends early only on a second, deliberate press
            self.end_button.setText(self.tr("Press again to end your recovery break"))
            self.end_button.setAccessibleName(self.end_button.text())
            return
        self.end_early_requested.emit()

    def elapsed(self) -> timedelta:
        return self.spec.elapsed(self._clock.now())

    def close(self) -> None:
        if self.closing:
            return
        self.closing = True
        self.timer.stop()
        # through the connection objects: SignalInstance.disconnect() leaks a reference to True
        # in PySide6 6.12 (enough calls crash the interpreter)
        for connection in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                QObject.disconnect(connection)
        self._connections = []
        if self.exercise is not None:
            stop = getattr(self.exercise, "stop", None)
            if callable(stop):
                stop()
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.windows = []
        self.exercise = None
        previous, self._previous = self._previous, None
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible():
            previous.activateWindow()  # the keyboard goes back to where it was before the break

    # -- screens coming and going -------------------------------------------------------------------

    def _screen_added(self, screen: QScreen) -> None:
        if not self.closing:
            self._add_window(screen, full=False)

    def _screen_removed(self, screen: QScreen) -> None:
        for window in list(self.windows[1:]):
            if window.target_screen is screen:
                self.windows.remove(window)
                window.hide()
                window.deleteLater()


register_role(_Window, QAccessible.Role.Dialog)
