"""Screenshots of answer values and of a self-harm answer's result, in English and Korean, from the
real app on the demo organisation: the WHO-5 wizard on an item (answers numbered 5 … 0, the values
that are scored) and the PHQ-9 result after its crisis panel was read.

    xvfb-run -a -s "-screen 0 1280x1000x24" .venv/bin/python scripts/care_screenshots.py [--out docs/screenshots]
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

    for lang, app in demo_apps(qapp):
        window = app.window
        assert window is not None

        def shot(name: str, lang: str = lang, window: object = window) -> None:
            QTest.qWait(400)
            path = out / f"{lang}-{name}.png"
            window.grab().save(str(path))  # type: ignore[attr-defined]
            print(path)

        def key(k: Qt.Key, window: object = window) -> None:
            QTest.keyClick(QApplication.focusWidget() or window, k)
            QTest.qWait(60)

        window.resize(1100, 760)
        session = feature(app, AssessFeature).open_instrument("who5")
        QTest.qWait(300)
        key(Qt.Key.Key_Return)  # Start
        key(Qt.Key.Key_4)  # "Most of the time", the answer worth 4
        shot("who5-wizard")
        key(Qt.Key.Key_Escape)  # pause: the demo's own history stays as it was

        window.resize(1100, 960)
        session = feature(app, AssessFeature).open_instrument("phq9")
        QTest.qWait(300)
        key(Qt.Key.Key_Return)
        for _ in range(8):
            key(Qt.Key.Key_0)
            key(Qt.Key.Key_Return)
        key(Qt.Key.Key_1)  # item 9: "Several days"
        key(Qt.Key.Key_Return)
        assert session is not None and session.safety is not None
        session.safety.read_button.click()
        shot("phq9-item9-result")
    return 0


if __name__ == "__main__":
    sys.exit(main())
