"""Listening to what Qt tells assistive technology, the way a platform bridge does.

``QAccessible::installUpdateHandler`` is the hook Qt's own accessibility tests use: with it,
every ``QAccessible::updateAccessibility(event)`` goes to the handler instead of the platform
bridge (AT-SPI, UI Automation, NSAccessibility). PySide6 does not bind it, but QtGui exports it,
so it is installed here through ctypes; the handler wraps the event pointer back into a PySide6
``QAccessibleEvent`` and records what a screen reader would have been told, at that moment:
the event type, the object, and its interface's role, name and description.

Qt only dispatches while accessibility is active: ``QAccessible.setActive(True)`` is what a
screen reader connecting does, and it is undone afterwards.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

_INSTALL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Heard:
    event: QAccessible.Event
    obj: QObject | None
    role: QAccessible.Role | None
    name: str
    description: str
    message: str  # an announcement's text


def _qtgui() -> ctypes.CDLL:
    candidates = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Gui.so*"))
    if not candidates:  # a system Qt (not the wheel's): the already-loaded library
        return ctypes.CDLL(None)
    return ctypes.CDLL(str(candidates[0]))


@contextmanager
def screen_reader() -> Iterator[list[Heard]]:
    """Everything Qt sends to assistive technology while the block runs."""
    heard: list[Heard] = []
    errors: list[BaseException] = []

    def handler(pointer: int) -> None:
        try:
            event = shiboken6.wrapInstance(pointer, QAccessibleEvent)
            kind = event.type()
            if kind == QAccessible.Event.ObjectDestroyed:
                return  # the object is half gone: nothing to ask it
            message = ""
            if kind == QAccessible.Event.Announcement:
                message = shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent).message()
            iface = event.accessibleInterface()
            role = iface.role() if iface is not None and iface.isValid() else None
            name = iface.text(QAccessible.Text.Name) if role is not None else ""
            description = iface.text(QAccessible.Text.Description) if role is not None else ""
            heard.append(Heard(kind, event.object(), role, name or "", description or "", message))
        except BaseException as exc:  # never let an exception cross back into Qt
            errors.append(exc)

    callback = _HANDLER(handler)
    install = getattr(_qtgui(), _INSTALL)
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    previous = install(ctypes.cast(callback, ctypes.c_void_p))
    QAccessible.setActive(True)
    try:
        yield heard
    finally:
        QAccessible.setActive(False)
        install(previous)
    assert errors == [], errors


def alerts_for(heard: list[Heard], obj: QObject) -> list[Heard]:
    return [h for h in heard if h.event == QAccessible.Event.Alert and h.obj is obj]


def announcements(heard: list[Heard]) -> list[str]:
    return [h.message for h in heard if h.event == QAccessible.Event.Announcement]
