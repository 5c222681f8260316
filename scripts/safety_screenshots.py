"""Screenshots of the PHQ-9 safety panel after an urgent EAP call-back request: once sent (the demo's
exchange folder is there) and once waiting to be sent (the folder renamed away for that request), in
English and Korean, from the real app on the demo organisation.

The demo policy states no EAP office hours; for these pictures the panel is shown as it is when the
organisation states weekday hours 09:00-18:00 and a 2-hour urgent response, on a Monday at 10:00.

    xvfb-run -a -s "-screen 0 1280x1000x24" .venv/bin/python scripts/safety_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path
from typing import Any

from screens import demo_apps, feature, out_folder, qt_application

PHONE = "010-2345-6789"
MONDAY_10 = datetime(2026, 11, 30, 10, 0).astimezone()


def urgent_request(window: Any, assess: Any, path: Path) -> None:
    """PHQ-9 with item 9 endorsed, the phone typed on the safety panel, one click, then the picture."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    from wellcare.ui.assess.safety import SafetyPanel

    def key(k: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget() or window, k)
        QTest.qWait(60)

    assess.open_instrument("phq9")
    QTest.qWait(300)
    key(Qt.Key.Key_Return)  # Start
    for answer in [Qt.Key.Key_1] * 8 + [Qt.Key.Key_2]:  # item 9: "Several days"
        key(answer)
        key(Qt.Key.Key_Return)
    panel = window.findChild(SafetyPanel)
    assert panel is not None
    panel.phone.setFocus()
    panel.phone.selectAll()
    QTest.keyClicks(panel.phone, PHONE)
    QTest.mouseClick(panel.eap_button, Qt.MouseButton.LeftButton)
    QTest.qWait(400)
    scroll = panel.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if isinstance(scroll, QScrollArea):
        scroll.ensureWidgetVisible(panel.read_button)
    QTest.qWait(300)
    window.grab().save(str(path))
    print(path)
    QTest.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    QTest.qWait(200)
    key(Qt.Key.Key_Escape)  # close the result


def main() -> int:
    out = out_folder()
    qapp = qt_application()

    from wellcare.eap.office import EapOffice
    from wellcare.ui.assess.feature import AssessFeature
    from wellcare.ui.eap.feature import EapFeature

    for lang, app in demo_apps(qapp):
        window = app.window
        assert window is not None
        window.resize(1100, 960)
        assess, eap = feature(app, AssessFeature), feature(app, EapFeature)
        links = assess.env.links
        workday = (time(9), time(18))
        links.office = EapOffice({day: workday for day in range(1, 6)}, 2, links.office.phone, links.office.email)
        links.now = lambda: MONDAY_10
        assert eap.service is not None
        exchange = Path(eap.service.coordinator().exchange)

        urgent_request(window, assess, out / f"{lang}-safety-urgent-sent.png")
        away = exchange.with_name(exchange.name + "-unreachable")
        exchange.rename(away)  # the share cannot be reached
        try:
            urgent_request(window, assess, out / f"{lang}-safety-urgent-queued.png")
        finally:
            away.rename(exchange)
    return 0


if __name__ == "__main__":
    sys.exit(main())
