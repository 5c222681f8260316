"""The council demo: three centres of different sizes, each a full demo organisation, and a council.

Each centre is built by :func:`wellcare.demo.build_demo` under its own folder (its own coordinator
keys, exchange and simulated floor), renamed, and exports its signed report for the council per
quarter of its data; the council profile pins the three fingerprints and imports those files.
Real vaults, real signatures: the same steps as on three offices' machines.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wellcare.demo import DEMO_PASSPHRASE, PASSPHRASE_FILE, SEOUL, build_demo
from wellcare.progress import Progress
from wellcare.vault import VaultManager, VaultState
from wellcare.vault.fileio import atomic_write_bytes

# (folder, counselors, English name, Korean name)
CENTRES: tuple[tuple[str, int, str, str], ...] = (
    ("centre-small", 40, "Eastside 120 Call Centre", "동부 120 콜센터"),
    ("centre-mid", 150, "Riverside Civil Complaints Centre", "강변 민원콜센터"),
    ("centre-large", 400, "Metro Integrated Call Centre", "광역 통합콜센터"),
)
COUNCIL_NAME = {"en": "Metropolitan Call-Centre Council", "ko": "광역 콜센터 협의회"}
DEFAULT_WEEKS = 10  # spans two quarters, so the trend has two points


@dataclass(frozen=True)
class CouncilDemo:
    root: Path

    @property
    def council(self) -> Path:
        return self.root / "council"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def passphrase_file(self) -> Path:
        return self.root / PASSPHRASE_FILE

    def centre(self, folder: str) -> Path:
        return self.root / folder


def _rename_centre(profile: Path, name: str) -> None:
    from wellcare.inbox.keys_store import load_setup, save_setup

    vault = VaultManager(profile).unlock(DEMO_PASSPHRASE)
    try:
        setup = load_setup(vault)
        assert setup is not None
        from dataclasses import replace

        save_setup(vault, replace(setup, org=name))
    finally:
        vault.close()


def _export(centre: Path, quarters: list[str], out_dir: Path, issued: datetime) -> tuple[str, list[Path]]:
    """The centre's signed report per quarter (as `coordinator report --council --quarter` writes it)."""
    from wellcare.aggregates.policy import aggregate_policy
    from wellcare.coordinator.dashboard_data import DashboardData
    from wellcare.council.centre_report import signed_council_report
    from wellcare.council.definition import current_definition
    from wellcare.council.periods import clip_quarter, quarter_weeks
    from wellcare.inbox.keys_store import load_keys, load_setup
    from wellcare.schedule.clock import ManualClock

    vault = VaultManager(centre / "coordinator").unlock(DEMO_PASSPHRASE)
    try:
        keys, setup = load_keys(vault), load_setup(vault)
        assert keys is not None and setup is not None
        data = DashboardData(vault, ManualClock(issued), aggregate_policy(vault, centre / "coordinator"))
        files = []
        for quarter in quarters:
            weeks = quarter_weeks(quarter)
            first, last = clip_quarter(weeks[0], weeks[-1], data.periods(), data.current_week())
            report = data.report(first, last)
            _, signed = signed_council_report(report.to_json(), current_definition(), keys.signing, keys.public(),
                                              setup.org, quarter=quarter, issued_at=issued)
            path = out_dir / f"{centre.name}-{quarter}.json"
            atomic_write_bytes(path, signed, mode=0o644)
            files.append(path)
        return keys.public().fingerprint(), files
    finally:
        vault.close()


def _pin_council_in_centres(layout: CouncilDemo, fingerprint: str, name: str) -> None:
    """Each demo centre's coordinator pins the council's key, so `coordinator surge --from-council` can be tried."""
    from wellcare.programs.surge.council_link import pin_council

    for folder, *_ in CENTRES:
        vault = VaultManager(layout.centre(folder) / "coordinator").unlock(DEMO_PASSPHRASE)
        try:
            pin_council(vault, fingerprint, name)
        finally:
            vault.close()


def build_council_demo(root: Path, *, weeks: int = DEFAULT_WEEKS, seed: int = 11, now: datetime | None = None,
                       language: str = "en", progress: Progress | None = None,
                       sizes: tuple[int, ...] | None = None) -> CouncilDemo:
    """Three demo centres (40, 150, 400 counselors unless ``sizes``) and a council that imported them."""
    from wellcare.council.identity import ensure_council_keys
    from wellcare.council.periods import quarter_of
    from wellcare.council.service import COUNCIL_ROLE, CouncilDesk
    from wellcare.weeks import iso_week

    root = Path(root).expanduser().absolute()
    layout = CouncilDemo(root)
    if root.exists() and any(root.iterdir()) and not layout.passphrase_file.exists():
        raise FileExistsError(f"{root} is not empty and is not a WellCare council demo; choose an empty folder")
    if layout.council.exists():
        VaultManager(layout.council).wipe()
        shutil.rmtree(layout.council, ignore_errors=True)
    shutil.rmtree(layout.reports, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    layout.reports.mkdir()
    atomic_write_bytes(layout.passphrase_file, (DEMO_PASSPHRASE + "\n").encode("utf-8"))
    now = (now or datetime.now(SEOUL)).astimezone(SEOUL)
    progress = progress or Progress.silent()
    first_week = iso_week((now - timedelta(weeks=weeks)).date())
    last_week = iso_week(now.date())
    quarters = sorted({quarter_of(first_week), quarter_of(last_week)})
    pins: list[tuple[str, str, list[Path]]] = []
    for i, (folder, counselors, en, ko) in enumerate(CENTRES):
        size = sizes[i] if sizes else counselors
        progress.step(f"Council demo: centre {i + 1} of {len(CENTRES)} ({size} counselors)")
        name = ko if language == "ko" else en
        build_demo(layout.centre(folder), counselors=size, weeks=weeks, seed=seed + i, now=now, language=language)
        _rename_centre(layout.centre(folder) / "coordinator", name)
        fingerprint, files = _export(layout.centre(folder), quarters, layout.reports, now)
        pins.append((fingerprint, name, files))
    progress.step("Council demo: the council pins the centres and imports their reports")
    manager = VaultManager(layout.council)
    vault = manager.create("passphrase", passphrase=DEMO_PASSPHRASE, role=COUNCIL_ROLE).vault \
        if manager.state() is VaultState.NEW else manager.unlock(DEMO_PASSPHRASE)
    try:
        desk = CouncilDesk(vault)
        desk.store.set_name(COUNCIL_NAME.get(language, COUNCIL_NAME["en"]))
        for fingerprint, name, _ in pins:
            desk.store.pin(fingerprint, name, now)
        outcomes = desk.import_files([p for _, _, files in pins for p in files], now)
        refused = [o for o in outcomes if o.accepted is None]
        if refused:
            raise RuntimeError(f"the council demo's own reports were refused: {refused[0].detail}")
        council_keys, _ = ensure_council_keys(vault)
        council_name = desk.store.name()
    finally:
        vault.close()
    _pin_council_in_centres(layout, council_keys.public().fingerprint(), council_name)
    progress.finish(f"Council demo ready in {root}")
    return layout
