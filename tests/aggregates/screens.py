"""Render the Privacy page and the floor dashboard for the README, at 1100×720, with realistic data.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.aggregates.screens --lang ko --out /tmp/screens``.
Not a test. Builds a throwaway organisation in a temp dir with the test keyring: a counselor who
opted in and sent last week's summary, and a coordinator whose inbox imported twelve weeks of
simulated one-field summaries from 757 counselors in eight teams (one of them tiny, so suppression
shows), at the policy's default ε.
Saves privacy, dashboard-summary, dashboard-wellbeing, dashboard-teams, dashboard-rates, dashboard-eap,
dashboard-numbers, dashboard-teams-wellbeing and dashboard-teams-stress, as PNGs suffixed with the language.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

TEAMS_KO = ("1팀 강남권", "2팀 강북권", "3팀 서남권", "4팀 동북권", "5팀 외국어", "6팀 야간", "7팀 복지", "8팀 시범")
TEAMS_EN = ("Team 1 South", "Team 2 North", "Team 3 Southwest", "Team 4 Northeast", "Team 5 Languages",
            "Team 6 Night", "Team 7 Welfare", "Team 8 Pilot")
# a large centre: at the default ε a smaller floor's 4-week windows are mostly too uncertain
SIZES = (144, 128, 116, 110, 82, 74, 100, 3)


class FakeAssess:
    def latest_bands(self, since: object, until: object) -> dict[str, str]:
        return {"who5": "poor", "pss10": "moderate", "cbi": "high"}


class FakeBreaks:
    def breaks_taken_in_week(self, week: str) -> int:
        return 14


class FakeIncidents:
    def count_in_week(self, week: str) -> int:
        return 3


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

    from PySide6.QtWidgets import QApplication

    from tests.aggregates.helpers import make_org
    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.calls import CallState
    from wellcare.eap.office_inbox import EapInbox, Triage
    from wellcare.eap.protocol import (
        ContactMethod,
        RequestContent,
        RequestPayload,
        RequestType,
        TimeWindow,
        Urgency,
        cancel_hash,
        new_cancel_secret,
    )
    from wellcare.exchange import Kind, ReplyKeypair, new_id, post, seal
    from wellcare.ui.dashboard.feature import DashboardFeature
    from wellcare.ui.feature import AppContext
    from wellcare.ui.i18n import Translations
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.notify import Notifier
    from wellcare.ui.privacy.feature import PrivacyFeature
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler
    from wellcare.ui.theme import apply_theme

    app = QApplication([])
    Translations(app).install(args.lang)
    apply_theme(app)
    teams = TEAMS_KO if args.lang == "ko" else TEAMS_EN
    org = make_org(tmp, units=teams)  # the policy's default ε (ln 3 a week)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = args.lang

    def context(vault: object, profile: Path) -> AppContext:
        scheduler = QtMainThreadScheduler(clock=org.clock)
        scheduler.start()
        calls = CallState(org.clock)
        return AppContext(profile_dir=profile, policy=org.policy,
                          vault=lambda: vault, clock=org.clock, scheduler=scheduler, notifier=Notifier(calls),
                          calls=calls, language=lambda: args.lang)

    def save(window: MainWindow, key: str, name: str) -> None:
        window.show_page(key)
        for _ in range(3):  # let word-wrapped labels settle their height
            app.processEvents()
        window.grab().save(str(args.out / f"{name}-{suffix}.png"))

    # -- the counselor
    ctx = context(org.counselor_vault, org.counselor_profile)
    ctx.capabilities.weekly_bands, ctx.capabilities.hard_call_counts = FakeAssess(), FakeIncidents()
    ctx.capabilities.weekly_breaks = FakeBreaks()
    privacy = PrivacyFeature(ctx)
    privacy.start()
    assert privacy.sender is not None
    privacy.set_unit(teams[1])
    privacy.set_consent(True)
    privacy.send_due()
    window = MainWindow(tray_available=False, can_lock=False)
    for spec in privacy.pages():
        window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(1100, 720)
    window.show()
    save(window, "privacy", "privacy")
    window.hide()
    privacy.stop()
    ctx.scheduler.shutdown()

    # -- the coordinator
    box = org.keys.public().box_key
    end = org.clock.now().replace(day=19)  # in the last simulated week
    for i in range(130):  # about 11 requests a week over the twelve weeks, imported in the week they arrive
        content = RequestContent(type=list(RequestType)[(i * 7) % 11 % 3 if i % 9 else 3], urgency=list(Urgency)[i % 3],
                                 times=(TimeWindow.LUNCH,), contact_method=ContactMethod.PHONE,
                                 contact="010-0000-0000", times_note="", note="", attachments=())
        payload = RequestPayload(content, ReplyKeypair.generate().public_b64(), new_id(),
                                 cancel_hash(new_cancel_secret())).to_json()
        post(org.transport, seal(Kind.EAP_REQUEST, payload, box))
        if i % 11 == 10 or i == 129:
            org.clock.set(end - timedelta(weeks=11 - min(11, i // 11)))
            org.import_once()
    simulate_contributions(org.transport, org.keys.public(), dict(zip(teams, SIZES, strict=True)), 12, 2026,
                           teams, 1.0986, "2026-W36")
    org.clock.set(end)
    org.import_once()
    eap = EapInbox(org.coordinator_vault, org.keys, org.clock)
    for n, request in enumerate(eap.requests()):
        if n % 3 == 0:
            eap.close(request.envelope_id, done=True)
        elif n % 3 == 1:
            eap.set_triage(request.envelope_id, Triage.IN_PROGRESS)
    ctx = context(org.coordinator_vault, org.coordinator_profile)
    dashboard = DashboardFeature(ctx)
    dashboard.start()
    window = MainWindow(tray_available=False, can_lock=False)
    pages = dashboard.pages()
    for spec in pages:
        window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(1100, 720)
    window.show()
    page = pages[0].widget
    for index, name in enumerate(("dashboard-summary", "dashboard-wellbeing", "dashboard-teams", "dashboard-rates",
                                  "dashboard-eap",
                                  "dashboard-numbers")):
        page.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        save(window, "dashboard", name)
    page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    page.heat_metric.setCurrentIndex(page.heat_metric.findData("who5_low"))  # type: ignore[attr-defined]
    save(window, "dashboard", "dashboard-teams-wellbeing")
    page.heat_metric.setCurrentIndex(page.heat_metric.findData("pss10_high"))  # type: ignore[attr-defined]
    save(window, "dashboard", "dashboard-teams-stress")
    window.hide()
    ctx.scheduler.shutdown()
    org.close()
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
