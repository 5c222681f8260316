"""The Today page's rules without Qt: countdown, urgent first, greeting, a board that survives a bad card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from wellcare.today import (
    SEEN_SETTING,
    Greeting,
    LastImport,
    NextBreak,
    TodayBoard,
    WaitingRequest,
    run_greeting,
    urgent_first,
)

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


class Settings:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.values[key] = value


def test_the_countdown_follows_the_clock_and_stops_at_zero() -> None:
    due = NextBreak(NOW + timedelta(minutes=12, seconds=30))
    assert due.seconds_left(NOW) == 750
    assert due.seconds_left(NOW + timedelta(minutes=2)) == 630
    assert due.seconds_left(NOW + timedelta(seconds=0.2)) == 750  # a part second still counts as one left
    assert due.seconds_left(NOW + timedelta(hours=1)) == 0
    assert NextBreak(None).seconds_left(NOW) is None
    assert NextBreak(NOW, held_by_call=True).seconds_left(NOW) is None
    assert NextBreak(None, on_break=True).seconds_left(NOW) is None


def test_urgent_requests_come_first_then_the_oldest() -> None:
    old = WaitingRequest("AAAA", "counseling", False, NOW - timedelta(days=2))
    new_urgent = WaitingRequest("BBBB", "legal_support", True, NOW)
    old_urgent = WaitingRequest("CCCC", "other", True, NOW - timedelta(hours=1))
    newer = WaitingRequest("DDDD", "counseling", False, NOW - timedelta(days=1))
    assert [r.short_id for r in urgent_first([old, new_urgent, newer, old_urgent])] == ["CCCC", "BBBB", "AAAA", "DDDD"]


def test_the_first_run_is_greeted_as_such_for_the_whole_run_and_never_again() -> None:
    settings = Settings()
    board = TodayBoard()
    assert run_greeting(board, settings, NOW) is Greeting.FIRST_RUN
    assert settings.values[SEEN_SETTING] == NOW.isoformat()
    assert run_greeting(board, settings, NOW + timedelta(minutes=5)) is Greeting.FIRST_RUN  # a rebuilt page
    assert run_greeting(TodayBoard(), settings, NOW + timedelta(days=1)) is Greeting.RETURNING  # the next start


def test_a_card_that_fails_leaves_the_others_and_listeners_hear_changes() -> None:
    board = TodayBoard()
    heard: list[str] = []

    def broken(now: datetime) -> list[LastImport]:
        raise RuntimeError("the share is gone")

    board.add_source(broken)
    board.add_source(lambda now: [LastImport(now, 3)], inbox=lambda: heard.append("inbox"))
    assert board.read(NOW) == [LastImport(NOW, 3)]
    unsubscribe = board.subscribe(lambda: heard.append("changed"))
    board.changed()
    board.act("inbox")
    board.act("nothing")
    unsubscribe()
    board.changed()
    assert heard == ["changed", "inbox"]
