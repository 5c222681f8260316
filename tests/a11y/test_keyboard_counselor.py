"""The counselor's flows by keyboard alone, in English and Korean, on the real app and the demo org.

Every key goes to the focused widget (tests.a11y.keyboard); every widget the focus passes through
must have a name, stay inside the window being walked and show that it has the focus. What is
asserted is what the counselor notices: the check-in saved, the crisis panel before any score,
the result, the hard call recorded and the protected break on screen, which keys the break
overlay obeys, the exercise playing and pausing. The overlay and the crisis panel must announce
themselves: tests.a11y.announcements listens to Qt's accessibility events as a screen reader's
bridge would.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QSystemTrayIcon, QWidget

from tests.a11y import counselor_rig
from tests.a11y.announcements import alerts_for, announcements, screen_reader
from tests.a11y.counselor_rig import NOW, CounselorApp, start_counselor
from tests.a11y.keyboard import Keyboard, describe
from tests.assess_ui.conftest import visible_texts
from wellcare.breaks.events import BreakAction, BreakKind
from wellcare.breaks.store import BreakStore
from wellcare.incidents import EFFECTS, KINDS
from wellcare.ui.breaks.notice import BreakNotice
from wellcare.ui.breaks.texts import kind_invitation
from wellcare.ui.main_window import MainWindow
from wellcare.ui.programs.cards import ExerciseCard
from wellcare.ui.programs.page import ProgramsPage

demo_org = counselor_rig.demo_org  # the rig's fixtures, used here
counselor = counselor_rig.counselor
LANGS = pytest.mark.parametrize("counselor", ["en", "ko"], indirect=True)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def go_to_page(kb: Keyboard, window: MainWindow, key: str) -> None:
    """From the pages list, arrow keys until the page is shown."""
    assert kb.focus() is window.nav, "the keyboard starts on the pages list"
    keys = window.page_keys()
    step = Qt.Key.Key_Down if keys.index(key) > keys.index(window.current_page()) else Qt.Key.Key_Up
    for _ in range(len(keys)):
        if window.current_page() == key:
            return
        kb.press(step)
    assert window.current_page() == key


def window_manager_activates(window: QWidget) -> None:
    """The offscreen platform has no window manager: when a dialog closes, nothing hands its parent
    window the keyboard again, as a desktop does for a transient dialog's parent. Do that here."""
    if QApplication.activeWindow() is None:
        window.activateWindow()


