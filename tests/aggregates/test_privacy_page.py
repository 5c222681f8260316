"""The Privacy page on a real vault, a real scheduler on the Qt loop and a ManualClock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.aggregates.helpers import Org
from wellcare.aggregate_format.schema import AGGREGATE_FIELDS
from wellcare.calls import CallState
from wellcare.exchange import Folder, open_sealed
from wellcare.policy import Policy
from wellcare.privacy.contribution import canonical_json
from wellcare.privacy.store import ContributionStore
from wellcare.ui.feature import AppContext
from wellcare.ui.main_window import MainWindow
from wellcare.ui.notify import Notifier
from wellcare.ui.privacy.feature import PAGE_KEY, PrivacyFeature
from wellcare.ui.privacy.labels import field_name
from wellcare.ui.privacy.page import PrivacyPage
from wellcare.ui.qt_scheduler import QtMainThreadScheduler


class Assess:
    def latest_bands(self, since: Any, until: Any) -> dict[str, str]:
        return {"who5": "poor", "pss10": "high"}


class Incidents:
    def count_in_week(self, week: str) -> int:
        return 4


@dataclass
class Rig:
    org: Org
    feature: PrivacyFeature
    page: PrivacyPage
    window: MainWindow
    scheduler: QtMainThreadScheduler

    def inbox(self) -> list[str]:
        return self.org.transport.list(Folder.INBOX)


def make_rig(qtbot: Any, org: Org, policy: Policy) -> Rig:
    scheduler = QtMainThreadScheduler(clock=org.clock)
    scheduler.start()
    calls = CallState(org.clock)
    ctx = AppContext(profile_dir=org.counselor_profile, policy=policy,
                     vault=lambda: org.counselor_vault, clock=org.clock, scheduler=scheduler,
                     notifier=Notifier(calls), calls=calls, language=lambda: "en")
    ctx.capabilities.weekly_bands, ctx.capabilities.hard_call_counts = Assess(), Incidents()
    # the week's random field and send moment, as if drawn so: the moment is now (W47 is due)
    ContributionStore(org.counselor_vault).plan("2026-W47", "who5_band", org.clock.now())
    feature = PrivacyFeature(ctx)
    feature.start()
    window = MainWindow(tray_available=False, can_lock=False)
    [spec] = feature.pages()
    assert spec.key == PAGE_KEY
    window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
    window.resize(1100, 720)
    window.show()
    qtbot.addWidget(window)
    assert isinstance(spec.widget, PrivacyPage)
    return Rig(org, feature, spec.widget, window, scheduler)


@pytest.fixture
def rig(qtbot, org: Org, english) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    rig = make_rig(qtbot, org, org.policy)
    yield rig
    rig.feature.stop()
    rig.scheduler.shutdown()
    rig.window.hide()


def test_off_by_default_with_the_exact_next_payload_shown(rig: Rig) -> None:
    page = rig.page
    assert not page.consent.isChecked() and page.consent.isEnabled()
    assert "off" in page.status.text()
    assert page.next_card.isVisible()
    preview = rig.feature.sender.preview()  # type: ignore[union-attr]
    assert preview is not None and preview.due
    assert page.payload.toPlainText().encode("utf-8") == preview.payload
    assert page.next_title.text().startswith("Week of 16 Nov 2026 (")  # 2026-W47, by its Monday
    assert rig.inbox() == [] and rig.feature.sync is not None and rig.feature.sync.jobs() == []


def test_off_with_the_send_moment_ahead_does_not_promise_it_at_once(qtbot, org: Org, english) -> None:  # type: ignore[no-untyped-def]
    later = org.clock.now() + timedelta(days=2)
    ContributionStore(org.counselor_vault).plan("2026-W47", "who5_band", later)  # drawn for Friday
    rig = make_rig(qtbot, org, org.policy)
    try:
        title = rig.page.next_title.text()
        assert "as soon as" not in title and "at a random moment of this week" in title
        rig.page.consent.setChecked(True)  # on: it waits for its moment, and the page says so
        assert rig.inbox() == [] and "waiting to send" in rig.page.next_title.text()
    finally:
        rig.feature.stop()
        rig.scheduler.shutdown()
        rig.window.hide()


def test_opting_in_sends_exactly_the_previewed_bytes(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    shown = rig.page.payload.toPlainText().encode("utf-8")
    box = rig.page.consent
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the indicator
    assert rig.page.consent.isChecked()
    qtbot.waitUntil(lambda: len(rig.inbox()) == 1, timeout=5000)  # the job runs on the Qt loop
    [name] = rig.inbox()
    envelope = open_sealed((rig.org.exchange / "inbox" / name).read_bytes(), rig.org.keys.box)
    assert canonical_json(envelope.payload) == shown
    qtbot.waitUntil(lambda: rig.page.log.rowCount() >= 2, timeout=2000)
    texts = [rig.page.log.item(r, 1).text() for r in range(rig.page.log.rowCount())]
    assert "Summary sent" in texts and "Sharing turned on" in texts
    row = texts.index("Summary sent")
    rig.page.log.selectRow(row)
    assert rig.page.sent_payload.toPlainText().encode("utf-8") == shown
    assert "Week of 23 Nov 2026 so far" in rig.page.next_title.text()  # next: this week (W48), once it ends


def test_withdrawing_from_the_page_removes_the_job_and_sends_nothing(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    rig.page.consent.setChecked(True)
    qtbot.waitUntil(lambda: len(rig.inbox()) == 1, timeout=5000)
    assert rig.feature.sync is not None and len(rig.feature.sync.jobs()) == 1  # next Monday's
    rig.page.consent.setChecked(False)
    assert rig.feature.sync.jobs() == []
    rig.org.clock.advance(7 * 24 * 3600)
    assert rig.feature.send_due().outcome.value == "not_allowed"  # type: ignore[union-attr]
    assert len(rig.inbox()) == 1
    assert "Sharing withdrawn" in [rig.page.log.item(r, 1).text() for r in range(rig.page.log.rowCount())]


def test_choosing_a_team_changes_the_preview(rig: Rig) -> None:
    assert rig.page.unit.count() == 5  # "Don't say" and the policy's four units
    rig.page.unit.setCurrentIndex(rig.page.unit.findData("3팀 야간"))
    assert '"org_unit":"3팀 야간"' in rig.page.payload.toPlainText()
    assert rig.feature.sender.org_unit() == "3팀 야간"  # type: ignore[union-attr]


def test_without_an_org_policy_nothing_can_be_turned_on(qtbot, org: Org, english) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(qtbot, org, Policy())
    try:
        assert not rig.page.consent.isEnabled() and not rig.page.next_card.isVisible()
        assert "without an organisation policy" in rig.page.status.text()
        assert rig.feature.send_due().outcome.value == "not_allowed"  # type: ignore[union-attr]
    finally:
        rig.feature.stop()
        rig.scheduler.shutdown()
        rig.window.hide()
    QApplication.processEvents()


def test_the_page_states_the_three_epsilons_and_the_years_budget(rig: Rig) -> None:
    texts = " ".join(label.text() for label in rig.page.findChildren(QLabel))
    assert "One week: ε = 1.10" in texts and "about 3.0 times" in texts
    assert "ε = 2.20 in all" in texts and "capped at ε = 30.0" in texts
    assert rig.page.budget.text() == "This year so far: ε 0.0 of 30.0 used."


def test_a_spent_budget_stops_sending_and_the_page_says_so(qtbot, org: Org, english) -> None:  # type: ignore[no-untyped-def]
    org.policy_path.write_text(org.policy_path.read_text(encoding="utf-8")
                               + "epsilon_per_value = 2.0\nepsilon_per_year = 2.0\n", encoding="utf-8")
    ContributionStore(org.counselor_vault).plan("2026-W48", "hard_calls_per_week", org.clock.now())
    rig = make_rig(qtbot, org, org.policy)
    try:
        rig.page.consent.setChecked(True)
        qtbot.waitUntil(lambda: len(rig.inbox()) == 1, timeout=5000)
        rig.org.clock.advance(7 * 24 * 3600)  # W48 is due: another value, no budget left
        result = rig.feature.send_due()
        assert result is not None and result.outcome.value == "budget_spent"
        qtbot.waitUntil(lambda: "budget for this year is used up" in rig.page.status.text(), timeout=2000)
        assert len(rig.inbox()) == 1 and rig.page.budget.text() == "This year so far: ε 2.0 of 2.0 used."
    finally:
        rig.feature.stop()
        rig.scheduler.shutdown()
        rig.window.hide()


def _visible_texts(page: PrivacyPage) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit

    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if w.isVisible()]
    return texts + [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisible()]


def test_the_preview_shows_the_real_result_beside_what_is_sent_in_plain_words(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    page = rig.page
    rows = {field: (real, sent) for field, real, sent in page.sent_and_real()}
    # the real column is the truth every time (WHO-5 "poor", PSS-10 "high", 4 hard calls, no CBI, no team),
    # whichever one field this week sends
    truth = ["Low wellbeing", "High stress", "Not taken that week", "0", "2–4"]  # in the table's order
    expected = {field_name(f.id): real for f, real in zip(AGGREGATE_FIELDS, truth, strict=True)}
    assert rows and all(expected[name.rstrip(":")] == real for name, (real, _sent) in rows.items()
                        if name.rstrip(":") in expected)
    assert any(name.rstrip(":") in expected for name in rows)
    assert all(sent for _real, sent in rows.values())
    note = page.randomized_note
    assert note.isVisible() and "25 breaks may be sent as 0" in note.text()
    shown = " ".join(_visible_texts(page))
    assert "ε" not in shown and '"report"' not in shown  # no jargon or raw bytes until asked for
    assert not page.payload.isVisible()
    page.bytes_more.toggle.click()
    page.protection_more.toggle.click()
    assert page.payload.isVisible() and '"report"' in page.payload.toPlainText()
    assert "ε = " in " ".join(_visible_texts(page))
