"""The Qt binding must not leak or drop references: a tray app makes millions of Qt calls a shift.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every void call and to True on
every signal emit, so the app aborted ("none_dealloc") after some thousands of calls.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal(bool)


def test_void_calls_and_emits_keep_reference_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.ping.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
        emitter.ping.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
