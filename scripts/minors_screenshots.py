"""Screenshots of the screens the #19 minor fixes changed, in English and Korean (docs/screenshots/minors-*).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/minors_screenshots.py

The demo organisation in a temp folder, the real app on a real X server; each page is scrolled to
the part that changed. The two PDFs (evidence report, coordinator report) are rendered with pdftoppm.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")
OUT = Path("docs/screenshots")


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def reveal(widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.verticalScrollBar().setValue(max(0, widget.mapTo(parent.widget(), widget.rect().topLeft()).y() - 16))

    def grab(window: QWidget, name: str) -> None:
        settle()
        path = OUT / f"minors-{name}.png"
        window.screen().grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                                   window.frameGeometry().height()).save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        for lang in ("en", "ko"):
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not app.start():
                return 1
            window = app.window
            assert window is not None
            window.resize(1100, 720)
            window.move(20, 20)
            features = {type(f).__name__: f for f in app.features}
            window.show_page("privacy")
            settle()
            privacy = window.findChild(QWidget, "privacy-randomized-note")
            page = privacy.parentWidget().parentWidget() if privacy is not None else None
            if page is not None and hasattr(page, "next_card"):
                reveal(page.next_card)
                page.bytes_more.toggle.click()
            grab(window, f"{lang}-privacy")
            window.show_page("breaks")
            settle()
            grab(window, f"{lang}-my-day-chart")
            for key, name in (("history", "history-chart"), ("eap", "eap"), ("programs", "exercise-cards")):
                window.show_page(key)
                grab(window, f"{lang}-{name}")
            journal = features.get("IncidentsFeature")
            if journal is not None:
                window.show_page("incidents")
                from wellcare.incidents import build_report
                from wellcare.ui.incidents.journal import JournalPage
                from wellcare.ui.incidents.report_pdf import write_pdf

                pages = window.findChildren(JournalPage)
                if pages:
                    pages[0].table.selectRow(0)
                    pages[0].table.selectRow(2)
                    grab(window, f"{lang}-hard-call-journal")
                store = journal.store()
                ids = [i.id for i in store.all()][:8]
                pdf = Path(tmp) / f"evidence-{lang}.pdf"
                write_pdf(build_report(store, ids, app.clock.now()), pdf, window.font())
                prefix = Path(tmp) / f"evidence-{lang}"
                subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "2", "-png", str(pdf), str(prefix)],
                               check=True)
                for n, png in enumerate(sorted(Path(tmp).glob(f"evidence-{lang}-*.png")), start=1):
                    shutil.copy(png, OUT / f"minors-{lang}-evidence-pdf-{n}.png")
                    print(OUT / f"minors-{lang}-evidence-pdf-{n}.png")
            app.shutdown()
        for lang in ("en", "ko"):  # the coordinator's report PDF
            app = WellCareApp(build_parser().parse_args(["--demo", "--coordinator", "--lang", lang]), qapp)
            if not app.start():
                return 1
            window = app.window
            assert window is not None
            window.show_page("dashboard")
            settle(1500)
            from wellcare.ui.dashboard.page import DashboardPage

            dashboard = window.findChildren(DashboardPage)[0]
            pdf = Path(tmp) / f"floor-{lang}.pdf"
            dashboard.export_pdf(pdf)
            prefix = Path(tmp) / f"floor-{lang}"
            subprocess.run(["pdftoppm", "-r", "45", "-png", str(pdf), str(prefix)], check=True)
            pngs = sorted(Path(tmp).glob(f"floor-{lang}-*.png"))
            for label, png in (("chart", pngs[1]), ("table", pngs[-1])):
                shutil.copy(png, OUT / f"minors-{lang}-coordinator-pdf-{label}.png")
                print(OUT / f"minors-{lang}-coordinator-pdf-{label}.png")
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
