"""The Programs feature end to end: page, player, program reminders, offers and enrolling (pytest-qt)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.programs.helpers import Org, at, make_offer
from tests.programs.rig import ProgramsRig
from wellcare.capabilities import Capabilities
from wellcare.exchange import Folder, open_sealed
from wellcare.programs import EnrollAction, parse_enrollment, publish_offer
from wellcare.programs.store import ProgramStore
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs.dialogs import EnrollDialog, ScheduleDialog
from wellcare.ui.programs.offers import OffersState
from wellcare.ui.programs.player import ExercisePlayer


@pytest.fixture
def make_rig(qtbot, profile_dir: Path) -> Iterator[Callable[..., ProgramsRig]]:  # type: ignore[no-untyped-def]
    rigs: list[ProgramsRig] = []

    def make(**kwargs: Any) -> ProgramsRig:
        kwargs.setdefault("clock", ManualClock(at(10, 9)))
        rig = ProgramsRig(qtbot, profile_dir, **kwargs)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()


def offers_tab(rig: ProgramsRig) -> None:
    rig.page.tabs.setCurrentIndex(2)
    rig.settle()


# ---------------------------------------------------------------------------- services and the page


def test_the_feature_is_the_exercise_player_capability(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    assert rig.ctx.capabilities.exercise_player is rig.feature
    programs = rig.feature
    assert programs.recommend({"after": "hard_call"})[0] == "decompression"
    assert programs.recommend_programs({"instrument": "pss10", "band": "moderate"}) == ["reset7"]
    programs.record_session("eye_rest_202020", 60)
    assert programs.sessions_per_day(1) == [(at(10).date(), 1, 1)]
    assert programs.exercise_title("decompression") == "After a hard call"


def test_exercise_widget_plays_records_itself_and_stops_its_timer(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    host = QWidget()
    qtbot.addWidget(host)
    widget = rig.feature.exercise_widget("decompression", host)
    assert isinstance(widget, ExercisePlayer) and widget.parent() is host and widget.playing
    done: list[tuple[str, int, bool]] = []
    widget.finished.connect(lambda i, s, c: done.append((i, s, c)))
    rig.play(widget.exercise.seconds + 1)
    assert done == [("decompression", widget.exercise.seconds, True)]
    assert rig.feature.sessions_per_day(1)[0][1] == 1  # recorded by the widget itself
    assert not rig.tickers[-1].is_active()


def test_an_embedded_player_stopped_by_its_host_records_nothing(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    host = QWidget()
    qtbot.addWidget(host)
    widget = rig.feature.exercise_widget("paced_breathing", host)
    rig.play(20)
    widget.stop()  # what the break overlay does when the break ends
    assert rig.feature.sessions_per_day(1)[0][1] == 0 and not rig.tickers[-1].is_active()


def test_playing_from_the_page_and_coming_back(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    page = rig.page
    card = next(c for c in page.exercises_tab.findChildren(QWidget) if getattr(c, "exercise_id", "") == "micro_reset")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.player_host and page.player.playing
    rig.play(61)
    assert page.player.ended
    assert page.practice.text() == "Last 7 days: exercises done 1 · minutes of practice 1"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0 and page.player is None


# ---------------------------------------------------------------------------- programs


def start_reset(rig: ProgramsRig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig.page.tabs.setCurrentIndex(1)
    card = next(c for c in rig.page.program_tab.findChildren(QWidget) if getattr(c, "program_id", "") == "reset7")
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    dialog = rig.page.dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.time.setTime(dialog.time.time().fromString("12:30", "HH:mm"))
    dialog.accept()
    rig.settle()


def test_a_program_session_fires_through_the_real_scheduler(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()  # Monday 10 March, 09:00
    start_reset(rig, qtbot)
    assert rig.page.run_card is not None
    jobs = [j for j in rig.scheduler.get_jobs() if j.id.startswith("programs:job:")]
    assert [j.name for j in jobs] == ["programs.remind.1"]
    rig.clock.set(at(10, 12, 30))  # the chosen time comes
    rig.feature._sync.tick()  # the periodic tick re-maps the job to "now" on the ManualClock
    rig.settle()
    assert rig.notifier.history == [
        ("7-day reset", "Time for today's session: Find your pace (3 min). Open WellCare when you are ready.")
    ]
    assert any("Today's program session" in e.text for e in rig.feature.tray_entries())
    # done today: the next reminder is tomorrow at 12:30, and nothing more fires today
    qtbot.mouseClick(rig.page.run_card.start_button, Qt.MouseButton.LeftButton)
    rig.play(181)
    rig.settle()
    assert "session 1 of 7" in rig.page.context_label.text()
    rig.page.close_player()
    assert rig.page.run_card.progress.value() == 1
    assert rig.page.run_card.streak_label.text().startswith("Days in your practice streak: 1.")
    [job] = [j for j in rig.scheduler.get_jobs() if j.id.startswith("programs:job:")]
    assert "2025-03-11T03:30" in job.id  # Tuesday 12:30 in Seoul, as UTC


def test_reminders_wait_for_the_end_of_a_call(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    start_reset(rig, qtbot)
    rig.calls.set(True, "hook")
    rig.clock.set(at(10, 12, 30))
    rig.feature._sync.tick()
    rig.settle()
    assert rig.notifier.history == []
    rig.calls.set(False, "hook")
    assert len(rig.notifier.history) == 1


def test_pause_and_leave(make_rig, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    start_reset(rig, qtbot)
    qtbot.mouseClick(rig.page.run_card.pause_button, Qt.MouseButton.LeftButton)
    assert rig.page.run_card.pause_button.text() == "Resume"
    assert [j for j in rig.scheduler.get_jobs() if j.id.startswith("programs:job:")] == []
    from tests.support.confirm import answer_confirmations

    asked = answer_confirmations(monkeypatch, True)
    qtbot.mouseClick(rig.page.run_card.leave_button, Qt.MouseButton.LeftButton)
    assert [(a.act, a.keep) for a in asked] == [("Leave the program", "Stay in it")]
    assert rig.page.run_card is None and rig.feature.service.current() is None


# ---------------------------------------------------------------------------- offers


@pytest.fixture
def org(tmp_path: Path) -> Org:
    return Org.create(tmp_path / "org")


def test_enrolling_in_a_signed_offer(make_rig, org: Org, qtbot) -> None:  # type: ignore[no-untyped-def]
    publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))
    rig = make_rig(policy=org.policy)
    offers_tab(rig)
    assert rig.feature.offers.state is OffersState.READY
    card = rig.page.offer_cards["forest-2025-03"]
    assert card.action.text() == "Enroll…" and "Seats left: 12 of 20" in [
        w.text() for w in card.findChildren(type(card.status))
    ]
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)
    dialog = rig.page.dialog
    assert isinstance(dialog, EnrollDialog)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # nothing to reach me by: refused
    assert dialog.isVisible() and dialog.problem.isVisible()
    qtbot.keyClicks(dialog.contact, "ext. 4321")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    rig.settle()
    # sealed to the coordinator, with only what was shared
    [name] = org.transport.list(Folder.INBOX)
    request = parse_enrollment(open_sealed(org.transport.read(Folder.INBOX, name), org.keys.box))
    assert (request.action, request.offer_id, dict(request.share)) == (
        EnrollAction.ENROLL,
        "forest-2025-03",
        {"contact": "ext. 4321"},
    )
    # recorded in the vault, shown as enrolled
    enrollment = ProgramStore(rig.vault, rig.clock).active_enrollment("forest-2025-03")
    assert enrollment is not None and enrollment.envelope_id == name.removesuffix(".json")
    card = rig.page.offer_cards["forest-2025-03"]
    assert card.status.text() == "✓ Enrolled" and card.action.text() == "Withdraw…"


def test_withdrawing_an_enrollment(make_rig, org: Org, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))
    rig = make_rig(policy=org.policy)
    offers_tab(rig)
    rig.feature.offers.enroll(rig.feature.offers.listing.offers[0], {"name": "Kim"})
    rig.settle()
    from tests.support.confirm import answer_confirmations

    asked = answer_confirmations(monkeypatch, True)
    qtbot.mouseClick(rig.page.offer_cards["forest-2025-03"].action, Qt.MouseButton.LeftButton)
    assert [(a.act, a.keep) for a in asked] == [("Withdraw", "Keep my place")]
    rig.settle()
    requests = [
        parse_enrollment(open_sealed(org.transport.read(Folder.INBOX, n), org.keys.box))
        for n in org.transport.list(Folder.INBOX)
    ]
    withdrawal = next(r for r in requests if r.action is EnrollAction.WITHDRAW)
    enroll_name = next(
        n
        for n in org.transport.list(Folder.INBOX)
        if parse_enrollment(open_sealed(org.transport.read(Folder.INBOX, n), org.keys.box)).action
        is EnrollAction.ENROLL
    )
    assert withdrawal.enrollment == enroll_name.removesuffix(".json") and withdrawal.share == {}
    assert withdrawal.proof is not None  # the secret kept in the vault proves it is this counselor's
    assert rig.page.offer_cards["forest-2025-03"].action.text() == "Enroll…"


def test_a_tampered_offer_is_never_shown(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    name = publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))
    path = Path(org.transport.root) / "offers" / name
    wire = json.loads(path.read_bytes())
    body = bytearray(base64.b64decode(wire["body"]))
    spot = body.find(b'"seats":20')
    body[spot : spot + 10] = b'"seats":99'
    wire["body"] = base64.b64encode(bytes(body)).decode()
    path.write_bytes(json.dumps(wire, separators=(",", ":")).encode())
    from nacl.signing import SigningKey

    publish_offer(org.transport, SigningKey.generate(), make_offer(offer_id="forged"), now=at(10))
    rig = make_rig(policy=org.policy)
    offers_tab(rig)
    assert rig.feature.offers.state is OffersState.READY
    assert rig.page.offer_cards == {}
    assert [r.reason for r in rig.feature.offers.listing.rejected] == ["bad_signature", "bad_signature"]
    assert len(org.transport.list(Folder.OFFERS)) == 2  # left in place for the coordinator to see


def test_past_offers_are_hidden_and_seats_shown(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))
    publish_offer(
        org.transport,
        org.keys.signing,
        make_offer(offer_id="last-week", dates=[{"start": "2025-03-05T10:00:00+09:00"}]),
        now=at(10),
    )
    publish_offer(org.transport, org.keys.signing, replace(make_offer(offer_id="full"), seats_left=0), now=at(10))
    rig = make_rig(policy=org.policy)
    offers_tab(rig)
    assert sorted(rig.page.offer_cards) == ["forest-2025-03", "full"]
    full = rig.page.offer_cards["full"]
    assert not full.action.isEnabled() and full.status.text() == "Full"


def test_the_eap_pin_is_preferred_and_a_changed_key_shows_nothing(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))

    class Eap:
        keys: object = None

        def pinned_keys(self) -> object:
            return self.keys

    eap = Eap()
    rig = make_rig(policy=org.policy, capabilities=Capabilities(pinned_keys=eap))  # type: ignore[arg-type]
    offers_tab(rig)
    assert rig.feature.offers.state is OffersState.KEY_PROBLEM and rig.page.offer_cards == {}
    eap.keys = org.keys.public()
    rig.feature.offers.refresh()
    rig.settle()
    assert list(rig.page.offer_cards) == ["forest-2025-03"]


def test_personal_mode_and_an_unreachable_share(make_rig, org: Org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    offers_tab(rig)
    assert rig.feature.offers.state is OffersState.NO_ORG
    gone = replace(org.policy, sections=org.policy.sections | {"exchange": {"path": str(tmp_path / "nowhere")}})
    rig.feature.ctx.policy = gone
    rig.feature.offers.refresh()
    rig.settle()
    assert rig.feature.offers.state is OffersState.UNREACHABLE


def test_the_page_in_korean(make_rig, org: Org) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLabel

    from wellcare.ui.i18n import Translations

    publish_offer(org.transport, org.keys.signing, make_offer(), now=at(10))
    translations = Translations(QApplication.instance())
    translations.install("ko")
    try:
        rig = make_rig(policy=org.policy, language="ko")
        page = rig.page
        assert [page.tabs.tabText(i) for i in range(3)] == ["연습", "프로그램", "기관 프로그램"]
        card = next(
            c for c in page.exercises_tab.findChildren(QWidget) if getattr(c, "exercise_id", "") == "decompression"
        )
        assert card.start_button.text() == "시작"
        offers_tab(rig)
        texts = [label.text() for label in rig.page.offer_cards["forest-2025-03"].findChildren(QLabel)]
        assert "2025년 3월 22일 (토) 10:00–16:00" in texts and "치유의 숲 하루 나들이" in texts
    finally:
        translations.install("en")


def test_a_language_switch_rebuilds_the_page_and_the_old_one_lets_go(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    old = rig.page
    old.play_exercise("paced_breathing")
    rig.rebuild("en")
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(old), timeout=2000)
    rig.feature.record_session("eye_rest_202020", 60)  # the feature's signal reaches only the new page
    assert rig.page.practice.text() == "Last 7 days: exercises done 1 · minutes of practice 1"


def test_a_locked_vault_leaves_a_usable_page(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.feature.stop()  # what locking does
    rig.page.refresh()
    rig.feature.record_session("eye_rest_202020", 60)  # dropped with a log line, never a crash
    assert rig.feature.sessions_per_day(7) == [] and rig.page.run_card is None
    rig.feature.start()
