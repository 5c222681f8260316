"""The breaks feature inside the real app, `wellcare call start|end`, and the My day page."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.breaks_ui.rig import at, make_policy
from tests.ui.conftest import app_args
from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.capabilities import Capabilities
from wellcare.cli import run
from wellcare.ui.breaks.day_page import DayPage
from wellcare.ui.breaks.feature import BreaksFeature

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(qtbot, profile_dir: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from wellcare.app import WellCareApp
    from wellcare.vault import VaultManager

    VaultManager(profile_dir).create("keyring").vault.close()
    app = WellCareApp(app_args(profile_dir, "--lang", "en"), QApplication.instance())
    assert app.start()
    yield app
    app.shutdown()


def breaks_of(app) -> BreaksFeature:  # type: ignore[no-untyped-def]
    feature = next(f for f in app.features if isinstance(f, BreaksFeature))
    return feature


def test_the_app_registers_the_breaks_service_page_and_tray_entry(app) -> None:  # type: ignore[no-untyped-def]
    feature = breaks_of(app)
    assert app.features[0] is feature  # first, so the others find it when they are built
    assert feature.ctx.capabilities.protected_break is feature.service
    assert "breaks" in app.window.page_keys()
    entries = [e for e in feature.tray_entries() if e.checkable]
    assert [(e.text, e.checkable, e.checked) for e in entries] == [("On a call", True, False)]
    entries[0].action()
    assert app.calls.on_call and feature.tray_entries()[-1].checked
    feature.tray_entries()[-1].action()
    assert not app.calls.on_call
    assert feature.sync is not None and {j.id for j in app.scheduler.get_jobs()} >= {"breaks:tick"}
    assert not feature.overlay_open() if hasattr(feature, "overlay_open") else feature.overlay is None


def test_wellcare_call_start_and_end_reach_the_running_app(app, qtbot, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    assert run(["--profile", str(profile_dir), "call", "start"], out, err) == 0
    qtbot.waitUntil(lambda: app.calls.on_call, timeout=3000)
    assert app.calls.sources == {"hook"} and err.getvalue() == ""
    assert run(["--profile", str(profile_dir), "call", "end"], out, err) == 0
    qtbot.waitUntil(lambda: not app.calls.on_call, timeout=3000)


def test_wellcare_call_without_a_running_app_fails_with_one_line(profile_dir: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["--profile", str(profile_dir), "call", "start"], out, err) == 1
    assert err.getvalue().count("\n") == 1 and "no running WellCare" in err.getvalue()
    with pytest.raises(SystemExit):
        run(["--profile", str(profile_dir), "call", "pause"], out, err)


def test_unknown_messages_are_left_to_other_features(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    assert not rig.feature.handle_message({"cmd": "raise"})
    assert rig.feature.handle_message({"cmd": "call", "state": "sideways"})
    assert not rig.calls.on_call


def test_my_day_page_shows_today_the_chart_and_the_settings(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    weekly = {"2025-W08": 1, "2025-W09": 3}

    class Incidents:
        def weekly_counts(self) -> dict[str, int]:
            return weekly

    rig = make_rig(policy=make_policy({"strict": True}), capabilities=Capabilities(hard_call_counts=Incidents()))
    rig.run_until(at(10, 5))
    store = rig.feature.service.store
    store.add(BreakEvent(BreakKind.MICRO, BreakAction.NATURAL, at(10, 4), 120))
    page = DayPage(rig.feature)
    qtbot.addWidget(page)
    assert "Breaks taken: 3 (1 of them away from the desk)" in page.today_label.text()
    assert "Next break in" in page.next_label.text()
    assert page.chart.canvas is None  # nothing drawn (and matplotlib not needed) until shown
    page.resize(1000, 1400)
    page.show()
    qtbot.waitUntil(lambda: page.chart.canvas is not None)
    assert rig.feature.hard_calls_per_week() == [("2025-W08", 1), ("2025-W09", 3)]
    axes = page.chart._figure.axes
    assert len(axes) == 2  # breaks per day, hard calls per week
    assert [t.get_text() for t in axes[0].get_legend().get_texts()] == [
        "Taken", "Away from the desk", "Postponed", "Skipped"
    ]  # fmt: skip
    assert page.settings.strict_note.isVisible() and "Strict mode" in page.settings.strict_note.text()
    assert "not available" in page.settings.idle_label.text() and "no X11 display" in page.settings.idle_label.text()
    page.close()


def test_break_settings_are_saved_within_the_limits_and_replan(make_rig, qtbot) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(policy=make_policy({"micro_interval_min": 30}))
    page = DayPage(rig.feature)
    qtbot.addWidget(page)
    panel = page.settings
    assert (panel.micro_every.minimum(), panel.micro_every.maximum()) == (10, 30)
    panel.micro_every.setValue(20)
    panel.save_button.click()
    assert rig.feature.config.settings.micro_every_min == 20
    assert "Saved" in panel.status.text()
    assert rig.feature.next_break().due == at(9, 20)
    panel.shift_end.setTime(panel.shift_start.time())
    panel.save_button.click()
    assert "cannot start and end at the same time" in panel.status.text()
    assert rig.feature.config.settings.micro_every_min == 20
    panel.softphones.setPlainText("Zoiper\n\nzoiper\nlinphone")
    panel.save_phones.click()
    assert rig.feature.user_softphones == ["Zoiper", "linphone"]
    assert rig.feature.presence_timer.isActive()  # softphones are now watched
    page.close()


def test_the_presence_timer_is_one_cheap_timer_or_none(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(idle=True)
    rig.feature.poll_presence()
    timer = rig.feature.presence_timer
    assert timer.isSingleShot() and 55_000 <= timer.interval() <= 60_000  # about once a minute
    rig.clock.advance(timedelta(seconds=57))  # nearly a micro-break's length away
    rig.feature.poll_presence()
    assert timer.interval() == 5_000  # read again just after the length is reached
    rig.feature.stop()
    assert not timer.isActive()


def test_without_idle_detection_it_looks_again_for_an_hour_then_stops(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()  # the detector finds no display (a desktop still starting, say)
    feature = rig.feature
    assert feature.presence_timer.isActive() and feature.presence_timer.interval() == 600_000
    for _ in range(6):
        rig.clock.advance(timedelta(minutes=10))
        feature.poll_presence()
    assert not feature.presence_timer.isActive()  # given up: no timer at all
    assert feature.idle_status is not None and not feature.idle_status.available


def test_idle_detection_that_appears_later_is_picked_up(make_rig) -> None:  # type: ignore[no-untyped-def]
    from tests.breaks_ui.rig import FakeIdle
    from wellcare.idle import IdleStatus

    rig = make_rig()
    feature = rig.feature
    fake = FakeIdle(rig.clock)
    feature.service.presence.detect = lambda: IdleStatus(fake)
    rig.clock.advance(timedelta(minutes=10))
    feature.poll_presence()
    assert feature.idle_status.available and feature.idle_status.name == "fake-idle"
    assert 55_000 <= feature.presence_timer.interval() <= 60_000


STARTUP = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from wellcare.app import WellCareApp
    from wellcare.cli import build_parser
    from wellcare.vault import VaultManager

    VaultManager.__init__  # noqa
    qapp = QApplication([])
    from pathlib import Path
    VaultManager(Path(sys.argv[1])).create("keyring").vault.close()
    args = build_parser().parse_args(["--profile", sys.argv[1], "--lang", "en"])
    app = WellCareApp(args, qapp)
    assert app.start()
    started = "matplotlib" in sys.modules
    app.show_page("breaks")
    for _ in range(20):
        qapp.processEvents()
    shown = "matplotlib" in sys.modules
    from wellcare.ui.breaks.day_page import DayPage
    pages = [p for p in QApplication.allWidgets() if isinstance(p, DayPage) and p.isVisible()]
    empty_note = bool(pages) and pages[0].chart.empty_note.isVisible()
    overlay = [w for w in QApplication.topLevelWidgets() if w.objectName() == "break-overlay" and w.isVisible()]
    app.shutdown()
    print(json.dumps({"at_start": started, "after_page": shown, "empty_note": empty_note,
                      "overlay_at_start": len(overlay)}))
    """
)


def test_matplotlib_waits_for_the_page_and_no_break_greets_a_fresh_start(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]),
    )
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(tmp_path / "profile")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # a fresh profile has no breaks yet: the page says so in words, and matplotlib is not needed at all
    assert result == {"at_start": False, "after_page": False, "empty_note": True, "overlay_at_start": 0}
