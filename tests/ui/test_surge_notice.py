"""Surge mode on the counselor's app: the Today banner, its end by itself, the exercise after a hard call.

A real vault, a real exchange folder with a notice signed by the coordinator's key (pinned through
the policy), the real SurgeFeature reading it off the GUI thread, a real APScheduler stepped with a
ManualClock, and real widgets driven with pytest-qt.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.schedule.harness import SteppedScheduler
from tests.surge.helpers import KST, at, publish, surge
from wellcare.calls import CallState
from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.policy import Policy, parse
from wellcare.schedule.clock import ManualClock
from wellcare.ui.feature import AppContext
from wellcare.ui.incidents.feature import IncidentsFeature
from wellcare.ui.notify import Notifier
from wellcare.ui.pages.home import HomePage, HomeStatus
from wellcare.ui.programs.tasks import pending
from wellcare.ui.surge.feature import SurgeFeature
from wellcare.vault import Vault, VaultManager

SURGE_KEYS = "[surge]\nbreak_interval_minutes = 20\ndecompression_after_every_hard_call = true\n"


class Breaks:
    """Stands in for the protected break (the breaks service is tested with the real watch elsewhere)."""

    def __init__(self) -> None:
        self.exercises: list[str | None] = []

    def start_protected_break(self, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
                              ) -> None:
        self.exercises.append(exercise_id)

    def on_protected_break_end(self, listener: object) -> object:
        return lambda: None


@pytest.fixture
def vault(profile_dir: Path):  # type: ignore[no-untyped-def]
    opened = VaultManager(profile_dir).create("keyring").vault
    yield opened
    opened.close()


def org(tmp_path: Path, keys: CoordinatorKeys, surge_keys: str = SURGE_KEYS) -> tuple[Policy, FolderTransport]:
    share = FolderTransport.create(tmp_path / "exchange", fsync=False)
    coordinator = "".join(f'{k} = "{v}"\n' for k, v in keys.public().to_policy().items())
    text = f'[org]\nname = "Dasan 120"\n[coordinator]\n{coordinator}[exchange]\npath = "{share.root}"\n{surge_keys}'
    return parse(text, tmp_path / "policy.toml"), share


def context(profile_dir: Path, vault: Vault, clock: ManualClock, policy: Policy) -> AppContext:
    scheduler = SteppedScheduler(timezone=KST)
    scheduler.start()
    calls = CallState(clock)
    return AppContext(profile_dir, policy, lambda: vault, clock, scheduler, Notifier(calls), calls,  # type: ignore[arg-type]
                      language=lambda: "en")


def started(qtbot, ctx: AppContext) -> SurgeFeature:  # type: ignore[no-untyped-def]
    feature = SurgeFeature(ctx)
    feature.start()
    qtbot.waitUntil(lambda: pending() == 0 and not feature.reading)
    return feature


def test_an_active_notice_shows_a_calm_banner_that_ends_by_itself(  # type: ignore[no-untyped-def]
    qtbot, english, tmp_path: Path, profile_dir: Path, vault: Vault
) -> None:
    keys = CoordinatorKeys.generate()
    policy, share = org(tmp_path, keys)
    publish(share, keys.signing, surge(at(7, 9), at(7, 18)))
    clock = ManualClock(at(7, 10))
    ctx = context(profile_dir, vault, clock, policy)
    feature = started(qtbot, ctx)
    page = HomePage(HomeStatus("keyring", "Dasan 120", "", True), ctx.capabilities.today, clock)
    qtbot.addWidget(page)
    card = page.cards["surge"]
    text = card.text()
    assert "Flood in the south" in text and "18:00" in text
    assert "every 20 minutes" in text and "decompression exercise" in text
    assert "Rest breaks" not in text  # the policy states no rest interval: nothing said about it
    clock.set(at(7, 18))  # the end: the watch's own job runs, the board is told, the card goes
    assert feature.watch.sync is not None
    feature.watch.sync.tick()
    ctx.scheduler.run_due()  # type: ignore[attr-defined]
    assert "surge" not in page.cards and ctx.capabilities.surge is not None
    assert ctx.capabilities.surge.active_surge(clock.now()) is None
    feature.stop()


def test_without_surge_settings_the_banner_says_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, profile_dir: Path, vault: Vault
) -> None:
    keys = CoordinatorKeys.generate()
    policy, share = org(tmp_path, keys, surge_keys="")
    publish(share, keys.signing, surge(at(7, 9), at(7, 18)))
    clock = ManualClock(at(7, 10))
    ctx = context(profile_dir, vault, clock, policy)
    feature = started(qtbot, ctx)
    page = HomePage(HomeStatus("keyring", "Dasan 120", "", True), ctx.capabilities.today, clock)
    qtbot.addWidget(page)
    assert "stay as they are" in page.cards["surge"].text()
    feature.stop()


def test_a_forged_notice_shows_nothing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, profile_dir: Path, vault: Vault
) -> None:
    keys = CoordinatorKeys.generate()
    policy, share = org(tmp_path, keys)
    publish(share, CoordinatorKeys.generate().signing, surge(at(7, 9), at(7, 18)))
    clock = ManualClock(at(7, 10))
    ctx = context(profile_dir, vault, clock, policy)
    feature = started(qtbot, ctx)
    page = HomePage(HomeStatus("keyring", "Dasan 120", "", True), ctx.capabilities.today, clock)
    qtbot.addWidget(page)
    assert "surge" not in page.cards
    feature.stop()


@pytest.mark.parametrize("in_surge", [True, False])
def test_during_a_surge_every_hard_call_is_followed_by_decompression(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, profile_dir: Path, vault: Vault, in_surge: bool
) -> None:
    keys = CoordinatorKeys.generate()
    policy, share = org(tmp_path, keys)
    publish(share, keys.signing, surge(at(7, 9), at(7, 18)))
    clock = ManualClock(at(7, 10) if in_surge else at(7, 19))
    ctx = context(profile_dir, vault, clock, policy)
    breaks = Breaks()
    ctx.capabilities.protected_break = breaks
    surge_feature = started(qtbot, ctx)
    incidents = IncidentsFeature(ctx)
    incidents.start()
    dialog = incidents.open_hard_call()
    qtbot.addWidget(dialog)
    dialog.kind_buttons["caller_crisis"].click()
    dialog.effect_buttons["drained"].click()
    assert breaks.exercises == ["decompression" if in_surge else "crisis_debrief"]
    assert dialog.debrief_note is not None  # the debrief suggestion after a caller in crisis stays
    dialog.close()
    incidents.stop()
    surge_feature.stop()
    clock.advance(timedelta(0))


@pytest.mark.parametrize(("language", "expected", "tray"), [
    ("en", "announced by the council (Seoul Council) through your EAP office", "announced by the council"),
    ("ko", "협의회의 공지(Seoul Council)를 EAP 상담실이 전달했습니다", "협의회 공지"),
])
def test_a_notice_forwarded_from_the_council_says_so_on_the_card_and_the_tray(  # type: ignore[no-untyped-def]
    qtbot, qapp, tmp_path: Path, profile_dir: Path, vault: Vault, language: str, expected: str, tray: str
) -> None:
    from wellcare.ui.i18n import Translations
    from wellcare.ui.surge.feature import surge_today
    from wellcare.ui.surge.texts import SurgeTexts

    translations = Translations(qapp)
    translations.install(language)
    try:
        keys = CoordinatorKeys.generate()
        policy, share = org(tmp_path, keys)
        publish(share, keys.signing, surge(at(7, 9), at(7, 18), council="Seoul Council"))
        clock = ManualClock(at(7, 10))
        ctx = context(profile_dir, vault, clock, policy)
        feature = started(qtbot, ctx)
        page = HomePage(HomeStatus("keyring", "Dasan 120", "", True), ctx.capabilities.today, clock)
        qtbot.addWidget(page)
        assert expected in page.cards["surge"].text()
        assert ctx.capabilities.surge is not None
        today = surge_today(ctx.capabilities.surge.active_surge(clock.now()), clock.now())
        assert today is not None and tray in SurgeTexts().tooltip(today, clock.now())
        feature.stop()
    finally:
        translations.remove_all()
