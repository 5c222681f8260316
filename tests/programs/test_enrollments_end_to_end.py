"""From a counselor's click to the coordinator's seat count, through a real share folder.

Two counselors' real Programs pages (pytest-qt) and the coordinator's real window features (the
inbox import and the Enrollments page) on real vaults; sealed enrollments and signed offers in a
real exchange folder. One seat: the first counselor enrolls (the file is delivered twice: counted
once), gets a signed confirmation, the offer shows "Full" to the second counselor, who cannot
enroll; the first withdraws with the secret, and the second takes the freed seat.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from tests.programs.helpers import at, make_offer
from tests.programs.rig import ProgramsRig
from wellcare.exchange import Folder, FolderTransport
from wellcare.inbox.keys_store import CoordinatorSetup, initialize, load_keys
from wellcare.policy import load as load_policy
from wellcare.programs import publish_offer
from wellcare.programs.enrollment_inbox import EnrollmentBook
from wellcare.schedule.clock import ManualClock
from wellcare.ui.programs.coordinator_enrollments import EnrollmentsPage
from wellcare.ui.programs.dialogs import EnrollDialog
from wellcare.vault import Vault, VaultManager

OFFER = "forest-2025-03"


class CoordinatorRig:
    """The coordinator's inbox and Enrollments features in one AppContext, the page in a window."""

    def __init__(self, qtbot: Any, profile: Path, vault: Vault, clock: ManualClock) -> None:
        from wellcare.calls import CallState
        from wellcare.policy import Policy
        from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
        from wellcare.ui.feature import AppContext
        from wellcare.ui.main_window import MainWindow
        from wellcare.ui.notify import Notifier
        from wellcare.ui.programs.coordinator_enrollments import CoordinatorEnrollmentsFeature
        from wellcare.ui.qt_scheduler import QtMainThreadScheduler

        self.qtbot = qtbot
        self.vault = vault
        self.scheduler = QtMainThreadScheduler(clock=clock)
        self.scheduler.start()
        calls = CallState(clock)
        self.ctx = AppContext(
            profile_dir=profile,
            policy=Policy(),
            vault=lambda: vault,
            clock=clock,
            scheduler=self.scheduler,
            notifier=Notifier(calls),
            calls=calls,
            language=lambda: "en",
        )
        self.inbox = CoordinatorInboxFeature(self.ctx)
        self.enrollments = CoordinatorEnrollmentsFeature(self.ctx)
        self.inbox.start()
        self.enrollments.start()
        self.window = MainWindow(tray_available=False, can_lock=False)
        [spec] = self.enrollments.pages()
        self.page = spec.widget
        assert isinstance(self.page, EnrollmentsPage)
        self.window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        from wellcare.ui.programs import tasks

        self.qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
        self.qtbot.wait(1)

    def import_now(self) -> Any:
        report = self.inbox.import_now()
        self.settle()
        return report

    def count(self) -> str:
        return self.page.offer_cards[OFFER].count.text()

    def lines(self) -> list[str]:
        return [label.text() for label in self.page.offer_cards[OFFER].lines]

    def close(self) -> None:
        self.enrollments.stop()
        self.inbox.stop()
        self.window.hide()
        self.window.deleteLater()
        self.scheduler.shutdown(wait=False)


@pytest.fixture
def world(qtbot, tmp_path: Path) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    clock = ManualClock(at(10, 9))
    profile = tmp_path / "coordinator"
    vault = VaultManager(profile).create("keyring", role="coordinator").vault
    exchange = tmp_path / "exchange"
    initialize(vault, CoordinatorSetup(org="Dasan Call Center", exchange=str(exchange)), profile / "policy.toml")
    keys = load_keys(vault)
    assert keys is not None
    transport = FolderTransport(exchange)
    publish_offer(transport, keys.signing, make_offer(seats=1, seats_left=None), now=clock.now())
    policy = load_policy(profile / "policy.toml")
    made: list[Any] = []
    coordinator = CoordinatorRig(qtbot, profile, vault, clock)
    made.append(coordinator)
    first = ProgramsRig(qtbot, tmp_path / "kim", clock, policy=policy)
    made.append(first)
    second = ProgramsRig(qtbot, tmp_path / "lee", clock, policy=policy)
    made.append(second)
    yield {"clock": clock, "coordinator": coordinator, "first": first, "second": second,
           "transport": transport, "vault": vault}  # fmt: skip
    for rig in reversed(made):
        rig.close()
    vault.close()


def _offers(rig: ProgramsRig) -> None:
    rig.page.tabs.setCurrentIndex(2)
    rig.feature.offers.refresh()
    rig.settle()


