"""Render the EAP screens for the README at the main window's real size, with realistic data.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.eap.screens --lang ko --out /tmp/screens``.
Not a test. Builds a throwaway organisation (coordinator made by `coordinator init`, a counselor,
one exchange folder) in a temp dir with the test keyring, sends two requests through the real
services, answers one, and saves: eap-form.png, eap-form-urgent.png, eap-timeline.png,
coordinator-inbox.png. Times are shown in Asia/Seoul.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["ko", "en"], default="ko")
    parser.add_argument("--out", type=Path, default=Path("screens"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="wellcare-screens-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_backend.FileTestKeyring"
    os.environ["WELLCARE_TEST_KEYRING_FILE"] = str(tmp / "keyring.json")
    os.environ["TZ"] = "Asia/Seoul"
    time.tzset()

    from PySide6.QtWidgets import QApplication, QLabel

    from tests.eap.helpers import content, make_org
    from wellcare.coordinator.desk import OfficeDesk
    from wellcare.eap import Appointment, Attachment, AttachmentChoice, RequestType, Urgency
    from wellcare.ui.eap.inbox_model import InboxModel
    from wellcare.ui.eap.inbox_page import InboxPage
    from wellcare.ui.eap.model import EapModel
    from wellcare.ui.eap.page import EapPage
    from wellcare.ui.i18n import Translations
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.theme import apply_theme

    app = QApplication([])
    Translations(app).install(args.lang)
    apply_theme(app)
    ko = args.lang == "ko"
    org = make_org(tmp)
    service = org.counselor()
    first = service.submit(
        content(
            note="지난주부터 폭언 민원이 계속되어 잠을 잘 못 잡니다. 점심시간에 상담 받고 싶어요."
            if ko
            else "Abusive callers all week; I am not sleeping well. Lunchtime would suit me.",
            type=RequestType.COUNSELING,
            attachments=(),
        )
    )
    incident = "3월 3일 10:12 · 폭언 · 많이 힘듦" if ko else "3 March 10:12 · verbal abuse · very hard"
    service.submit(
        content(
            note="오늘 오전 통화에서 욕설과 협박을 들었습니다. 법적으로 어떻게 대응할 수 있는지 알고 싶어요."
            if ko
            else "A caller threatened me this morning. What can I do legally?",
            urgency=Urgency.URGENT,
            attachments=(Attachment("incident", incident, incident),),
        )
    )
    org.import_once()
    service.sync()
    start = org.clock.now().replace(hour=14) + timedelta(days=1)
    where, note = ("본관 3층 상담실 (301호)", "편한 복장으로 오세요.")
    if not ko:
        where, note = ("Main building, room 301", "Come as you are.")
    org.eap_inbox().schedule(first.envelope_id, Appointment(start, 50, where, note))
    service.sync()

    def sources(vault: object, language: str) -> list[AttachmentChoice]:
        return [
            AttachmentChoice(
                "assessment:1",
                "assessment_summary",
                "자가진단 WHO-5, 3월 3일" if ko else "Self-check WHO-5, 3 March",
                "WHO-5: 40 (낮음)\n선별 결과이며 진단이 아닙니다." if ko else "WHO-5: 40 (low)\nA screening result.",
            ),
            AttachmentChoice(
                "incident:7",
                "incident",
                "3월 3일 10:12 · 폭언 · 많이 힘듦" if ko else "3 March 10:12 · verbal abuse · very hard",
                "3월 3일 10:12 · 폭언 · 많이 힘듦" if ko else "3 March 10:12 · verbal abuse · very hard",
            ),
        ]

    model = EapModel(service, org.policy, lambda: args.lang, [sources])
    args.out.mkdir(parents=True, exist_ok=True)
    windows: list[MainWindow] = []

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)

    def shoot(widget: object, key: str, title: str, name: str, scroll: bool = True) -> MainWindow:
        window = MainWindow(tray_available=True, can_lock=False)
        window.add_page("home", "오늘" if ko else "Today", QLabel(""))
        window.add_page(key, title, widget, scroll=scroll)  # type: ignore[arg-type]
        window.resize(980, 680)
        window.show_page(key)
        settle()
        window.grab().save(str(args.out / name))
        windows.append(window)
        return window

    timeline = EapPage(model)
    timeline.select(first.id)
    shoot(timeline, "eap", "EAP 상담" if ko else "EAP support", "eap-timeline.png")
    form = EapPage(model)
    form.open_form()
    shoot(form, "eap", "EAP 상담" if ko else "EAP support", "eap-form.png")
    urgent = EapPage(model)
    urgent.open_form(urgency=Urgency.URGENT)
    shoot(urgent, "eap", "EAP 상담" if ko else "EAP support", "eap-form-urgent.png")
    inbox_model = InboxModel(OfficeDesk(org.coordinator_vault, org.clock, org.coordinator_profile))
    inbox_model.import_now()
    inbox = InboxPage(inbox_model, args.lang)
    shoot(inbox, "inbox", "EAP 요청함" if ko else "EAP inbox", "coordinator-inbox.png", scroll=False)
    org.close()
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