def closed(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def break_events(rig: CounselorApp) -> list[tuple[BreakKind, BreakAction]]:
    events = BreakStore(rig.app.current_vault()).events_since(NOW - timedelta(minutes=1))
    return [(e.kind, e.action) for e in events]


def settle(qtbot, rig: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    """Run the scheduler jobs that are due on the (manual) clock now, as the running app would."""
    scheduler = rig.app.scheduler
    assert scheduler is not None

    def nothing_due() -> bool:
        horizon = datetime.now(scheduler.timezone) + timedelta(milliseconds=50)
        return all(j.next_run_time is None or j.next_run_time > horizon for j in scheduler.get_jobs())

    qtbot.waitUntil(nothing_due, timeout=3000)
    QApplication.processEvents()


def move_clock_to(qtbot, rig: CounselorApp, when: datetime) -> None:  # type: ignore[no-untyped-def]
    """Time passes up to ``when`` in half-minute steps, as in the running app: the periodic tick
    runs and due jobs run (one long step would look like a suspend, i.e. time away)."""
    breaks = rig.feature("breaks")
    while rig.clock.now() < when:
        rig.clock.advance(min(timedelta(seconds=30), when - rig.clock.now()))
        if breaks.overlay is not None and breaks.overlay.is_open:
            breaks.overlay.refresh()
        breaks.tick()
        settle(qtbot, rig)


# -- (a) the check-in ----------------------------------------------------------------------------------


@LANGS
def test_check_in_by_keyboard_is_saved_in_the_vault(qtbot, counselor: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    window = counselor.window
    assess = counselor.feature("AssessFeature")
    kb = Keyboard(qtbot, window)
    go_to_page(kb, window, "assess")
    kb.tab_to(assess.page.checkin_button)
    kb.enter()

    popup = assess.popup
    assert popup is not None and popup.isVisible()
    keys = Keyboard(qtbot, popup)
    assert keys.focus() is popup.mood_buttons[1], "the keyboard lands on the moods"
    ring = keys.tab_cycle()  # once round the popup: every stop named, inside it, its focus visible
    assert ring == [*popup.tag_buttons.values(), popup.note, popup.done_button, popup.close_button]

    known = {c.id for c in assess.env.store.checkins()}
    keys.press(Qt.Key.Key_4)
    (entry,) = [c for c in assess.env.store.checkins() if c.id not in known]
    assert entry.mood == 4 and entry.at == NOW
    assert keys.focus() is popup.mood_buttons[4], "the focus follows the mood the number key chose"
    keys.tab_to(popup.tag_buttons["tired"])
    keys.space()
    keys.tab_to(popup.note)
    keys.type("long queue 3")  # digits in the note are text, not moods
    keys.tab_to(popup.done_button)
    keys.enter()

    assert closed(popup)
    (entry,) = [c for c in assess.env.store.checkins() if c.id not in known]
    assert (entry.mood, entry.tags, entry.note) == (4, ("tired",), "long queue 3")
    assert kb.focus() is assess.page.checkin_button, "the keyboard is back where it was"
    keys.assert_focus_visible()
    kb.assert_focus_visible()


# -- (b) the assessment wizard and the crisis panel ------------------------------------------------------


@LANGS
def test_phq9_by_keyboard_shows_the_crisis_panel_first_and_then_the_result(qtbot, counselor: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    window = counselor.window
    assess = counselor.feature("AssessFeature")
    page = assess.page
    kb = Keyboard(qtbot, window)
    go_to_page(kb, window, "assess")
    kb.tab_to(page.start_buttons["phq9"])
    kb.enter()

    session = page.session
    assert session is not None and session.screen == "intro"
    assert kb.focus() is session.intro.start_button
    kb.enter()
    assert session.screen == "item"
    items = session.items
    assert kb.focus() is items.options[0], "each question puts the keyboard on its answers"
    ring = kb.tab_cycle()  # the answers are one stop, then Pause (no Back on question 1; Next waits for an answer)
    assert ring[:1] == [items.pause_button] and not items.back_button.isEnabled()
    assert all(window.isAncestorOf(w) for w in ring)

    kb.press(Qt.Key.Key_2)  # the answer shown with 2, "More than half the days": its value
    assert kb.focus() is items.options[2] and items.options[2].isChecked()
    kb.tab_to(items.next_button)
    assert kb.focus().isEnabled()
    kb.tab_to(items.options[2], backwards=True)  # the chosen answer shows the focus too
    kb.press(Qt.Key.Key_0)
    kb.enter()
    for _ in range(7):  # items 2-8: "Not at all"
        assert kb.focus() is items.options[0], "each new question starts on its first answer"
        kb.keys(Qt.Key.Key_0, Qt.Key.Key_Return)
    assert session.questionnaire is not None and session.questionnaire.position == 8

    with screen_reader() as heard:
        kb.keys(Qt.Key.Key_1, Qt.Key.Key_Return)  # item 9: "Several days" (1)
    assert session.screen == "safety" and session.result_view is None
    panel = session.safety
    assert panel is not None and panel.isVisible()
    assert kb.focus() is panel, "the panel itself takes the keyboard, never one of its buttons"
    shown = visible_texts(page)
    assert {"109", "1577-0199"} <= set(shown)
    assert not any(t.lower().startswith(("total score", "총점")) for t in shown), "no score before the panel"
    (alert,) = alerts_for(heard, panel)
    assert alert.role == QAccessible.Role.AlertMessage
    assert alert.name == panel.title.text() and "109" in alert.description and "1577-0199" in alert.description
    assert any(panel.title.text() in m and "109" in m for m in announcements(heard))

    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Space):
        kb.press(key)
    kb.press(Qt.Key.Key_1)
    assert session.screen == "safety", "no key but its own confirm leaves the panel"
    kb.tab_to(panel.read_button)
    assert panel.eap_button.isHidden() or describe(panel.eap_button) in kb.path, "the call-back offer comes first"
    kb.enter()

    assert session.screen == "result"
    result = session.result_view
    assert result is not None and kb.focus() is result, "the result takes the keyboard, not its Done button"
    band = next(iter(result.band_labels.values()))
    assert band in result.accessibleDescription() and result.accessibleName() == result.title.text()
    kb.press(Qt.Key.Key_Return)  # a repeated Enter does not skip the result
    assert session.screen == "result"
    kb.tab_to(result.done_button)
    kb.space()
    assert page.session is None
    stored = assess.env.store.results("phq9")[-1]
    assert stored.result.safety and stored.result.scores == {"total": 1} and stored.completed_at == NOW
    assert assess.env.store.pending_safety() is None
    kb.assert_focus_visible()


# -- (c) the hard call, to the protected break -----------------------------------------------------------


@LANGS
def test_hard_call_by_keyboard_is_recorded_and_starts_the_protected_break(qtbot, counselor: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    window = counselor.window
    incidents = counselor.feature("incidents")
    breaks = counselor.feature("breaks")
    known = {i.id for i in incidents.store().all()}
    kb = Keyboard(qtbot, window)
    kb.press(Qt.Key.Key_H, CTRL_SHIFT)

    dialog = incidents.dialog
    assert dialog is not None and dialog.isVisible()
    keys = Keyboard(qtbot, dialog)
    assert keys.focus() is dialog.kind_buttons[KINDS[0]]
    ring = keys.tab_cycle()
    assert ring[-3:] == [dialog.call_ref, dialog.note, ring[-1]] and not dialog.effect_buttons[EFFECTS[0]].isEnabled()
    keys.tab_to(dialog.kind_buttons["threat"])
    keys.space()
    assert dialog.chosen_kind() == "threat"
    assert keys.focus() is dialog.effect_buttons[EFFECTS[0]], "choosing what happened leads on to how it felt"
    keys.tab_to(dialog.kind_buttons["threat"], backwards=True)  # the chosen kind still shows the focus
    keys.tab_to(dialog.effect_buttons["afraid"])
    with screen_reader() as heard:
        keys.enter()

    (incident,) = [i for i in incidents.store().all() if i.id not in known]
    assert (incident.kind, incident.effect, incident.break_min) == ("threat", "afraid", 15)
    overlay = breaks.overlay
    assert overlay is not None and overlay.is_open and overlay.spec.protected
    assert (BreakKind.RECOVERY, BreakAction.SHOWN) in break_events(counselor)
    main = overlay.windows[0]
    (alert,) = alerts_for(heard, main)
    assert alert.role == QAccessible.Role.Dialog and alert.name == overlay.spoken[0]
    assert kind_invitation(BreakKind.RECOVERY) in alert.description
    assert overlay.protected_note is not None and overlay.protected_note.text() in alert.description
    walk_the_protected_break(qtbot, counselor, overlay)

    assert breaks.overlay is None
    assert break_events(counselor)[-1] == (BreakKind.RECOVERY, BreakAction.TAKEN)
    assert keys.focus() is dialog.close_button, "after the break the keyboard is back in the dialog"
    keys.space()
    assert not dialog.isVisible()
    keys.assert_focus_visible()


def walk_the_protected_break(qtbot, rig: CounselorApp, overlay) -> None:  # type: ignore[no-untyped-def]
    main = overlay.windows[0]
    keys = Keyboard(qtbot, main)
    assert keys.focus() is overlay.end_button
    player = overlay.exercise
    assert keys.tab_cycle() == [], "one set of controls: the break's own button, none of the exercise's"
    assert player.controls.isHidden() and player.timer_label.isHidden()
    assert overlay.esc_hint is not None and overlay.esc_hint.text() == overlay.esc_hint_text()

    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Q):
        keys.press(key)
    keys.press(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert overlay.is_open and main.isVisible(), "nothing but its own button ends a protected break"

    rig.frames(2)
    assert player.playing and player.run.elapsed > 0, "Esc did not stop the exercise either: it does nothing"

    keys.tab_to(overlay.end_button)
    keys.enter()
    assert overlay.is_open, "the first press only asks"
    keys.enter()
    keys.assert_focus_visible()


# -- (d) a scheduled break: the heads-up, the tray, the overlay --------------------------------------------


@pytest.fixture
def counselor_with_tray(qtbot, demo_org, tmp_path, monkeypatch, request):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    rig = start_counselor(demo_org, tmp_path, request.param)
    yield rig
    rig.app.shutdown()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    qapp.setStyleSheet("")


def choose_from_tray(kb: Keyboard, menu: QMenu, text: str) -> None:
    """The tray menu as the desktop opens it (the tray's menu key), then arrows and Enter."""
    menu.popup(QPoint(0, 0))
    for _ in range(len(menu.actions()) + 1):
        kb.press(Qt.Key.Key_Down)
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            kb.enter()
            return
    raise AssertionError(f"{text!r} not in the tray menu: {[a.text() for a in menu.actions()]}")


@pytest.mark.parametrize("counselor_with_tray", ["en", "ko"], indirect=True)
def test_a_scheduled_break_by_keyboard_start_postpone_and_end(qtbot, counselor_with_tray: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    rig = counselor_with_tray
    window = rig.window
    breaks = rig.feature("breaks")
    tray = rig.app.tray
    assert tray is not None
    kb = Keyboard(qtbot, window)
    working = kb.focus()

    due = breaks.next_break()
    assert due is not None
    with screen_reader() as heard:
        move_clock_to(qtbot, rig, due.notice_at)
    notice = breaks.notice
    assert notice is not None and notice.isVisible()
    assert not BreakNotice.takes_focus(notice) and notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    if QGuiApplication.platformName() == "offscreen":
        # offscreen activates every window it shows, whatever its flags; on X11 the heads-up leaves
        # the keyboard alone (tests/breaks_ui/test_screens_and_focus.py): give it back as a WM would
        window.activateWindow()
    assert kb.focus() is working, "the heads-up takes no keystrokes"
    assert any(notice.accessibleName() in m for m in announcements(heard)), "but a screen reader hears it"

    start_now = breaks.tr("Start the break now")
    with screen_reader() as heard:
        choose_from_tray(kb, tray.menu, start_now)
    overlay = breaks.overlay
    assert overlay is not None and overlay.is_open and not overlay.spec.protected
    main = overlay.windows[0]
    (alert,) = alerts_for(heard, main)
    assert alert.role == QAccessible.Role.Dialog and kind_invitation(overlay.spec.kind) in alert.description
    keys = Keyboard(qtbot, main)
    assert keys.focus() is overlay.postpone_button
    keys.tab_cycle()
    keys.press(Qt.Key.Key_Escape)  # Esc postpones an ordinary break
    assert breaks.overlay is None
    assert break_events(rig)[-2:] == [(due.kind, BreakAction.SHOWN), (due.kind, BreakAction.POSTPONED)]
    assert kb.focus() is working, "the keyboard is back in the window it left"

    due = breaks.next_break()
    move_clock_to(qtbot, rig, due.notice_at)
    assert breaks.notice is not None and breaks.notice.postpone_button is not None
    window.activateWindow()  # (offscreen, as above)
    choose_from_tray(kb, tray.menu, breaks.notice.postpone_button.text())
    assert breaks.notice is None and breaks.overlay is None
    assert break_events(rig)[-1] == (due.kind, BreakAction.POSTPONED)

    due = breaks.next_break()
    move_clock_to(qtbot, rig, due.show_at)
    overlay = breaks.overlay
    assert overlay is not None and overlay.is_open
    keys = Keyboard(qtbot, overlay.windows[0])
    keys.tab_to(overlay.end_button)
    keys.enter()  # not protected: ends at once
    assert breaks.overlay is None
    assert break_events(rig)[-1] == (due.kind, BreakAction.TAKEN)
    keys.assert_focus_visible()


# -- (e) healing programs and the exercise player ------------------------------------------------------


@LANGS
def test_an_exercise_plays_and_pauses_by_keyboard(qtbot, counselor: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    window = counselor.window
    kb = Keyboard(qtbot, window)
    go_to_page(kb, window, "programs")
    page = window.findChild(ProgramsPage)
    assert page is not None
    card = page.exercises_tab.findChildren(ExerciseCard)[0]

    why = next(b for b in card.findChildren(QWidget) if b.property("role") == "link")
    kb.tab_to(why)
    kb.enter()
    dialog = page.dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    Keyboard(qtbot, dialog).press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window_manager_activates(window)
    assert kb.focus() is why

    kb.tab_to(card.start_button, backwards=True)
    kb.enter()
    player = page.player
    assert player is not None and player.isVisible() and player.playing
    assert kb.focus() is player.pause_button, "the player opens with the keyboard on Pause"
    counselor.frames(3)
    played = player.run.elapsed
    assert played > 0
    kb.space()
    assert not player.playing and player.run.paused
    counselor.frames(3)
    assert player.run.elapsed == played, "paused: the exercise waits"
    kb.space()
    assert player.playing
    counselor.frames(1)
    assert player.run.elapsed > played

    ring = kb.tab_cycle()
    assert ring[:2] == [player.stop_button, player.sound_box] and page.back_button in ring
    kb.press(Qt.Key.Key_Escape)  # Esc stops
    assert player.ended and kb.focus() is player.again_button
    kb.tab_to(page.back_button)
    kb.space()
    assert page.player is None and page.stack.currentIndex() == 0
    kb.assert_focus_visible()


# -- the high-contrast theme: the same walks, the focus still visible ------------------------------------


def test_high_contrast_keeps_every_focus_visible(qtbot, counselor: CounselorApp) -> None:  # type: ignore[no-untyped-def]
    counselor.app.set_high_contrast(True)
    window = counselor.window
    kb = Keyboard(qtbot, window)
    go_to_page(kb, window, "assess")
    assess = counselor.feature("AssessFeature")
    kb.tab_cycle()  # the pages list, the page, every questionnaire's reminder and Start
    kb.tab_to(assess.page.checkin_button)
    kb.enter()
    popup = assess.popup
    keys = Keyboard(qtbot, popup)
    keys.press(Qt.Key.Key_2)
    keys.tab_cycle()  # the chosen mood too
    keys.assert_focus_visible()
    keys.press(Qt.Key.Key_Escape)
    assert closed(popup)

    kb.tab_to(assess.page.start_buttons["who5"])
    kb.enter()
    kb.enter()
    kb.press(Qt.Key.Key_2)
    kb.tab_cycle()  # a chosen answer, Back, Pause, Next
    kb.press(Qt.Key.Key_Escape)  # pause

    kb.press(Qt.Key.Key_H, CTRL_SHIFT)
    dialog = counselor.feature("incidents").dialog
    keys = Keyboard(qtbot, dialog)
    keys.tab_to(dialog.kind_buttons["other"])
    keys.space()
    keys.tab_cycle()
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window_manager_activates(window)

    go_to_page(kb, window, "programs")
    page = window.findChild(ProgramsPage)
    kb.tab_to(page.exercises_tab.findChildren(ExerciseCard)[0].start_button)
    kb.enter()
    kb.tab_cycle()  # the player's buttons and its sound check box
    kb.assert_focus_visible()
    keys.assert_focus_visible()