def _click_enroll(rig: ProgramsRig, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    card = rig.page.offer_cards[OFFER]
    assert card.action.isEnabled() and card.action.text() == "Enroll…"
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)
    dialog = rig.page.dialog
    assert isinstance(dialog, EnrollDialog)
    qtbot.keyClicks(dialog.name, name)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    rig.settle()


def test_a_click_reaches_the_seat_count_and_a_full_offer_stops_the_next_counselor(  # type: ignore[no-untyped-def]
    world, qtbot, monkeypatch, english
) -> None:
    coordinator: CoordinatorRig = world["coordinator"]
    first: ProgramsRig = world["first"]
    second: ProgramsRig = world["second"]
    transport: FolderTransport = world["transport"]
    assert coordinator.count() == "Seats taken: 0 of 1, 1 left"

    _offers(first)
    _click_enroll(first, qtbot, "Kim")
    [sent] = transport.list(Folder.INBOX)
    delivered_twice = transport.read(Folder.INBOX, sent)
    assert first.page.offer_cards[OFFER].status.text() == "✓ Enrolled"  # sent, not confirmed yet
    assert "not confirmed your place yet" in first.page.offer_cards[OFFER].place_note.text()

    report = coordinator.import_now()
    assert report.accepted_by_kind == {"enrollment": 1}
    assert coordinator.count() == "Seats taken: 1 of 1, 0 left"
    assert coordinator.lines()[0].startswith("Enrolled: Kim (enrolled ")

    transport.put(Folder.INBOX, sent, delivered_twice)  # the share delivers the same file again
    report = coordinator.import_now()
    assert report.duplicates == 1 and report.quarantined == 0
    assert coordinator.count() == "Seats taken: 1 of 1, 0 left" and len(coordinator.lines()) == 1

    world["clock"].advance(timedelta(hours=1))
    _offers(first)  # the republished offer, signed by the coordinator, confirms Kim's place
    assert first.page.offer_cards[OFFER].status.text() == "✓ Place confirmed"
    _offers(second)
    card = second.page.offer_cards[OFFER]
    assert card.status.text() == "Full" and not card.action.isEnabled()
    qtbot.mouseClick(card.action, Qt.MouseButton.LeftButton)  # a disabled button sends nothing
    second.settle()
    assert transport.list(Folder.INBOX) == []

    from tests.support.confirm import answer_confirmations

    answer_confirmations(monkeypatch, True)
    qtbot.mouseClick(first.page.offer_cards[OFFER].action, Qt.MouseButton.LeftButton)  # Withdraw…
    first.settle()
    coordinator.import_now()
    assert coordinator.count() == "Seats taken: 0 of 1, 1 left"
    assert coordinator.lines()[0].startswith("Withdrawn: Kim (enrolled ") and ", withdrawn " in coordinator.lines()[0]
    assert EnrollmentBook(world["vault"]).seats_taken(OFFER) == 0

    _offers(second)  # the freed seat is open again
    _click_enroll(second, qtbot, "Lee")
    coordinator.import_now()
    assert coordinator.count() == "Seats taken: 1 of 1, 0 left"
    assert [line.split(" (")[0] for line in coordinator.lines()] == ["Withdrawn: Kim", "Enrolled: Lee"]
    _offers(second)
    assert second.page.offer_cards[OFFER].status.text() == "✓ Place confirmed"


def test_two_counselors_enrolling_at_once_for_one_seat_one_waits_honestly(  # type: ignore[no-untyped-def]
    world, qtbot, english
) -> None:
    coordinator: CoordinatorRig = world["coordinator"]
    first: ProgramsRig = world["first"]
    second: ProgramsRig = world["second"]
    _offers(first)
    _offers(second)
    _click_enroll(first, qtbot, "Kim")
    _click_enroll(second, qtbot, "Lee")  # both saw a free seat
    coordinator.import_now()
    assert coordinator.count() == "Seats taken: 1 of 1, 0 left · 1 on the waiting list"
    statuses = sorted(line.split(":")[0] for line in coordinator.lines())
    assert statuses == ["Enrolled", "Waiting list"]
    _offers(first)
    _offers(second)
    seen = sorted(rig.page.offer_cards[OFFER].status.text() for rig in (first, second))
    assert seen == ["On the waiting list", "✓ Place confirmed"]
    waiting = next(rig for rig in (first, second) if rig.page.offer_cards[OFFER].status.text() != "✓ Place confirmed")
    note = waiting.page.offer_cards[OFFER].place_note
    assert note is not None and "waiting list" in note.text()
    assert waiting.page.offer_cards[OFFER].action.text() == "Withdraw…"  # a waiting place can be given up
