"""Screenshots of the flows that are not pages: the self-check wizard and its result, the hard-call
dialog, the protected break's overlay and what it offers after its exercise, in English and Korean,
from the real app on the demo organisation.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/dialog_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import sys

from screens import demo_apps, feature, out_folder, qt_application


def main() -> int:
    out = out_folder()
    qapp = qt_application()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellcare.ui.assess.feature import AssessFeature
    from wellcare.ui.breaks.feature import BreaksFeature
    from wellcare.ui.incidents.feature import IncidentsFeature

    for lang, app in demo_apps(qapp):
        window = app.window
        assert window is not None
        window.resize(1100, 720)

        def shot(name: str, widget: object, lang: str = lang) -> None:
            QTest.qWait(400)
            path = out / f"{lang}-{name}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print(path)

        def key(k: Qt.Key, window: object = window) -> None:
            QTest.keyClick(QApplication.focusWidget() or window, k)
            QTest.qWait(80)

        feature(app, AssessFeature).open_instrument("who5")
        QTest.qWait(300)
        key(Qt.Key.Key_Return)  # Start
        key(Qt.Key.Key_2)  # the answer worth 2, "Less than half of the time"
        shot("wizard", window)
        key(Qt.Key.Key_Return)
        for _ in range(4):
            key(Qt.Key.Key_3)
            key(Qt.Key.Key_Return)
        shot("result", window)

        dialog = feature(app, IncidentsFeature).open_hard_call()
        shot("hard-call", dialog)
        dialog.close()

        breaks = feature(app, BreaksFeature)
        breaks.start_protected_break(15, "decompression", "screenshot")
        overlay = breaks.overlay
        if overlay is not None and overlay.is_open:
            windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "break-overlay" and w.isVisible()]
            shot("overlay", windows[0])
            overlay._exercise_finished(True)  # the exercise played through: what the rest of the break offers
            shot("overlay-after-exercise", windows[0])
            overlay.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
