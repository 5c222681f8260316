"""The daily check-in: a small popup near the tray. One tap (or key 1–5) records the mood.

Tags and a note are optional and update the same entry; Enter or Done closes, Esc closes too
(a mood already picked stays recorded). The note is stored only in the vault.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellcare.assess.checkin import MOODS, NOTE_MAX, TAGS
from wellcare.assess.store import AssessmentStore
from wellcare.ui.assess.texts import mood_label, tag_label
from wellcare.ui.assess.widgets import button, card, label
from wellcare.ui.theme import ACCENT, TEXT, heading

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in MOODS}
MARGIN = 12
# The chosen mood or tag is filled; the keyboard focus is a ring. Two looks, so "picked" and
# "where the keyboard is" never read the same (both were rings of the same colour before).
CHECKED_STYLE = (
    f"QPushButton:checked {{ background: {ACCENT}; color: white; border: 2px solid {ACCENT}; font-weight: bold; }}"
    f"QPushButton:checked:focus {{ border: 3px solid {TEXT}; }}"
)


class CheckInPopup(QWidget):
    saved = Signal()  # the entry was created or changed

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self._store = store
        self.entry_id: int | None = None
        self._previous: QWidget | None = None
        self.setWindowTitle(self.tr("Check-in"))
        self.setAccessibleName(self.tr("Check-in"))
        self.setAccessibleDescription(self.tr("How are you right now?"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(CHECKED_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # never smaller than its text
        frame, layout = card()
        outer.addWidget(frame)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("How are you right now?"), scale=1.2), 1)
        self.close_button = QPushButton("✕")
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        layout.addLayout(self._build_moods())

        layout.addWidget(label(self.tr("Anything to add? (optional)"), role="muted"))
        layout.addLayout(self._build_tags())
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("A note for yourself (stays encrypted on this computer)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.editingFinished.connect(self._changed)
        self.note.returnPressed.connect(self.finish)
        layout.addWidget(self.note)

        bottom = QHBoxLayout()
        self.status = label(self.tr("Keys 1–5 pick a mood · Enter: done"), role="muted")
        bottom.addWidget(self.status, 1)
        self.done_button = button(self.tr("Done"), primary=True)
        self.done_button.clicked.connect(self.finish)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Tab: the moods, the tags, the note, Done, and the close button last; the keyboard starts
        # on the moods (number keys and Enter still reach the popup from there).
        chain = [*self.mood_buttons.values(), *self.tag_buttons.values(), self.note, self.done_button]
        for before, after in zip(chain, [*chain[1:], self.close_button], strict=True):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.mood_buttons[MOODS[0]])

    def _build_moods(self) -> QHBoxLayout:
        """Five mood buttons, one checked at a time (keys 1–5 pick them too)."""
        moods = QHBoxLayout()
        moods.setSpacing(6)
        self.mood_group = QButtonGroup(self)
        self.mood_buttons: dict[int, QPushButton] = {}
        for mood in MOODS:
            choice = QPushButton(f"{mood}\n{mood_label(mood)}")
            choice.setCheckable(True)
            choice.setAutoDefault(False)
            choice.setAccessibleName(f"{mood}. {mood_label(mood)}")
            choice.setMinimumWidth(choice.fontMetrics().horizontalAdvance("0" * 6))
            self.mood_group.addButton(choice, mood)
            self.mood_buttons[mood] = choice
            moods.addWidget(choice)
        self.mood_group.idClicked.connect(self.set_mood)
        return moods

    def _build_tags(self) -> QGridLayout:
        """Optional tags, three a row; each toggles on its own."""
        tags = QGridLayout()
        tags.setSpacing(6)
        self.tag_buttons: dict[str, QPushButton] = {}
        for index, tag in enumerate(TAGS):
            toggle = QPushButton(tag_label(tag))
            toggle.setCheckable(True)
            toggle.setAutoDefault(False)
            toggle.setAccessibleName(tag_label(tag))
            toggle.toggled.connect(self._changed)
            self.tag_buttons[tag] = toggle
            tags.addWidget(toggle, index // 3, index % 3)
        return tags

    # -- placement -------------------------------------------------------------------------------
    def place_near(self, anchor: QRect | None = None) -> None:
        """Beside the tray icon when its place is known, else the screen's bottom-right corner."""
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))  # adjustSize() caps at 2/3 screen
        screen = QGuiApplication.screenAt(anchor.center()) if anchor is not None and anchor.isValid() else None
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        if anchor is not None and anchor.isValid():
            x = anchor.center().x() - size.width() // 2
            y = (
                anchor.top() - size.height() - MARGIN
                if anchor.center().y() > area.center().y()
                else anchor.bottom() + MARGIN
            )
        else:
            x = area.right() - size.width() - MARGIN
            y = area.bottom() - size.height() - MARGIN
        x = max(area.left() + MARGIN, min(x, area.right() - size.width() - MARGIN))
        y = max(area.top() + MARGIN, min(y, area.bottom() - size.height() - MARGIN))
        self.move(QPoint(x, y))

    def open(self, anchor: QRect | None = None) -> None:
        previous = QApplication.activeWindow()
        self._previous = previous if previous is not self else None  # gets the keyboard back on close
        self.place_near(anchor)
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    # -- recording -------------------------------------------------------------------------------
    @property
    def mood(self) -> int | None:
        mood = self.mood_group.checkedId()
        return mood if mood in MOODS else None

    def tags(self) -> list[str]:
        return [tag for tag, toggle in self.tag_buttons.items() if toggle.isChecked()]

    def set_mood(self, mood: int) -> None:
        self.mood_buttons[mood].setChecked(True)
        self.setFocusProxy(self.mood_buttons[mood])
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and focus is not self.note:
            self.mood_buttons[mood].setFocus(Qt.FocusReason.OtherFocusReason)  # the focus follows the choice
        if self.entry_id is None:
            self.entry_id = self._store.add_checkin(mood, self.tags(), self.note.text()).id
        else:
            self._store.update_checkin(self.entry_id, mood, self.tags(), self.note.text())
        self.status.setText(self.tr("Saved. Add a tag or a note if you like."))
        self.saved.emit()

    def _changed(self) -> None:
        if self.entry_id is not None and self.mood is not None:
            self._store.update_checkin(self.entry_id, self.mood, self.tags(), self.note.text())
            self.saved.emit()

    def finish(self) -> None:
        self.close()  # closeEvent stores the tags and note

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGITS:
            self.set_mood(_DIGITS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._changed()
        super().closeEvent(event)
        previous, self._previous = self._previous, None
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible():
            previous.activateWindow()
