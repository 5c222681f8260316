"""Two more kinds of hard call: a caller in crisis (with a debrief) and abuse by chat or message."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.incidents.conftest import FakeBreaks
from tests.incidents.pdftext import extract_text
from wellcare.incidents import KINDS, build_report
from wellcare.schedule.clock import ManualClock
from wellcare.ui.incidents.feature import IncidentsFeature
from wellcare.ui.incidents.journal import JournalPage
from wellcare.ui.incidents.report_pdf import render_pdf
from wellcare.ui.incidents.texts import kind_label


@dataclass
class FakePrograms:
    """Stands in for ctx.capabilities.exercise_player: records which exercise the recovery step asked for."""

    asked: list[str] = field(default_factory=list)

    def exercise_widget(self, exercise_id: str, parent: QWidget) -> QWidget:
        self.asked.append(exercise_id)
        return QLabel(f"exercise {exercise_id}", parent)


def test_stored_ids_stay_and_the_new_kinds_come_before_other() -> None:
    assert KINDS[:4] == ("verbal_abuse", "sexual_harassment", "threat", "unreasonable_demands")
    assert KINDS[-1] == "other"
    assert {"caller_crisis", "chat"} <= set(KINDS)


def test_caller_in_crisis_starts_a_break_with_the_debrief_and_suggests_talking(feature: IncidentsFeature) -> None:
    breaks = FakeBreaks()
    feature.ctx.capabilities.protected_break = breaks
    dialog = feature.open_hard_call()
    assert dialog.kind_buttons["caller_crisis"].text() == "Caller in crisis (suicidal or isolated)"
    dialog.kind_buttons["caller_crisis"].click()
    dialog.effect_buttons["drained"].click()
    assert breaks.calls == [(15, "crisis_debrief", "hard_call")]
    note = dialog.debrief_note
    assert note is not None and note.isVisible()
    assert "team leader" in note.text() and "EAP office" in note.text()
    [incident] = feature.store().all()
    assert incident.kind == "caller_crisis"
    dialog.close()


def test_without_breaks_the_recovery_panel_plays_the_debrief_exercise(feature: IncidentsFeature) -> None:
    programs = FakePrograms()
    feature.ctx.capabilities.exercise_player = programs
    dialog = feature.open_hard_call()
    dialog.kind_buttons["caller_crisis"].click()
    dialog.effect_buttons["shaken"].click()
    assert programs.asked == ["crisis_debrief"]
    assert dialog.recovery is not None and dialog.recovery.exercise.text() == "exercise crisis_debrief"
    dialog.close()

    again = feature.open_hard_call()  # any other kind keeps the decompression exercise and no debrief line
    again.kind_buttons["chat"].click()
    again.effect_buttons["angry"].click()
    assert programs.asked == ["crisis_debrief", "decompression"]
    assert again.debrief_note is None
    again.close()


def test_chat_reaches_the_journal_the_report_and_the_counts(
    qtbot, feature: IncidentsFeature, clock: ManualClock
) -> None:  # type: ignore[no-untyped-def]
    store = feature.store()
    chat = store.log("chat", "angry", "Insults in the web chat", "CHAT-77")
    crisis = store.log("caller_crisis", "shaken")
    page = JournalPage(feature)
    qtbot.addWidget(page)
    labels = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert labels == {"Chat or message", "Caller in crisis (suicidal or isolated)"}
    assert feature.service.count_in_week("2026-W11") == 2 and feature.service.weekly_counts()[-1] == ("2026-W11", 2)
    text = extract_text(render_pdf(build_report(store, [chat.id, crisis.id], clock.now())))
    assert "Chatormessage" in text.replace(" ", "") and "Callerincrisis" in text.replace(" ", "")


def test_new_kinds_have_korean_labels(profile_dir: Path) -> None:
    from wellcare.ui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        assert kind_label("caller_crisis") == "위기 상황의 민원인 (자살 위험·고립)"
        assert kind_label("chat") == "채팅·문자"
    finally:
        translations.install("en")


def test_the_built_in_decompression_carries_the_dizziness_caution(qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.recovery import DecompressionSteps

    steps = DecompressionSteps()
    qtbot.addWidget(steps)
    assert steps.caution.text() == "If you feel dizzy, breathe normally."
