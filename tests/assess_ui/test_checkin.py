"""The daily check-in: one key records the mood; tags and a note are optional; Enter closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.assess_ui.conftest import START, Rig, digit


def test_one_key_records_the_mood_and_enter_closes(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    popup = rig.feature.open_checkin()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, digit(4))
    (entry,) = rig.store.checkins()
    assert (entry.mood, entry.tags, entry.note, entry.at) == (4, (), "", START)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert len(rig.store.checkins()) == 1


def test_tags_and_a_note_update_the_same_entry(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    popup = rig.feature.open_checkin()
    assert popup is not None
    qtbot.mouseClick(popup.mood_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(popup.tag_buttons["hard_call"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(popup.tag_buttons["tired"], Qt.MouseButton.LeftButton)
    popup.note.setFocus()
    qtbot.keyClicks(popup.note, "caller shouted 3 times")  # digits go into the note, not the mood
    qtbot.keyClick(popup.note, Qt.Key.Key_Return)
    assert not popup.isVisible()
    (entry,) = rig.store.checkins()
    assert (entry.mood, entry.tags, entry.note) == (2, ("hard_call", "tired"), "caller shouted 3 times")


def test_closing_without_a_mood_stores_nothing_and_history_shows_moods(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    popup = rig.feature.open_checkin()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert rig.store.checkins() == []
    popup = rig.feature.open_checkin()
    assert popup is not None
    qtbot.keyClick(popup, digit(5))
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    rig.window.show_page("history")
    history = rig.feature.history
    assert history is not None and history.choices() == ["__mood__"]
    assert history.table.item(0, 1).text() == "5 · Very good"
    qtbot.waitUntil(lambda: history.chart.canvas is not None)
    assert [v for _, v in history.chart.plotted()[0][1]] == [5.0]


def test_the_check_in_opens_from_a_message_and_the_tray(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    assert rig.feature.handle_message({"cmd": "checkin"})
    popup = rig.feature.popup
    assert popup is not None and popup.isVisible()
    assert rig.feature.open_checkin() is popup  # a second request brings back the same popup
    popup.close()
    entries = rig.feature.tray_entries()
    assert entries[0].text == "Quick check-in…"
    entries[0].action()
    assert rig.feature.popup is not None and rig.feature.popup.isVisible()
    rig.feature.popup.close()


def _fill(widget) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The colour inside the button, a little in from its left edge (past the border, before the text)."""
    image = widget.grab().toImage()
    colour = image.pixelColor(8, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def test_the_chosen_mood_looks_different_from_the_keyboard_focus(qtbot, rig: Rig) -> None:  # type: ignore[no-untyped-def]
    popup = rig.feature.open_checkin()
    assert popup is not None
    qtbot.keyClick(popup, digit(2))
    popup.mood_buttons[4].setFocus(Qt.FocusReason.TabFocusReason)  # Tab walked on past the chosen mood
    qtbot.waitUntil(lambda: popup.mood_buttons[4].hasFocus())
    chosen, focused, plain = _fill(popup.mood_buttons[2]), _fill(popup.mood_buttons[4]), _fill(popup.mood_buttons[5])
    assert chosen != focused  # picked is filled, focus only a ring
    assert focused == plain  # the focus does not fill a mood that is not picked
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
