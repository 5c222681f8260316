"""`wellcare demo` builds a whole organisation that both roles (and scripts) can open at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellcare.vault import VaultManager


def wellcare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wellcare", *args], capture_output=True, text=True, env=os.environ.copy(), timeout=300
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("org") / "demo"
    result = wellcare("--lang", "ko", "demo", "--dir", str(root), "--counselors", "40", "--weeks", "5", "--seed", "11")
    assert result.returncode == 0, result.stderr
    return root


def test_demo_layout_and_passphrase_mode(demo: Path) -> None:
    for name in ("coordinator", "counselor", "exchange", "policy.toml", "demo-passphrase.txt"):
        assert (demo / name).exists(), name
    assert VaultManager(demo / "counselor").info().mode == "passphrase"
    assert VaultManager(demo / "coordinator").info().role == "coordinator"


def test_counselor_has_months_of_history_and_a_scheduled_eap_session(demo: Path) -> None:
    common = [
        "--profile",
        str(demo / "counselor"),
        "--policy",
        str(demo / "policy.toml"),
        "--passphrase-file",
        str(demo / "demo-passphrase.txt"),
    ]
    status = wellcare(*common, "eap", "status")
    assert status.returncode == 0, status.stderr
    assert "scheduled" in status.stdout
    export = demo.parent / "export.json"
    assert wellcare(*common, "export", str(export)).returncode == 0
    tables = json.loads(export.read_text(encoding="utf-8"))["tables"]
    sizes = {name: len(rows) for name, rows in tables.items()}
    assert sum(n for name, n in sizes.items() if "result" in name) >= 5, sizes
    assert sum(n for name, n in sizes.items() if "break" in name) >= 50, sizes
    assert sum(n for name, n in sizes.items() if "incident" in name) >= 1, sizes


def test_demo_offers_are_signed_and_listed(demo: Path) -> None:
    listed = wellcare(
        "--profile",
        str(demo / "counselor"),
        "--policy",
        str(demo / "policy.toml"),
        "--passphrase-file",
        str(demo / "demo-passphrase.txt"),
        "offers",
        "list",
    )
    assert listed.returncode == 0, listed.stderr
    assert "Healing forest day" in listed.stdout or "치유의 숲" in listed.stdout


def test_rebuilding_a_demo_starts_it_over(demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "not-a-demo"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    refused = wellcare("demo", "--dir", str(other))
    assert refused.returncode == 1 and "not empty" in refused.stderr
    assert (other / "keep.txt").read_text() == "mine"


def test_demo_coordinator_lists_enrollments_with_seats(demo: Path) -> None:
    listed = wellcare(
        "--profile",
        str(demo / "coordinator"),
        "--passphrase-file",
        str(demo / "demo-passphrase.txt"),
        "coordinator",
        "enrollments",
        "--json",
    )
    assert listed.returncode == 0, listed.stderr
    offers = {o["title"]["en"]: o for o in json.loads(listed.stdout)["offers"]}
    forest = offers["Healing forest day"]
    assert (forest["seats"], forest["taken"], forest["left"]) == (20, 4, 16)
    statuses = sorted(e["status"] for e in forest["enrollments"])
    assert statuses == ["enrolled"] * 4 + ["withdrawn"]
    assert {"name": "데모 상담사 (데모)", "contact": "내선 4100"} in [e["shared"] for e in forest["enrollments"]]
    workshop = offers["Handling abusive calls: a peer workshop"]
    assert (workshop["taken"], workshop["left"]) == (1, 14)


def test_demo_counselor_sees_the_signed_seat_status(demo: Path) -> None:
    from wellcare.exchange import CoordinatorPublicKeys, FolderTransport
    from wellcare.policy import load as load_policy
    from wellcare.programs.enrollment import withdraw_hash
    from wellcare.programs.offers import read_offers
    from wellcare.programs.seats import MyPlace, my_place
    from wellcare.programs.store import WITHDRAW_SECRET_PREFIX, ProgramStore
    from wellcare.schedule.clock import SystemClock

    policy = load_policy(demo / "policy.toml")
    keys = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
    listing = read_offers(FolderTransport(demo / "exchange"), keys.verify_key, SystemClock().now())
    forest = next(o for o in listing.offers if o.kind == "outing")
    assert forest.seats_left == 16
    vault = VaultManager(demo / "counselor").unlock("demo-only-not-a-secret")
    try:
        mine = ProgramStore(vault, SystemClock()).active_enrollment(forest.offer_id)
        assert mine is not None
        secret = vault.get_secret(WITHDRAW_SECRET_PREFIX + mine.envelope_id)
        assert secret is not None and my_place(forest, withdraw_hash(secret)) is MyPlace.CONFIRMED
    finally:
        vault.close()


def test_a_relative_dir_stores_an_absolute_exchange_path(tmp_path: Path) -> None:
    """The policy's exchange path must work from any working folder, not only the one the demo was built in."""
    import tomllib

    result = subprocess.run(
        [sys.executable, "-m", "wellcare", "demo", "--dir", "rel-demo", "--counselors", "5", "--weeks", "1"],
        capture_output=True, text=True, env=os.environ.copy(), timeout=300, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    policy = tomllib.loads((tmp_path / "rel-demo" / "policy.toml").read_text(encoding="utf-8"))
    exchange = Path(policy["exchange"]["path"])
    assert exchange.is_absolute() and exchange == tmp_path / "rel-demo" / "exchange"
    assert str(tmp_path / "rel-demo") in result.stdout  # the printed commands work from anywhere too


def test_the_demo_coordinator_accepts_every_simulated_contribution(demo: Path) -> None:
    """The demo's units reach the coordinator's settings: nothing is quarantined as an unknown unit."""
    quarantine = demo / "exchange" / "quarantine"
    refused = sorted(p.name for p in quarantine.rglob("*")) if quarantine.exists() else []
    assert refused == []


def test_the_demo_s_own_words_are_in_the_interface_language(tmp_path: Path) -> None:
    """A Korean run shows Korean notes and names; an English run English ones (rebuilt when the language changes)."""
    from wellcare.demo import DemoLayout, ensure_demo

    root = tmp_path / "demo"
    english = _demo_words(ensure_demo(root, "en"))
    assert "Abusive calls have been frequent lately and I am not sleeping well. (demo)" in english
    assert "Seoul Forest" in english and not any("\uac00" <= ch <= "\ud7a3" for ch in "".join(english))
    korean = _demo_words(ensure_demo(root, "ko"))
    assert "요즘 폭언 통화가 잦아 잠을 잘 못 잡니다. (데모)" in korean and "서울숲" in korean
    assert DemoLayout(root).is_complete("ko") and not DemoLayout(root).is_complete("en")


def _demo_words(layout) -> list[str]:  # type: ignore[no-untyped-def]
    """The request the counselor wrote (note, the office's reply) and the offers' places, as the app reads them."""
    from wellcare.eap.store import EapStore
    from wellcare.exchange import FolderTransport
    from wellcare.programs.publishing import read_published
    from wellcare.runtime import read_passphrase_file

    vault = VaultManager(layout.counselor).unlock(read_passphrase_file(layout.passphrase_file))
    try:
        words = [text for r in EapStore(vault).requests() for text in (r.content.note, r.message, r.coordinator_name)]
    finally:
        vault.close()
    from wellcare.inbox.keys_store import load_keys

    office = VaultManager(layout.coordinator).unlock(read_passphrase_file(layout.passphrase_file))
    try:
        keys = load_keys(office)
    finally:
        office.close()
    assert keys is not None
    offers = read_published(FolderTransport(layout.exchange), keys.signing.verify_key).revisions.values()
    return words + [revision[0].offer.place for revision in offers]
