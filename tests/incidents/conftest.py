"""A real vault, a ManualClock and an AppContext for the hard-call feature, without the whole app."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wellcare.calls import CallState
from wellcare.policy import Policy
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

SEOUL = timezone(timedelta(hours=9), "KST")
START = datetime(2026, 3, 12, 14, 30, 5, tzinfo=SEOUL)  # a Thursday, ISO week 2026-W11


@dataclass
class FakeBreaks:
    """Stands in for ctx.capabilities.protected_break: records each protected break it is asked for."""

    calls: list[tuple[int, str | None, str]] = field(default_factory=list)
    incident_ids: list[int | None] = field(default_factory=list)  # the hard call each break follows

    def start_protected_break(
        self, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
    ) -> None:
        self.calls.append((minutes, exercise_id, reason))
        self.incident_ids.append(incident_id)


@dataclass
class FakeEap:
    requests: list[tuple[str, bool]] = field(default_factory=list)
    attached: list[tuple[str, ...]] = field(default_factory=list)

    def open_request(self, kind: str, urgent: bool = False, attach: Sequence[str] = ()) -> None:
        self.requests.append((kind, urgent))
        self.attached.append(tuple(attach))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def vault(profile_dir: Path) -> Iterator[Vault]:
    created = VaultManager(profile_dir).create("keyring")
    yield created.vault
    created.vault.close()


def make_context(profile_dir: Path, vault: Vault, clock: ManualClock, policy: Policy | None = None, lang: str = "en"):  # type: ignore[no-untyped-def]
    from wellcare.ui.feature import AppContext
    from wellcare.ui.notify import Notifier
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler

    calls = CallState(clock)
    shown: list[str] = []
    return AppContext(
        profile_dir=profile_dir,
        policy=policy or Policy(),
        vault=lambda: vault,
        clock=clock,
        scheduler=QtMainThreadScheduler(clock=clock),
        notifier=Notifier(calls),
        calls=calls,
        language=lambda: lang,
        show_page=shown.append,
    )


@pytest.fixture
def feature(qtbot, profile_dir: Path, vault: Vault, clock: ManualClock):  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.feature import IncidentsFeature

    ctx = make_context(profile_dir, vault, clock)
    feature = IncidentsFeature(ctx)
    feature.start()
    yield feature
    feature.stop()


from tests.ui.conftest import started_app  # noqa: E402,F401  (the whole app on a real vault)
