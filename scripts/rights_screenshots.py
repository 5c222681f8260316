"""Screenshots of the hard-call rights panel (Art. 41) in English and Korean, from the real app on the demo.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/rights_screenshots.py [--out docs/screenshots]

The demo organisation names an example local emotional-labour rights centre (policy [rights]) so the
panel shows where it appears; the hard call is logged in the throwaway demo profile.
"""

from __future__ import annotations

import dataclasses
import sys

from screens import demo_apps, feature, out_folder, qt_application

EXAMPLE_CENTRE = {
    "local_centre_name_en": "Seoul Emotional Labour Rights Centre",
    "local_centre_name_ko": "서울감정노동종사자권리보호센터",
    "local_centre_phone": "02-0000-0000",
}


def main() -> int:
    out = out_folder()
    qapp = qt_application()

    from PySide6.QtTest import QTest

    from wellcare.ui.incidents.feature import IncidentsFeature

    for lang, app in demo_apps(qapp):
        ctx = app.features[0].ctx
        sections = {**ctx.policy.sections, "rights": EXAMPLE_CENTRE}
        ctx.policy = dataclasses.replace(ctx.policy, sections=sections)
        incidents = feature(app, IncidentsFeature)
        incidents.ctx.policy = ctx.policy
        dialog = incidents.open_hard_call()
        dialog.kind_buttons["verbal_abuse"].click()
        dialog.effect_buttons["shaken"].click()
        QTest.qWait(400)
        panel = dialog.rights
        panel.resize(560, panel.heightForWidth(560) if panel.hasHeightForWidth() else panel.sizeHint().height())
        QTest.qWait(200)
        path = out / f"{lang}-rights-panel.png"
        panel.grab().save(str(path))
        print(path)
        dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
