"""Screenshots of the organisation's measures (#17) in English and Korean, from the real app on the demo.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/org_screenshots.py [--out docs/screenshots]

The demo policy states a response manual, a call-ending script and whom to tell ([hard_call]). Per
language: the hard-call dialog's after page (the manual step), the notice preview with the call
reference added, then the coordinator's "Hand-over notices" page after importing that notice.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_API", "pyside6")


def legal_request(app) -> None:  # type: ignore[no-untyped-def]
    """The counselor asks for legal support with the evidence report and "keep the recording" ticked."""
    from wellcare.eap import ContactMethod, RequestContent, RequestType, TimeWindow, Urgency
    from wellcare.ui.eap.feature import EapFeature
    from wellcare.ui.incidents.legal import EVIDENCE_REPORT, KEEP_RECORDING, legal_choices

    eap = next(f for f in app.features if isinstance(f, EapFeature))
    assert eap.service is not None
    ctx = app.features[0].ctx
    chosen = [c.as_attachment() for c in legal_choices(ctx.services.incidents.incidents(), ctx.clock.now())
              if c.type in (EVIDENCE_REPORT, KEEP_RECORDING)][:2]  # fmt: skip
    eap.service.submit(
        RequestContent(
            type=RequestType.LEGAL_SUPPORT, urgency=Urgency.SOON, times=(TimeWindow.AFTER_SHIFT,),
            contact_method=ContactMethod.PHONE, contact="010-0000-0000", attachments=tuple(chosen),
            lang=app.features[0].ctx.language(),
        )
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser
    from wellcare.ui.incidents.feature import IncidentsFeature
    from wellcare.ui.incidents.notice_office import CoordinatorNoticesFeature

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
            incidents = next(f for f in app.features if isinstance(f, IncidentsFeature))
            dialog = incidents.open_hard_call()
            dialog.kind_buttons["verbal_abuse"].click()
            dialog.call_ref.setText("2026-1205-0932-117")
            dialog.effect_buttons["shaken"].click()
            dialog.resize(1000, 760)
            QTest.qWait(500)
            path = opts.out / f"org-{lang}-manual-step.png"
            dialog.grab().save(str(path))
            print(path)
            notice = incidents.open_notice()
            assert notice is not None
            notice.add_ref.click()
            notice.resize(620, notice.sizeHint().height())
            QTest.qWait(300)
            path = opts.out / f"org-{lang}-notice-preview.png"
            notice.grab().save(str(path))
            print(path)
            notice.send_button.click()
            QTest.qWait(300)
            path = opts.out / f"org-{lang}-notice-sent.png"
            notice.resize(620, notice.sizeHint().height())
            QTest.qWait(200)
            notice.grab().save(str(path))
            print(path)
            notice.close()
            dialog.close()
            legal_request(app)
            app.shutdown()

            office = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang, "--coordinator"]), qapp)
            if not office.start():
                return 1
            for feature in office.features:
                if hasattr(feature, "import_now"):
                    feature.import_now()
            notices = next(f for f in office.features if isinstance(f, CoordinatorNoticesFeature))
            notices.refresh()
            window = office.window
            assert window is not None
            window.resize(1100, 720)
            window.move(20, 20)
            window.show_page("handover_notices")
            QTest.qWait(600)
            path = opts.out / f"org-{lang}-coordinator-notices.png"
            window.grab().save(str(path))
            print(path)
            from wellcare.eap.protocol import ReplyStatus, RequestType
            from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
            from wellcare.ui.eap.inbox_page import InboxPage

            inbox = next(f for f in office.features if isinstance(f, CoordinatorInboxFeature))
            assert inbox.model is not None
            case = next(r for r in inbox.model.requests() if r.kind is RequestType.LEGAL_SUPPORT and r.triage.is_open)
            reviewed = {
                "ko": "변호사가 증거 보고서를 검토했습니다.",
                "en": "Counsel has reviewed the evidence report.",
            }[lang]
            inbox.model.legal_step(case.envelope_id, ReplyStatus.REVIEWED, reviewed)
            window.show_page("inbox")
            page = window.findChild(InboxPage)
            assert page is not None
            page.refresh()
            page.select(case.envelope_id)
            QTest.qWait(300)
            from PySide6.QtWidgets import QScrollArea

            for area in page.findChildren(QScrollArea):  # down to the reply box and its legal steps
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
            QTest.qWait(300)
            path = opts.out / f"org-{lang}-coordinator-legal-case.png"
            window.grab().save(str(path))
            print(path)
            office.shutdown()

            again = WellCareApp(build_parser().parse_args(["--demo", "--lang", lang]), qapp)
            if not again.start():
                return 1
            from wellcare.ui.eap.feature import EapFeature
            from wellcare.ui.eap.page import EapPage

            eap = next(f for f in again.features if isinstance(f, EapFeature))
            eap.check_now()
            window = again.window
            assert window is not None
            window.resize(1100, 760)
            window.show_page("eap")
            page = window.findChild(EapPage)
            assert page is not None and eap.service is not None
            mine = next(r for r in eap.service.requests() if r.content.type is RequestType.LEGAL_SUPPORT)
            page.refresh()
            page.select(mine.id)
            QTest.qWait(600)
            path = opts.out / f"org-{lang}-legal-case-timeline.png"
            window.grab().save(str(path))
            print(path)
            again.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
