"""Render the Programs screens offscreen at the main window's size, for checking layout and the README.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python -m tests.programs.screens OUT_DIR

Writes en-/ko- programs-exercises.png, programs-program.png, programs-offers.png and
programs-player.png: a counselor on day 3 of the 7-day reset, an org offer, a breath mid-exercise.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def render(out: Path, language: str) -> list[Path]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tests.programs.helpers import Org, at, make_offer
    from wellcare.calls import CallState
    from wellcare.programs import ProgramSchedule, publish_offer
    from wellcare.schedule.clock import ManualClock
    from wellcare.ui.feature import AppContext
    from wellcare.ui.i18n import Translations
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.notify import Notifier
    from wellcare.ui.programs import tasks
    from wellcare.ui.programs.feature import ProgramsFeature
    from wellcare.ui.programs.ticker import ManualTicker
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler
    from wellcare.ui.theme import apply_theme
    from wellcare.vault import VaultManager

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    Translations(app).install(language)  # type: ignore[arg-type]
    root = Path(tempfile.mkdtemp(prefix="wellcare-screens-"))
    org = Org.create(root)
    clock = ManualClock(at(5, 12, 40))  # Wednesday lunchtime
    place = "서울숲 (성동구)" if language == "ko" else "Seoul Forest, Seongdong-gu"
    publish_offer(org.transport, org.keys.signing, make_offer(place=place), now=clock.now())
    publish_offer(
        org.transport,
        org.keys.signing,
        make_offer(
            offer_id="voice-care",
            kind="workshop",
            title={"en": "Voice care workshop", "ko": "목소리 관리 워크숍"},
            description={
                "en": "A speech-language therapist shows how to protect your voice through a long shift.",
                "ko": "언어재활사가 긴 근무 동안 목소리를 지키는 방법을 알려 드립니다.",
            },
            dates=[{"start": "2025-03-27T16:00:00+09:00", "end": "2025-03-27T17:30:00+09:00"}],
            place="교육장 3" if language == "ko" else "Training room 3",
            seats=30,
            seats_left=None,
        ),
        now=clock.now(),
    )
    manager = VaultManager(root / "profile")
    vault = manager.create("passphrase", passphrase="screenshots-only").vault
    scheduler = QtMainThreadScheduler(clock=clock)
    scheduler.start()
    calls = CallState(clock)
    ctx = AppContext(
        profile_dir=root / "profile",
        policy=org.policy,
        vault=lambda: vault,
        clock=clock,
        scheduler=scheduler,
        notifier=Notifier(calls),
        calls=calls,
        language=lambda: language,
    )
    feature = ProgramsFeature(ctx)
    ticker = ManualTicker()
    feature.ticker_factory = lambda _parent: ticker
    feature.start()
    service = feature.service
    assert service is not None
    # two days of the 7-day reset done, and a few exercises this week
    clock.set(at(3, 12, 35))
    view = service.start("reset7", ProgramSchedule(time(12, 30), frozenset({1, 2, 3, 4, 5})))
    service.complete_session(view.run.id, 0, 180)
    clock.set(at(4, 12, 50))
    service.complete_session(view.run.id, 1, 151)
    service.record_session("eye_rest_202020", 60)
    clock.set(at(5, 12, 40))
    feature.offers.refresh()
    while tasks.pending():
        app.processEvents()

    window = MainWindow(tray_available=True, can_lock=False)
    window.add_page("home", QCoreApplication.translate("WellCareApp", "Today"), _blank())
    [spec] = feature.pages()
    window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(980, 680)
    window.show()
    window.show_page("programs")
    page = spec.widget
    shots = []

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{language}-{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    page.tabs.setCurrentIndex(0)
    shot("programs-exercises")
    page.tabs.setCurrentIndex(1)
    shot("programs-program")
    page.tabs.setCurrentIndex(2)
    shot("programs-offers")
    if os.environ.get("WELLCARE_SCREENS_DIALOGS"):
        for opener, name in (
            (lambda: page.enroll("forest-2025-03"), "dialog-enroll"),
            (lambda: page.show_exercise_evidence("breathing_478"), "dialog-evidence"),
            (lambda: page.change_schedule(), "dialog-schedule"),
        ):
            opener()
            for _ in range(3):
                app.processEvents()
            dialog = page.dialog
            assert dialog is not None
            dialog.grab().save(str(out / f"{language}-{name}.png"))
            dialog.reject()
    page.tabs.setCurrentIndex(1)
    page.play_session()
    player = page.player
    assert player is not None
    for _ in range(int((10 + 16 + 2.6) / 0.2)):  # halfway through box breathing's second in-breath
        clock.advance(timedelta(seconds=0.2))
        ticker.fire()
    shot("programs-player")
    page.close_player()
    feature.stop()
    window.hide()
    window.deleteLater()
    scheduler.shutdown()
    vault.close()
    return shots


def _blank():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    return QWidget()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ko"):
        for path in render(out, language):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
