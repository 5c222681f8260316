"""Screenshots of the hard-call rights panel (Art. 41) in English and Korean, from the real app on the demo.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/rights_screenshots.py [--out docs/screenshots]

The demo organisation names an example local emotional-labour rights centre (policy [rights]) so the
panel shows where it appears; the hard call is logged in the throwaway demo profile.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")

EXAMPLE_CENTRE = {
    "local_centre_name_en": "Seoul Emotional Labour Rights Centre",
    "local_centre_name_ko": "서울감정노동종사자권리보호센터",
    "local_centre_phone": "02-0000-0000",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for lang in ("en", "ko"):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_DATA_HOME"] = tmp
            os.environ["XDG_CONFIG_HOME"] = tmp
            app = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not app.start():
                return 1
            ctx = app.features[0].ctx
            sections = {**ctx.policy.sections, "rights": EXAMPLE_CENTRE}
            ctx.policy = dataclasses.replace(ctx.policy, sections=sections)
            incidents = ctx.services["incidents"]
            incidents.ctx.policy = ctx.policy
            dialog = incidents.open_hard_call()
            dialog.kind_buttons["verbal_abuse"].click()
            dialog.effect_buttons["shaken"].click()
            QTest.qWait(400)
            panel = dialog.rights
            panel.resize(560, panel.heightForWidth(560) if panel.hasHeightForWidth() else panel.sizeHint().height())
            QTest.qWait(200)
            path = opts.out / f"{lang}-rights-panel.png"
            panel.grab().save(str(path))
            print(path)
            dialog.close()
            app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
