"""The player widget, stepped by a manual ticker and a ManualClock: no sleeping, every step seen."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from tests.programs.helpers import MONDAY
from wellcare.programs import Library
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs.player import ExercisePlayer
from wellcare.ui.programs.ticker import ManualTicker


class Harness:
    def __init__(self, qtbot, library: Library, exercise_id: str, language: str = "en", **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.clock = ManualClock(MONDAY)
        self.ticker = ManualTicker()
        self.completed: list[tuple[str, float]] = []
        self.finished: list[tuple[str, int, bool]] = []
        self.journal: list[list[dict[str, str]]] = []
        self.sounds = 0
        self.player = ExercisePlayer(
            library.exercise(exercise_id),
            language,
            clock=self.clock,
            ticker_factory=lambda _parent: self.ticker,
            sound=self._beep,
            on_complete=lambda i, s: self.completed.append((i, s)),
            save_journal=self.journal.append,
            **kwargs,
        )
        self.player.finished.connect(lambda i, s, c: self.finished.append((i, s, c)))
        qtbot.addWidget(self.player)
        self.player.resize(700, 560)
        self.player.show()

    def _beep(self) -> None:
        self.sounds += 1

    def frame(self, seconds: float = 0.5) -> None:
        """Let ``seconds`` pass as the real ticker would: a frame at least every half second."""
        left = seconds
        while left > 0:
            step = min(0.5, left)
            self.clock.advance(step)
            self.ticker.fire()
            left -= step

    def play_to_end(self, seconds: float = 0.5, limit: int = 10_000) -> list[str]:
        texts = [self.player.step_text.text()]
        for _ in range(limit):
            if self.player.ended:
                break
            self.frame(seconds)
            if self.player.step_text.text() != texts[-1]:
                texts.append(self.player.step_text.text())
        return texts


def test_a_whole_exercise_plays_and_every_step_is_seen(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    exercise = library.exercise("paced_breathing")
    h = Harness(qtbot, library, "paced_breathing")
    assert h.player.playing and h.player.where.text() == f"Step 1 of {len(exercise.steps)}"
    h.play_to_end()
    assert h.player.seen_steps == list(range(len(exercise.steps)))
    assert h.finished == [("paced_breathing", exercise.seconds, True)]
    assert h.completed == [("paced_breathing", pytest.approx(exercise.seconds, abs=0.5))]
    assert not h.player.playing and h.ticker.is_active() is False
    assert h.player.where.text() == "Finished"
    assert h.player.again_button.isVisible() and not h.player.pause_button.isVisible()


def test_the_screen_follows_the_breath(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "box_breathing")
    h.frame(10.5)  # past the introduction
    assert h.player.circle.word == "Breathe in" and h.player.where.text().endswith("Round 1 of 6")
    small = h.player.circle.level
    h.frame(3)
    assert h.player.circle.level > small
    h.frame(1)
    assert h.player.circle.word == "Hold"
    h.frame(4)
    assert h.player.circle.word == "Breathe out"
    assert h.player.step_text.text() == "Breathe out for four."
    assert h.player.timer_label.text() == "1:38 left"


def test_korean_text_in_the_player(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "decompression", language="ko")
    assert h.player.title.text() == "힘든 통화 후 마음 내려놓기"
    assert h.player.step_text.text().startswith("그 통화는 끝났습니다")


def test_pause_resume_and_stop_with_the_keyboard(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "paced_breathing")
    h.frame(3)
    qtbot.keyClick(h.player, Qt.Key.Key_Space)
    assert h.player.run.paused and not h.ticker.is_active()
    assert h.player.timer_label.text().startswith("Paused")
    h.clock.advance(600)  # ten minutes away: not counted
    qtbot.keyClick(h.player, Qt.Key.Key_Space)
    assert h.ticker.is_active()
    h.frame(1)
    assert h.player.run.elapsed == pytest.approx(4)
    qtbot.keyClick(h.player, Qt.Key.Key_Escape)
    assert h.finished == [("paced_breathing", 4, False)] and h.completed == []  # stopped: not recorded
    assert not h.ticker.is_active() and h.player.where.text() == "Stopped"


def test_buttons_are_reachable_and_work(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "eye_rest_202020")
    qtbot.mouseClick(h.player.pause_button, Qt.MouseButton.LeftButton)
    assert h.player.pause_button.text() == "Resume"
    qtbot.mouseClick(h.player.pause_button, Qt.MouseButton.LeftButton)
    assert h.player.pause_button.text() == "Pause"
    for button in (h.player.pause_button, h.player.stop_button, h.player.sound_box):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(h.player.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(h.player.again_button, Qt.MouseButton.LeftButton)
    assert h.player.playing and h.player.seen_steps == [0]


def test_the_sound_cue_sounds_at_each_new_step_when_chosen(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "eye_rest_202020")
    h.frame(9)
    assert h.sounds == 0
    h.player.sound_box.setChecked(True)
    h.play_to_end()
    assert h.sounds == 3  # steps 3, 4 and 5


def test_a_suspend_does_not_fast_forward_the_exercise(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "paced_breathing")
    h.frame(2)
    h.clock.advance(3600)  # the laptop slept for an hour between two frames
    h.ticker.fire()
    assert h.player.run.elapsed == pytest.approx(2) and not h.player.ended


def test_three_good_things_are_saved_then_the_exercise_finishes(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "three_good_things")
    h.frame(12.5)
    assert h.player.journal.isVisible() and h.player.continue_button.isVisible()
    assert not h.player.pause_button.isVisible() and h.player.timer_label.text() == "Take your time"
    qtbot.keyClicks(h.player.what_fields[0], "A caller said thank you")
    qtbot.keyClicks(h.player.why_fields[0], "I stayed calm")
    qtbot.keyClicks(h.player.what_fields[2], "Lunch with Minji")
    h.frame(300)  # writing takes as long as it takes
    assert not h.player.ended
    qtbot.mouseClick(h.player.continue_button, Qt.MouseButton.LeftButton)
    assert h.journal == [
        [{"what": "A caller said thank you", "why": "I stayed calm"}, {"what": "Lunch with Minji", "why": ""}]
    ]
    h.play_to_end()
    assert h.finished and h.finished[0][2] is True


def test_hiding_pauses_and_showing_resumes(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    h = Harness(qtbot, library, "paced_breathing")
    h.player.hide()
    assert not h.ticker.is_active()
    h.player.show()
    assert h.ticker.is_active()


def test_the_real_frame_timer_stops_when_the_player_closes(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(MONDAY)
    player = ExercisePlayer(library.exercise("paced_breathing"), "en", clock=clock)
    qtbot.addWidget(player)
    player.show()
    timer = player._ticker.timer  # type: ignore[attr-defined]
    assert timer.isActive()
    player.close()
    assert not timer.isActive()


def test_the_real_frame_timer_dies_with_the_player(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    player = ExercisePlayer(library.exercise("paced_breathing"), "en", clock=ManualClock(MONDAY), parent=host)
    ticker = player._ticker
    assert ticker.is_active()
    host.deleteLater()
    qtbot.waitUntil(lambda: not ticker.is_active(), timeout=1000)
