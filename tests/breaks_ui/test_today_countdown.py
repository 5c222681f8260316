"""The Today page's next-break card counts down with the (injected) clock and follows the break scheduler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.breaks_ui.rig import FeatureRig, at
from wellcare.ui.pages.home import HomePage, HomeStatus


def test_the_countdown_moves_with_the_clock_and_never_goes_stale(  # type: ignore[no-untyped-def]
    qtbot, make_rig: Callable[..., FeatureRig], english
) -> None:
    rig = make_rig(start=at(9, 0))
    page = HomePage(HomeStatus("keyring", "", "", False), rig.capabilities.today, rig.clock, lambda: rig.vault)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    due = rig.feature.next_break()
    assert due is not None
    card = page.cards["break"]
    first = card.text()
    assert first.startswith("In ")

    rig.clock.advance(timedelta(seconds=7))
    page.tick()  # the page's one-second tick
    second = card.text()
    assert second != first
    left = int((due.show_at - rig.clock.now()).total_seconds())
    assert second == f"In {left // 60}:{left % 60:02d}"

    rig.clock.advance(timedelta(seconds=1))
    qtbot.waitUntil(lambda: card.text() != second, timeout=3000)  # the page's own timer moves it

    rig.calls.set(True, "hook")  # a call holds the due break: the card says so, it does not keep counting
    rig.step(due.show_at - rig.clock.now() + timedelta(seconds=5))
    page.tick()
    assert page.cards["break"].text() == "A break is waiting for your call to end."
    page.hide()
    assert not page.timer.isActive()  # no ticking while nobody looks
    page.close()
