"""Screenshots of a surge notice on a counselor's app (issue #18, item 4), in English and Korean.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/surge_screenshots.py [--out docs/screenshots]

Builds a throwaway demo organisation, gives its policy the example [surge] settings, announces a
surge with the real `wellcare coordinator surge` (signed with the demo coordinator's key), starts
the real counselor app, lets it read the notice from the share and grabs Today from the X server:
docs/screenshots/surge-notice-{en,ko}.png.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")

SURGE = (
    "\n[surge]\nbreak_interval_minutes = 20\nrest_interval_minutes = 90\n"
    "decompression_after_every_hard_call = true\n"
)
REASON_EN = "Heavy snow in Seoul: many calls about closed roads and buses"
REASON_KO = "서울 폭설로 도로·버스 통제 문의가 많습니다"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--langs", default="en,ko")
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser, run
    from wellcare.demo import ensure_demo
    from wellcare.paths import demo_root
    from wellcare.ui.programs.tasks import pending

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        frame = widget.frameGeometry()
        path = opts.out / f"surge-notice-{name}.png"
        widget.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ["XDG_DOCUMENTS_DIR"] = tmp
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        for lang in opts.langs.split(","):
            layout = ensure_demo(demo_root(), lang)
            policy = layout.policy.read_text(encoding="utf-8")
            if "[surge]" not in policy:
                layout.policy.write_text(policy + SURGE, encoding="utf-8")
            now = datetime.now().astimezone()
            end = (now + timedelta(hours=5)).replace(minute=0, second=0, microsecond=0)
            out, err = io.StringIO(), io.StringIO()
            code = run(
                ["--profile", str(layout.coordinator), "--passphrase-file", str(layout.passphrase_file),
                 "--policy", str(layout.policy), "coordinator", "surge",
                 "--start", (now - timedelta(minutes=30)).isoformat(timespec="minutes"),
                 "--end", end.isoformat(timespec="minutes"), "--reason-en", REASON_EN, "--reason-ko", REASON_KO],
                out, err,
            )
            print(out.getvalue(), err.getvalue(), file=sys.stderr)
            if code != 0:
                return 1
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not app.start():
                print("the app did not start", file=sys.stderr)
                return 1
            for _ in range(40):
                settle(100)
                if pending() == 0:
                    break
            window = app.window
            assert window is not None
            window.resize(1100, 800)
            window.move(20, 0)
            window.show_page("home")
            grab(window, lang)
            app.shutdown()
            settle(100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
