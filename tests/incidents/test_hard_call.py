"""'I just had a hard call' as a counselor meets it: three clicks, a protected break, the rights."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.incidents.conftest import FakeBreaks, FakeEap, make_context
from wellcare.incidents import KINDS
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.ui.incidents.dialog import HardCallDialog
from wellcare.ui.incidents.feature import IncidentsFeature
from wellcare.ui.incidents.journal import JournalPage
from wellcare.ui.incidents.rights import RightsPanel, SupportPanel
from wellcare.vault import Vault, VaultError


class Clicks:
    """Counts the counselor's clicks."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def __call__(self, button: QPushButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.count += 1


@pytest.mark.parametrize("with_breaks", [True, False], ids=["breaks-service", "fallback-panel"])
def test_three_clicks_log_the_call_and_start_the_protected_break(
    qtbot, feature: IncidentsFeature, with_breaks: bool
) -> None:  # type: ignore[no-untyped-def]
    breaks = FakeBreaks()
    if with_breaks:
        feature.ctx.capabilities.protected_break = breaks
    page = JournalPage(feature)
    qtbot.addWidget(page)
    page.show()
    click = Clicks(qtbot)

    click(page.hard_call_button)  # 1: "I just had a hard call…"
    dialog = feature.dialog
    assert isinstance(dialog, HardCallDialog) and dialog.isVisible()
    click(dialog.kind_buttons["verbal_abuse"])  # 2: what happened
    click(dialog.effect_buttons["shaken"])  # 3: how it affected me -> saved, break starts

    assert click.count == 3
    [incident] = feature.store().all()
    assert (incident.kind, incident.effect, incident.note, incident.call_ref) == ("verbal_abuse", "shaken", "", "")
    assert incident.break_min == 15
    assert dialog.outcome is not None and dialog.outcome.saved
    assert dialog.stack.currentIndex() == 1
    assert isinstance(dialog.rights, RightsPanel) and dialog.rights.isVisible()
    if with_breaks:
        assert breaks.calls == [(15, "decompression", "hard_call")]
        assert dialog.recovery is None and dialog.break_note.isVisible()
    else:
        panel = dialog.recovery
        assert panel is not None and panel.isVisible() and panel.running
        assert panel.timer.isActive() and panel.countdown.text() == "15:00"
    assert page.model.rowCount() == 1  # the journal heard about it
    dialog.close()
    assert feature.dialog is None or not feature.dialog.isVisible()
    if not with_breaks:
        assert not panel.timer.isActive() and not panel.running


def test_fallback_panel_counts_down_the_policy_length_without_sleeping(
    qtbot, profile_dir: Path, vault: Vault, clock: ManualClock
) -> None:  # type: ignore[no-untyped-def]
    policy = Policy(source=profile_dir / "policy.toml", sections={"breaks": {"hard_call_break_min": 20}})
    feature = IncidentsFeature(make_context(profile_dir, vault, clock, policy))
    feature.start()
    dialog = feature.open_hard_call()
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    panel = dialog.recovery
    assert panel is not None and panel.countdown.text() == "20:00" and panel.timer.isActive()
    assert panel.pacer.text() == "Breathe in…"
    clock.advance(61)
    panel.tick()
    assert panel.countdown.text() == "18:59" and panel.pacer.text() == "Breathe in…"
    clock.advance(5)
    panel.tick()
    assert panel.pacer.text() == "Breathe out slowly…"
    panel.hide()  # minimised or covered: the timer rests, the time does not
    assert not panel.timer.isActive()
    clock.advance(timedelta(minutes=10))
    panel.show()
    assert panel.timer.isActive() and panel.countdown.text() == "8:54"
    finished = []
    panel.finished.connect(lambda: finished.append(True))
    clock.advance(timedelta(minutes=9))
    panel.tick()
    assert finished == [True] and not panel.timer.isActive() and panel.countdown.text() == "0:00"
    assert "over" in panel.pacer.text() and not panel.end_button.isVisible()
    assert feature.store().all()[0].break_min == 20
    feature.stop()
    assert feature.dialog is None


