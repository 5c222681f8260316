"""Screenshots for issue #19's Today, first-run, EAP form and inbox changes, in English and Korean.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/today_screenshots.py [--out docs/screenshots]

Starts the real app on a throwaway demo organisation (both roles) and a throwaway new profile (the
first-run wizard), shows each screen and grabs it from the X server: docs/screenshots/today-*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--langs", default="en,ko")
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser
    from wellcare.ui.eap.page import EapPage
    from wellcare.ui.i18n import Translations
    from wellcare.ui.setup import SetupWizard
    from wellcare.vault import VaultManager

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        frame = widget.frameGeometry()
        path = opts.out / f"today-{name}.png"
        widget.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ["XDG_DOCUMENTS_DIR"] = tmp
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        for lang in opts.langs.split(","):  # Today first, in both languages: opening EAP support makes replies seen
            for role in ("counselor", "coordinator"):
                extra = ["--coordinator"] if role == "coordinator" else []
                app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang, *extra]), qapp)
                if not app.start():
                    print("the app did not start", file=sys.stderr)
                    return 1
                window = app.window
                assert window is not None
                window.resize(1100, 760)
                window.move(20, 20)
                window.show_page("home")
                grab(window, f"{lang}-{role}")
                app.shutdown()
                settle(100)
        for lang in opts.langs.split(","):
            for role in ("counselor", "coordinator"):
                extra = ["--coordinator"] if role == "coordinator" else []
                app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang, *extra]), qapp)
                if not app.start():
                    print("the app did not start", file=sys.stderr)
                    return 1
                window = app.window
                assert window is not None
                window.resize(1100, 760)
                window.move(20, 20)
                if role == "counselor":
                    window.show_page("eap")
                    [page] = window.findChildren(EapPage)
                    page.open_form()
                    form = page.form
                    assert form is not None
                    form.urgency_buttons[next(u for u in form.urgency_buttons if u.value == "urgent")].setChecked(True)
                    form.contact.clear()
                    form.send()
                    settle()
                    grab(window, f"{lang}-eap-form-urgent")
                    area = form.parentWidget().parentWidget().parentWidget()
                    if hasattr(area, "ensureWidgetVisible"):
                        area.ensureWidgetVisible(form.field_problems["contact"])
                    grab(window, f"{lang}-eap-form-problems")
                    page.close_form()
                    grab(window, f"{lang}-eap-list")
                else:
                    window.show_page("inbox")
                    grab(window, f"{lang}-inbox")
                app.shutdown()
                settle(100)

            translations = Translations(qapp)
            translations.install(lang)
            profile = Path(tmp) / f"first-run-{lang}"
            wizard = SetupWizard(VaultManager(profile), "120 다산콜센터", "EAP 상담실")
            wizard.move(40, 40)
            wizard.show()
            wizard.next()
            protection = wizard.currentPage()
            protection.passphrase.setChecked(True)
            grab(wizard, f"{lang}-first-run-passphrase")
            protection.first.setText("a short sentence I remember")
            protection.second.setText("a short sentence I remember")
            wizard.next()
            view = wizard.recovery_page.view
            if view is not None:
                view.copy_button.click()
            grab(wizard, f"{lang}-first-run-recovery")
            if wizard.created is not None:
                wizard.created.vault.close()
            wizard.close()
            translations.remove_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
