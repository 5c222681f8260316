"""Screenshots of a surge notice on a counselor's app (issue #18, item 4), in English and Korean.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/surge_screenshots.py [--out docs/screenshots]

Builds a throwaway demo organisation, gives its policy the example [surge] settings, announces a
surge with the real `wellcare coordinator surge` (signed with the demo coordinator's key), starts
the real counselor app, lets it read the notice from the share and grabs Today from the X server:
docs/screenshots/surge-notice-{en,ko}.png. With --council the notice comes from a council instead
(`council init`, `council surge --out`, the centre's `coordinator pin-council` and `coordinator surge
--from-council`): docs/screenshots/surge-notice-council-{en,ko}.png.
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
COUNCIL = {"en": "Seoul Call Centre Council", "ko": "서울 콜센터 협의회"}


def _cli(argv: list[str]) -> int:
    from wellcare.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(argv, out, err)
    print(out.getvalue(), err.getvalue(), file=sys.stderr)
    return code


def announce(layout: object, lang: str, start: datetime, end: datetime, council: bool, tmp: str) -> int:
    """The coordinator's own notice, or the council's notice forwarded by the coordinator."""
    secret = ["--passphrase-file", str(layout.passphrase_file)]  # type: ignore[attr-defined]
    office = ["--profile", str(layout.coordinator), *secret, "--policy", str(layout.policy)]  # type: ignore[attr-defined]
    times = ["--start", start.isoformat(timespec="minutes"), "--end", end.isoformat(timespec="minutes"),
             "--reason-en", REASON_EN, "--reason-ko", REASON_KO]
    if not council:
        return _cli([*office, "coordinator", "surge", *times])
    profile = ["--profile", str(Path(tmp) / f"council-{lang}"), *secret]
    notice = str(Path(tmp) / f"council-surge-{lang}.json")
    if _cli([*profile, "council", "init", "--name", COUNCIL[lang]]) != 0:
        return 1
    out = io.StringIO()
    from wellcare.cli import run

    run([*profile, "council", "identity"], out, sys.stderr)
    fingerprint = out.getvalue().rsplit(": ", 1)[1].strip()
    steps = [[*office, "coordinator", "pin-council", "--fingerprint", fingerprint, "--name", COUNCIL[lang]],
             [*profile, "council", "surge", *times, "--out", notice],
             [*office, "coordinator", "surge", "--from-council", notice]]
    return next((code for step in steps if (code := _cli(step)) != 0), 0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--langs", default="en,ko")
    parser.add_argument("--council", action="store_true", help="the council's notice, forwarded by the centre")
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser
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
        path = opts.out / f"surge-notice-{'council-' if opts.council else ''}{name}.png"
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
            if announce(layout, lang, now - timedelta(minutes=30), end, opts.council, tmp) != 0:
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