def test_ending_the_break_early_stops_the_timer(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    dialog = feature.open_hard_call()
    dialog.kind_buttons["other"].click()
    dialog.effect_buttons["drained"].click()
    panel = dialog.recovery
    assert panel is not None and panel.timer.isActive()
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert not panel.timer.isActive() and not panel.running
    assert "ended your break" in panel.pacer.text()
    dialog.close()


def test_the_dialog_works_from_the_keyboard_alone(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    breaks = FakeBreaks()
    feature.ctx.capabilities.protected_break = breaks
    dialog = feature.open_hard_call()
    first = dialog.kind_buttons[KINDS[0]]
    assert dialog.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Right)  # arrows move between kinds without choosing
    second = dialog.kind_buttons[KINDS[1]]
    assert dialog.focusWidget() is second and dialog.chosen_kind() is None
    qtbot.keyClick(second, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # choose "threat"
    assert dialog.chosen_kind() == "threat"
    effect = dialog.focusWidget()
    assert effect is dialog.effect_buttons["shaken"]
    qtbot.keyClick(effect, Qt.Key.Key_Right)  # moving among effects must not save
    assert dialog.outcome is None and breaks.calls == []
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # "angry" -> saved
    assert dialog.outcome is not None and breaks.calls == [(15, "decompression", "hard_call")]
    assert feature.store().all()[0].effect == "angry"
    assert dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()


def test_escape_cancels_without_saving_and_effects_wait_for_a_kind(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    dialog = feature.open_hard_call()
    assert not any(b.isEnabled() for b in dialog.effect_buttons.values())
    dialog.kind_buttons["threat"].click()
    dialog.kind_buttons["other"].click()  # changing one's mind is fine
    assert dialog.chosen_kind() == "other" and not dialog.kind_buttons["threat"].isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert feature.store().all() == []


def test_the_note_and_call_reference_are_optional_and_kept(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    dialog = feature.open_hard_call()
    dialog.kind_buttons["sexual_harassment"].click()
    qtbot.keyClicks(dialog.call_ref, "CTI-88812")
    qtbot.keyClicks(dialog.note, "Comments about my voice, twice.")
    dialog.effect_buttons["angry"].click()
    [incident] = feature.store().all()
    assert (incident.call_ref, incident.note) == ("CTI-88812", "Comments about my voice, twice.")
    assert dialog.note.toPlainText() == "" and dialog.call_ref.text() == ""  # not left in the widgets
    dialog.close()


def test_a_locked_or_failing_vault_still_gives_the_break(
    qtbot, profile_dir: Path, vault: Vault, clock: ManualClock
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(profile_dir, vault, clock)
    breaks = FakeBreaks()
    ctx.capabilities.protected_break = breaks
    feature = IncidentsFeature(ctx)

    def locked() -> Vault:
        raise VaultError("The vault is locked.")

    ctx.vault = locked
    dialog = feature.open_hard_call()
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    assert dialog.outcome is not None and not dialog.outcome.saved
    assert breaks.calls == [(15, "decompression", "hard_call")]
    assert "could not be saved" in dialog.problem.text()
    feature.stop()


def test_a_failing_breaks_service_falls_back_to_the_panel(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        def start_protected_break(self, minutes: int, exercise_id: str | None, reason: str, incident_id=None) -> None:  # type: ignore[no-untyped-def]
            raise RuntimeError("overlay failed")

    feature.ctx.capabilities.protected_break = Broken()
    dialog = feature.open_hard_call()
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    assert dialog.recovery is not None and dialog.recovery.running
    dialog.close()
    assert not dialog.recovery.timer.isActive()


def test_programs_exercise_is_used_when_offered(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    asked = []

    class Programs:
        def exercise_widget(self, exercise_id: str, parent):  # type: ignore[no-untyped-def]
            asked.append(exercise_id)
            return QLabel("guided decompression", parent)

    feature.ctx.capabilities.exercise_player = Programs()
    dialog = feature.open_hard_call()
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    assert asked == ["decompression"]
    assert dialog.recovery is not None and dialog.recovery.exercise.text() == "guided decompression"
    dialog.close()


def test_tray_entry_message_and_a_second_open_reuse_the_dialog(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    [entry] = feature.tray_entries()
    assert entry.text == "I just had a hard call…"
    entry.action()
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible()
    assert feature.handle_message({"cmd": "hard-call"}) is True
    assert feature.dialog is dialog  # still unanswered: the same one, raised
    assert feature.handle_message({"cmd": "call", "state": "end"}) is False
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    again = feature.open_hard_call()  # another hard call during the break: a fresh dialog
    assert again is not dialog and again.outcome is None
    assert dialog.recovery is not None and not dialog.recovery.timer.isActive()
    again.close()


def test_rights_offer_the_eap_office_and_crisis_lines(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    eap = FakeEap()
    feature.ctx.capabilities.eap_requests = eap
    dialog = feature.open_hard_call()
    dialog.kind_buttons["threat"].click()
    dialog.effect_buttons["afraid"].click()
    rights, support = dialog.rights, dialog.support
    assert isinstance(rights, RightsPanel) and isinstance(support, SupportPanel)
    text = rights.text() + support.text()
    for phrase in (
        "Article 41",
        "A pause or a change of work",
        "A longer break",
        "Treatment and counselling",
        "Support for legal action",
        "No disadvantage for asking",
        "109",
    ):
        assert phrase in text, phrase
    qtbot.mouseClick(support.eap_buttons["counseling"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(support.eap_buttons["legal_support"], Qt.MouseButton.LeftButton)
    assert eap.requests == [("counseling", False), ("legal_support", False)]
    logged = feature.incidents()[0].id
    assert eap.attached == [(f"incident:{logged}",)] * 2  # the hard call just logged goes with the request
    dialog.close()


KOREAN_RIGHTS = (
    "고객응대근로자 보호",
    "업무의 일시적 중단 또는 전환",
    "휴게시간 연장",
    "치료 및 상담 지원",
    "고소·고발 등 법적 조치 지원",
    "요구해도 불이익 금지",
    "산업안전보건법",
    "자살예방상담전화",
)


def test_rights_in_korean_use_the_words_of_the_law(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        panel, support = RightsPanel(), SupportPanel(Policy(), "ko")
        qtbot.addWidget(panel)
        qtbot.addWidget(support)
        text = panel.text() + support.text()
        for phrase in KOREAN_RIGHTS:
            assert phrase in text, phrase
        assert "Article" not in text and "employer" not in text
    finally:
        translations.install("en")


def test_breaks_chart_can_ask_for_weekly_counts_without_arguments(feature: IncidentsFeature) -> None:
    assert len(feature.service.weekly_counts()) == 8 and feature.service.weekly_counts()[-1] == ("2026-W11", 0)


def test_without_the_eap_capability_the_office_phone_and_policy_lines_show(qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.policy import CrisisLine

    policy = Policy(
        source=profile_dir / "policy.toml",
        sections={"coordinator": {"eap_phone": "02-120-7777"}},
        crisis_lines=(CrisisLine("1588-0000", "Org helpline", "기관 상담전화"),),
    )
    support = SupportPanel(policy, "en")
    qtbot.addWidget(support)
    assert support.eap_buttons == {}
    assert "EAP office: <b>02-120-7777</b>" in support.text() and "Org helpline: <b>1588-0000</b>" in support.text()
    assert "109" not in support.text()  # the policy's own lines replace the defaults
