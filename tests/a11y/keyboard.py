"""A keyboard-only driver for GUI tests: keys go to whatever has the focus, as for a real user.

Nothing here clicks with the mouse or calls a widget's slots: ``press`` sends a key event to
``QApplication.focusWidget()`` (or, while a menu is open, to that popup, which is where Qt sends
real key presses then) and nothing else. ``tab_to`` presses Tab (or Shift+Tab) until a
wanted widget has the focus, and checks every widget the focus passes through:

- it has an accessible name (what a screen reader says when it gets there);
- it is inside the window being walked (the focus never escapes a dialog or an overlay);
- the focus is visible on it: the widget looks different with the focus than without. That is
  checked on real focus changes only: a widget's picture while it has the focus is compared with
  its picture once Tab has moved on, so no focus is ever set by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

Target = str | QWidget | Callable[[QWidget], bool]

# A focus indicator is a border or an outline: at least this share of the widget's perimeter
# changes colour, and never fewer than MIN_CHANGED pixels (a text cursor alone is not enough). A
# wide widget that shows the focus on one part (a tab bar's current tab, a list's current item)
# needs no more than ENOUGH_CHANGED pixels: a 2px ring round a 50 x 50 box.
PERIMETER_SHARE = 0.5
MIN_CHANGED = 24
ENOUGH_CHANGED = 400


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return ((iface.text(QAccessible.Text.Name) if iface is not None else "") or "").strip()


def speaker(widget: QWidget) -> QWidget:
    """The widget a screen reader speaks for: a spin box's inner line edit speaks as the spin box."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, QAbstractSpinBox) else widget


def describe(widget: QWidget) -> str:
    name = spoken_name(speaker(widget))
    kind = type(widget).__name__
    return f"{kind}({name!r})" if name else f"{kind}(<no name> {widget.objectName()!r})"


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)[:, :, :3].copy()


def changed_pixels(before: QImage, after: QImage) -> int:
    if before.size() != after.size():
        return max(before.width() * before.height(), after.width() * after.height())
    return int(np.any(_pixels(before) != _pixels(after), axis=2).sum())


def focus_is_visible(focused: QImage, unfocused: QImage) -> bool:
    perimeter = 2 * (focused.width() + focused.height())
    needed = max(MIN_CHANGED, min(ENOUGH_CHANGED, int(perimeter * PERIMETER_SHARE)))
    return changed_pixels(focused, unfocused) >= needed


@dataclass
class Keyboard:
    """Keys for one window (``scope``: a widget or a callable giving the current one)."""

    qtbot: object
    scope: QWidget | Callable[[], QWidget]
    path: list[str] = field(default_factory=list)
    invisible: list[str] = field(default_factory=list)  # widgets whose focus could not be seen
    check_visible_focus: bool = True

    # -- what has the focus ---------------------------------------------------------------------
    @property
    def window(self) -> QWidget:
        return self.scope() if callable(self.scope) else self.scope

    def focus(self) -> QWidget:
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert widget is not None, f"nothing has the keyboard focus (walked: {self.path})"
        return widget

    def within(self, widget: QWidget) -> bool:
        window = self.window
        return widget is window or window.isAncestorOf(widget)

    # -- keys ------------------------------------------------------------------------------------
    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
        """One key to the focused widget (an open menu first); returns the widget that got it."""
        QApplication.processEvents()
        target = QApplication.activePopupWidget() or self.focus()
        self.qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]
        QApplication.processEvents()
        return target

    def keys(self, *keys: Qt.Key) -> None:
        for key in keys:
            self.press(key)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)  # type: ignore[attr-defined]

    def space(self) -> QWidget:
        return self.press(Qt.Key.Key_Space)

    def enter(self) -> QWidget:
        return self.press(Qt.Key.Key_Return)

    # -- walking -------------------------------------------------------------------------------
    def check(self, widget: QWidget) -> None:
        """What every stop of a walk must be: named, inside the window."""
        assert spoken_name(speaker(widget)), f"no accessible name: {describe(widget)} (walked: {self.path})"
        assert self.within(widget), (
            f"the focus left {type(self.window).__name__} for {describe(widget)} in "
            f"{type(widget.window()).__name__} (walked: {self.path})"
        )

    def tab(self, backwards: bool = False) -> QWidget:
        """Tab (or Shift+Tab) once, checking the widget left behind showed its focus."""
        before = self.focus()
        focused_picture = before.grab().toImage() if self.check_visible_focus else None
        if backwards:
            self.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            self.press(Qt.Key.Key_Tab)
        after = self.focus()
        left = focused_picture is not None and after is not before and before.isVisible()
        if left and not focus_is_visible(focused_picture, before.grab().toImage()):  # type: ignore[arg-type]
            self.invisible.append(describe(before))
        self.check(after)
        self.path.append(describe(after))
        return after

    def tab_to(self, target: Target, max_steps: int = 40, backwards: bool = False) -> QWidget:
        """Tab until ``target`` (an accessible name, a widget or a predicate) has the focus."""
        start = len(self.path)
        for _ in range(max_steps):
            widget = self.tab(backwards)
            if _matches(widget, target):
                self.confirm_visible_focus()
                return widget
        raise AssertionError(f"{target!r} not reached in {max_steps} steps: {self.path[start:]}")

    def confirm_visible_focus(self) -> None:
        """Check the focused widget too: Tab away and Shift+Tab back (real focus changes only)."""
        if not self.check_visible_focus:
            return
        here = self.focus()
        self.tab()
        self.tab(backwards=True)
        assert self.focus() is here, f"Shift+Tab did not come back to {describe(here)}: {self.path[-3:]}"
        del self.path[-2:]

    def assert_focus_visible(self) -> None:
        assert self.invisible == [], f"focus not visible on: {sorted(set(self.invisible))}"

    def tab_cycle(self, max_steps: int = 80) -> list[QWidget]:
        """Every widget Tab reaches, once round the window back to where it started."""
        start = self.focus()
        seen: list[QWidget] = []
        for _ in range(max_steps):
            widget = self.tab()
            if widget is start or widget in seen:
                return seen
            seen.append(widget)
        raise AssertionError(f"Tab never came back round: {self.path[-max_steps:]}")


def _matches(widget: QWidget, target: Target) -> bool:
    if isinstance(target, str):
        return spoken_name(speaker(widget)) == target
    if isinstance(target, QWidget):
        return widget is target
    return bool(target(widget))


def named(*names: str) -> Callable[[QWidget], bool]:
    """A target matching any of several accessible names (e.g. the English and Korean ones)."""
    return lambda widget: spoken_name(speaker(widget)) in names
